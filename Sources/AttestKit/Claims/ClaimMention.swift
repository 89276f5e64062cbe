/// What a claim mention's value is.
public enum ClaimValueKind: String, Hashable, Sendable, Codable {
  /// A count of people or things ("13 officers", "dozens of protesters").
  case count
  /// A percentage ("3% of global oil reserves").
  case percent
  /// A ratio of change ("doubled", "shot up by 8 percent" is a percent).
  case ratio
  /// A calendar day (`value` is `YYYYMMDD`).
  case date
  /// A length of time in the unit printed ("for six months").
  case duration
  /// A proposition that did or did not happen ("the government resigned").
  case event
  /// A place where something happened ("began in Zhanaozen").
  case place
}

/// How the text introduces a mention: the cue classes of the scoring model's assertion strength.
public enum CueClass: String, Hashable, Sendable, Codable, CaseIterable {
  /// The outlet's own voice.
  case bare
  /// said, told, according to, announced.
  case neutral
  /// confirmed, acknowledged, revealed.
  case factive
  /// reportedly, was reported, are said to.
  case hedge
  /// likely, expected to.
  case probable
  /// may, might, could.
  case possible
  /// claimed, alleged, insisted, blamed; scare quotes round the figure.
  case distancing
  /// without providing evidence, could not be verified.
  case doubt
  /// will, plans to: a "happened" claim about the future.
  case future
}

/// A closed, half-open or open interval of values (`hi` may be infinite).
public struct ValueRange: Hashable, Sendable, Codable {
  /// Lower end.
  public var lo: Double
  /// Upper end (`.infinity` for "more than N").
  public var hi: Double
  /// Whether `lo` itself is excluded.
  public var loOpen: Bool
  /// Whether `hi` itself is excluded.
  public var hiOpen: Bool

  /// Creates an interval.
  public init(_ lo: Double, _ hi: Double, loOpen: Bool = false, hiOpen: Bool = false) {
    self.lo = lo
    self.hi = hi
    self.loOpen = loOpen
    self.hiOpen = hiOpen
  }

  /// The single value `value`.
  public static func exactly(_ value: Double) -> ValueRange { ValueRange(value, value) }

  /// Whether `value` lies in the interval.
  public func contains(_ value: Double) -> Bool {
    (loOpen ? value > lo : value >= lo) && (hiOpen ? value < hi : value <= hi)
  }

  /// Whether the bin `[a, b)` shares any value with the interval.
  func overlapsBin(_ a: Double, _ b: Double) -> Bool {
    if b <= a { return contains(a) }
    return lo < b && (a < hi || (a == hi && !hiOpen))
  }

  /// Whether the two intervals share no value.
  public func isDisjoint(from other: ValueRange) -> Bool {
    if hi < other.lo || other.hi < lo { return true }
    if hi == other.lo { return hiOpen || other.loOpen }
    if other.hi == lo { return other.hiOpen || loOpen }
    return false
  }

  /// Whether `other` lies wholly inside this interval.
  public func covers(_ other: ValueRange) -> Bool {
    let lowOK = lo < other.lo || (lo == other.lo && (!loOpen || other.loOpen))
    let highOK = hi > other.hi || (hi == other.hi && (!hiOpen || other.hiOpen))
    return lowOK && highOK
  }
}

/// One statement of a figure, date or event in one article, normalised for scoring.
public struct ClaimMention: Hashable, Sendable, Codable {
  /// The claim key shared by mentions of the same quantity or proposition (`deaths-police`).
  public var key: String
  /// What is measured (`deaths`, `price-change`, an event key).
  public var measure: String
  /// The subject's node in the category lattice (`security forces`), or empty.
  public var category: String
  /// The place the figure covers (`Almaty`), or empty for the article's whole scope.
  public var scope: String
  /// The country the article is about, the scope's parent.
  public var country: String
  /// What the value is.
  public var valueKind: ClaimValueKind
  /// The value printed (`nil` for vague amounts and events).
  public var value: Double?
  /// The upper end printed for ranges.
  public var valueMax: Double?
  /// The unit (`deaths-police`, `date`, `price-multiplier`, `months`, `event`).
  public var unit: String
  /// For place-valued claims, the place.
  public var place: String?
  /// What the mention asserts.
  public var support: ValueRange
  /// What it rules out (everything outside).
  public var hard: ValueRange
  /// The mention's text as printed.
  public var text: String
  /// Where it is in the source file.
  public var span: TextSpan
  /// `outlet`, or the attributed origin (a canonical speaker).
  public var assertedBy: String
  /// The cue as printed (`said`, `according to`, `reportedly`), or empty for a bare statement.
  public var cue: String
  /// The cue's class.
  public var cueClass: CueClass
  /// Whether the text signals doubt or approximation (gold convention).
  public var hedged: Bool
  /// Whether the mention denies the proposition.
  public var negated: Bool
  /// Whether the wording only approximates the measure ("affected" for "injured").
  public var approximate: Bool
  /// Whether the figure itself stands in scare quotes.
  public var scareQuoted: Bool
  /// The day the figure describes, as days since 1970-01-01 (UTC), when the text says.
  public var day: Int?
  /// The origin's role or title as the article prints it ("President", "spokesman"), if any.
  public var originRole: String?

  /// Creates a mention.
  public init(
    key: String, measure: String, category: String, scope: String, country: String,
    valueKind: ClaimValueKind, value: Double?, valueMax: Double?, unit: String, place: String?,
    support: ValueRange, hard: ValueRange, text: String, span: TextSpan, assertedBy: String,
    cue: String, cueClass: CueClass, hedged: Bool, negated: Bool, approximate: Bool,
    scareQuoted: Bool, day: Int?
  ) {
    self.key = key
    self.measure = measure
    self.category = category
    self.scope = scope
    self.country = country
    self.valueKind = valueKind
    self.value = value
    self.valueMax = valueMax
    self.unit = unit
    self.place = place
    self.support = support
    self.hard = hard
    self.text = text
    self.span = span
    self.assertedBy = assertedBy
    self.cue = cue
    self.cueClass = cueClass
    self.hedged = hedged
    self.negated = negated
    self.approximate = approximate
    self.scareQuoted = scareQuoted
    self.day = day
  }
}

extension ClaimMention {
  /// The value as printed in tables: the number, a range ("10–20"), or empty.
  public var printedValue: String { Self.printed(value: value, valueMax: valueMax) }

  /// A value as printed: `13`, a range `10–12`, or empty.
  public static func printed(value: Double?, valueMax: Double?) -> String {
    guard let value else { return "" }
    return JSONLines.number(value) + (valueMax.map { "–" + JSONLines.number($0) } ?? "")
  }
}
