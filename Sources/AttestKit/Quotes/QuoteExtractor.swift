import Foundation

/// Quotes found in one article, with the warnings raised while finding them.
public struct QuoteExtraction: Sendable {
  /// Quotes in text order.
  public var quotes: [Quote]
  /// Located warnings (unbalanced quotation marks).
  public var warnings: [Diagnostic]
  /// The tokenised body the quotes were read from, shared with claim extraction.
  var document: DocumentText
}

/// Finds the quotations in an article and attributes them to canonical speakers.
///
/// Rules, no parser: quotation marks are paired (every style, nesting, running over paragraphs,
/// repaired locally); transcript tags become turns; direct quotes take the cue and speaker
/// printed around them; indirect and mixed quotes are the complements of speech verbs from
/// `Data/lexicon/speech-verbs.json` and of "according to"; speakers are resolved through the
/// article's own names, roles and pronouns, then `Data/speakers.json`.
///
/// ```swift
/// let extractor = try QuoteExtractor(data: data)
/// let quotes = extractor.quotes(in: article).quotes
/// ```
public struct QuoteExtractor: Sendable {
  let cues: SpeechCues
  let lexicon: MentionLexicon
  let registry: SpeakerRegistry
  let parser: MentionParser
  /// The most warnings one article reports before summarising the rest.
  public static let warningLimit = 20

  /// Creates an extractor with the lexicons and registries of `data`.
  ///
  /// - Throws: `DataError` when a lexicon is malformed.
  public init(data: AttestData) throws {
    cues = try SpeechCues(data: data)
    lexicon = try MentionLexicon(data: data)
    registry = try SpeakerRegistry(data: data)
    parser = MentionParser(lexicon: lexicon, registry: registry, outlets: data.outlets)
  }

  /// The quotes in `article`, in text order.
  public func quotes(in article: Article) -> QuoteExtraction {
    let document = DocumentText(article: article, abbreviations: lexicon.abbreviations, cues: cues)
    let country = mainCountry(document)
    var state = ExtractionState(document: document, country: country)
    let turns = TranscriptReader(notTurnTags: lexicon.notTurnTags, cues: cues).turns(in: document)
    state.transcriptParagraphs = Set(turns.map(\.paragraph))
    collectEntities(&state)
    collectInstitutions(&state)
    // "LEONARD:" after "PETER LEONARD:" is the same person.
    let fullTags = turns.map(\.tag).filter { $0.contains(" ") }
    let interview =
      turns.contains { TranscriptReader.interviewTags.contains($0.tag) }
      ? interviewSpeakers(before: turns[0].paragraph, article: article, state: state) : nil
    var candidates = turns.map { turn in
      let tag =
        turn.tag.contains(" ")
        ? turn.tag
        : (fullTags.first { $0.split(separator: " ").last.map(String.init) == turn.tag } ?? turn.tag)
      var mention = transcriptMention(tag, state: state)
      if let interview, TranscriptReader.interviewTags.contains(tag) {
        // "Q:" is the interviewer, "A:" the person interviewed.
        let name = tag == "Q" ? interview.interviewer : interview.interviewee
        mention = Mention(
          kind: name == nil ? .unknown : .person, text: tag, name: name ?? "unknown",
          role: tag == "Q" ? "interviewer" : nil, roleGroup: nil, gender: .unknown)
      }
      mention.text = turn.tag
      return QuoteCandidate(
        type: .direct, paragraph: turn.paragraph, content: turn.content, cue: "transcript",
        mention: mention, mentionOffset: turn.content.lowerBound, frameWeight: 0.98, span: nil)
    }
    candidates += directQuotes(&state)
    candidates += indirectQuotes(&state)
    // "warned it would not tolerate what it called "economic sabotage"": a label named inside a
    // reported statement is part of that statement, not a quote of its own.
    // So is a fragment the same attribution frames twice: `… would not be "bullied back to
    // work", he added` is one mixed quote, not a direct one as well.
    let mixed = candidates.filter { $0.type == .mixed }
    candidates.removeAll { candidate in
      guard candidate.type == .direct else { return false }
      return mixed.contains {
        $0.content.lowerBound < candidate.content.lowerBound
          && candidate.content.upperBound < $0.content.upperBound
          && (($0.content.contains(candidate.mentionOffset) && cues.isNaming(candidate.cue)
            && (candidate.mention.map { $0.kind == .pronoun } ?? true))
            || $0.mentionOffset == candidate.mentionOffset)
      }
    }
    candidates.sort {
      ($0.content.lowerBound, $0.content.upperBound) < (
        $1.content.lowerBound, $1.content.upperBound
      )
    }
    let quotes = resolve(candidates, in: article, state: &state)
    return QuoteExtraction(
      quotes: quotes, warnings: warnings(document, article), document: document)
  }

