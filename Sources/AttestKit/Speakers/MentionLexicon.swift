/// Grammatical gender of a mention, for pronoun agreement.
public enum Gender: String, Hashable, Sendable, Codable {
  /// He.
  case male
  /// She.
  case female
  /// Not known: agrees with either.
  case unknown

  /// Whether a pronoun of gender `other` may refer to a mention of this gender.
  func agrees(with other: Gender) -> Bool {
    self == .unknown || other == .unknown || self == other
  }
}

/// The word lists speaker resolution reads from `Data/lexicon/` (mentions, places, forenames).
public final class MentionLexicon: Sendable {
  private struct MentionsDocument: Decodable {
    var honorifics: [String: String?]
    var titleWords: [String]
    var roleGroups: [String: [String]]
    var genderedRoles: [String: String]
    var organisationHeads: [String]
    var mediaClasses: [String: String]
    var forceClasses: [String: String]
    var spokespersonWords: [String]
    var institutionVoices: [String]?
    var genericSources: [String]
    var genericHeads: [String]?
    var residentHeads: [String]?
    var postnominals: [String]?
    var epithets: [String]?
    var notTurnTags: [String]
    var abbreviations: [String]
    var organisationAliases: [String: String]
    var businessWords: [String]?
    var businessSuffixes: [String]?
    var kinshipWords: [String]?
    var roleQualifiers: [String]?
    var anonymousTagWords: [String]?
    var anonymousSources: AnonymousSources?
    var personSuffixes: [String]?
    var notPersons: [String]?
  }

  private struct PlacesDocument: Decodable {
    struct Country: Decodable {
      var name: String
      var adjective: String
      var aliases: [String]
    }
    var countries: [Country]
    var cities: [String]
    var regions: [String]
    var placeHeads: [String]?
    var regionAdjectives: [String]?
  }

  /// "A person familiar with the matter", "two officials who asked not to be named".
  private struct AnonymousSources: Decodable {
    var heads: [String]
    var modifiers: [String]
    var quantifiers: [String]
  }

  private struct ForenamesDocument: Decodable {
    var male: [String]
    var female: [String]
    var unisex: [String]
  }

  /// Honorifics (lower case, with and without the period) and the gender they mark.
  let honorifics: [String: Gender]
  /// Words that make up titles and roles (lower case).
  let titleWords: Set<String>
  /// Role phrase (lower case) → its group ("leader" → "president").
  let roleGroup: [String: String]
  /// Gendered role words.
  let genderedRoles: [String: Gender]
  /// Head nouns of organisations (lower case).
  let organisationHeads: Set<String>
  /// Nouns that describe a business ("Port operator Selwick Harbour Group", "The bakery, Golden
  /// Crust"), so that a later "the company" can be tied to the name.
  let businessWords: Set<String>
  /// Last words of business names as printed ("Volvania Motors", "Skyline Airlines").
  let businessSuffixes: Set<String>
  /// Relatives named by forename only ("Her husband Dean"), who share the family's surname.
  let kinshipWords: Set<String>
  /// Words that make a role someone else's ("opposition leader", "former president", "deputy
  /// minister"): such a role never stands for the office holder.
  let roleQualifiers: Set<String>
  /// First words of transcript tags that name nobody ("UNIDENTIFIED FEMALE:", "CROWD:").
  let anonymousTagWords: Set<String>
  /// Unnamed sources described by what they know ("A person familiar with the matter"): the
  /// head nouns, the words that open their description, and the words that may come first.
  let anonymousHeads: Set<String>
  let anonymousModifiers: Set<String>
  let anonymousQuantifiers: Set<String>
  /// Endings of plural nouns of people ("meteorologists", "forecasters"), and the plural nouns
  /// with those endings that name things ("computers").
  ///
  /// Speaker resolution and claim extraction both read them, through `hasPersonSuffix` and
  /// `isPersonNoun`.
  let personSuffixes: [String]
  let notPersons: Set<String>
  /// Media class phrases (as words) and their label stems, longest first.
  let mediaClasses: [(words: [String], stem: String)]
  /// Institution phrases (as words) and their label stems, longest first.
  let forceClasses: [(words: [String], stem: String)]
  /// Words for unnamed spokespeople.
  let spokespersonWords: Set<String>
  /// Those that, alone ("Officials said", "a spokeswoman said"), speak for the institution
  /// quoted just before.
  let institutionVoices: Set<String>
  /// Sources that name nobody ("reports").
  let genericSources: Set<String>
  /// Plural heads that name nobody in particular ("health officials", "analysts").
  let genericHeads: Set<String>
  /// Plural heads of people named by where they live or work the land ("residents of Korvel",
  /// "farmers around Mount Taravo"): a place, not an institution, follows them.
  let residentHeads: Set<String>
  /// Letters printed after a name, no part of it ("KC", "MP", "Jr").
  let postnominals: Set<String>
  /// Descriptions that stand for a person named just before ("the veteran", "the singer").
  let epithets: Set<String>
  /// Capitalised line openers that are not transcript speakers.
  let notTurnTags: Set<String>
  /// Abbreviations that a period does not end a sentence after (lower case, no period).
  let abbreviations: Set<String>
  /// Organisation aliases → canonical name.
  let organisationAliases: [String: String]
  /// Country names, aliases and adjectives (as printed) → (country, adjective).
  let countries: [String: (name: String, adjective: String)]
  /// City and region names.
  let places: Set<String>
  /// Forenames and their gender.
  let forenames: [String: Gender]

