import Foundation

extension QuoteExtractor {
  /// The speaker most recently quoted, for floating quotes and pronouns.
  private struct Current {
    var name: String
    var kind: SpeakerKind
    var gender: Gender
    var paragraph: Int
    var mention: String
    var role: String?
    /// An unnamed person ("a rebel commander"): pronouns after them refer to them.
    var isUnnamedPerson = false
    /// Where the mention it was resolved from is.
    var offset = 0
  }

  /// Resolves each candidate's mention to a canonical speaker and builds the quotes.
  func resolve(_ candidates: [QuoteCandidate], in article: Article, state: inout ExtractionState)
    -> [Quote]
  {
    var quotes: [Quote] = []
    var current: Current?
    var institutions: [String] = []
    // Documents a speaker issued, by noun ("its annual report" → the regulator).
    var documents: [String: Current] = [:]
    var seen = Set<String>()
    var spans = Set<[Int]>()
    // What the speaker in focus has been reported saying: names inside it are not antecedents.
    var reported: [Range<Int>] = []
    let lines = article.lineIndex
    for candidate in candidates {
      var resolved: Current
      let weight: Double
      if let mention = candidate.mention, let owner = documentOwner(mention, documents) {
        // "In its annual report, the regulator said …. The report noted …": the report's author.
        resolved = Current(
          name: owner.name, kind: owner.kind, gender: owner.gender, paragraph: candidate.paragraph,
          mention: mention.text, role: owner.role)
        weight = 0.75
      } else if let mention = candidate.mention {
        (resolved, weight) = resolve(
          mention, candidate: candidate, current: current, state: state, article: article,
          recentInstitutions: institutions, reported: reported)
      } else if let current, candidate.paragraph - current.paragraph <= 2 {
        resolved = Current(
          name: current.name, kind: current.kind, gender: current.gender,
          paragraph: candidate.paragraph, mention: current.mention, role: current.role)
        weight = 0.9
      } else {
        resolved = Current(
          name: "unknown", kind: .unknown, gender: .unknown, paragraph: candidate.paragraph,
          mention: "none", role: nil)
        weight = 0.5
      }
      resolved.offset = candidate.mentionOffset
      let text = article.string(candidate.content)
      // A span repeated word for word in one article is one quote; so is one span found twice.
      let key = text.lowercased()
      guard !seen.contains(key),
        !spans.contains([candidate.content.lowerBound, candidate.content.upperBound])
      else { continue }
      seen.insert(key)
      spans.insert([candidate.content.lowerBound, candidate.content.upperBound])
      quotes.append(
        Quote(
          type: candidate.type, text: text, cue: candidate.cue, speaker: resolved.name,
          speakerKind: resolved.kind, mention: resolved.mention, role: resolved.role,
          span: article.span(of: candidate.content, lines: lines),
          confidence: (candidate.frameWeight * weight * 100).rounded() / 100))
      if resolved.kind != .unknown || resolved.isUnnamedPerson {
        if current?.name != resolved.name { reported = [] }
        reported.append(candidate.content)
        current = resolved
      }
      if resolved.kind == .organisation { institutions.append(resolved.name) }
      if resolved.kind != .unknown {
        for noun in documentsNamed(around: candidate.mentionOffset, candidate.paragraph, state) {
          documents[noun] = resolved
        }
      }
    }
    return quotes
  }

  /// Nouns of documents a speaker issues: "the report said" speaks for the report's author.
  private static let documentNouns: Set<String> = [
    "report", "statement", "study", "review", "audit", "letter", "filing", "memo", "ruling",
    "judgment", "survey", "assessment", "submission",
  ]

  /// The documents a sentence gives its speaker ("In its annual report, …", "in a statement").
  private func documentsNamed(around offset: Int, _ paragraph: Int, _ state: ExtractionState)
    -> [String]
  {
    let tokens = state.document.tokens[paragraph]
    guard let index = tokens.firstIndex(where: { $0.range.lowerBound >= offset }) else {
      return []
    }
    let start = state.document.sentenceStart(paragraph, index)
    let end = state.document.sentenceEnd(paragraph, index)
    var nouns: [String] = []
    for position in start..<min(end, tokens.count)
    where Self.documentNouns.contains(tokens[position].lower)
      && !state.document.isQuoted(paragraph, position)
    {
      let owner = (max(start, position - 3)..<position).contains {
        ["its", "their", "his", "her", "a", "an"].contains(tokens[$0].lower)
      }
      if owner { nouns.append(tokens[position].lower) }
    }
    return nouns
  }

