/// Lower-case phrases matched word by word against tokens, longest first.
struct PhraseSet: Sendable {
  private var byFirst: [String: [[String]]] = [:]
  /// The most words in one phrase.
  private var longest = 0

  init(_ phrases: [String]) {
    for phrase in phrases {
      let words = phrase.lowercased().split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      byFirst[first, default: []].append(words)
    }
    for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
    longest = byFirst.values.lazy.compactMap { $0.first?.count }.max() ?? 0
  }

  /// The words phrases start with.
  var firstWords: [String] { Array(byFirst.keys) }

  /// The number of tokens of the longest phrase starting at `index`, if any.
  func match(at index: Int, in tokens: [Token], end: Int? = nil) -> Int? {
    let limit = min(end ?? tokens.count, tokens.count)
    guard index < limit, let candidates = byFirst[tokens[index].lower] else { return nil }
    for words in candidates where index + words.count <= limit {
      var same = true
      for offset in 1..<max(1, words.count) where tokens[index + offset].lower != words[offset] {
        same = false
        break
      }
      if same { return words.count }
    }
    return nil
  }

  /// The start of the longest phrase whose last word is at `end`, not before `from`.
  func start(endingAt end: Int, in tokens: [Token], from: Int) -> Int? {
    guard end >= from, end < tokens.count else { return nil }
    var start = max(from, end - longest + 1)
    while start <= end {
      if let candidates = byFirst[tokens[start].lower] {
        let length = end - start + 1
        for words in candidates where words.count == length {
          if (1..<length).allSatisfy({ tokens[start + $0].lower == words[$0] }) { return start }
        }
      }
      start += 1
    }
    return nil
  }

  /// The phrase starts in `range`, as (start, length), left to right.
  func matches(in range: Range<Int>, of tokens: [Token]) -> [(start: Int, length: Int)] {
    var found: [(Int, Int)] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let length = match(at: index, in: tokens, end: range.upperBound) {
        found.append((index, length))
        index += length
      } else {
        index += 1
      }
    }
    return found
  }

  /// Whether any phrase occurs in `range`.
  func occurs(in range: Range<Int>, of tokens: [Token]) -> Bool {
    range.contains { match(at: $0, in: tokens, end: range.upperBound) != nil }
  }
}

/// The words claim extraction reads from `Data/lexicon/claims.json`: measures and their triggers,
/// the category lattice, event predicates, price and duration words, and the cue classes.
public struct ClaimLexicon: Sendable {
  struct Document: Decodable {
    struct Measure: Decodable {
      var name: String
      var kind: String
      var triggers: [String]
      var approximate: [String]?
      var pooled: [String]?
      /// Verbs that name the measure only beside one of `context` ("hospitals admitted 900").
      var contextVerbs: [String]?
      var context: [String]?
    }
    struct Category: Decodable {
      var node: String
      var parent: String?
      var family: String
      var words: [String]
    }
    struct Event: Decodable {
      var key: String
      var verbs: [String]?
      var objects: [String]?
      var phrases: [String]?
      var yieldsToCount: Bool?
    }
    struct Prices: Decodable {
      var nouns: [String]
      var rise: [String]
      var fall: [String]
      var ratios: [String: [Double]]
    }
    struct Durations: Decodable {
      var units: [String: String]
      var verbs: [String]
      var deadlineWords: [String]?
    }
    var measures: [Measure]
    var categories: [Category]
    var familyMeasures: [String: String]
    var events: [Event]
    var prices: Prices
    var durations: Durations
    var approximators: [String]
    var hedges: [String]
    var doubts: [String]
    var probable: [String]
    var possible: [String]
    var future: [String]
    var negations: [String]
    var refutations: [String]
    var officialAdverbs: [String]
    var cueClasses: [String: [String]]
    var preNumberMeasures: [String: String]?
    var money: Money?
    var concentrations: Concentrations?
    var lengths: Lengths?
    var moneyVerbs: [String]?
    var countNouns: CountNouns?
    var percentSubjects: PercentSubjects?
    var subjectSynonyms: [String: String]?
    var singleDeaths: SingleDeaths?
  }
  struct SingleDeaths: Decodable {
    var persons: [String]
    var intransitive: [String]
    var measures: [String]?
  }
  struct PercentSubjects: Decodable {
    var linking: [String]
    var changeVerbs: [String]?
  }
  struct CountNouns: Decodable {
    var minimum: Double
    /// Kinds of place counted at any size after "in" or "across" ("in at least four towns").
    var places: [String]?
    /// Verbs of damage by the key they give ("destroyed 86 homes" → `destroyed-home`): counts
    /// with one of them are claims at any size.
    var damage: [String: [String]]?
    /// Singular nouns counted as another ("house" → "home").
    var synonyms: [String: String]?
    /// Plural nouns of things counted at any size ("at 14 hospitals", "three ferries").
    var anySize: [String]?
  }
  /// "300 millimetres of rain", "the river rose to 6.2 metres": units and what they measure.
  struct Lengths: Decodable {
    var units: [String: String]
    var subjects: [String: String]
    var depth: [String]?
  }
  /// "95 milligrams per litre", "three times the legal limit".
  struct Concentrations: Decodable {
    var units: [String]
    var nouns: [String]
    var references: [String]
  }
  struct Money: Decodable {
    var symbols: [String]
    var words: [String]
    /// Verbs that ask for an amount ("appealed for $450 million").
    var requests: [String]?
  }