  // MARK: - Document facts

  /// The adjective of the country the article mentions most, for "the health ministry".
  private func mainCountry(_ document: DocumentText) -> String? {
    lexicon.mainCountry(of: document)?.adjective
  }

  /// Names the article gives people, with their roles, before any quote is attributed.
  private func collectEntities(_ state: inout ExtractionState) {
    let document = state.document
    // Capitalised words right before a cue ("Delgado says"): surnames of people who speak.
    var speakers = Set<String>()
    // "Amal Haddad left Aleppo …. Haddad shrugs": a capitalised word standing alone before a
    // lower-case word, as a surname does once the full name has been given.
    var alone = Set<String>()
    for tokens in document.tokens {
      for index in tokens.indices.dropFirst()
      where tokens[index - 1].isCapitalised && cues.cue(at: index, in: tokens) != nil {
        speakers.insert(tokens[index - 1].text)
      }
      for index in tokens.indices.dropLast()
      where tokens[index].isCapitalised && tokens[index + 1].kind == .word
        && !tokens[index + 1].isCapitalised && (index == 0 || !tokens[index - 1].isCapitalised)
      {
        alone.insert(tokens[index].text)
      }
    }
    for (paragraph, tokens) in document.tokens.enumerated()
    where !state.transcriptParagraphs.contains(paragraph) {
      var index = 0
      while index < tokens.count {
        guard tokens[index].isCapitalised, !document.isQuoted(paragraph, index) else {
          index += 1
          continue
        }
        var end = index
        while end + 1 < tokens.count, !document.isQuoted(paragraph, end + 1) {
          if tokens[end + 1].isCapitalised {
            end += 1
            continue
          }
          // "Piet de Vries", "Marta van der Berg": particles inside one name.
          var next = end + 1
          while next < tokens.count, next - end <= 2,
            MentionParser.particles.contains(tokens[next].text)
          {
            next += 1
          }
          guard next > end + 1, next < tokens.count, tokens[next].isCapitalised,
            !document.isQuoted(paragraph, next)
          else { break }
          end = next
        }
        var start = index
        // Lower-case role words before the name ("press secretary Jen Psaki").
        while start > 0 && start > index - 4 && tokens[start - 1].kind == .word
          && lexicon.isTitleWord(tokens[start - 1].text)
          && !tokens[start - 1].isCapitalised
        {
          start -= 1
        }
        // "Opposition leader Nadia Sabri": the qualifier makes the role another's.
        if start < index, start > 0, lexicon.roleQualifiers.contains(tokens[start - 1].lower) {
          start -= 1
        }
        if isNameCandidate(tokens, start: start, first: index, end: end, state: state) {
          noteName(
            tokens[start...end], paragraph: paragraph, after: end + 1, speakers: speakers,
            alone: alone, state: &state)
        }
        index = end + 1
      }
    }
  }