  /// The speaker who issued the document a mention names ("The report", "the annual report").
  private func documentOwner(_ mention: Mention, _ documents: [String: Current]) -> Current? {
    let words = mention.text.lowercased().split(separator: " ").map(String.init)
    guard words.count >= 2, words.count <= 3, words[0] == "the", let noun = words.last else {
      return nil
    }
    return documents[noun]
  }

  /// The last one-word name before `offset` that ends with an institution's head: "Nordbank"
  /// for "the bank".
  func compoundName(endingWith head: String, before offset: Int, _ document: DocumentText)
    -> String?
  {
    var found: String?
    for (paragraph, tokens) in document.tokens.enumerated() {
      for (index, token) in tokens.enumerated()
      where token.range.lowerBound < offset && token.isCapitalised && !token.isAllCaps
        && token.lower.count > head.count + 2 && !document.isQuoted(paragraph, index)
      {
        let bare = MentionParser.withoutPossessive(token.text)
        if bare.lowercased().hasSuffix(head) { found = bare }
      }
    }
    return found
  }

  /// A business named in the article whose name opens with `word` and ends with a business
  /// suffix ("Lindgren Foods" for "Lindgren").
  func businessName(startingWith word: String, _ document: DocumentText) -> String? {
    for tokens in document.tokens {
      for index in tokens.indices.dropLast() where tokens[index].text == word {
        let next = tokens[index + 1]
        if next.isCapitalised, lexicon.businessSuffixes.contains(next.text) {
          return word + " " + next.text
        }
      }
    }
    return nil
  }

  /// The first "Forename Surname" pair in paragraphs up to `paragraph` (inclusive): a
  /// capitalised word right before the surname that is no title, place, calendar word or
  /// sentence opener.
  func fullName(ofSurname surname: String, before paragraph: Int, _ document: DocumentText)
    -> String?
  {
    for index in 0...min(paragraph, document.tokens.count - 1) {
      let tokens = document.tokens[index]
      // The full name may be printed only as a possessive ("Luc Ferrand's header").
      for position in tokens.indices.dropFirst()
      where tokens[position].text == surname
        || MentionParser.withoutPossessive(tokens[position].text) == surname
      {
        let forename = tokens[position - 1]
        guard forename.kind == .word, forename.isCapitalised, !forename.isAllCaps,
          forename.spaceAfter, !lexicon.isTitleWord(forename.text),
          !lexicon.isPlace(forename.text), !CalendarWords.contains(forename),
          !SubjectFinder.determiners.contains(forename.lower),
          !SubjectFinder.stops.contains(forename.lower),
          !SubjectFinder.pronouns.contains(forename.lower),
          lexicon.organisationAliases[forename.text] == nil,
          !forename.text.hasSuffix("'s"), !forename.text.hasSuffix("’s")
        else { continue }
        return forename.text + " " + surname
      }
    }
    return nil
  }