  /// A measure and the words that signal it.
  struct Measure: Sendable {
    var name: String
    var kind: SlotKind
    var triggers: PhraseSet
    var approximate: PhraseSet
    /// Category families this measure does not divide by: keyed as the total.
    var pooled: Set<String>
    /// Verbs right before a figure that name the measure when a `context` word is in the
    /// sentence.
    var contextVerbs: Set<String>
    var context: Set<String>
  }

  /// An event predicate: a verb near an object, or a fixed phrase.
  struct Event: Sendable {
    var key: String
    /// The verb phrases as written, to find events sharing a verb.
    var verbWords: [String]
    var verbs: PhraseSet
    var objects: PhraseSet
    var phrases: PhraseSet
    /// Its objects as written.
    var objectWords: [String]
    /// Whether a count of its object in the same sentence ("40 schools remained closed") says it
    /// already.
    var yieldsToCount: Bool
  }

  let measures: [Measure]
  /// Category phrases → node.
  let categoryWords: PhraseSet
  let categoryOfPhrase: [String: String]
  /// Node → parent node.
  public let parentOf: [String: String]
  /// Node → family (the key's subject part).
  public let familyOf: [String: String]
  let familyMeasures: [String: String]
  let events: [Event]
  /// First word of any event phrase, verb or object → the events it may start: a sentence
  /// without one skips every event.
  let eventsByFirstWord: [String: [Int]]
  let priceNouns: PhraseSet
  let rises: PhraseSet
  let falls: PhraseSet
  let ratios: [String: [Double]]
  let durationUnits: [String: String]
  let durationVerbs: Set<String>
  /// Words that make a duration a deadline ("within 10 days"), whatever the verb.
  let deadlineWords: Set<String>
  /// Counts of plain plural nouns at or above this are claims ("15 million households").
  let countNounMinimum: Double?
  /// Damage verb phrases and the key each gives.
  let damageVerbs: [(key: String, verbs: PhraseSet)]
  /// Singular count nouns → the noun they are counted as.
  let countSynonyms: [String: String]
  /// Plural nouns of places, counted at any size after "in" or "across".
  let placeNouns: Set<String>
  /// Plural nouns of things counted at any size ("at 14 hospitals", "three ferries").
  let anySizeCountNouns: Set<String>
  /// Words between a percentage and its subject ("turnout reached 68 percent").
  let percentLinking: Set<String>
  /// Verbs that set a figure to a new level ("raised its key rate to 6.25 percent").
  let changeVerbs: Set<String>
  let approximators: PhraseSet
  let hedges: PhraseSet
  let doubts: PhraseSet
  let probable: PhraseSet
  let possible: PhraseSet
  let future: PhraseSet
  let negations: PhraseSet
  let refutations: PhraseSet
  let officialAdverbs: Set<String>
  /// Measure nouns printed before the figure ("a magnitude 6.1", "a death toll of 58").
  let preNumberMeasures: PhraseSet
  let preNumberMeasure: [String: String]
  let currencySymbols: Set<String>
  let currencyWords: Set<String>
  /// Units of a concentration before "per" ("milligrams per litre"), nouns that name one
  /// ("nitrate levels of …"), and what a multiple is taken of ("twice the legal limit").
  let concentrationUnits: Set<String>
  let concentrationNouns: Set<String>
  let multipleReferences: Set<String>
  /// Length units (as printed → canonical) and the nouns whose measure they give (→ key).
  let lengthUnits: [String: String]
  let lengthSubjects: [String: String]
  /// Words after a length that make it a depth: "600 metres underground".
  let depthWords: Set<String>
  /// Verbs that ask for an amount, before "for" ("appealed for $450 million").
  let moneyRequests: Set<String>
  /// Words skipped between an amount and the noun it measures ("losses could reach $5m").
  let moneyVerbs: Set<String>
  /// Subjects of amounts and percentages written differently for one thing ("sales" →
  /// "revenue", "lost" → "loss").
  let subjectSynonyms: [String: String]
  /// Nouns of one person whose death is one death ("an 81-year-old woman died").
  let singlePersons: Set<String>
  /// Death verbs that take no object, so "a man died" needs no passive.
  let intransitiveDeaths: Set<String>
  /// Measures one person counts as one of: "a man died", "a man was arrested", "arrested a man".
  let singleMeasures: [String]
  let factive: Set<String>
  let distancing: Set<String>