  /// Descriptions of institutions ("the electoral commission"), so that a later bare "the
  /// commission" can be tied to them.
  private func collectInstitutions(_ state: inout ExtractionState) {
    let document = state.document
    for (paragraph, tokens) in document.tokens.enumerated() {
      for (index, token) in tokens.enumerated()
      where token.kind == .word && lexicon.organisationHeads.contains(token.lower)
        && !lexicon.spokespersonWords.contains(token.lower) && !document.isQuoted(paragraph, index)
      {
        var first = index
        while first > 0 && index - first < 3 {
          let previous = tokens[first - 1]
          guard previous.kind == .word, !SubjectFinder.determiners.contains(previous.lower),
            !SubjectFinder.stops.contains(previous.lower),
            !SubjectFinder.skipped.contains(previous.lower),
            !previous.lower.hasSuffix("ed"),
            !["on", "in", "at", "of", "for", "from", "said"].contains(previous.lower)
          else { break }
          first -= 1
        }
        guard first < index else { continue }
        let label = MentionParser.join(Array(tokens[first...index]))
        state.institutions.append((tokens[first].range.lowerBound, token.lower, label))
      }
      // "Port operator Selwick Harbour Group", "The bakery, Golden Crust,": a business by name.
      for (index, token) in tokens.enumerated()
      where token.kind == .word && !token.isCapitalised
        && lexicon.businessWords.contains(token.lower) && !document.isQuoted(paragraph, index)
      {
        var first = index + 1
        if first < tokens.count, tokens[first].isPunctuation(",") { first += 1 }
        var end = first
        while end < tokens.count, end - first < 5, tokens[end].kind == .word,
          tokens[end].isCapitalised || (end > first && ["of", "&"].contains(tokens[end].lower))
        {
          end += 1
        }
        while end > first, !tokens[end - 1].isCapitalised { end -= 1 }
        // "Loafly, the high-street bakery chain,": the name the description follows (an
        // appositive closed by a comma; "Meanwhile, the company said" names nothing).
        if end == first, index + 1 < tokens.count, tokens[index + 1].isPunctuation(","),
          let article = (max(0, index - 5)..<index).last(where: {
            ["the", "a", "an"].contains(tokens[$0].lower)
          }), article >= 2, tokens[article - 1].isPunctuation(","),
          tokens[article - 2].isCapitalised, !CalendarWords.contains(tokens[article - 2]),
          !document.lowerWords.contains(tokens[article - 2].lower),
          ((article + 1)..<index).allSatisfy({
            tokens[$0].kind == .word && !tokens[$0].isCapitalised
          })
        {
          var start = article - 2
          while start > 0, article - 2 - start < 3, tokens[start - 1].isCapitalised,
            !SubjectFinder.determiners.contains(tokens[start - 1].lower)
          {
            start -= 1
          }
          state.businesses.append(
            (
              tokens[start].range.lowerBound,
              MentionParser.join(Array(tokens[start...(article - 2)]))
            ))
          continue
        }
        guard end > first, !CalendarWords.contains(tokens[first]) else { continue }
        state.businesses.append(
          (tokens[first].range.lowerBound, MentionParser.join(Array(tokens[first..<end]))))
      }
      // "Volvania Motors", "Skyline Airlines": a name that ends as businesses' names do.
      // ("Crumb & Co": an ampersand may join the name and its suffix.)
      for (index, token) in tokens.enumerated()
      where index > 0 && lexicon.businessSuffixes.contains(token.text)
        && (tokens[index - 1].isCapitalised
          || tokens[index - 1].text == "&" && index >= 2 && tokens[index - 2].isCapitalised)
        && !document.isQuoted(paragraph, index)
        // (Not "Royal Air Force": the name goes on.)
        && (index + 1 == tokens.count || !tokens[index + 1].isCapitalised)
      {
        var first = tokens[index - 1].text == "&" ? index - 2 : index - 1
        while first > 0, index - first < 4, tokens[first - 1].isCapitalised,
          !SubjectFinder.determiners.contains(tokens[first - 1].lower)
        {
          first -= 1
        }
        state.businesses.append(
          (tokens[first].range.lowerBound, MentionParser.join(Array(tokens[first...index]))))
      }
    }
    state.businesses.sort { $0.offset < $1.offset }
  }