  /// Loads the lexicons of `data`; missing files give empty lists.
  public init(data: AttestData) throws {
    let mentions = try data.decode(MentionsDocument.self, "lexicon/mentions.json")
    var honorifics: [String: Gender] = [:]
    for (word, gender) in mentions?.honorifics ?? [:] {
      honorifics[word] = gender.flatMap(Gender.init(rawValue:)) ?? .unknown
    }
    self.honorifics = honorifics
    titleWords = Set(mentions?.titleWords ?? [])
    var roleGroup: [String: String] = [:]
    for (group, phrases) in mentions?.roleGroups ?? [:] {
      for phrase in phrases { roleGroup[phrase] = group }
    }
    self.roleGroup = roleGroup
    genderedRoles = (mentions?.genderedRoles ?? [:]).compactMapValues(Gender.init(rawValue:))
    organisationHeads = Set(mentions?.organisationHeads ?? [])
    businessWords = Set(mentions?.businessWords ?? [])
    businessSuffixes = Set(mentions?.businessSuffixes ?? [])
    kinshipWords = Set(mentions?.kinshipWords ?? [])
    roleQualifiers = Set(mentions?.roleQualifiers ?? [])
    anonymousTagWords = Set(mentions?.anonymousTagWords ?? [])
    anonymousHeads = Set(mentions?.anonymousSources?.heads ?? [])
    anonymousModifiers = Set(mentions?.anonymousSources?.modifiers ?? [])
    anonymousQuantifiers = Set(mentions?.anonymousSources?.quantifiers ?? [])
    func phrases(_ table: [String: String]) -> [(words: [String], stem: String)] {
      table.map { (words: $0.key.split(separator: " ").map(String.init), stem: $0.value) }
        .sorted {
          ($0.words.count, $0.words.joined().count, $1.stem) > (
            $1.words.count, $1.words.joined().count, $0.stem
          )
        }
    }
    mediaClasses = phrases(mentions?.mediaClasses ?? [:])
    forceClasses = phrases(mentions?.forceClasses ?? [:])
    spokespersonWords = Set(mentions?.spokespersonWords ?? [])
    institutionVoices = Set(mentions?.institutionVoices ?? [])
    genericSources = Set(mentions?.genericSources ?? [])
    genericHeads = Set(mentions?.genericHeads ?? [])
    residentHeads = Set(mentions?.residentHeads ?? [])
    postnominals = Set(mentions?.postnominals ?? [])
    epithets = Set(mentions?.epithets ?? [])
    notTurnTags = Set(mentions?.notTurnTags ?? [])
    abbreviations = Set(
      (mentions?.abbreviations ?? []).map { $0.replacingOccurrences(of: ".", with: "") })
    organisationAliases = mentions?.organisationAliases ?? [:]
    let places = try data.decode(PlacesDocument.self, "lexicon/places.json")
    var countries: [String: (name: String, adjective: String)] = [:]
    for country in places?.countries ?? [] {
      for form in [country.name, country.adjective] + country.aliases {
        countries[form] = (country.name, country.adjective)
      }
    }
    self.countries = countries
    self.places = Set(
      (places?.cities ?? []) + (places?.regions ?? []) + (places?.regionAdjectives ?? []))
    placeHeads = Set(places?.placeHeads ?? [])
    let forenames = try data.decode(ForenamesDocument.self, "lexicon/forenames.json")
    var genders: [String: Gender] = [:]
    for name in forenames?.male ?? [] { genders[name] = .male }
    for name in forenames?.female ?? [] { genders[name] = .female }
    for name in forenames?.unisex ?? [] { genders[name] = .unknown }
    self.forenames = genders
    personSuffixes = mentions?.personSuffixes ?? []
    notPersons = Set(mentions?.notPersons ?? [])
  }

