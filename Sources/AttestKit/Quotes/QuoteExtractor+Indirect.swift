import Foundation

extension QuoteExtractor {
  private static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
  private static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
    "could", "should", "must", "may", "might", "did", "does", "do", "shall",
  ]
  /// Words that are no verb after a plural subject ("tourists in …", "tourists and …").
  private static let functionWords: Set<String> = [
    "of", "in", "on", "at", "to", "for", "from", "with", "and", "or", "but", "the", "a", "an",
    "by", "as", "than", "that", "who", "which", "this", "their", "its", "into",
  ]
  private static let adverbialPrepositions: Set<String> = [
    "on", "in", "at", "during", "after", "via", "through", "by", "over", "before", "late",
    "earlier",
    "last", "this", "early",
  ]
  /// Words that open a clause's subject: "told reporters the road would …".
  private static let clauseDeterminers: Set<String> = [
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "some",
    "no", "all", "every",
  ]
  /// Finite verbs that show a clause: "… the road would reopen".
  private static let finiteVerbs: Set<String> = [
    "would", "will", "was", "were", "had", "has", "have", "is", "are", "could", "should",
    "might", "may", "must", "can", "did", "does",
  ]
  /// Words that end a short object before a clause: "told reporters as she left", "urged the
  /// House to pass it".
  private static let notInObjects: Set<String> = [
    "that", "to", "as", "when", "while", "after", "before", "because", "if", "since", "until",
    "where", "though", "although", "once", "so", "and", "or", "but", "what", "how", "why",
  ]
  private static let bareDays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight",
  ]
  private static let adverbialNouns: Set<String> = [
    "statement", "address", "interview", "conference", "briefing", "speech", "post", "video",
    "message", "letter", "call", "tweet", "broadcast", "report", "morning", "evening", "night",
    "afternoon", "week", "weekend", "month", "year", "link", "session", "meeting", "appearance",
  ]
  private static let leadingSubordinators: Set<String> = [
    "during", "which", "who", "where", "and", "as", "while", "but", "whom", "when",
  ]
  private static let firstPerson: Set<String> = ["we", "i", "our", "my", "us"]
  private static let whWords: Set<String> = ["how", "whether", "when", "why", "what", "where"]
  /// Verbs whose passive reports a source ("is said to be", "were reported to have"); any
  /// other passive ("have been admitted to hospital") reports nothing.
  private static let raisingPassives: Set<String> = [
    "said", "reported", "alleged", "believed", "rumoured", "rumored", "claimed", "understood",
    "thought", "known", "expected", "estimated",
  ]

  /// Indirect and mixed quotes: complements of speech verbs and of "according to".
  func indirectQuotes(_ state: inout ExtractionState) -> [QuoteCandidate] {
    var candidates: [QuoteCandidate] = []
    let document = state.document
    for paragraph in document.tokens.indices {
      let tokens = document.tokens[paragraph]
      // In a transcript turn, only what the speaker reports someone else saying ("River Watch
      // said in a statement that …"); the turn itself is the speaker's quote.
      let inTurn = state.transcriptParagraphs.contains(paragraph)
      var index = 0
      while index < tokens.count {
        guard !document.isQuoted(paragraph, index),
          !state.isConsumed(paragraph, index), let cue = cues.cue(at: index, in: tokens),
          cue.frames != [.direct]
        else {
          index += 1
          continue
        }
        if var candidate = indirect(at: index, cue: cue, paragraph: paragraph, state: state),
          !inTurn
            || candidate.mention.map({ [.person, .organisation, .media].contains($0.kind) }) == true
        {
          if inTurn { candidate.frameWeight *= 0.9 }
          let first =
            tokens.firstIndex { $0.range.lowerBound >= candidate.content.lowerBound } ?? index
          let last =
            tokens.lastIndex { $0.range.upperBound <= candidate.content.upperBound } ?? index
          state.consumed[paragraph, default: IndexSet()].insert(
            integersIn: min(first, index)...max(last, index))
          if let mention = candidate.mention {
            state.sentenceMentions[[paragraph, document.sentenceStart(paragraph, index)]] = mention
          }
          candidates.append(candidate)
        }
        index += cue.words.count
      }
    }
    return candidates
  }

  private func indirect(at index: Int, cue: SpeechCues.Cue, paragraph: Int, state: ExtractionState)
    -> QuoteCandidate?
  {
    let document = state.document
    let tokens = document.tokens[paragraph]
    let sentenceStart = document.sentenceStart(paragraph, index)
    let sentenceEnd = document.sentenceEnd(paragraph, index)
    let cueText = cue.frames.contains(.according) ? "according to" : cueText(tokens, index, cue)
    func candidate(_ first: Int, _ last: Int, _ mention: Mention?, weight: Double)
      -> QuoteCandidate?
    {
      var last = last
      while last >= first && tokens[last].kind == .punctuation
        && !document.isQuoted(paragraph, last)
        && tokens[last].text != "…"
      {
        last -= 1
      }
      var start = first
      // A live blog's time stamp opening the paragraph ("14:05 The Met Office …").
      if start == 0, tokens.count > 3, tokens[0].kind == .number, tokens[1].isPunctuation(":"),
        tokens[2].kind == .number, !tokens[1].spaceBefore
      {
        start = 3
      }
      if start == 0, let after = DocumentText.datelineEnd(in: tokens, from: 0, limit: last) {
        start = after
      }
      while start <= last && tokens[start].kind == .punctuation
        && !DocumentText.isMark(tokens[start])
      { start += 1 }
      guard start <= last else { return nil }
      let words = (start...last).filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        .count
      guard
        words >= 2 || (words >= 1 && (start...last).contains { document.isQuoted(paragraph, $0) })
      else { return nil }
      let hasMarks = (start...last).contains { document.isQuoted(paragraph, $0) }
      // (Also "describes as "the sea …"": the quotation is the whole predication; and "he said,
      // smiling, "and …"": a word of manner, then the quotation's next part.)
      let afterManner =
        start + 2 <= last && tokens[start].kind == .word && !tokens[start].isCapitalised
        && tokens[start + 1].isPunctuation(",")
        && isSingleQuote(start + 2, last, paragraph: paragraph, document: document)
      if hasMarks,
        isSingleQuote(start, last, paragraph: paragraph, document: document) || afterManner
          || (tokens[start].lower == "as" && start < last
            && isSingleQuote(start + 1, last, paragraph: paragraph, document: document))
      {
        return nil
      }
      return QuoteCandidate(
        type: hasMarks ? .mixed : .indirect, paragraph: paragraph,
        content: tokens[start].range.lowerBound..<tokens[last].range.upperBound, cue: cueText,
        mention: mention, mentionOffset: tokens[index].range.lowerBound, frameWeight: weight,
        span: nil)
    }
    if cue.frames.contains(.according) {
      return according(at: index, paragraph: paragraph, state: state, make: candidate)
    }
    // "a spokesman would not say when …", "declined to say whether …": nothing was said.
    if index > sentenceStart {
      let previous = tokens[index - 1].lower
      let refused =
        previous == "to" && index - 2 >= sentenceStart
        && ["declined", "refused", "refuses", "declines"].contains(tokens[index - 2].lower)
      if ["not", "never"].contains(previous) || previous.hasSuffix("n't") || refused {
        return nil
      }
    }
    // "The alliance, dubbed "X" by critics,": a passive participle, not a speech act — unless
    // the comma closes an aside ("A rebel spokesman, reached by phone, accused …").
    let closesAside =
      (sentenceStart..<max(sentenceStart, index - 2)).last(where: {
        tokens[$0].isPunctuation(",")
      }).map { comma in
        comma + 1 < index
          && (SubjectFinder.asideParticiples.contains(tokens[comma + 1].lower)
            || ["who", "which"].contains(tokens[comma + 1].lower))
      } ?? false
    // ("Henrik Dahl, a surgeon, called the results "…"": the comma closes an appositive
    // opened after a name.)
    let closesAppositive =
      index > sentenceStart + 3
      && (sentenceStart + 1..<(index - 2)).contains(where: { comma in
        tokens[comma].isPunctuation(",") && tokens[comma - 1].isCapitalised
          && ["a", "an", "the"].contains(tokens[comma + 1].lower)
          && !((comma + 1)..<(index - 1)).contains { tokens[$0].kind == .punctuation }
      })
    if index > sentenceStart + 1, tokens[index - 1].isPunctuation(","), !closesAppositive,
      !tokens[index - 2].isCapitalised,
      tokens[index].lower.hasSuffix("ed"),
      !cue.frames.contains(.clause), !cue.frames.contains(.according), !closesAside
    {
      return nil
    }
    // Agentless passives: "are said to be" names nobody; "was reported" is no quote.
    var before = index - 1
    while before >= sentenceStart
      && (SubjectFinder.skipped.contains(tokens[before].lower)
        || SubjectFinder.isAdverb(tokens[before].lower) && !tokens[before].isCapitalised)
      && !Self.beForms.contains(tokens[before].lower)
    {
      before -= 1
    }
    // "are urging people not to travel" is active; "are said to be" is not.
    if before >= sentenceStart && Self.beForms.contains(tokens[before].lower)
      && !tokens[index].lower.hasSuffix("ing")
    {
      guard index + 1 < tokens.count, tokens[index + 1].lower == "to",
        Self.raisingPassives.contains(tokens[index].lower)
      else { return nil }
      let unknown = Mention(
        kind: .unknown, text: "", name: "unknown", role: nil, roleGroup: nil, gender: .unknown)
      return candidate(sentenceStart, sentenceEnd, unknown, weight: 0.6)
    }
    // "Ministers had promised meetings before, he said, and …": a verb inside a clause that a
    // later attribution reports is part of what was said.
    if index + 1 < sentenceEnd,
      let comma = ((index + 1)..<sentenceEnd).first(where: {
        tokens[$0].isPunctuation(",") && !document.isQuoted(paragraph, $0)
      }), isInvertedAttribution(after: comma, sentenceEnd: sentenceEnd, tokens: tokens)
    {
      return nil
    }
    let subject = SubjectFinder.subject(before: index, in: document, paragraph: paragraph)
    var mention = subjectMention(cueIndex: index, paragraph: paragraph, state: state)
    // "other former Soviet states", "crazy Russian claims": a plural noun, not a verb.
    // (", warning that …" after an attribution is the participle, whoever the speaker is.)
    if cues.isNounForm(tokens[index].lower) {
      let participle =
        index > 0 && tokens[index - 1].isPunctuation(",") && tokens[index].lower.hasSuffix("ing")
      guard let found = mention,
        [.pronoun, .person, .organisation, .media].contains(found.kind)
          || participle && found.kind != .unknown,
        index == 0 || !SubjectFinder.determiners.contains(tokens[index - 1].lower)
      else { return nil }
    }
    var start = index + cue.words.count
    // "CLAUSE, NP said." and "CLAUSE, said NP." — also "said on Monday," and "said, warning…".
    var after = skippingTimeAdverbials(from: start, to: sentenceEnd, in: tokens, skipCommas: false)
    // "CLAUSE, she told reporters.": a short object before the end.
    if cue.frames.contains(.object) || cue.lemma == "tell" {
      var object = after
      while object <= sentenceEnd && object - after < 3 && tokens[object].kind == .word
        && !isVerbLike(tokens[object]) && tokens[object].lower != "that"
      {
        object += 1
      }
      if object <= sentenceEnd && tokens[object].isTerminal { after = object }
    }
    // "…, the ministry said on Tuesday, up from 14 a day earlier": a trailing comparison.
    let comparison =
      after + 2 <= sentenceEnd && tokens[after].isPunctuation(",")
      && (["up", "down"].contains(tokens[after + 1].lower) && tokens[after + 2].lower == "from"
        || tokens[after + 1].lower == "compared")
    // "…, the authors wrote in the journal Diabetes Care.": a short phrase of place or medium.
    let trailingPhrase =
      after <= sentenceEnd
      && ["in", "on", "at", "to", "during", "from", "with"].contains(tokens[after].lower)
      && sentenceEnd - after <= 8
      && !(after...sentenceEnd).contains { tokens[$0].lower == "that" || isVerbLike(tokens[$0]) }
      && tokens[sentenceEnd].isTerminal
    // "His client had repaid a third, Dalgado said, and was caring for …": the fronted clause
    // is what was said; the rest continues it.
    // ("…, they wrote, while naps longer than an hour were not": the same; "…, he said, as he
    // left the court" adds only when.)
    let continued =
      after + 1 <= sentenceEnd && tokens[after].isPunctuation(",")
      && ["and", "but", "while", "whereas", "though", "although", "as"].contains(
        tokens[after + 1].lower)
    let endsHere =
      after > sentenceEnd || tokens[after].isTerminal || comparison || trailingPhrase || continued
      || (tokens[after].isPunctuation(",") && after + 1 <= sentenceEnd
        && tokens[after + 1].lower.hasSuffix("ing"))
    // "On Monday, analysts said.": an opening adverbial is not what was said.
    let clauseBefore = { (subject: Range<Int>) -> Bool in
      let words = tokens[sentenceStart..<(subject.lowerBound - 1)].filter { $0.kind == .word }
      return !(SubjectFinder.introducers.contains(tokens[sentenceStart].lower) && words.count <= 4)
    }
    if endsHere, let subject, subject.lowerBound > sentenceStart,
      tokens[subject.lowerBound - 1].isPunctuation(","),
      mention != nil, clauseBefore(subject)
    {
      return candidate(sentenceStart, subject.lowerBound - 2, mention, weight: 0.8)
    }
    if start > sentenceEnd || tokens[start].isTerminal {
      guard let subject, subject.lowerBound > sentenceStart,
        tokens[subject.lowerBound - 1].isPunctuation(","), mention != nil, clauseBefore(subject)
      else { return nil }
      return candidate(sentenceStart, subject.lowerBound - 2, mention, weight: 0.8)
    }
    if mention == nil, index > sentenceStart, tokens[index - 1].isPunctuation(",") {
      var end = start
      while end <= sentenceEnd && !tokens[end].isTerminal { end += 1 }
      // (Only a short noun phrase: "…, insisting the government would not be rushed" goes on
      // to report a clause of its own.)
      if end > start, end - start <= 8,
        !(start..<end).contains(where: {
          isVerbLike(tokens[$0]) || document.isQuoted(paragraph, $0)
        }),
        let inverted = parser.mention(
          tokens[start..<end], country: state.country, isCommonWord: state.isCommonWord),
        inverted.kind != .pronoun
      {
        return candidate(sentenceStart, index - 2, inverted, weight: 0.8)
      }
    }
    guard let found = mention,
      found.kind != .unknown || found.role != nil || found.roleGroup == "generic"
    else { return nil }
    mention = found
    start = complementStart(
      after: start, cue: cue, paragraph: paragraph, sentenceEnd: sentenceEnd, document: document)
    guard start <= sentenceEnd, !tokens[start].isTerminal else { return nil }
    // "She tells Hamish Reid what the light has meant to her": whom, then a question's topic,
    // with no statement.
    if cue.lemma == "tell",
      let wh = (start..<min(sentenceEnd + 1, start + 4)).first(where: {
        ["what", "how", "why", "where", "who"].contains(tokens[$0].lower)
      }),
      wh > start, (start..<wh).allSatisfy({ tokens[$0].kind == .word && !isVerbLike(tokens[$0]) })
    {
      return nil
    }
    var end = complementEnd(
      from: start, sentenceEnd: sentenceEnd, paragraph: paragraph, document: document)
    guard end >= start else { return nil }
    guard
      accepts(
        cue: cue, tokens: tokens, start: start, end: end, paragraph: paragraph, document: document)
    else { return nil }
    end = extendedByFirstPerson(end, paragraph: paragraph, document: document)
    return candidate(start, end, mention, weight: 0.85)
  }

  private func according(
    at index: Int, paragraph: Int, state: ExtractionState,
    make: (Int, Int, Mention?, Double) -> QuoteCandidate?
  ) -> QuoteCandidate? {
    let document = state.document
    let tokens = document.tokens[paragraph]
    let sentenceStart = document.sentenceStart(paragraph, index)
    let sentenceEnd = document.sentenceEnd(paragraph, index)
    let nounStart = index + 2
    guard nounStart <= sentenceEnd else { return nil }
    let unknown = Mention(
      kind: .unknown, text: "", name: "unknown", role: nil, roleGroup: nil, gender: .unknown)
    let opensSentence =
      index == sentenceStart
      || (index == sentenceStart + 1 && ["and", "but"].contains(tokens[sentenceStart].lower))
    if opensSentence {
      guard
        let comma = (nounStart...sentenceEnd).first(where: {
          tokens[$0].isPunctuation(",") && !document.isQuoted(paragraph, $0)
        })
      else { return nil }
      let mention =
        parser.mention(
          tokens[nounStart..<comma], country: state.country, isCommonWord: state.isCommonWord)
        ?? unknown
      return make(comma + 1, sentenceEnd, mention, 0.85)
    }
    // "Fischer later told a meeting that …, according to a recording heard by the Guardian":
    // the sentence already names who spoke; "according to" says how the outlet knows.
    // ("The hospital admitted 212 patients …, according to …": a figure after the verb is its
    // object, and "according to" names the source.)
    if (sentenceStart..<index).contains(where: { position in
      !document.isQuoted(paragraph, position) && cues.cue(at: position, in: tokens) != nil
        && !tokens[position].lower.hasSuffix("ing")
        && (position + 1 >= index || tokens[position + 1].kind != .number)
        && subjectMention(cueIndex: position, paragraph: paragraph, state: state).map {
          [.person, .surname, .organisation, .pronoun].contains($0.kind)
            // ("A state of emergency was declared": a passive names no speaker.)
            || $0.roleGroup == "unnamed-person" && position > sentenceStart
              && !["was", "were", "is", "are", "been", "be"].contains(tokens[position - 1].lower)
        } == true
    }) {
      return nil
    }
    var nounEnd = sentenceEnd
    if tokens[nounEnd].isTerminal { nounEnd -= 1 }
    if let comma = (nounStart...max(nounStart, nounEnd)).first(where: {
      tokens[$0].isPunctuation(",")
    }) {
      // "…, according to the operator, Soltrans.": a name in apposition ending the sentence
      // belongs to the source.
      let rest = (comma + 1)...max(comma + 1, nounEnd)
      let appositive =
        comma + 1 <= nounEnd && nounEnd - comma <= 6 && tokens[comma + 1].isCapitalised
        && rest.allSatisfy {
          tokens[$0].isCapitalised || tokens[$0].text == "&"
            || tokens[$0].kind == .word && tokens[$0].lower.count <= 3
              && !["and", "but", "who", "was", "is", "has", "had", "said"].contains(
                tokens[$0].lower)
        }
      if !appositive { nounEnd = comma - 1 }
    }
    guard nounEnd >= nounStart else { return nil }
    let mention =
      parser.mention(
        tokens[nounStart...nounEnd], country: state.country, isCommonWord: state.isCommonWord)
      ?? unknown
    var end = index - 1
    if end >= sentenceStart && tokens[end].isPunctuation(",") { end -= 1 }
    guard end >= sentenceStart else { return nil }
    // "The diplomats, according to two officials, had been photographed …": the subject alone
    // is no statement; what follows the aside is.
    if nounEnd + 2 < sentenceEnd, tokens[nounEnd + 1].isPunctuation(","),
      end - sentenceStart < 5,
      !(sentenceStart...end).contains(where: {
        isVerbLike(tokens[$0]) || tokens[$0].isPunctuation(",")
      })
    {
      return make(nounEnd + 2, sentenceEnd, mention, 0.8)
    }
    var start = sentenceStart
    if let comma = (sentenceStart..<end).last(where: {
      tokens[$0].isPunctuation(",") && !document.isQuoted(paragraph, $0)
    }) {
      start = comma + 1
    }
    while start < end && Self.leadingSubordinators.contains(tokens[start].lower) { start += 1 }
    return make(start, end, mention, 0.85)
  }

  /// Whether ", he said," or ", the minister said." follows the comma at `comma`: a short
  /// subject (a pronoun, a name, "the" and a noun) and a cue, then a comma or the sentence end.
  private func isInvertedAttribution(after comma: Int, sentenceEnd: Int, tokens: [Token]) -> Bool {
    var index = comma + 1
    guard index <= sentenceEnd else { return false }
    if SubjectFinder.pronouns.contains(tokens[index].lower) {
      index += 1
    } else if tokens[index].lower == "the" {
      // "the minister", "the labour statistics office": up to four words before the cue.
      index += 1
      let first = index
      while index <= sentenceEnd, index - first < 4, tokens[index].kind == .word,
        cues.cue(at: index, in: tokens) == nil
      {
        index += 1
      }
      guard index > first else { return false }
    } else {
      let first = index
      while index <= sentenceEnd, index - first < 3, tokens[index].isCapitalised { index += 1 }
      guard index > first else { return false }
    }
    guard index <= sentenceEnd, let cue = cues.cue(at: index, in: tokens),
      cue.frames.contains(.clause) || cue.frames.contains(.thatClause)
    else { return false }
    let after = index + cue.words.count
    return after > sentenceEnd || tokens[after].isPunctuation(",") || tokens[after].isTerminal
  }

  /// Skips adverbials and objects between the cue and its complement, and a "that".
  private func complementStart(
    after start: Int, cue: SpeechCues.Cue, paragraph: Int, sentenceEnd: Int, document: DocumentText
  ) -> Int {
    let tokens = document.tokens[paragraph]
    var start = start
    let thatIndex = (start..<min(sentenceEnd + 1, start + 10)).first { index in
      tokens[index].lower == "that" && !document.isQuoted(paragraph, index)
    }
    let between = thatIndex.map { tokens[start..<$0] } ?? []
    let plainGap =
      thatIndex.map { that in
        !(start..<that).contains {
          DocumentText.isMark(tokens[$0]) || tokens[$0].isTerminal
            || cues.cue(at: $0, in: tokens) != nil
        }
      } ?? false
    // "urged parents to check that…": the infinitive, not the "that", opens the complement.
    let infinitiveFirst = cue.frames.contains(.object) && between.contains { $0.lower == "to" }
    // "asked the chief executive whether…": the question starts at "whether".
    if cue.frames.contains(.object),
      let whether = (start..<min(sentenceEnd + 1, start + 12)).first(where: {
        tokens[$0].lower == "whether"
      })
    {
      return whether
    }
    // "told the BBC he could no longer walk": a short object, then the clause's own subject.
    if cue.lemma == "tell" || cue.frames.contains(.object),
      start + 1 < min(sentenceEnd + 1, start + 5),
      let pronoun = ((start + 1)..<min(sentenceEnd + 1, start + 5)).first(where: {
        SubjectFinder.pronouns.contains(tokens[$0].lower)
      }),
      (start..<pronoun).allSatisfy({
        tokens[$0].kind == .word && !isVerbLike(tokens[$0])
          && !SubjectFinder.pronouns.contains(tokens[$0].lower)
          && !Self.notInObjects.contains(tokens[$0].lower)
      })
    {
      return pronoun
    }
    // "told reporters the road would reopen", "told a news conference the plan was dead",
    // "told parliament Ardavia would …": a short object, then a clause with its own subject
    // (a determiner or a name) and a finite verb soon after.
    if cue.lemma == "tell", thatIndex.map({ $0 > start + 4 }) ?? true,
      let subject = ((start + 1)...max(start + 1, min(sentenceEnd, start + 4))).first(where: {
        $0 <= sentenceEnd
          && (Self.clauseDeterminers.contains(tokens[$0].lower)
            || tokens[$0].isCapitalised && tokens[$0].kind == .word)
          && !SubjectFinder.determiners.contains(tokens[$0 - 1].lower)
      }),
      (start..<subject).allSatisfy({
        tokens[$0].kind == .word && !isVerbLike(tokens[$0])
          && !Self.notInObjects.contains(tokens[$0].lower)
          && !Self.adverbialPrepositions.contains(tokens[$0].lower)
          && !document.isQuoted(paragraph, $0)
      }),
      ((subject + 1)..<max(subject + 1, min(sentenceEnd + 1, subject + 5))).contains(where: {
        Self.finiteVerbs.contains(tokens[$0].lower)
      })
    {
      return subject
    }
    // "dismissed claims that…": for a noun-phrase cue the whole phrase is the content.
    if let thatIndex, plainGap, !infinitiveFirst,
      cue.frames.contains(.clause) || cue.frames.contains(.thatClause),
      thatIndex == start || Self.adverbialPrepositions.contains(tokens[start].lower)
        || cue.lemma == "tell" || cue.lemma == "warn"
        || (between.count <= 3 && !between.contains { isVerbLike($0) })
    {
      return thatIndex + 1
    }
    start = skippingTimeAdverbials(from: start, to: sentenceEnd, in: tokens, skipCommas: true)
    if start <= sentenceEnd && tokens[start].lower == "that" { start += 1 }
    return start
  }

  /// The first token after up to three adverbials such as "on Monday" or "in a statement".
  private func skippingTimeAdverbials(
    from start: Int, to sentenceEnd: Int, in tokens: [Token], skipCommas: Bool
  )
    -> Int
  {
    var start = start
    var rounds = 0
    while start <= sentenceEnd && rounds < 3 {
      // "said Sunday", "said Tuesday night", "said Jan. 5": a bare day, as wire copy writes it.
      // (A month only with its day: "said March was the wettest" opens the complement.)
      let dated = start + 1 <= sentenceEnd && tokens[start + 1].kind == .number
      if Self.bareDays.contains(tokens[start].lower)
        || (CalendarWords.contains(tokens[start]) && tokens[start].isCapitalised && dated)
      {
        start += dated ? 2 : 1
        if start <= sentenceEnd, Self.adverbialNouns.contains(tokens[start].lower) { start += 1 }
        if skipCommas && start <= sentenceEnd && tokens[start].isPunctuation(",") { start += 1 }
        rounds += 1
        continue
      }
      guard Self.adverbialPrepositions.contains(tokens[start].lower) else { break }
      guard
        let noun = (start..<min(sentenceEnd + 1, start + 5)).first(where: {
          CalendarWords.contains(tokens[$0]) || Self.adverbialNouns.contains(tokens[$0].lower)
        })
      else { break }
      start = noun + 1
      if skipCommas && start <= sentenceEnd && tokens[start].isPunctuation(",") { start += 1 }
      rounds += 1
    }
    return start
  }

  /// Participles after "without" that make the outlet's comment on a statement ("without
  /// providing evidence", "without elaborating"), no part of it.
  static let unsupportedAdjuncts: Set<String> = [
    "providing", "offering", "giving", "citing", "presenting", "producing", "showing",
    "supplying", "elaborating", "specifying", "naming", "explaining", "saying", "detailing",
    "identifying", "disclosing", "revealing",
  ]

  /// The complement runs to the sentence end, stopping before a trailing attribution or a
  /// participle adjunct ("without providing evidence").
  private func complementEnd(
    from start: Int, sentenceEnd: Int, paragraph: Int, document: DocumentText
  ) -> Int {
    let tokens = document.tokens[paragraph]
    var end = sentenceEnd
    if end >= start && tokens[end].isTerminal && !document.isQuoted(paragraph, end) { end -= 1 }
    var index = start + 1
    while index <= end {
      if !document.isQuoted(paragraph, index) {
        let token = tokens[index]
        if token.isPunctuation(","), index + 1 <= end {
          let next = tokens[index + 1]
          if let cue = cues.cue(at: index + 1, in: tokens),
            next.lower.hasSuffix("ing") || cue.frames.contains(.according)
          {
            return index - 1
          }
          if index + 1 <= end,
            (index + 1...min(end, index + 6)).contains(where: {
              cues.cue(at: $0, in: tokens)?.frames.contains(.direct) == true && $0 + 1 > end
            })
          {
            return index - 1
          }
        }
        // ("without informing the board", "without consulting residents" are what was said.)
        if token.lower == "without", index + 1 <= end,
          Self.unsupportedAdjuncts.contains(tokens[index + 1].lower)
        {
          return index - 1
        }
        // ", while the government resigned": another subject's clause.
        if token.isPunctuation(","), index + 1 <= end,
          ["while", "whereas", "although", "but", "though", "as"].contains(tokens[index + 1].lower)
        {
          return index - 1
        }
        // "said X: "…"" — the quotation after the colon is its own quote.
        if token.isPunctuation(":"), index + 1 <= end, document.isQuoted(paragraph, index + 1) {
          return index - 1
        }
        // "said X and urged Y": a coordinated speech verb starts its own quote.
        if token.lower == "and" || token.lower == "but", index + 1 <= end,
          let cue = cues.cue(at: index + 1, in: tokens), !tokens[index + 1].lower.hasSuffix("ing"),
          cue.frames != [.direct]
        {
          return index - 1
        }
      }
      index += 1
    }
    return end
  }

  private func accepts(
    cue: SpeechCues.Cue, tokens: [Token], start: Int, end: Int, paragraph: Int,
    document: DocumentText
  ) -> Bool {
    let words = tokens[start...end]
    // "she told reporters as she left": the object, then a clause of time, reports nothing.
    if cue.lemma == "tell", start + 1 <= end,
      ["as", "when", "while", "after", "before"].contains(tokens[start + 1].lower)
    {
      return false
    }
    // "she told this magazine in 2009": whom and when, with no verb, reports nothing.
    if cue.lemma == "tell",
      !words.dropFirst().contains(where: { word in
        word.kind == .word
          && (Self.finiteVerbs.contains(word.lower) || isVerbLike(word)
            || Self.irregularPast.contains(word.lower)
            || (word.lower.hasSuffix("s") && !word.isCapitalised))
      }), !(start...end).contains(where: { document.isQuoted(paragraph, $0) })
    {
      return false
    }
    // "said in a statement posted on her website": a participle opens no reported clause.
    // ("said affected employees would …" is one: an adjective before its noun).
    if let first = words.first, first.kind == .word, !first.isCapitalised,
      first.lower.hasSuffix("ed"), !document.isQuoted(paragraph, start), start + 1 <= end,
      ["on", "in", "by", "at", "to", "from", "with", "for"].contains(tokens[start + 1].lower)
    {
      return false
    }
    let hasMarks = (start...end).contains { document.isQuoted(paragraph, $0) }
    if cue.frames.contains(.clause) && looksLikeClause(words)
      && !isObjectThenVerbPhrase(words)
    {
      return true
    }
    if cue.frames.contains(.thatClause), start > 0,
      tokens[start - 1].lower == "that" || Self.whWords.contains(tokens[start].lower),
      looksLikeClause(words)
    {
      return true
    }
    // "appealed to X for help", "called on X to act": the phrase carries the preposition.
    if cue.frames.contains(.object) && cue.words.count > 1
      && words.contains(where: { $0.lower == "to" || $0.lower == "for" })
    {
      return true
    }
    // ("urged the parties to "return to the table"": a mark may open the verb.)
    if cue.frames.contains(.object),
      let to = (start...end).first(where: { tokens[$0].lower == "to" }),
      to > start, to < end,
      case let verb = DocumentText.isMark(tokens[to + 1]) && to + 2 <= end ? to + 2 : to + 1,
      tokens[verb].kind == .word, !tokens[verb].isCapitalised,
      !SubjectFinder.determiners.contains(tokens[verb].lower)
    {
      return true
    }
    if cue.frames.contains(.infinitive) && tokens[start].lower == "to" { return true }
    // ("blamed each other for the deadlock": the two blame each other; nothing is reported.)
    if cue.frames.contains(.np) && words.filter({ $0.kind == .word }).count >= 3,
      !(words.count >= 2 && ["each", "one"].contains(words[start].lower)
        && ["other", "another"].contains(words[start + 1].lower))
    {
      return true
    }
    if cue.frames.contains(.npAs),
      hasMarks || words.dropFirst().contains(where: { $0.lower == "as" }),
      words.filter({ $0.kind == .word }).count >= 3
    {
      return true
    }
    if cue.frames.contains(.npquoted) && hasMarks { return true }
    // "asked X whether…": the question is the content.
    if cue.frames.contains(.object), words.contains(where: { $0.lower == "whether" }) {
      return true
    }
    // "what he called a foreign-inspired uprising": the naming verb's object is the content.
    if cue.frames.contains(.npquoted),
      let subject = SubjectFinder.subject(before: start - 1, in: document, paragraph: paragraph),
      subject.lowerBound > 0, tokens[subject.lowerBound - 1].lower == "what"
    {
      return true
    }
    return false
  }

  /// Irregular past forms, which make a clause as "-ed" forms do ("no reply ever came").
  static let irregularPast: Set<String> = [
    "came", "went", "took", "gave", "made", "knew", "saw", "found", "left", "began", "broke",
    "fell", "rose", "grew", "held", "kept", "ran", "won", "lost", "paid", "sent", "spent",
    "stood", "thought", "brought", "bought", "caught", "fought", "meant", "felt", "became", "got",
    "wrote", "spoke", "chose", "drove", "flew", "froze", "stole", "sold", "sat", "led", "met",
    "fled", "hid", "ate", "drank", "threw", "drew", "shook", "forgot", "understood", "told",
    "said", "sank", "struck", "swept", "dealt", "built", "lent", "fed", "bore", "tore", "wore",
    // Regular past forms too short for the "-ed" test: "two men died".
    "died", "lied", "tied", "owed", "axed", "bled", "sped", "shed",
    // Past forms spelled as the present: "blocking roads put lives at risk".
    "put", "set", "hit", "cost", "hurt", "spread", "shut", "cut", "let", "quit",
  ]

  /// "declared a state of emergency … and ordered …", "… as the toll rose": an object, then
  /// another clause — no clause was reported.
  private func isObjectThenVerbPhrase(_ words: ArraySlice<Token>) -> Bool {
    guard let first = words.first, ["a", "an"].contains(first.lower) else { return false }
    guard
      let verb = words.indices.first(where: { index in
        let lower = words[index].lower
        return Self.auxiliaries.contains(lower) || (lower.hasSuffix("ed") && lower.count > 4)
          || Self.irregularPast.contains(lower)
      }), verb > words.startIndex
    else { return false }
    let joins: Set<String> = [
      "and", "but", "or", "as", "when", "while", "after", "before", "because", "since", "until",
    ]
    return words[words.startIndex..<verb].contains { joins.contains($0.lower) }
  }

  private func looksLikeClause(_ words: ArraySlice<Token>) -> Bool {
    guard words.count >= 2 else { return false }
    if let first = words.first, SubjectFinder.pronouns.contains(first.lower) { return true }
    // A present-tense verb after its subject: "a museum belongs …", "Norway needs …" (quote
    // marks between them aside: a museum “belongs …”).
    let plain = words.filter { !DocumentText.isMark($0) }
    for index in plain.indices.dropFirst() {
      let word = plain[index].lower
      guard plain[index].kind == .word, !plain[index].isCapitalised, word.count > 3,
        word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is")
      else { continue }
      let noun = plain[index - 1]
      if index == 1 && noun.isCapitalised && noun.kind == .word { return true }
      if index >= 2, SubjectFinder.determiners.contains(plain[index - 2].lower),
        noun.kind == .word, !noun.isCapitalised, !noun.lower.hasSuffix("s")
      {
        return true
      }
    }
    // A plural subject, then a verb in the present: "tourists already ask about her", "the
    // villagers want …" (the verb is any plain word after the noun and an adverb).
    // (Marks alone leave nothing to read: `plain` may be empty.)
    var subject = plain.startIndex
    if let first = plain.first,
      ["the", "many", "most", "some", "few", "all", "these", "those", "their", "our"].contains(
        first.lower)
    {
      subject += 1
    }
    if subject + 2 < plain.endIndex, plain[subject].kind == .word, !plain[subject].isCapitalised,
      plain[subject].lower.count > 3, plain[subject].lower.hasSuffix("s"),
      !plain[subject].lower.hasSuffix("ss"), !plain[subject].lower.contains("'"),
      !plain[subject].lower.contains("’")
    {
      var verb = subject + 1
      if plain[verb].lower.hasSuffix("ly")
        || ["already", "often", "still", "now", "never", "always", "also", "just", "rarely"]
          .contains(plain[verb].lower)
      {
        verb += 1
      }
      if verb + 1 < plain.endIndex, plain[verb].kind == .word, !plain[verb].isCapitalised,
        !plain[verb].lower.hasSuffix("s"), !plain[verb].lower.hasSuffix("ly"),
        !Self.functionWords.contains(plain[verb].lower),
        !SubjectFinder.stops.contains(plain[verb].lower),
        !SubjectFinder.introducers.contains(plain[verb].lower),
        !SubjectFinder.determiners.contains(plain[verb].lower)
      {
        return true
      }
    }
    // ("heat-related", "state-owned": a hyphenated "-ed" word is an adjective.)
    return words.contains { word in
      let lower = word.lower
      return Self.auxiliaries.contains(lower)
        || (lower.hasSuffix("ed") && lower.count > 4 && !lower.contains("-"))
        || Self.irregularPast.contains(lower)
        || lower.hasSuffix("n't") || lower.hasSuffix("’ve") || lower.hasSuffix("'ve")
        || lower.hasSuffix("’s")
    }
  }

  /// Whether tokens start...last are one quotation (with punctuation at most): a direct quote.
  private func isSingleQuote(_ start: Int, _ last: Int, paragraph: Int, document: DocumentText)
    -> Bool
  {
    let quote = document.quoteOf[paragraph][start]
    guard quote >= 0 else { return false }
    return (start...last).allSatisfy {
      document.quoteOf[paragraph][$0] == quote
        || document.tokens[paragraph][$0].kind == .punctuation
    }
  }

  /// "Psaki said that we were monitoring… We support calls for calm…": first-person sentences
  /// after a reported statement belong to it.
  private func extendedByFirstPerson(_ end: Int, paragraph: Int, document: DocumentText) -> Int {
    let tokens = document.tokens[paragraph]
    var end = end
    while true {
      var next = end + 1
      if next < tokens.count && tokens[next].isTerminal { next += 1 }
      guard next < tokens.count, Self.firstPerson.contains(tokens[next].lower),
        !document.isQuoted(paragraph, next)
      else { return end }
      let last = document.sentenceEnd(paragraph, next)
      let hasCue = (next...last).contains { position in
        guard let cue = cues.cue(at: position, in: tokens), !tokens[position].lower.hasSuffix("ing")
        else { return false }
        return !cues.isNounForm(tokens[position].lower) && cue.frames.contains(.clause)
      }
      let hasQuote = (next...last).contains { document.isQuoted(paragraph, $0) }
      guard !hasCue, !hasQuote else { return end }
      end = tokens[last].isTerminal ? last - 1 : last
      if end <= next { return end }
    }
  }
}