  /// A cheap test before parsing a capitalised run: two or more words, a title or honorific
  /// before one word, or a word the registry or the article already knows as a name.
  private func isNameCandidate(
    _ tokens: [Token], start: Int, first: Int, end: Int, state: ExtractionState
  ) -> Bool {
    if end > first { return true }
    if start < first { return true }
    let word = tokens[first]
    if first > 0 && lexicon.isTitleWord(tokens[first - 1].text) { return true }
    // "Mbeki, 31, joined …" opening a paragraph: the surname of someone already named.
    if !state.document.lowerWords.contains(word.lower),
      state.entities.entity(withSurname: word.text, before: Int.max) != nil
    {
      return true
    }
    if state.isCommonWord(word.text) { return false }
    return registry.person(named: word.text) != nil
      || state.entities.entity(withSurname: word.text, before: Int.max) != nil
  }

  private func noteName(
    _ run: ArraySlice<Token>, paragraph: Int, after: Int, speakers: Set<String>,
    alone: Set<String>, state: inout ExtractionState
  ) {
    let tokens = state.document.tokens[paragraph]
    guard
      let mention = parser.mention(run, country: state.country, isCommonWord: state.isCommonWord)
    else { return }
    let offset = run.first?.range.lowerBound ?? 0
    let nameStart = run.startIndex
    switch mention.kind {
    case .person:
      // The word before the name: "from Harlow Bay, has been waiting" (after a preposition of
      // place, a place); "an analyst at Halden Securities, said" (the object of a preposition).
      let before = nameStart > 0 ? tokens[nameStart - 1].lower : ""
      let followedByRole =
        after + 1 < tokens.count && tokens[after].isPunctuation(",")
        && !tokens[after + 1].isCapitalised
        && !["from", "in", "at", "near", "outside"].contains(before)
      let forename =
        mention.name.split(separator: " ").first.map {
          lexicon.forenames[String($0)] != nil
            || lexicon.forenames[String($0.split(separator: "-").first ?? "")] != nil
        } ?? false
      // "…," said Tomas Berzins of the campaign group: a cue right before the name counts too.
      let cueNear =
        !["at", "of", "from", "for", "with", "by", "in", "near"].contains(before)
        && (after..<min(tokens.count, after + 3)).contains { cues.cue(at: $0, in: tokens) != nil }
        || (nameStart > 0
          && cues.cue(at: nameStart - 1, in: tokens).map {
            // "told Sports Line": whom a cue addresses is no speaker.
            !$0.frames.contains(.object) && $0.lemma != "tell"
          } == true)
      // "Rosa Delgado unlocks the door …. “…,” Delgado says": her surname speaks elsewhere.
      let surnameSpeaks = mention.name.split(separator: " ").last.map {
        speakers.contains(String($0))
      }
      // A two-word name whose surname recurs on its own ("Haddad shrugs").
      let words = mention.name.split(separator: " ")
      let surnameRecurs =
        words.count == 2 && alone.contains(String(words[1]))
        && !lexicon.isTitleWord(String(words[1])) && !lexicon.isPlace(String(words[1]))
        && !lexicon.businessSuffixes.contains(String(words[1]))
      guard
        mention.role != nil || forename || followedByRole || cueNear || surnameSpeaks == true
          || surnameRecurs
          || registry.person(named: mention.name) != nil
      else { return }
      guard let entity = state.entities.note(mention, at: offset) else { return }
      for group in roleGroups(mention.role) { state.entities.addRole(group, to: entity) }
      if followedByRole {
        let role = tokens[(after + 1)...].prefix { !$0.isTerminal && !$0.isPunctuation(",") }
        for group in roleGroups(MentionParser.join(Array(role))) {
          state.entities.addRole(group, to: entity)
        }
      }
    case .surname:
      if state.entities.note(mention, at: offset) == nil,
        let person = registry.person(named: mention.name)
      {
        var full = mention
        full.kind = .person
        full.name = person.name
        full.gender = person.gender.flatMap(Gender.init(rawValue:)) ?? mention.gender
        if let entity = state.entities.note(full, at: offset) {
          for group in roleGroups(mention.role) { state.entities.addRole(group, to: entity) }
        }
      } else if let entity = state.entities.entity(withSurname: mention.name, before: offset + 1) {
        for group in roleGroups(mention.role) { state.entities.addRole(group, to: entity) }
      }
    case .role, .organisation, .media, .pronoun, .unknown:
      break
    }
  }