  /// Loads the lexicon of `data`; an empty lexicon (no claims) when the file is absent.
  ///
  /// - Throws: `DataError` when the file is malformed.
  public init(data: AttestData) throws {
    let document =
      try data.decode(Document.self, "lexicon/claims.json")
      ?? Document(
        measures: [], categories: [], familyMeasures: [:], events: [],
        prices: .init(nouns: [], rise: [], fall: [], ratios: [:]),
        durations: .init(units: [:], verbs: [], deadlineWords: nil), approximators: [], hedges: [],
        doubts: [],
        probable: [], possible: [], future: [], negations: [], refutations: [],
        officialAdverbs: [], cueClasses: [:], preNumberMeasures: nil, money: nil, moneyVerbs: nil,
        countNouns: nil, percentSubjects: nil)
    measures = document.measures.map {
      Measure(
        name: $0.name, kind: SlotKind(rawValue: $0.kind) ?? .static,
        triggers: PhraseSet($0.triggers + ($0.approximate ?? [])),
        approximate: PhraseSet($0.approximate ?? []), pooled: Set($0.pooled ?? []),
        contextVerbs: Set($0.contextVerbs ?? []), context: Set($0.context ?? []))
    }
    var categoryOfPhrase: [String: String] = [:]
    var parentOf: [String: String] = [:]
    var familyOf: [String: String] = [:]
    for category in document.categories {
      for word in category.words {
        let lower = word.lowercased()
        categoryOfPhrase[lower] = category.node
        // "one protester", "an officer": singulars of plural category words.
        // ("several other illnesses": "other" is no person.)
        if lower.hasSuffix("s") && !lower.hasSuffix("ss") && lower != "others" {
          let singular = String(lower.dropLast())
          if categoryOfPhrase[singular] == nil { categoryOfPhrase[singular] = category.node }
        }
      }
      if let parent = category.parent { parentOf[category.node] = parent }
      familyOf[category.node] = category.family
    }
    categoryWords = PhraseSet(Array(categoryOfPhrase.keys).sorted())
    self.categoryOfPhrase = categoryOfPhrase
    self.parentOf = parentOf
    self.familyOf = familyOf
    familyMeasures = document.familyMeasures
    events = document.events.map {
      Event(
        key: $0.key, verbWords: $0.verbs ?? [], verbs: PhraseSet($0.verbs ?? []),
        objects: PhraseSet($0.objects ?? []),
        phrases: PhraseSet($0.phrases ?? []), objectWords: $0.objects ?? [],
        yieldsToCount: $0.yieldsToCount ?? false)
    }
    var eventsByFirstWord: [String: [Int]] = [:]
    for (index, event) in events.enumerated() {
      let words = Set(event.verbs.firstWords + event.objects.firstWords + event.phrases.firstWords)
      for word in words { eventsByFirstWord[word, default: []].append(index) }
    }
    self.eventsByFirstWord = eventsByFirstWord
    priceNouns = PhraseSet(document.prices.nouns)
    rises = PhraseSet(document.prices.rise)
    falls = PhraseSet(document.prices.fall)
    ratios = document.prices.ratios
    durationUnits = document.durations.units
    durationVerbs = Set(document.durations.verbs)
    deadlineWords = Set(document.durations.deadlineWords ?? [])
    countNounMinimum = document.countNouns?.minimum
    damageVerbs = (document.countNouns?.damage ?? [:]).sorted { $0.key < $1.key }.map {
      (key: $0.key, verbs: PhraseSet($0.value))
    }
    countSynonyms = document.countNouns?.synonyms ?? [:]
    placeNouns = Set(document.countNouns?.places ?? [])
    anySizeCountNouns = Set(document.countNouns?.anySize ?? [])
    percentLinking = Set(document.percentSubjects?.linking ?? [])
    changeVerbs = Set(document.percentSubjects?.changeVerbs ?? [])
    approximators = PhraseSet(document.approximators)
    hedges = PhraseSet(document.hedges)
    doubts = PhraseSet(document.doubts)
    probable = PhraseSet(document.probable)
    possible = PhraseSet(document.possible)
    future = PhraseSet(document.future)
    negations = PhraseSet(document.negations)
    refutations = PhraseSet(document.refutations)
    officialAdverbs = Set(document.officialAdverbs)
    preNumberMeasures = PhraseSet(Array((document.preNumberMeasures ?? [:]).keys).sorted())
    preNumberMeasure = document.preNumberMeasures ?? [:]
    currencySymbols = Set(document.money?.symbols ?? [])
    currencyWords = Set(document.money?.words ?? [])
    moneyRequests = Set(document.money?.requests ?? [])
    concentrationUnits = Set(document.concentrations?.units ?? [])
    lengthUnits = document.lengths?.units ?? [:]
    lengthSubjects = document.lengths?.subjects ?? [:]
    depthWords = Set(document.lengths?.depth ?? [])
    concentrationNouns = Set(document.concentrations?.nouns ?? [])
    multipleReferences = Set(document.concentrations?.references ?? [])
    moneyVerbs = Set(document.moneyVerbs ?? [])
    subjectSynonyms = document.subjectSynonyms ?? [:]
    singlePersons = Set(document.singleDeaths?.persons ?? [])
    intransitiveDeaths = Set(document.singleDeaths?.intransitive ?? [])
    singleMeasures = document.singleDeaths?.measures ?? ["deaths"]
    factive = Set(document.cueClasses["factive"] ?? [])
    distancing = Set(document.cueClasses["distancing"] ?? [])
  }

  /// Whether `node` lies at or below `ancestor` in the category lattice.
  public func isCategory(_ node: String, within ancestor: String) -> Bool {
    var current: String? = node
    var steps = 0
    while let value = current, steps < 16 {
      if value == ancestor { return true }
      current = parentOf[value]
      steps += 1
    }
    return false
  }

  /// The measure kind of `measure` (events and dates are static).
  func kind(of measure: String) -> SlotKind {
    measures.first { $0.name == measure }?.kind ?? .static
  }
}

/// How a measure's true value evolves: the scoring model's predicate classes.
public enum SlotKind: String, Hashable, Sendable, Codable {
  /// Only grows (killed, injured, arrested): a later higher figure is no contradiction.
  case cumulative
  /// A level that moves (troops present, a price).
  case level
  /// Fixed once true (began on, began in).
  case `static`
}