  private func resolve(
    _ mention: Mention, candidate: QuoteCandidate, current: Current?, state: ExtractionState,
    article: Article, recentInstitutions: [String], reported: [Range<Int>]
  ) -> (Current, Double) {
    let entities = state.entities
    func person(_ name: String, _ gender: Gender, _ weight: Double) -> (Current, Double) {
      let canonical = registry.person(named: name)?.name ?? name
      return (
        Current(
          name: canonical, kind: .person, gender: gender, paragraph: candidate.paragraph,
          mention: mention.text, role: mention.role), weight
      )
    }
    /// The speaker in focus again, under this mention (and in this paragraph, if `moved`).
    func continuing(_ current: Current, moved: Bool = true, _ weight: Double) -> (Current, Double) {
      var resolved = current
      if moved { resolved.paragraph = candidate.paragraph }
      resolved.mention = mention.text
      return (resolved, weight)
    }
    /// The last person named before the mention who agrees with it.
    func antecedent(_ weight: Double) -> (Current, Double)? {
      guard let index = entities.antecedent(before: candidate.mentionOffset, gender: mention.gender)
      else { return nil }
      let entity = entities.entities[index]
      return person(entity.name, entity.gender, weight)
    }
    /// "A police spokesman said …. They were released, the spokesman said": "the" and the
    /// head noun of the unnamed official who spoke for an institution just before.
    func describedAgain(_ weight: Double) -> (Current, Double)? {
      let words = mention.text.lowercased().split(separator: " ")
      guard words.count == 2, words[0] == "the", let current,
        current.kind == .organisation || current.kind == .media,
        candidate.paragraph - current.paragraph <= 2,
        let last = current.mention.lowercased().split(separator: " ").last
      else { return nil }
      let head = String(words[1])
      let earlier = String(last)
      guard
        head == earlier
          || lexicon.roleGroup[head].map({ $0 == lexicon.roleGroup[earlier] }) == true
      else { return nil }
      return continuing(current, weight)
    }
    /// "The health department said …. Officials said …": officials or a spokesman with no
    /// institution of their own speak for the institution quoted just before.
    func voiceOfCurrent(_ weight: Double) -> (Current, Double)? {
      let words = mention.text.lowercased().split(separator: " ")
      guard let current, current.kind == .organisation,
        candidate.paragraph - current.paragraph <= 1, let last = words.last,
        lexicon.institutionVoices.contains(String(last)),
        words.count == 1 || words.count == 2 && ["a", "an", "the"].contains(words[0])
      else { return nil }
      return continuing(current, weight)
    }
    /// "According to the Redmond Heights Fire Department, …. Fire officials stressed …": officials
    /// qualified by a word of an institution quoted earlier speak for it.
    func qualifiedVoice(_ weight: Double) -> (Current, Double)? {
      let words = mention.text.lowercased().split(separator: " ").map(String.init)
      guard words.count == 2, lexicon.institutionVoices.contains(words[1]),
        !SubjectFinder.determiners.contains(words[0]),
        let institution = recentInstitutions.last(where: {
          $0.lowercased().split(separator: " ").contains { $0 == words[0] }
        })
      else { return nil }
      var resolved = Current(
        name: institution, kind: .organisation, gender: .unknown, paragraph: candidate.paragraph,
        mention: mention.text, role: mention.role)
      resolved.isUnnamedPerson = words[1].hasSuffix("s") == false
      return (resolved, weight)
    }
    /// The person named right after "led by" in this paragraph or the one before.
    func leader(before candidate: QuoteCandidate) -> DocumentEntities.Entity? {
      let document = state.document
      for paragraph in stride(
        from: candidate.paragraph, through: max(0, candidate.paragraph - 1), by: -1)
      {
        let tokens = document.tokens[paragraph]
        for index in tokens.indices.dropLast(2).reversed()
        where tokens[index].lower == "led" && tokens[index + 1].lower == "by"
          && tokens[index].range.lowerBound < candidate.mentionOffset
        {
          let from = tokens[index + 2].range.lowerBound
          let to = tokens[min(tokens.count - 1, index + 5)].range.upperBound
          if let occurrence = entities.occurrences.first(where: { (from..<to).contains($0.offset) })
          {
            return entities.entities[occurrence.entity]
          }
        }
      }
      return nil
    }
    func unknown(_ weight: Double) -> (Current, Double) {
      var resolved = Current(
        name: "unknown", kind: .unknown, gender: mention.gender, paragraph: candidate.paragraph,
        mention: mention.text.isEmpty ? "none" : mention.text, role: mention.role)
      resolved.isUnnamedPerson = mention.roleGroup == "unnamed-person"
      return (resolved, weight)
    }
    switch mention.kind {
    case .person:
      let key = SpeakerRegistry.key(mention.name)
      let entity = entities.entities.first {
        SpeakerRegistry.key($0.name) == key || SpeakerRegistry.key($0.name).hasSuffix(" " + key)
      }
      return person(entity?.name ?? mention.name, entity?.gender ?? mention.gender, 1.0)
    case .surname:
      // "Her husband Dean, 37, said": a relative named by forename takes the family's surname.
      if let role = mention.role?.lowercased(),
        role.split(separator: " ").contains(where: { lexicon.kinshipWords.contains(String($0)) }),
        let relative = current.flatMap({ $0.kind == .person ? $0.name : nil })
          ?? entities.antecedent(before: candidate.mentionOffset, gender: .unknown).map({
            entities.entities[$0].name
          }),
        let family = relative.split(separator: " ").last, relative.contains(" ")
      {
        return person(mention.name + " " + family, mention.gender, 0.8)
      }
      if let index = entities.entity(withSurname: mention.name, before: candidate.mentionOffset + 1)
      {
        let entity = entities.entities[index]
        return person(entity.name, entity.gender, 0.95)
      }
      // "Shares of Lindgren Foods fell …. Lindgren said": the business of that name.
      if registry.person(named: mention.name) == nil,
        let business = businessName(startingWith: mention.name, state.document)
      {
        return (
          Current(
            name: business, kind: .organisation, gender: .unknown, paragraph: candidate.paragraph,
            mention: mention.text, role: mention.role), 0.8
        )
      }
      if registry.person(named: mention.name) == nil,
        let full = fullName(ofSurname: mention.name, before: candidate.paragraph, state.document)
      {
        // "The glaciologist Sigrid Lunde …", then "Lunde said": the name written out earlier.
        return person(full, mention.gender, 0.85)
      }
      return person(
        mention.name, mention.gender, registry.person(named: mention.name) == nil ? 0.85 : 0.95)
    case .role:
      if let found = describedAgain(0.75) ?? voiceOfCurrent(0.7) ?? qualifiedVoice(0.7) {
        return found
      }
      if let group = mention.roleGroup {
        if let index = entities.entity(withRole: group) {
          let entity = entities.entities[index]
          return person(entity.name, entity.gender, 0.85)
        }
        let organisation = state.country.flatMap { lexicon.countries[$0]?.name }
        if let holder = registry.holder(
          ofRole: group, organisation: organisation, on: article.metadata.published)
        {
          return person(holder.name, holder.gender.flatMap(Gender.init(rawValue:)) ?? .unknown, 0.8)
        }
      }
      return unknown(0.6)
    case .pronoun:
      switch mention.name {
      case "he", "she":
        // Unless someone has been named since ("Finance Minister Hakan Toprak … he said").
        if let current, current.isUnnamedPerson, candidate.paragraph - current.paragraph <= 1,
          current.gender.agrees(with: mention.gender),
          !entities.occurrences.contains(where: {
            $0.offset > current.offset && $0.offset < candidate.mentionOffset
              && entities.entities[$0.entity].gender.agrees(with: mention.gender)
          })
        {
          return continuing(current, 0.7)
        }
        if let current, current.kind == .person, current.gender.agrees(with: mention.gender),
          candidate.paragraph - current.paragraph <= 1,
          entities.antecedent(
            before: candidate.mentionOffset, gender: mention.gender,
            skipping: { offset in reported.contains { $0.contains(offset) } }
          ).map({
            entities.entities[$0].name == current.name
              || registry.person(named: entities.entities[$0].name)?.name == current.name
          }) ?? true
        {
          return continuing(current, 0.85)
        }
        if let found = antecedent(0.8) { return found }
        if let current, current.kind == .person, current.gender.agrees(with: mention.gender) {
          return continuing(current, moved: false, 0.7)
        }
        return unknown(0.5)
      case "epithet":
        // "the Frenchman told": the person in focus, else the last one named — also when
        // someone else has been named since ("Mbeki, 31, joined …. “…,” the forward said").
        if let current, current.kind == .person, candidate.paragraph - current.paragraph <= 2,
          current.gender.agrees(with: mention.gender),
          !entities.occurrences.contains(where: {
            $0.offset > current.offset && $0.offset < candidate.mentionOffset
              && entities.entities[$0.entity].name != current.name
              && entities.entities[$0.entity].gender.agrees(with: mention.gender)
          })
        {
          return continuing(current, 0.75)
        }
        return antecedent(0.7) ?? unknown(0.5)
      default:
        if let current, candidate.paragraph - current.paragraph <= 2,
          mention.name == "we" || mention.name == "i" || current.kind != .person
        {
          return continuing(current, moved: false, 0.75)
        }
        // "In a statement, Crumb & Co apologised. "…," it said": the business named last in this
        // paragraph or the one before.
        if mention.name == "it",
          let business = state.businesses.last(where: { business in
            business.offset < candidate.mentionOffset
              && !entities.entities.contains { $0.name == business.name }
          }),
          let paragraph = state.document.paragraphs.lastIndex(where: {
            $0.range.lowerBound <= business.offset
          }),
          candidate.paragraph - paragraph <= 1
        {
          var resolved = Current(
            name: business.name, kind: .organisation, gender: .unknown,
            paragraph: candidate.paragraph, mention: mention.text, role: nil)
          resolved.isUnnamedPerson = false
          return (resolved, 0.7)
        }
        // "The researchers, led by Prof. Hana Kimura, …. …, they wrote": the one leading them.
        if mention.name == "they", let leader = leader(before: candidate) {
          return person(leader.name, leader.gender, 0.7)
        }
        return unknown(0.5)
      }
    case .organisation:
      // ("Fire officials" read as officials of a body called "Fire".)
      if let found = qualifiedVoice(0.7) { return found }
      if let group = mention.roleGroup, group.hasPrefix("bare:") {
        // "the commission" after "the electoral commission": the fuller description.
        let head = String(group.dropFirst(5))
        // "Cllr Anjali Mehta notes …. Her office said …": the office of the person in focus
        // speaks for her.
        let owner = mention.text.lowercased().split(separator: " ").first.map(String.init)
        if let owner, ["his", "her"].contains(owner),
          ["office", "campaign", "team"].contains(head),
          let current, current.kind == .person, candidate.paragraph - current.paragraph <= 1,
          current.gender.agrees(with: owner == "his" ? .male : .female)
        {
          return continuing(current, 0.75)
        }
        let earlier = state.institutions.last {
          $0.head == head && $0.offset < candidate.mentionOffset
        }
        // "the company" after "Port operator Selwick Harbour Group": the business named last
        // (never a person described by a trade, "crane operator Sam Oduya").
        let business =
          lexicon.businessWords.contains(head)
          ? state.businesses.last { business in
            business.offset < candidate.mentionOffset
              && !entities.entities.contains { $0.name == business.name }
          } : nil
        // "Shares in Varna Foods rose. The food company said": a business named since the last
        // description with this head is the one meant.
        let namedSince = business.map { named in earlier.map { named.offset > $0.offset } ?? true }
        let label =
          (recentInstitutions.last { $0.lowercased().contains(head) })
          ?? (namedSince == true ? business?.name : nil) ?? earlier?.label
          ?? state.institutions.first { $0.head == head }?.label ?? business?.name
          ?? compoundName(endingWith: head, before: candidate.mentionOffset, state.document)
          ?? head
        var resolved = Current(
          name: label, kind: .organisation, gender: mention.gender, paragraph: candidate.paragraph,
          mention: mention.text, role: mention.role)
        resolved.isUnnamedPerson = mention.role != nil
        return (resolved, 0.8)
      }
      var resolved = Current(
        name: mention.name, kind: .organisation, gender: mention.gender,
        paragraph: candidate.paragraph, mention: mention.text, role: mention.role)
      // "A spokeswoman for the ministry …. She added": the official is the one referred to.
      resolved.isUnnamedPerson = mention.role != nil
      return (resolved, 0.9)
    case .media:
      return (
        Current(
          name: mention.name, kind: .media, gender: .unknown, paragraph: candidate.paragraph,
          mention: mention.text, role: mention.role), 0.9
      )
    case .unknown:
      return describedAgain(0.7) ?? voiceOfCurrent(0.7) ?? qualifiedVoice(0.7) ?? unknown(0.6)
    }
  }
}