  /// The role groups a printed role belongs to ("Kazakh President" → president).
  private func roleGroups(_ role: String?) -> [String] {
    guard let role else { return [] }
    let words = role.lowercased().split(separator: " ").map(String.init)
    var groups: [String] = []
    for length in 1...min(3, max(1, words.count)) where words.count >= length {
      for start in 0...(words.count - length) {
        if let group = lexicon.roleGroup(of: words, start..<(start + length)) {
          groups.append(group)
        }
      }
    }
    // The head title word itself ("Finance Minister" → minister) for "the minister".
    if let last = words.last, lexicon.titleWords.contains(last),
      !lexicon.organisationHeads.contains(last)
    {
      groups.append(last)
    }
    return groups
  }

  /// Who asks and who answers in a question-and-answer interview, from its introduction
  /// ("She spoke to Joe Mbatha", "An interview with Ana Pereira") or the byline.
  private func interviewSpeakers(before paragraph: Int, article: Article, state: ExtractionState)
    -> (interviewer: String?, interviewee: String?)
  {
    let document = state.document
    func name(after index: Int, in tokens: [Token]) -> String? {
      let run = tokens[index...].prefix { $0.isCapitalised && $0.kind == .word }
      guard run.count >= 2 else { return nil }
      return MentionParser.join(Array(run))
    }
    var interviewer: String?
    var interviewee: String?
    for index in 0..<paragraph {
      let tokens = document.tokens[index]
      for words in TranscriptReader.spokeToPhrases {
        guard interviewer == nil, let after = TranscriptReader.end(of: words, in: tokens) else {
          continue
        }
        interviewer = name(after: after, in: tokens)
        // The one who spoke: a name, or a pronoun for the person last named.
        let verb = after - words.count
        if verb > 0, interviewee == nil {
          if SubjectFinder.pronouns.contains(tokens[verb - 1].lower),
            let entity = state.entities.antecedent(
              before: tokens[verb - 1].range.lowerBound, gender: .unknown)
          {
            interviewee = state.entities.entities[entity].name
          } else if let subject = SubjectFinder.subject(
            before: verb, in: document, paragraph: index)
          {
            let run = tokens[subject].filter(\.isCapitalised)
            if run.count >= 2 { interviewee = MentionParser.join(run) }
          }
        }
      }
      for words in [["interviewed", "by"], ["asked", "by"]] where interviewer == nil {
        if let after = TranscriptReader.end(of: words, in: tokens) {
          interviewer = name(after: after, in: tokens)
        }
      }
      for words in [["interview", "with"], ["conversation", "with"]] where interviewee == nil {
        if let after = TranscriptReader.end(of: words, in: tokens) {
          interviewee = name(after: after, in: tokens)
        }
      }
    }
    if interviewee == nil, let title = article.metadata.title,
      let range = title.range(of: "interview with ", options: .caseInsensitive)
    {
      let rest = title[range.upperBound...].split(separator: " ").prefix {
        $0.first?.isUppercase == true
      }
      if rest.count >= 2 { interviewee = rest.joined(separator: " ") }
    }
    if interviewer == nil, let byline = article.metadata.byline {
      let words = byline.split(separator: " ").filter { $0.lowercased() != "by" }
      if words.count >= 2 && words.count <= 4 { interviewer = words.joined(separator: " ") }
    }
    if interviewee == nil,
      let first = state.entities.entities.first(where: {
        $0.name != interviewer && $0.name.contains(" ")
      })
    {
      interviewee = first.name
    }
    // Else the first name in the introduction that is not the interviewer's.
    for index in 0..<paragraph where interviewee == nil {
      let tokens = document.tokens[index]
      var position = 0
      while position < tokens.count && interviewee == nil {
        let run = tokens[position...].prefix { $0.isCapitalised && $0.kind == .word }
        if run.count >= 2,
          !run.contains(where: {
            SubjectFinder.determiners.contains($0.lower)
              || lexicon.organisationHeads.contains($0.lower)
              || lexicon.isPlace($0.text) || CalendarWords.contains($0)
          }),
          case let name = MentionParser.join(Array(run)), name != interviewer
        {
          interviewee = name
        }
        position += max(1, run.count)
      }
    }
    return (interviewer, interviewee)
  }

