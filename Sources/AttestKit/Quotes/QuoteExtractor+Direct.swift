extension QuoteExtractor {
  /// A speaker frame found around a quotation.
  struct Frame {
    var mention: Mention?
    var cue: String
    var cueIndex: Int
    var weight: Double
    /// The paragraph the cue is in (a quote running over paragraphs borrows its frame).
    var paragraph: Int
  }

  private static let adjunctPrepositions: Set<String> = [
    "in", "on", "at", "during", "after", "before", "over", "amid", "against", "to", "into", "when",
    "as", "while", "and", "but", "from",
  ]

  /// Direct quotes: every outermost quoted span with a cue and speaker around it, quotes
  /// interrupted by their attribution, floating quoted paragraphs and quotes running on.
  func directQuotes(_ state: inout ExtractionState) -> [QuoteCandidate] {
    let document = state.document
    var frames: [Frame?] = []
    for span in document.spans {
      guard !state.transcriptParagraphs.contains(span.paragraph), span.content.count > 0,
        span.tokens.contains(where: {
          document.tokens[span.paragraph][$0].kind == .word
            || document.tokens[span.paragraph][$0].kind == .number
        })
      else {
        frames.append(nil)
        continue
      }
      let frame = postFrame(span, state) ?? preFrame(span, state) ?? colonFrame(span, state)
      if let frame {
        // (The cue may be in the paragraph before: `SPEAKER said:`, then the quote.)
        state.usedCues.insert([frame.paragraph, frame.cueIndex])
        if let mention = frame.mention {
          state.sentenceMentions[[
            frame.paragraph, document.sentenceStart(frame.paragraph, frame.cueIndex),
          ]] = mention
        }
      }
      frames.append(frame)
    }
    // Parts of a quote running over paragraphs share the frame found on any part.
    var chainFrame: Frame?
    for index in document.spans.indices.reversed() {
      let span = document.spans[index]
      if span.continues, frames[index] == nil, let chainFrame { frames[index] = chainFrame }
      chainFrame = span.isContinuation ? (frames[index] ?? chainFrame) : nil
    }
    var candidates: [QuoteCandidate] = []
    for (index, span) in document.spans.enumerated() {
      guard !state.transcriptParagraphs.contains(span.paragraph) else { continue }
      let tokens = document.tokens[span.paragraph]
      if let frame = frames[index] {
        candidates.append(
          QuoteCandidate(
            type: .direct, paragraph: span.paragraph, content: span.content, cue: frame.cue,
            mention: frame.mention,
            mentionOffset: document.tokens[frame.paragraph][frame.cueIndex].range.lowerBound,
            frameWeight: frame.weight, span: index))
      } else if isFloating(span, tokens: tokens)
        || isSentenceQuote(span, paragraph: span.paragraph, document: document)
      {
        candidates.append(
          QuoteCandidate(
            type: .direct, paragraph: span.paragraph, content: span.content, cue: "none",
            mention: nil, mentionOffset: span.content.lowerBound, frameWeight: 0.7, span: index))
      }
    }
    return candidates
  }

  /// A wholly quoted paragraph, or a part of a quote running over paragraphs.
  private func isFloating(_ span: QuotedSpan, tokens: [Token]) -> Bool {
    let opensParagraph = span.open == 0 || span.isContinuation
    let closesParagraph = span.close.map { $0 >= tokens.count - 2 } ?? true
    let words = span.tokens.filter { tokens[$0].kind == .word }.count
    return opensParagraph && closesParagraph && words >= 4
  }

  /// A quotation that is a whole sentence of its own right after an attributed one
  /// (`"…," said X. "…."`) or after a reported statement: it belongs to the same speaker.
  private func isSentenceQuote(_ span: QuotedSpan, paragraph: Int, document: DocumentText) -> Bool {
    let tokens = document.tokens[paragraph]
    guard let open = span.open else { return false }
    // A quote running on into the next paragraph ends this one without a closing mark.
    let close = span.close ?? (span.continues ? tokens.count : open)
    guard close > open + 1 else { return false }
    let startsSentence = open == 0 || document.sentenceEnds[paragraph][open - 1]
    let endsSentence = span.close == nil || tokens[close - 1].isTerminal
    let words = span.tokens.filter { tokens[$0].kind == .word }.count
    let earlierQuote = (0..<open).contains { document.quoteOf[paragraph][$0] >= 0 }
    // `X said he had not expected to start. "I just wanted to repay her."`: the sentence before
    // reports its speaker.
    let reportedBefore =
      open > 0
      && (document.sentenceStart(paragraph, open - 1)..<open).contains {
        cues.cue(at: $0, in: tokens) != nil
      }
    return startsSentence && endsSentence && words >= 2 && (earlierQuote || reportedBefore)
  }

  /// `"…," SPEAKER said` and `"…," said SPEAKER`.
  private func postFrame(_ span: QuotedSpan, _ state: ExtractionState) -> Frame? {
    let document = state.document
    let tokens = document.tokens[span.paragraph]
    guard let close = span.close else { return nil }
    var start = close + 1
    if start < tokens.count, tokens[start].kind == .punctuation,
      [",", "—", "–", "-"].contains(tokens[start].text)
    {
      start += 1
    }
    guard start < tokens.count, !document.isQuoted(span.paragraph, start) else { return nil }
    // "…" — that was the warning from Peter Lund.
    if start + 5 < tokens.count, ["that", "this"].contains(tokens[start].lower),
      ["was", "is"].contains(tokens[start + 1].lower), tokens[start + 2].lower == "the",
      ["from", "of"].contains(tokens[start + 4].lower)
    {
      let first = start + 5
      var end = first
      while end < tokens.count && !tokens[end].isTerminal && !tokens[end].isPunctuation(",")
        && !document.isQuoted(span.paragraph, end)
      {
        end += 1
      }
      if end > first,
        let mention = parser.mention(
          tokens[first..<end], country: state.country, isCommonWord: state.isCommonWord),
        mention.kind == .person || mention.kind == .organisation
      {
        return Frame(
          mention: mention, cue: tokens[start + 3].text, cueIndex: start + 3, weight: 0.9,
          paragraph: span.paragraph)
      }
    }
    if let cue = cues.cue(at: start, in: tokens), cue.frames.contains(.direct) {
      // "said a EU spokesperson", "said Stephane Dujarric, spokesman for …"
      let first = start + cue.words.count
      var end = first
      while end < tokens.count && !tokens[end].isTerminal && !document.isQuoted(span.paragraph, end)
      { end += 1 }
      guard end > first else { return nil }
      let mention = parser.mention(
        tokens[first..<end], country: state.country, isCommonWord: state.isCommonWord)
      guard let mention else { return nil }
      return Frame(
        mention: mention, cue: cueText(tokens, start, cue), cueIndex: start, weight: 0.95,
        paragraph: span.paragraph)
    }
    // A quote closed by a full stop ends its sentence: what follows is a new subject.
    if close > 0 && tokens[close - 1].isPunctuation(".") { return nil }
    var index = start
    while index < min(tokens.count, start + 14) {
      if tokens[index].isTerminal || document.isQuoted(span.paragraph, index) { return nil }
      if index > start, let cue = cues.cue(at: index, in: tokens), cue.frames.contains(.direct) {
        guard
          endsClause(
            after: index + cue.words.count, tokens: tokens, paragraph: span.paragraph,
            document: document),
          let subject = SubjectFinder.subject(
            before: index, in: document, paragraph: span.paragraph),
          subject.lowerBound == start,
          let mention = parser.mention(
            tokens[subject], country: state.country, isCommonWord: state.isCommonWord)
        else { return nil }
        return Frame(
          mention: mention, cue: cueText(tokens, index, cue), cueIndex: index, weight: 0.95,
          paragraph: span.paragraph)
      }
      index += 1
    }
    return nil
  }

  /// `SPEAKER said:` ending a paragraph, and the quote opening the next one.
  private func colonFrame(_ span: QuotedSpan, _ state: ExtractionState) -> Frame? {
    let document = state.document
    guard span.open == 0, span.paragraph > 0,
      !state.transcriptParagraphs.contains(span.paragraph - 1)
    else { return nil }
    let previous = span.paragraph - 1
    let tokens = document.tokens[previous]
    guard let colon = tokens.indices.last, colon > 0 else { return nil }
    // "Union organiser Grace Okonkwo described the conditions.", then her words: a one-sentence
    // paragraph whose subject speaks introduces the quote that opens the next.
    if tokens[colon].isPunctuation("."), document.sentenceStart(previous, colon - 1) == 0,
      !tokens.contains(where: DocumentText.isMark)
    {
      for index in 1..<colon {
        guard let cue = cues.cue(at: index, in: tokens), cue.frames.contains(.direct),
          let mention = subjectMention(cueIndex: index, paragraph: previous, state: state),
          [.person, .surname, .organisation].contains(mention.kind)
        else { continue }
        return Frame(
          mention: mention, cue: cueText(tokens, index, cue), cueIndex: index, weight: 0.75,
          paragraph: previous)
      }
      return nil
    }
    guard tokens[colon].isPunctuation(":") else { return nil }
    let sentenceStart = document.sentenceStart(previous, colon - 1)
    var index = colon - 1
    while index >= max(sentenceStart, colon - 4) {
      if let cue = cues.cue(at: index, in: tokens), cue.frames.contains(.direct),
        index + cue.words.count <= colon
      {
        let mention = subjectMention(cueIndex: index, paragraph: previous, state: state)
        return Frame(
          mention: mention, cue: cueText(tokens, index, cue), cueIndex: index, weight: 0.9,
          paragraph: previous)
      }
      index -= 1
    }
    // "The players' committee chair, cellist Tobias Wren, read a statement to reporters:": no
    // speech verb, but the one person a paragraph of one sentence names introduces what follows.
    let from = tokens[0].range.lowerBound
    let to = tokens[colon].range.upperBound
    let named = Set(
      state.entities.occurrences.filter { (from..<to).contains($0.offset) }.map(\.entity))
    if sentenceStart == 0, named.count == 1, let only = named.first,
      !tokens.indices.contains(where: { document.isQuoted(previous, $0) })
    {
      let entity = state.entities.entities[only]
      return Frame(
        mention: Mention(
          kind: .person, text: entity.name, name: entity.name, role: entity.role, roleGroup: nil,
          gender: entity.gender), cue: "none", cueIndex: colon, weight: 0.75, paragraph: previous)
    }
    return nil
  }

  /// `SPEAKER said: "…"`, `"…," he said, "…"` (the second part), and `…, vowing "…"`.
  private func preFrame(_ span: QuotedSpan, _ state: ExtractionState) -> Frame? {
    let document = state.document
    let tokens = document.tokens[span.paragraph]
    guard let open = span.open, open > 0 else { return nil }
    var last = open - 1
    // Skip stray marks left unpaired (`He continued, ” “We…`).
    while last > 0 && DocumentText.isMark(tokens[last]) && !document.isQuoted(span.paragraph, last)
    {
      last -= 1
    }
    var separated = false
    if tokens[last].isPunctuation(":") || tokens[last].isPunctuation(",") {
      separated = true
      last -= 1
    }
    guard last >= 0 else { return nil }
    let sentenceStart = document.sentenceStart(span.paragraph, last)
    var index = last
    while index >= max(sentenceStart, last - 10) {
      if document.isQuoted(span.paragraph, index) || tokens[index].isTerminal { return nil }
      if let cue = cues.cue(at: index, in: tokens),
        cue.frames.contains(.direct) || cue.frames.contains(.clause),
        !(cues.isNounForm(tokens[index].lower) && index > 0
          && SubjectFinder.determiners.contains(tokens[index - 1].lower)),
        index + cue.words.count - 1 <= last
      {
        let gap = tokens[(index + cue.words.count)..<(last + 1)]
        if !separated {
          let bare =
            gap.isEmpty || (gap.count == 1 && ["that", "as"].contains(gap.first?.lower ?? ""))
          guard bare, isWholeComplement(span, tokens) else { return nil }
        }
        guard !gap.contains(where: { $0.isTerminal }) else { return nil }
        let mention = subjectMention(cueIndex: index, paragraph: span.paragraph, state: state)
        return Frame(
          mention: mention, cue: cueText(tokens, index, cue), cueIndex: index,
          weight: separated ? 0.95 : 0.9, paragraph: span.paragraph)
      }
      index -= 1
    }
    // "The hospital trust was blunt: “…”": a subject, a copula and a word or two of manner.
    // (Half-open ranges: the sentence may start at `last`, and the copula may be `last`.)
    if separated, tokens[last + 1].isPunctuation(":"),
      let copula = (max(sentenceStart + 1, last - 2)..<(last + 1)).first(where: {
        ["was", "were", "is", "are"].contains(tokens[$0].lower)
      }),
      ((copula + 1)..<(last + 1)).allSatisfy({
        tokens[$0].kind == .word && !tokens[$0].isCapitalised
      }),
      let mention = subjectMention(cueIndex: copula, paragraph: span.paragraph, state: state),
      [.person, .surname, .organisation, .pronoun].contains(mention.kind)
    {
      return Frame(
        mention: mention, cue: "none", cueIndex: copula, weight: 0.8, paragraph: span.paragraph)
    }
    return nil
  }

  /// The mention of a cue's subject; for a participle after a comma, the sentence's speaker.
  func subjectMention(cueIndex: Int, paragraph: Int, state: ExtractionState) -> Mention? {
    let document = state.document
    let tokens = document.tokens[paragraph]
    if let source = anonymousSource(cueIndex: cueIndex, paragraph: paragraph, state: state) {
      return source
    }
    let isParticiple = tokens[cueIndex].lower.hasSuffix("ing")
    let afterComma = cueIndex > 0 && tokens[cueIndex - 1].isPunctuation(",")
    // "X was quoted by the agency as saying …" and "The agency quoted X as saying …": the one
    // quoted.
    if isParticiple, cueIndex >= 2, tokens[cueIndex - 1].lower == "as",
      let quoted = (document.sentenceStart(paragraph, cueIndex)..<cueIndex).last(where: {
        tokens[$0].lower == "quoted"
      }),
      quoted + 1 < cueIndex - 1, tokens[quoted + 1].lower != "by",
      let object = parser.mention(
        tokens[(quoted + 1)..<(cueIndex - 1)], country: state.country,
        isCommonWord: state.isCommonWord),
      object.kind != .unknown
    {
      return object
    }
    if isParticiple, cueIndex >= 2, tokens[cueIndex - 1].lower == "as",
      let quoted = (document.sentenceStart(paragraph, cueIndex)..<cueIndex).last(where: {
        tokens[$0].lower == "quoted"
      }),
      let subject = SubjectFinder.subject(before: quoted, in: document, paragraph: paragraph),
      let mention = parser.mention(
        tokens[subject], country: state.country, isCommonWord: state.isCommonWord)
    {
      return mention
    }
    // "Peter Lund, who noted that …": the name the relative clause hangs on.
    if cueIndex > 0, tokens[cueIndex - 1].lower == "who" {
      var end = cueIndex - 2
      if end >= 0 && tokens[end].isPunctuation(",") { end -= 1 }
      var start = end
      while start > 0 && tokens[start - 1].isCapitalised && tokens[start - 1].kind == .word {
        start -= 1
      }
      while start > 0 && end - start < 7 && tokens[start - 1].kind == .word
        && !tokens[start - 1].isCapitalised && lexicon.isTitleWord(tokens[start - 1].text)
      {
        start -= 1
      }
      if end >= 0, start <= end, tokens[end].isCapitalised,
        let mention = parser.mention(
          tokens[start...end], country: state.country, isCommonWord: state.isCommonWord),
        mention.kind == .person || mention.kind == .surname || mention.kind == .organisation
      {
        return mention
      }
      // "a campaign by opposition parties who argued …": a group in lower case.
      if end >= 0, tokens[end].kind == .word, !tokens[end].isCapitalised {
        // The head noun, with a determiner or a word of description that names no action
        // ("opposition parties", "the unions"; not "met residents").
        var first = end
        if first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalised,
          SubjectFinder.determiners.contains(tokens[first - 1].lower)
            || lexicon.roleQualifiers.contains(tokens[first - 1].lower)
        {
          first -= 1
        }
        if let mention = parser.mention(
          tokens[first...end], country: state.country, isCommonWord: state.isCommonWord),
          mention.kind == .organisation || mention.kind == .media
            || (mention.kind == .unknown && mention.roleGroup == "generic")
        {
          return mention
        }
      }
    }
    if !(isParticiple && afterComma),
      let subject = SubjectFinder.subject(before: cueIndex, in: document, paragraph: paragraph)
    {
      // "Ruth Abara and Dev Malhotra said": two people speak together; the first named stands
      // for both, as "Ines Baptiste and her colleagues" does.
      if subject.lowerBound >= 2, tokens[subject.lowerBound - 1].lower == "and",
        tokens[subject.lowerBound - 2].isCapitalised
      {
        let end = subject.lowerBound - 2
        var start = end
        // (Not "Councillors": a title in the plural names both.)
        while start > 0, end - start < 3, tokens[start - 1].isCapitalised,
          tokens[start - 1].kind == .word, !lexicon.isTitleWord(tokens[start - 1].text),
          !lexicon.isTitleWord(String(tokens[start - 1].text.dropLast()))
        {
          start -= 1
        }
        if let first = parser.mention(
          tokens[start...end], country: state.country, isCommonWord: state.isCommonWord),
          first.kind == .person,
          let second = parser.mention(
            tokens[subject], country: state.country, isCommonWord: state.isCommonWord),
          second.kind == .person
        {
          return first
        }
      }
      if let mention = parser.mention(
        tokens[subject], country: state.country, isCommonWord: state.isCommonWord)
      {
        return mention
      }
      // "Redsul, the main power company, said": the aside says what the name is.
      if subject.upperBound < cueIndex, tokens[subject.upperBound].isPunctuation(","),
        let mention = parser.mention(
          tokens[subject.lowerBound..<cueIndex], country: state.country,
          isCommonWord: state.isCommonWord),
        mention.kind == .organisation
      {
        return mention
      }
    }
    let coordinated = cueIndex > 0 && ["and", "but"].contains(tokens[cueIndex - 1].lower)
    guard isParticiple || coordinated else { return nil }
    let sentence = document.sentenceStart(paragraph, cueIndex)
    // "A spokesman said the depot was needed, and warned that…": the earlier cue's subject, not
    // that of a verb inside what it reported.
    if coordinated,
      let earlier = (sentence..<(cueIndex - 1)).last(where: {
        cues.cue(at: $0, in: tokens) != nil && !document.isQuoted(paragraph, $0)
      }),
      let subject = SubjectFinder.subject(before: earlier, in: document, paragraph: paragraph),
      let mention = parser.mention(
        tokens[subject], country: state.country, isCommonWord: state.isCommonWord),
      mention.kind != .unknown
    {
      return mention
    }
    if coordinated, let verb = (sentence..<(cueIndex - 1)).last(where: { isVerbLike(tokens[$0]) }),
      let subject = SubjectFinder.subject(before: verb, in: document, paragraph: paragraph),
      let mention = parser.mention(
        tokens[subject], country: state.country, isCommonWord: state.isCommonWord)
    {
      // "the president dismissed the government and promised to…": the first verb's subject.
      return mention
    }
    if let named = state.sentenceMentions[[paragraph, sentence]] { return named }
    let opening = sentenceSubject(
      paragraph: paragraph, start: sentence, before: cueIndex, state: state)
    if let opening, opening.kind != .unknown { return opening }
    // "Talks … collapsed after the Green Alliance walked out, accusing its partners of …": when
    // the sentence opens with no speaker, the subject of the clause the participle follows.
    if isParticiple, afterComma, sentence < cueIndex - 1,
      let verb = (sentence..<(cueIndex - 1)).last(where: { isVerbLike(tokens[$0]) }),
      let subject = SubjectFinder.subject(before: verb, in: document, paragraph: paragraph),
      let mention = parser.mention(
        tokens[subject], country: state.country, isCommonWord: state.isCommonWord),
      [.person, .surname, .organisation, .pronoun].contains(mention.kind)
    {
      return mention
    }
    return opening
  }

  /// Whether a token reads as a finite verb (a cue, an auxiliary, or a past form in -ed).
  func isVerbLike(_ token: Token) -> Bool {
    guard token.kind == .word, !token.isCapitalised else { return false }
    return token.lower.hasSuffix("ed")
      || SubjectFinder.skipped.contains(token.lower)
        && ["has", "have", "had", "was", "is", "would", "will", "did"].contains(token.lower)
  }

  /// "A person familiar with the matter said", "Two officials who asked not to be named said",
  /// "A source close to the minister said": an unnamed source described by what it knows — not
  /// the minister it is close to.
  private func anonymousSource(cueIndex: Int, paragraph: Int, state: ExtractionState) -> Mention? {
    let document = state.document
    let tokens = document.tokens[paragraph]
    let sentence = document.sentenceStart(paragraph, cueIndex)
    var first = sentence
    if first < cueIndex,
      ["but", "and", "however", "still", "meanwhile"].contains(tokens[first].lower)
    {
      first += 1
      if first < cueIndex, tokens[first].isPunctuation(",") { first += 1 }
    }
    guard first < cueIndex,
      lexicon.anonymousQuantifiers.contains(tokens[first].lower)
        || lexicon.anonymousHeads.contains(tokens[first].lower)
    else { return nil }
    // A head of its own, or any noun of a person a relative clause describes ("a nurse who
    // asked not to be named").
    func isHead(_ index: Int) -> Bool {
      let word = tokens[index].lower
      if lexicon.anonymousHeads.contains(word) { return true }
      // ("The minister who …" is the minister: a role, not an unnamed source.)
      return index + 1 < cueIndex && tokens[index + 1].lower == "who"
        && !tokens[index].isCapitalised && tokens[first].lower != "the"
        && (lexicon.titleWords.contains(word) || lexicon.genericHeads.contains(word + "s")
          || lexicon.namesPeople(word + "s"))
    }
    // Up to three words of description before the head ("a senior Western diplomat").
    var head = first
    while head < min(cueIndex, first + 5), !isHead(head) {
      guard tokens[head].kind == .word, !isVerbLike(tokens[head]) else { return nil }
      head += 1
    }
    // (Not the verb of the relative clause itself: "who asked not to be named"; and not when a
    // name follows: "A worker who hid in a loading bay, Kevin Osei, told".)
    guard head + 1 < cueIndex, isHead(head),
      lexicon.anonymousHeads.contains(tokens[head].lower)
        || !((head + 1)..<cueIndex).contains(where: { tokens[$0].isCapitalised }),
      // ("A Western diplomat, speaking on condition of anonymity, said": after a comma too,
      // unless the description names an institution: "A ministry official, who …, said".)
      lexicon.anonymousModifiers.contains(tokens[head + 1].lower)
        || tokens[head + 1].isPunctuation(",") && head + 2 < cueIndex
          && lexicon.anonymousModifiers.contains(tokens[head + 2].lower)
          && parser.mention(
            tokens[first...head], country: state.country, isCommonWord: state.isCommonWord
          ).map({ ![.organisation, .media].contains($0.kind) }) ?? true,
      tokens[cueIndex - 1].lower != "who"
    else { return nil }
    // The description runs to the cue: no other verb of its own before an aside ("who …", ",").
    var aside = false
    for index in (head + 1)..<cueIndex {
      if tokens[index].isTerminal { return nil }
      if tokens[index].lower == "who" || tokens[index].isPunctuation(",") { aside = true }
      if !aside, isVerbLike(tokens[index]) || cues.cue(at: index, in: tokens) != nil {
        return nil
      }
    }
    var end = head + 1
    while end < cueIndex, tokens[end].lower != "who", !tokens[end].isPunctuation(",") { end += 1 }
    return Mention(
      kind: .unknown, text: MentionParser.join(Array(tokens[first..<end])), name: "unknown",
      role: nil, roleGroup: "generic", gender: .unknown)
  }

  /// The subject opening a sentence, after a leading adverbial ("On January 5, Tokayev called…").
  private func sentenceSubject(
    paragraph: Int, start: Int, before limit: Int, state: ExtractionState
  )
    -> Mention?
  {
    let tokens = state.document.tokens[paragraph]
    var first = start
    // A dateline ("OSLO, March 3 (Northwire) - Skyline Air …") is not the subject.
    if let after = DocumentText.datelineEnd(in: tokens, from: start, limit: limit) {
      first = after
    }
    let openers: Set<String> = [
      "on", "in", "at", "after", "earlier", "later", "meanwhile", "separately",
    ]
    if openers.contains(tokens[first].lower),
      let comma = (first..<min(limit, first + 8)).first(where: { tokens[$0].isPunctuation(",") })
    {
      first = comma + 1
    }
    var end = first
    while end < limit && end - first < 8 && tokens[end].kind == .word && !isVerbLike(tokens[end])
      && !SubjectFinder.stops.contains(tokens[end].lower)
      && !["on", "in", "at", "during", "for", "of"].contains(tokens[end].lower)
    {
      end += 1
    }
    // "Skyline Air cut its forecast, saying…": a name ends where the lower-case verb begins.
    var name = first
    while name < end && tokens[name].isCapitalised { name += 1 }
    // ("Lakeside United coach Grace Okoro refused …, saying": a role, then the person's name.)
    if name > first, name < end, (name..<end).contains(where: { tokens[$0].isCapitalised }),
      let whole = parser.mention(
        tokens[first..<end], country: state.country, isCommonWord: state.isCommonWord),
      whole.kind == .person
    {
      return whole
    }
    if name > first && name < end,
      let mention = parser.mention(
        tokens[first..<name], country: state.country, isCommonWord: state.isCommonWord),
      mention.kind != .unknown
    {
      return mention
    }
    guard end > first,
      let mention = parser.mention(
        tokens[first..<end], country: state.country, isCommonWord: state.isCommonWord),
      mention.kind != .unknown
    else { return nil }
    return mention
  }

  /// Whether an attribution's clause ends soon after its cue ("she told reporters on Monday."),
  /// rather than going on to report something else ("said that…").
  private func endsClause(after start: Int, tokens: [Token], paragraph: Int, document: DocumentText)
    -> Bool
  {
    var index = start
    // "told a news conference in Reykjavik later in the day."
    while index < min(tokens.count, start + 12) {
      let token = tokens[index]
      if token.isTerminal || token.isPunctuation(",") || token.isPunctuation(";")
        || token.text == "—"
      {
        return true
      }
      // A cue's noun form after a noun or determiner is a noun ("on a conference call").
      let nounUse =
        index > start && cues.isNounForm(token.lower) && tokens[index - 1].kind == .word
        && !tokens[index - 1].isCapitalised
        && !["to", "will", "would", "and", "they", "we", "i", "you"].contains(
          tokens[index - 1].lower)
      // "in a statement posted on her website": a participle after its noun.
      let participle =
        index > start && token.lower.hasSuffix("ed") && tokens[index - 1].kind == .word
        && !tokens[index - 1].isCapitalised
        && !SubjectFinder.pronouns.contains(tokens[index - 1].lower)
        && !SubjectFinder.skipped.contains(tokens[index - 1].lower)
      if token.lower == "that" || document.isQuoted(paragraph, index)
        || (cues.cue(at: index, in: tokens) != nil && !nounUse && !participle)
      {
        return false
      }
      index += 1
    }
    return index >= tokens.count
  }

  /// Whether the quote is the whole complement of a cue printed right before it.
  private func isWholeComplement(_ span: QuotedSpan, _ tokens: [Token]) -> Bool {
    guard let close = span.close else { return true }
    let next = close + 1
    guard next < tokens.count else { return true }
    let token = tokens[next]
    return token.isTerminal || token.isPunctuation(",") || token.isPunctuation(";")
      || Self.adjunctPrepositions.contains(token.lower)
  }

  /// The cue as printed ("pointed out").
  func cueText(_ tokens: [Token], _ index: Int, _ cue: SpeechCues.Cue) -> String {
    MentionParser.join(Array(tokens[index..<(index + cue.words.count)]))
  }
}
