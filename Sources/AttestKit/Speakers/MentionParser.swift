import Foundation

/// Reads a noun phrase next to a speech cue as a mention: name, role, organisation or pronoun.
///
/// No parser is used: the name is the final run of capitalised tokens that forms a personal name
/// (what precedes is the role); a comma splits an appositive; a phrase with no name is matched to
/// the organisation, media and role lexicons.
struct MentionParser: Sendable {
  let lexicon: MentionLexicon
  let registry: SpeakerRegistry
  let outlets: OutletRegistry

  private static let determiners: Set<String> = [
    "the", "a", "an", "one", "another", "its", "his", "her", "their", "this", "that", "some", "two",
    "three", "several", "many", "other",
  ]
  static let particles: Set<String> = [
    "de", "van", "von", "der", "al", "bin", "da", "del", "la", "le", "di", "du", "dos", "ibn", "el",
  ]

  /// The mention of `tokens` (a noun phrase, commas kept), or `nil` when it is not nominal.
  ///
  /// `country` is the article's main country adjective, for "the health ministry".
  func mention(_ tokens: ArraySlice<Token>, country: String?, isCommonWord: (String) -> Bool)
    -> Mention?
  {
    var words = Array(tokens)
    while let last = words.last, last.kind == .punctuation { words.removeLast() }
    while let first = words.first,
      first.kind == .punctuation || ["and", "but", "while", "with", "as"].contains(first.lower)
    {
      words.removeFirst()
    }
    guard !words.isEmpty else { return nil }
    // "Residents reached by phone": the participle's phrase is no part of the name.
    if let cut = words.indices.dropFirst().first(where: {
      SubjectFinder.asideParticiples.contains(words[$0].lower) && !words[$0 - 1].isCapitalised
        && words[$0 - 1].kind == .word
    }) {
      words = Array(words[..<cut])
    }
    let text = Self.join(words)
    // "a survey by the Patients' Council", "a report by Amnesty International": the author.
    if let by = words.firstIndex(where: { $0.lower == "by" }), by >= 1, by + 1 < words.count,
      words[..<by].contains(where: { Self.authoredWorks.contains($0.lower) }),
      var author = mention(
        words[(by + 1)...], country: country, isCommonWord: isCommonWord),
      [.person, .surname, .organisation, .media].contains(author.kind)
    {
      author.text = text
      return author
    }
    if words.count == 1, let pronoun = lexicon.pronouns(words[0].lower) {
      return Mention(
        kind: .pronoun, text: text, name: words[0].lower, role: nil, roleGroup: nil, gender: pronoun
      )
    }
    if let epithet = epithet(words, text: text) { return epithet }
    if let named = describedOrganisation(words, text: text) { return named }
    // Appositives: "Name, role" or "role, Name".
    let parts = words.split(whereSeparator: { $0.isPunctuation(",") }).map(Array.init)
    if parts.count >= 2 {
      if let organisation = appositiveOrganisation(parts, text: text) { return organisation }
      if let person = personName(parts[0], isCommonWord: isCommonWord),
        person.kind == .person || person.kind == .surname
      {
        var mention = person
        mention.text = text
        let role = Self.join(parts[1...].joined(separator: []).map { $0 })
        mention.role = mention.role ?? role
        if mention.gender == .unknown { mention.gender = gender(ofRole: parts[1]) }
        return mention
      }
      // "Her son, Peter,": a relative named by forename only is a person too.
      let relative = parts[0].contains { lexicon.kinshipWords.contains($0.lower) }
      if let person = personName(parts[1], isCommonWord: isCommonWord),
        person.kind == .person || relative && person.kind == .surname
      {
        var mention = person
        mention.text = text
        mention.role =
          mention.role ?? Self.join(parts[0].filter { !Self.determiners.contains($0.lower) })
        if mention.gender == .unknown { mention.gender = gender(ofRole: parts[0]) }
        return mention
      }
      words = parts[0]
    }
    // "Residents of Korvel", "farmers around Mount Taravo": people named by a place speak for
    // nobody in particular (an institution in the phrase still speaks: "residents of the
    // Halden Housing Association").
    if words.count >= 3, lexicon.residentHeads.contains(words[0].lower),
      ["of", "in", "around", "near", "across", "from", "outside"].contains(words[1].lower),
      !words.dropFirst(2).contains(where: { lexicon.organisationHeads.contains($0.lower) })
    {
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: nil, roleGroup: "generic",
        gender: .unknown)
    }
    // "Jan Olsen of Brekke Capital", "Maria Lund of the Fjord Institute": a person named with
    // the institution they belong to (not "Bank of England": no person before "of").
    if let of = words.firstIndex(where: { $0.lower == "of" }), of >= 2,
      !lexicon.isTitleWord(words[of - 1].text),
      let person = personName(Array(words[..<of]), isCommonWord: isCommonWord),
      person.kind == .person
    {
      var after = of + 1
      if after < words.count, words[after].lower == "the" { after += 1 }
      var end = after
      while end < words.count,
        words[end].isCapitalised || (end > after && ["of", "for", "&"].contains(words[end].lower))
      {
        end += 1
      }
      while end > after, !words[end - 1].isCapitalised { end -= 1 }
      if end > after {
        var mention = person
        mention.text = text
        let affiliation = Self.join(Array(words[after..<end]))
        if !lexicon.isPlace(affiliation) { mention.role = mention.role ?? affiliation }
        return mention
      }
    }
    // "Police Scotland", "Bank of England": a capitalised name headed by an institution's noun
    // is no person's.
    let named = words.filter { !Self.determiners.contains($0.lower) }
    if named.count >= 2,
      named.allSatisfy({ $0.isCapitalised || ["of", "for", "&"].contains($0.lower) }),
      !named.contains(where: { $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") }),
      !named.contains(where: { lexicon.countries[$0.text] != nil }),
      lexicon.organisationHeads.contains(named[named.count - 1].lower)
        || Self.organisationNameHeads.contains(named[named.count - 1].text)
        // "Lindgren Foods", "Brenner & Co": a business by its suffix.
        || lexicon.businessSuffixes.contains(named[named.count - 1].text)
        // "Police Scotland", not "Prosecutor Amira Haddad": a head, then one word of place.
        || (named.count == 2 && lexicon.organisationHeads.contains(named[0].lower)
          && !lexicon.spokespersonWords.contains(named[0].lower) && named[0].lower != "prosecutor"
          && lexicon.forenames[named[1].text] == nil),
      let organisation = namedOrganisation(named)
    {
      return Mention(
        kind: .organisation, text: text, name: organisation, role: nil, roleGroup: nil,
        gender: .unknown)
    }
    if let person = personName(words, isCommonWord: isCommonWord) {
      var mention = person
      mention.text = text
      return mention
    }
    return institution(words, text: text, country: country, isCommonWord: isCommonWord)
  }

  /// "the Frenchman", "the 34-year-old", "the veteran": a description standing for the person
  /// named just before, resolved like a pronoun (`name` "epithet").
  private func epithet(_ words: [Token], text: String) -> Mention? {
    guard words.count == 2, words[0].lower == "the", words[1].kind == .word else { return nil }
    let word = words[1].lower
    var gender = Gender.unknown
    var matches = lexicon.epithets.contains(word) || Self.isAge(word)
    for (suffix, marked) in [("woman", Gender.female), ("man", Gender.male)]
    where !matches && word.hasSuffix(suffix) {
      // "Frenchman", "Dutchwoman": a nationality and a gendered noun.
      let stem = String(words[1].text.dropLast(suffix.count))
      if lexicon.countries[stem] != nil || lexicon.countries[stem + "h"] != nil {
        matches = true
        gender = marked
      }
    }
    // "the Norwegian", "the Spaniard": a nationality used as a noun.
    if !matches, words[1].isCapitalised, lexicon.isDemonym(words[1].text) { matches = true }
    guard matches else { return nil }
    if word == "actress" || word == "widow" || word == "grandmother" { gender = .female }
    if word == "grandfather" { gender = .male }
    return Mention(
      kind: .pronoun, text: text, name: "epithet", role: nil, roleGroup: nil, gender: gender)
  }

  /// "the network operator SSEN", "the power company Redsul": a description ending in an
  /// organisation's head, then the organisation's name.
  private func describedOrganisation(_ words: [Token], text: String) -> Mention? {
    guard let last = words.last, last.isCapitalised else { return nil }
    var first = words.count - 1
    while first > 0 && words[first - 1].isCapitalised { first -= 1 }
    guard first > 0, words.count - first <= 4 else { return nil }
    let head = words[first - 1]
    guard !head.isCapitalised, head.kind == .word, lexicon.organisationHeads.contains(head.lower),
      !lexicon.spokespersonWords.contains(head.lower),
      words[..<first].allSatisfy({ !$0.isCapitalised && $0.kind == .word })
    else { return nil }
    let name = Self.join(Array(words[first...]))
    // "the broadcaster Jana Novak" is a person.
    guard lexicon.countries[name] == nil, lexicon.forenames[words[first].text] == nil else {
      return nil
    }
    return Mention(
      kind: .organisation, text: text, name: lexicon.organisationAliases[name] ?? name, role: nil,
      roleGroup: nil, gender: .unknown)
  }

  /// "34-year-old".
  private static func isAge(_ word: String) -> Bool {
    guard word.hasSuffix("-year-old") else { return false }
    let number = word.dropLast("-year-old".count)
    return !number.isEmpty && (number.allSatisfy(\.isNumber) || !number.contains("-"))
  }

  /// "The pilots' union, NFF," and "NFF, the pilots' union,": a description and the name it
  /// gives, the name being the speaker.
  private func appositiveOrganisation(_ parts: [[Token]], text: String) -> Mention? {
    for (describing, naming) in [(parts[0], parts[1]), (parts[1], parts[0])] {
      let content = describing.filter { !Self.determiners.contains($0.lower) }
      // "Keane & Partners": a firm's name says it is one.
      let corporate =
        naming.contains { $0.text == "&" }
        || naming.last(where: \.isCapitalised).map { Self.organisationNameHeads.contains($0.text) }
          == true
      guard let head = content.last,
        lexicon.organisationHeads.contains(head.lower) || corporate,
        !content.contains(where: \.isCapitalised) || describing.first?.lower == "the",
        !naming.isEmpty, naming.count <= 6, naming.first?.isCapitalised == true,
        naming.allSatisfy({
          $0.isCapitalised || $0.text == "&" || ["and", "of", "for"].contains($0.lower)
            || $0.kind == .number && naming.last?.range == $0.range
        }),
        !naming.contains(where: { lexicon.titleWords.contains($0.lower) })
      else { continue }
      let name = Self.join(naming)
      // A person's name is not an organisation's ("the union's leader, Grete Solum").
      guard
        naming.count == 1 || corporate
          || naming.contains(where: { lexicon.organisationHeads.contains($0.lower) })
      else { continue }
      return Mention(
        kind: .organisation, text: text, name: lexicon.organisationAliases[name] ?? name,
        role: nil, roleGroup: nil, gender: .unknown)
    }
    return nil
  }

  // MARK: - Names

  /// A personal name at the end of `words`, with the words before it as the role.
  private func personName(_ words: [Token], isCommonWord: (String) -> Bool) -> Mention? {
    // A name inside a prepositional phrase ("spokesman for UN Secretary-General Antonio Guterres")
    // is never the speaker: cut the phrase at its first preposition after a lower-case head.
    var words = words
    if let cut = words.indices.first(where: { index in
      guard index > 0,
        ["for", "of", "in", "at", "from", "with", "to", "by"].contains(words[index].lower)
      else { return false }
      if !words[index - 1].isCapitalised { return true }
      // "Analysts at Brenner & Co" opening a sentence: a group's noun, capitalised there only.
      if index == 1, lexicon.genericHeads.contains(words[0].lower) || isCommonWord(words[0].text) {
        return true
      }
      // "Police in Leeds": an institution's head, then where it is.
      if lexicon.organisationHeads.contains(words[index - 1].lower) { return true }
      // "Lars Holm of the University of Bergen": an affiliation after a name.
      let rest = words[(index + 1)...]
      // "Prime Minister Anneli Rask of Estvia", "Senator Jo Lee of Ohio": a full name, then
      // where the person is from.
      let placeAfterName =
        index >= 2 && words[index - 2].isCapitalised && rest.count <= 2
        && rest.allSatisfy { $0.isCapitalised }
      return ["of", "at", "from"].contains(words[index].lower)
        && (rest.first?.lower == "the"
          || rest.contains { lexicon.organisationHeads.contains($0.lower) } || placeAfterName)
    }) {
      words = Array(words[..<cut])
    }
    // "Nadia Frost KC", "Ruth Alder MP": letters after a name are no part of it.
    while words.count >= 2, lexicon.postnominals.contains(words[words.count - 1].text),
      words[words.count - 2].isCapitalised
    {
      words.removeLast()
    }
    guard let last = words.last, last.isCapitalised else { return nil }
    // "Kessel County", "Harlow Bay": a place.
    if words.count >= 2, lexicon.placeHeads.contains(last.text) { return nil }
    // "the Ministry of Environment", "the Bank of England": an institution's name, no person.
    if words.indices.dropLast().contains(where: { index in
      words[index].isCapitalised && words[index + 1].lower == "of"
        && lexicon.organisationHeads.contains(words[index].lower)
    }) {
      return nil
    }
    var start = words.count
    while start > 0 {
      let token = words[start - 1]
      // "Jan Ruud": a month's abbreviation that is also a forename, before a name.
      let forename = start < words.count && lexicon.forenames[token.text] != nil
      // ("The Veskan": a determiner opens no name.)
      if token.isCapitalised && !lexicon.isTitleWord(token.text) && !lexicon.isPlace(token.text)
        && !Self.determiners.contains(token.lower)
        && (!CalendarWords.contains(token) || forename)
        && lexicon.organisationAliases[token.text] == nil && !token.isAllCaps
        && !(start < words.count && (token.text.hasSuffix("'s") || token.text.hasSuffix("’s")))
      {
        start -= 1
      } else if token.kind == .word && Self.particles.contains(token.text) && start < words.count {
        // "Piet de Vries", "Marta van der Berg": a run of particles after a forename; or opening
        // the phrase, a surname of its own ("de Vries said").
        var first = start - 1
        while first > 0 && Self.particles.contains(words[first - 1].text) { first -= 1 }
        guard first == 0 || words[first - 1].isCapitalised else { break }
        start = first
      } else {
        break
      }
      if words.count - start >= 4 { break }
    }
    // "Pharmacist Gina Moreau", "Novelist Ida Berg": an occupation opening the name is a role.
    if words.count - start >= 3, lexicon.forenames[words[start].text] == nil,
      lexicon.isPersonNoun(words[start].lower + "s")
    {
      start += 1
    }
    let nameTokens = Array(words[start...])
    guard !nameTokens.isEmpty else { return nil }
    let roleTokens = words[..<start].filter { !Self.determiners.contains($0.lower) }
    let role = roleTokens.isEmpty ? nil : Self.join(Array(roleTokens))
    let name = Self.withoutPossessive(Self.join(nameTokens))  // "Joseph Mbeki's header"
    var gender = forenameGender(nameTokens[0].text)
    if gender == .unknown { gender = honorificGender(roleTokens) }
    if gender == .unknown { gender = self.gender(ofRole: Array(roleTokens)) }
    if let person = registry.person(named: name),
      let registered = person.gender.flatMap(Gender.init(rawValue:))
    {
      gender = registered
    }
    if nameTokens.count >= 2 {
      return Mention(
        kind: .person, text: name, name: name, role: role, roleGroup: nil, gender: gender)
    }
    // One capitalised word: a surname when a title or honorific precedes it, or it is no common word.
    let word = nameTokens[0]
    let titled = !roleTokens.isEmpty && roleTokens.last.map { lexicon.isTitleWord($0.text) } == true
    if titled || registry.person(named: word.text) != nil || !isCommonWord(word.text) {
      if isCommonWord(word.text) && !titled && registry.person(named: word.text) == nil {
        return nil
      }
      return Mention(
        kind: .surname, text: name, name: word.text, role: role, roleGroup: nil, gender: gender)
    }
    return nil
  }

  private func forenameGender(_ word: String) -> Gender {
    if let gender = lexicon.forenames[word] { return gender }
    // Hyphenated forenames: the first part decides ("Kassym-Jomart").
    if let first = word.split(separator: "-").first, let gender = lexicon.forenames[String(first)] {
      return gender
    }
    return .unknown
  }

  private func honorificGender(_ tokens: [Token]) -> Gender {
    for token in tokens.reversed() {
      if let gender = lexicon.honorifics[token.lower] ?? lexicon.honorifics[token.lower + "."],
        gender != .unknown
      {
        return gender
      }
    }
    return .unknown
  }

  func gender(ofRole tokens: [Token]) -> Gender {
    for token in tokens {
      if let gender = lexicon.genderedRoles[token.lower] { return gender }
    }
    return .unknown
  }

  // MARK: - Institutions, media and roles

  private func institution(
    _ words: [Token], text: String, country: String?,
    isCommonWord: (String) -> Bool = { _ in false }
  ) -> Mention? {
    var words = words
    // "documents seen by the Post": a reduced relative clause is not part of the source.
    if let participle = words.indices.first(where: { index in
      index > 0 && !words[index].isCapitalised && words[index].kind == .word
        && [
          "seen", "obtained", "published", "released", "cited", "reviewed", "quoted", "carried",
          "compiled",
        ]
        .contains(words[index].lower)
    }) {
      words = Array(words[..<participle])
    }
    let content = words.filter { !Self.determiners.contains($0.lower) }
    // "a statement from the ministry", "a letter by the union": the sender is the source.
    let carriers: Set<String> = [
      "statement", "letter", "post", "release", "announcement", "memo", "email",
    ]
    if let carrier = content.firstIndex(where: { carriers.contains($0.lower) }),
      carrier + 2 <= content.count,
      ["from", "by", "of"].contains(content[carrier + 1].lower),
      var sender = mention(
        // "a letter from the World Food Programme to donors": the sender, not the addressee.
        ArraySlice(
          Array(
            words.drop { $0.range != content[carrier + 1].range }.dropFirst()
              .prefix { !["to", "addressed"].contains($0.lower) })),
        country: country, isCommonWord: { _ in false })
    {
      sender.text = text
      return sender
    }
    // "council papers": the institution whose records they are (not "court documents", which
    // the parties file: a generic source).
    if content.count >= 2, Self.recordNouns.contains(content[content.count - 1].lower),
      !lexicon.genericSources.contains(
        content.suffix(2).map { $0.lower }.joined(separator: " ")),
      lexicon.organisationHeads.contains(content[content.count - 2].lower),
      var owner = institution(
        Array(words.dropLast()), text: text, country: country, isCommonWord: isCommonWord),
      owner.kind == .organisation
    {
      owner.text = text
      return owner
    }
    guard !content.isEmpty else { return nil }
    let lower = content.map {
      MentionParser.withoutPossessive($0.lower)
    }
    let phrase = lower.joined(separator: " ")
    let placeAdjective = content.lazy.compactMap { token -> String? in
      let bare = MentionParser.withoutPossessive(token.text)
      return lexicon.countries[bare]?.adjective
    }.first
    let adjective = placeAdjective ?? country
    func labelled(_ stem: String) -> String { adjective.map { "\($0) \(stem)" } ?? stem }
    let headWords = lower.prefix { !["of", "for", "in", "at", "from"].contains($0) }
    // A common word capitalised only because it opens the sentence ("Legal experts") names
    // nothing.
    let namesPlace = content.indices.contains { index in
      content[index].isCapitalised
        && !(index == 0 && isCommonWord(content[index].text)
          && !lexicon.isPlace(MentionParser.withoutPossessive(content[index].text)))
    }
    // "analysts at Halden Securities", "researchers from the University of Oslo": the
    // institution they speak for.
    if let head = headWords.last, headWords.count < lower.count,
      lexicon.genericHeads.contains(head) || lexicon.spokespersonWords.contains(head),
      ["at", "from", "with", "of", "for"].contains(lower[headWords.count]),
      headWords.count + 1 < content.count
    {
      let named = Array(content[(headWords.count + 1)...])
      if named.first?.isCapitalised == true,
        named.allSatisfy({ $0.isCapitalised || ["of", "for", "and", "&"].contains($0.lower) }),
        named.last?.isCapitalised == true
      {
        let name = Self.join(named)
        return Mention(
          kind: .organisation, text: text, name: lexicon.organisationAliases[name] ?? name,
          role: Self.join(content), roleGroup: nil, gender: .unknown)
      }
    }
    // "reports in Sweden", "newspapers in Brazil": that country's media.
    if let head = headWords.last, ["reports", "newspapers"].contains(head),
      headWords.count < lower.count, lower[headWords.count] == "in",
      let country = content.lazy.compactMap({ self.lexicon.countries[$0.text] }).first
    {
      return Mention(
        kind: .media, text: text, name: "\(country.adjective) media", role: nil, roleGroup: nil,
        gender: .unknown)
    }
    if lexicon.genericSources.contains(phrase)
      || (!namesPlace
        && headWords.last.map { lexicon.genericHeads.contains($0) || lexicon.namesPeople($0) }
          == true)
    {
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: nil, roleGroup: "generic",
        gender: .unknown)
    }
    for (key, stem) in lexicon.mediaClasses where Self.containsPhrase(lower, key) {
      let name =
        stem == "news agencies"
        ? (placeAdjective.map { "\($0) news agencies" } ?? "news agencies") : labelled(stem)
      return Mention(
        kind: .media, text: text, name: name, role: nil, roleGroup: nil, gender: .unknown)
    }
    // "Police Scotland", "New York Police Department": a proper name, not a class of force.
    let properName =
      content.count >= 2 && content.allSatisfy(\.isCapitalised)
      && !lexicon.forceClasses.contains { Self.containsPhrase([lower[lower.count - 1]], $0.words) }
    for (key, stem) in lexicon.forceClasses where !properName && Self.containsPhrase(lower, key) {
      // "Kessland's foreign ministry", for a country the lexicon does not know: its name.
      // ("The Norland government": a capitalised name the lexicon does not know, kept.)
      let owner = content.first.flatMap { first in
        placeAdjective == nil && first.isCapitalised
          && (first.text.hasSuffix("'s") || first.text.hasSuffix("’s")
            || content.count >= 2 && !first.isAllCaps && !isCommonWord(first.text)
              && !lexicon.isTitleWord(first.text) && !content[1].isCapitalised)
          ? Self.withoutPossessive(first.text) : nil
      }
      // ("A spokeswoman for the health ministry": the official who spoke, for "she said" after.)
      let spokesperson = lower.contains { lexicon.spokespersonWords.contains($0) }
      return Mention(
        kind: .organisation, text: text, name: owner.map { "\($0) \(stem)" } ?? labelled(stem),
        role: spokesperson ? Self.join(content) : nil, roleGroup: nil,
        gender: spokesperson ? gender(ofRole: content) : .unknown)
    }
    // An unnamed spokesperson or official of a named organisation.
    let isSpokesperson = lower.contains { lexicon.spokespersonWords.contains($0) }
    if let organisation = namedOrganisation(content) {
      return Mention(
        kind: .organisation, text: text, name: organisation,
        role: isSpokesperson ? Self.join(content) : nil, roleGroup: nil, gender: .unknown)
    }
    // A known outlet ("BBC", "according to BBC a report"), once no named organisation holds
    // the word ("the Ministry of Environment").
    if let outlet = content.first(where: { $0.isCapitalised && outlets.knows($0.text) }) {
      return Mention(
        kind: .media, text: text, name: outlets.canonicalName(outlet.text), role: nil,
        roleGroup: nil, gender: .unknown)
    }
    // A country alone speaks for its government ("the UK said").
    if content.count <= 2,
      let country = content.lazy.compactMap({ lexicon.countries[$0.text] }).first
    {
      return Mention(
        kind: .organisation, text: text, name: "\(country.adjective) government", role: nil,
        roleGroup: nil, gender: .unknown)
    }
    // "the county FA", "the state EPA": an acronym after a word of scope names the body.
    if content.count == 2, content[1].isAllCaps, (2...5).contains(content[1].text.count),
      content[1].text.allSatisfy(\.isLetter), content[0].kind == .word,
      !content[0].isCapitalised, !lexicon.spokespersonWords.contains(content[0].lower)
    {
      return Mention(
        kind: .organisation, text: text, name: Self.join(content), role: nil, roleGroup: nil,
        gender: .unknown)
    }
    // An acronym alone names an organisation ("NFF said").
    if content.count == 1, content[0].isAllCaps, (2...5).contains(content[0].text.count),
      content[0].text.allSatisfy(\.isLetter)
    {
      return Mention(
        kind: .organisation, text: text,
        name: lexicon.organisationAliases[content[0].text] ?? content[0].text, role: nil,
        roleGroup: nil, gender: .unknown)
    }
    if isSpokesperson {
      // "a spokesperson for the Royal Infirmary": a capitalised name after the preposition.
      if let preposition = lower.firstIndex(where: { ["for", "of", "at", "from"].contains($0) }),
        preposition + 1 < content.count
      {
        let named = content[(preposition + 1)...].filter(\.isCapitalised)
        if !named.isEmpty && named.count == content.count - preposition - 1 {
          return Mention(
            kind: .organisation, text: text,
            name: lexicon.organisationAliases[Self.join(Array(named))] ?? Self.join(Array(named)),
            role: Self.join(content), roleGroup: nil, gender: .unknown)
        }
      }
      // "a spokeswoman for the environment agency": the institution spoken for.
      if let preposition = lower.firstIndex(where: { ["for", "of", "at", "from"].contains($0) }),
        preposition + 1 < content.count,
        var inner = institution(Array(content[(preposition + 1)...]), text: text, country: country),
        inner.kind == .organisation || inner.kind == .media
      {
        inner.role = Self.join(content)
        inner.gender = gender(ofRole: content)
        return inner
      }
      // "a NorthLink spokesperson": the organisation named before the role.
      if let word = lower.firstIndex(where: { lexicon.spokespersonWords.contains($0) }), word > 0,
        content[word - 1].isCapitalised
      {
        var first = word - 1
        while first > 0 && content[first - 1].isCapitalised { first -= 1 }
        let name = Self.withoutPossessive(Self.join(Array(content[first..<word])))
        // ("A Western diplomat": a region's adjective names no organisation.)
        if lexicon.countries[name] == nil, !lexicon.isTitleWord(name), !lexicon.isPlace(name) {
          return Mention(
            kind: .organisation, text: text, name: lexicon.organisationAliases[name] ?? name,
            role: Self.join(content), roleGroup: nil, gender: gender(ofRole: content))
        }
      }
      // "a ministry official", "a police spokesman": the institution named before the role.
      if let word = lower.firstIndex(where: { lexicon.spokespersonWords.contains($0) }), word > 0,
        lexicon.organisationHeads.contains(lower[word - 1])
      {
        let describing = content[..<word].filter {
          lexicon.organisationHeads.contains($0.lower) || !lexicon.titleWords.contains($0.lower)
        }
        var inner = unnamedInstitution(Array(describing), text: text)
        inner.role = Self.join(content)
        return inner
      }
    }
    // A role the article gives someone ("the President", "Kazakhstan's authoritarian leader").
    // The head comes before a prepositional phrase: "the President of Kazakhstan".
    let head = Array(lower.prefix { !["of", "for", "in", "at", "from"].contains($0) })
    for length in stride(from: min(3, head.count), through: 1, by: -1) {
      let tail = head.suffix(length).joined(separator: " ")
      // "the minister", "the health minister", "the Transport Secretary": a title the article
      // gave someone, even with no role group ("the deputy minister" is a role of its own).
      // ("its chief executive", "their spokesman": a possessive names one holder as "the" does.)
      let definite =
        ["the", "its", "their"].contains(words.first?.lower ?? "")
        && (head.count == length || head.count <= 3)
      if let group = lexicon.roleGroup(
        of: head, (head.count - length)..<head.count,
        fallback: definite && length == 1 && lexicon.titleWords.contains(tail)
          && !lexicon.organisationHeads.contains(tail) ? tail : nil)
      {
        return Mention(
          kind: .role, text: text, name: tail, role: Self.join(content), roleGroup: group,
          gender: gender(ofRole: content))
      }
    }
    // An unnamed person ("a rebel commander", "one resident"): nobody we can name.
    // "a rebel commander", "the collector's lawyer": a determiner, perhaps a possessive, a title.
    let possessed = content.dropLast().contains {
      $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s")
    }
    // "a rebel commander", "the collector's lawyer", "her publisher".
    let indefinite =
      words.first.map {
        ["a", "an", "one", "another", "his", "her", "their"].contains($0.lower)
          || ($0.lower == "the" && possessed)
      }
      ?? false
    // "the mayor's office" is an institution, not a person: an organisation head wins.
    // "The European Commission's fisheries chief": an unnamed official of a named institution.
    if possessed, let owner = possessiveOrganisation(content),
      headWords.last.map({ lexicon.titleWords.contains($0) }) == true
    {
      return Mention(
        kind: .organisation, text: text, name: owner, role: Self.join(content), roleGroup: nil,
        gender: gender(ofRole: content))
    }
    if isSpokesperson
      || (indefinite
        && headWords.last.map {
          // ("one patient", "a nurse": a noun whose plural names a group of people.)
          (lexicon.titleWords.contains($0) || lexicon.genericHeads.contains($0 + "s")
            || lexicon.namesPeople($0 + "s") || lexicon.kinshipWords.contains($0))
            && !lexicon.organisationHeads.contains($0)
        } == true)
    {
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: Self.join(content),
        roleGroup: isSpokesperson ? nil : "unnamed-person", gender: gender(ofRole: content))
    }
    // "the two parties", "both sides": several bodies, no one of them.
    if let last = content.last,
      words.contains(where: {
        ["two", "three", "four", "both", "several", "all"].contains($0.lower)
      }),
      last.lower.hasSuffix("s"),
      lexicon.organisationHeads.contains(ClaimExtractor.singular(last.lower))
        || ["sides", "countries", "governments", "leaders"].contains(last.lower)
        // "both candidates", "all three parties' leaders": people, none of them in particular.
        || lexicon.genericHeads.contains(last.lower) || lexicon.namesPeople(last.lower)
    {
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: nil, roleGroup: "generic",
        gender: .unknown)
    }
    // A bare plural ("unions called it…"): a group, nobody in particular.
    if words.count == 1, let word = content.first, !word.isCapitalised, word.kind == .word,
      word.lower.hasSuffix("s"), !word.lower.hasSuffix("ss"), word.lower.count > 3,
      !lexicon.organisationHeads.contains(word.lower)
    {
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: nil, roleGroup: "generic",
        gender: .unknown)
    }
    // "The husband said", "the victim's family said": a relative, or a family, nobody named.
    if words.first?.lower == "the", let last = head.last,
      content.allSatisfy({ !$0.isCapitalised || $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") }
      ),
      lexicon.kinshipWords.contains(last) || Self.familyWords.contains(last)
    {
      let person = lexicon.kinshipWords.contains(last)
      return Mention(
        kind: .unknown, text: text, name: "unknown", role: person ? Self.join(content) : nil,
        roleGroup: person ? "unnamed-person" : "generic", gender: gender(ofRole: content))
    }
    // A definite institution with no name ("the national weather service").
    if let last = head.last, lexicon.organisationHeads.contains(last) {
      let described = Array(content.prefix(head.count))
      // "Norway's fisheries ministry": the country's institution, written as its name
      // ("Norwegian Fisheries Ministry").
      if described.count >= 2,
        let country = lexicon.countries[Self.withoutPossessive(described[0].text)],
        described.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalised })
      {
        let rest = described.dropFirst().map {
          $0.text.prefix(1).uppercased() + $0.text.dropFirst()
        }
        return Mention(
          kind: .organisation, text: text,
          name: ([country.adjective] + rest).joined(separator: " "),
          role: nil, roleGroup: nil, gender: .unknown)
      }
      // "Kessland's foreign ministry", for a country the lexicon does not know: the owner's name.
      if described.count >= 2, described[0].isCapitalised,
        described[0].text.hasSuffix("'s") || described[0].text.hasSuffix("’s"),
        described.dropFirst().allSatisfy({ $0.kind == .word && !$0.isCapitalised })
      {
        let rest = described.dropFirst().map {
          $0.text.prefix(1).uppercased() + $0.text.dropFirst()
        }
        return Mention(
          kind: .organisation, text: text,
          name: ([Self.withoutPossessive(described[0].text)] + rest).joined(separator: " "),
          role: nil, roleGroup: nil, gender: .unknown)
      }
      return unnamedInstitution(described, text: text)
    }
    return nil
  }

  /// Nouns of a family speaking as one: "the family said".
  static let familyWords: Set<String> = ["family", "families", "relatives"]

  /// The named institution owning a role ("the European Commission's"), if the possessive
  /// names one.
  private func possessiveOrganisation(_ content: [Token]) -> String? {
    guard
      let owner = content.firstIndex(where: { $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") })
    else { return nil }
    var first = owner
    while first > 0 && content[first - 1].isCapitalised { first -= 1 }
    let run = content[first...owner]
    guard run.allSatisfy(\.isCapitalised) else { return nil }
    let words = run.map { Self.withoutPossessive($0.text) }
    let name = words.joined(separator: " ")
    if let canonical = lexicon.organisationAliases[name] { return canonical }
    guard words.count >= 2, let last = words.last,
      lexicon.organisationHeads.contains(last.lowercased())
        || Self.organisationNameHeads.contains(last)
    else { return nil }
    return name
  }

  /// An institution named by description; a bare head ("the ministry") is marked for the
  /// resolver to tie to the fuller description the article gave earlier.
  private func unnamedInstitution(_ words: [Token], text: String) -> Mention {
    let label = Self.join(words)
    let isBare = words.count == 1
    return Mention(
      kind: .organisation, text: text, name: isBare ? words[0].lower : label, role: nil,
      roleGroup: isBare ? "bare:" + words[0].lower : nil, gender: .unknown)
  }

  /// A capitalised organisation name in the phrase, canonicalised through the alias table.
  private func namedOrganisation(_ tokens: [Token]) -> String? {
    var runs: [[Token]] = []
    var current: [Token] = []
    for token in tokens {
      if token.isCapitalised
        || (!current.isEmpty && (["of", "for", "and"].contains(token.lower) || token.text == "&"))
        // "Teamsters Local 727".
        || (token.kind == .number && current.last?.text == "Local")
      {
        current.append(token)
      } else {
        if !current.isEmpty { runs.append(current) }
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    for run in runs {
      var trimmed = run
      while let last = trimmed.last, !last.isCapitalised, last.kind != .number {
        trimmed.removeLast()
      }
      let name = Self.join(trimmed)
      if let canonical = lexicon.organisationAliases[name] { return canonical }
      for token in trimmed {
        if let canonical = lexicon.organisationAliases[token.text] { return canonical }
      }
      let heads = trimmed.filter {
        lexicon.organisationHeads.contains($0.lower) || Self.organisationNameHeads.contains($0.text)
          || lexicon.businessSuffixes.contains($0.text) && $0.range == trimmed.last?.range
      }
      if trimmed.count >= 2 && !heads.isEmpty { return name }
    }
    return nil
  }

  /// Capitalised words that make a run of names an organisation's name.
  static let organisationNameHeads: Set<String> = [
    "Organization", "Organisation", "Union", "Nations", "Council", "Ministry", "Department",
    "Agency", "Office", "Committee", "Commission", "Party", "Bank", "Fund", "Court", "Parliament",
    "Assembly", "Partners", "Group", "Holdings", "Associates", "Ltd", "Inc", "LLP", "Corp", "Plc",
    "PLC", "Programme", "Program", "Institute", "Foundation", "Society", "Association",
    "Federation", "Authority", "Service", "Centre", "Center", "Corporation", "Company", "Workers",
    "Local",
  ]

  /// Works that speak for whoever made them: "a survey by …", "a report by …".
  static let authoredWorks: Set<String> = [
    "survey", "report", "study", "poll", "analysis", "review", "audit", "investigation",
    "assessment", "estimate", "estimates", "count", "tally", "census", "paper",
  ]

  /// Documents that speak for whoever keeps them.
  static let recordNouns: Set<String> = [
    "papers", "documents", "records", "filings", "figures", "data", "files", "minutes",
  ]

  private static func containsPhrase(_ words: [String], _ parts: [String]) -> Bool {
    guard !parts.isEmpty, parts.count <= words.count else { return false }
    for start in 0...(words.count - parts.count)
    where Array(words[start..<(start + parts.count)]) == parts {
      return true
    }
    return false
  }

  /// A word without its possessive `'s` or `’s`.
  static func withoutPossessive(_ word: String) -> String {
    if word.hasSuffix("’s") { return String(word.dropLast(2)) }
    if word.hasSuffix("'s") { return String(word.dropLast(2)) }
    return word
  }

  /// Tokens joined as printed (spaces where the text had them).
  static func join(_ tokens: [Token]) -> String {
    var out = ""
    for (index, token) in tokens.enumerated() {
      if index > 0 && token.spaceBefore { out += " " }
      out += token.text
    }
    return out
  }
}

extension MentionLexicon {
  /// The gender of a pronoun that can name a speaker, or `nil`.
  func pronouns(_ word: String) -> Gender? {
    switch word {
    case "he": .male
    case "she": .female
    case "they", "it", "we", "i": .unknown
    default: nil
    }
  }
}