  private func transcriptMention(_ tag: String, state: ExtractionState) -> Mention {
    var printed = tag.split(separator: " ").map(String.init)
    // "UNIDENTIFIED FEMALE:", "CROWD:": nobody named.
    if let first = printed.first, lexicon.anonymousTagWords.contains(first.lowercased()) {
      return Mention(
        kind: .unknown, text: tag, name: "unknown", role: nil, roleGroup: nil, gender: .unknown)
    }
    // "SEN. PAUL FERRIS:": the honorific or title is no part of the name.
    while printed.count > 1,
      let first = printed.first,
      lexicon.honorifics[first.lowercased()] != nil
        || lexicon.honorifics[first.lowercased().replacingOccurrences(of: ".", with: "")] != nil
        || lexicon.isTitleWord(first.replacingOccurrences(of: ".", with: ""))
    {
      printed.removeFirst()
    }
    let words = printed.map { word in
      word.split(separator: "-").map { part in
        part.prefix(1).uppercased() + part.dropFirst().lowercased()
      }
      .joined(separator: "-")
    }
    let name = words.joined(separator: " ")
    let kind: Mention.Kind = words.count >= 2 ? .person : .surname
    return Mention(kind: kind, text: tag, name: name, role: nil, roleGroup: nil, gender: .unknown)
  }

  private func warnings(_ document: DocumentText, _ article: Article) -> [Diagnostic] {
    var warnings = document.problems.prefix(Self.warningLimit).map { problem in
      Diagnostic(
        path: article.path,
        location: article.span(of: problem.offset..<(problem.offset + 1)).location,
        message: problem.message)
    }
    if document.problems.count > Self.warningLimit {
      warnings.append(
        Diagnostic(
          path: article.path, location: nil,
          message:
            "\(document.problems.count - Self.warningLimit) more unbalanced quotation marks not listed"
        ))
    }
    return warnings
  }
}

/// What extraction knows about one article while it runs.
struct ExtractionState {
  let document: DocumentText
  let country: String?
  var entities = DocumentEntities()
  var transcriptParagraphs: Set<Int> = []
  /// Cue tokens already used by a frame (paragraph, token).
  var usedCues: Set<[Int]> = []
  /// Tokens already inside a complement, per paragraph.
  var consumed: [Int: IndexSet] = [:]
  /// Institutions described in the article: offset, head noun, description as printed.
  var institutions: [(offset: Int, head: String, label: String)] = []
  /// Businesses named after a description of what they are: offset, name.
  var businesses: [(offset: Int, name: String)] = []
  /// The speaker a frame named in a sentence (paragraph, first token), for participles.
  var sentenceMentions: [[Int]: Mention] = [:]

  /// Whether a capitalised word is a common word rather than a name.
  ///
  /// A capitalised word is common when the article also prints it in lower case, or prints it
  /// capitalised only where every word is ("Regulators said…" opening a sentence). A stored
  /// closure over the two word sets: passing a method of this state would copy the whole state.
  let isCommonWord: @Sendable (String) -> Bool

  init(document: DocumentText, country: String?) {
    self.document = document
    self.country = country
    let lowerWords = document.lowerWords
    let capitals = document.midSentenceCapitals
    isCommonWord = { lowerWords.contains($0.lowercased()) || !capitals.contains($0) }
  }

  func isConsumed(_ paragraph: Int, _ token: Int) -> Bool {
    consumed[paragraph]?.contains(token) == true
  }
}