  /// Whether a lower-case word ends as nouns of people do ("…ers", "…ists", "…men").
  func hasPersonSuffix(_ word: String) -> Bool {
    personSuffixes.contains { word.hasSuffix($0) }
  }

  /// Whether a lower-case word is a noun of people by its ending and not a thing with that
  /// ending ("firefighters", not "helicopters").
  func isPersonNoun(_ word: String) -> Bool {
    hasPersonSuffix(word) && !notPersons.contains(word)
  }

  /// Whether a plural common noun names a group of people by what they do ("meteorologists",
  /// "forecasters", "physicians"), for groups `genericHeads` does not list.
  func namesPeople(_ word: String) -> Bool {
    word.count >= 6 && word.hasSuffix("s") && isPersonNoun(word)
  }

  /// The role group of `words[range]` (lower case), else `fallback` — unless a qualifier before
  /// it makes the role another's: "opposition leader" is no president, "deputy minister" no
  /// minister; such a role is a group of its own, the qualifier and the phrase.
  func roleGroup(of words: [String], _ range: Range<Int>, fallback: String? = nil) -> String? {
    let phrase = words[range].joined(separator: " ")
    guard let group = roleGroup[phrase] ?? fallback else { return nil }
    if range.lowerBound > 0, roleQualifiers.contains(words[range.lowerBound - 1]) {
      return words[range.lowerBound - 1] + " " + phrase
    }
    return group
  }

  /// Whether a capitalised word is a title or role word rather than part of a name.
  func isTitleWord(_ word: String) -> Bool {
    let lower = word.lowercased()
    return titleWords.contains(lower) || honorifics[lower] != nil
      || organisationHeads.contains(lower)
  }

  /// Whether a capitalised word is a nationality used as a noun ("the Norwegian").
  func isDemonym(_ word: String) -> Bool {
    guard let country = countries[word] else { return false }
    return country.adjective == word && country.name != word && word.count > 3
  }

  /// Last words of a place's name ("Kessel County", "Harlow Bay"): such a name is no person's.
  let placeHeads: Set<String>

  /// Whether a capitalised word names a place (a country, its adjective, a city or region).
  func isPlace(_ word: String) -> Bool {
    countries[word] != nil || places.contains(word)
  }

  /// The country the article mentions most (name and adjective), ties broken by name.
  func mainCountry(of document: DocumentText) -> (name: String, adjective: String)? {
    var counts: [String: Int] = [:]
    var byAdjective: [String: (name: String, adjective: String)] = [:]
    for tokens in document.tokens {
      for token in tokens where token.isCapitalised {
        let bare = MentionParser.withoutPossessive(token.text)
        if let country = countries[bare] {
          counts[country.adjective, default: 0] += 1
          byAdjective[country.adjective] = country
        }
      }
    }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
      return nil
    }
    return byAdjective[best]
  }
}
