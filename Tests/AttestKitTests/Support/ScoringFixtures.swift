import AttestKit
import Foundation

/// Hand-made claim mentions and articles for scoring tests, and a seeded generator of them.
enum ScoringFixtures {
  static let span = TextSpan(start: 0, end: 1, location: SourceLocation(line: 1, column: 1))
  /// 2022-01-06.
  static let day = CalendarDay.day(year: 2022, month: 1, day: 6)

  static func mention(
    key: String = "deaths-police", measure: String = "deaths",
    category: String = "security forces", scope: String = "", kind: ClaimValueKind = .count,
    support: ValueRange, hard: ValueRange? = nil, assertedBy: String = "outlet",
    cueClass: CueClass = .bare, text: String = "a figure"
  ) -> ClaimMention {
    ClaimMention(
      key: key, measure: measure, category: category, scope: scope, country: "Kazakhstan",
      valueKind: kind, value: support.lo, valueMax: nil, unit: key, place: nil,
      support: support, hard: hard ?? support, text: text, span: span, assertedBy: assertedBy,
      cue: cueClass == .bare ? "" : "said", cueClass: cueClass, hedged: false, negated: false,
      approximate: false, scareQuoted: false, day: nil)
  }

  static func exact(_ value: Double, _ body: (inout ClaimMention) -> Void = { _ in })
    -> ClaimMention
  {
    var claim = mention(support: .exactly(value), text: "\(Int(value)) officers were killed")
    body(&claim)
    return claim
  }

  /// An article whose body shares no words with any other article of a different name.
  static func article(
    _ doc: String, outlet: String, url: String? = nil, day: Int = day, credit: String? = nil,
    words: [String]? = nil, claims: [ClaimMention]
  ) -> ScoringArticle {
    ScoringArticle(
      doc: doc, outlet: outlet, url: url, published: day, credit: credit,
      fingerprint: Provenance.Fingerprint(words: words ?? (0..<60).map { "\(doc)w\($0)" }),
      claims: claims)
  }

  /// Rated domains with different priors, to vary reliabilities.
  static let domains = ["npr.org", "cgtn.com", "rt.com", "reuters.com", "tass.com", "bbc.com"]

  /// A random corpus of one slot (and sometimes a sibling slot): outlets, bare and attributed
  /// mentions, exact values and intervals.
  static func corpus(_ generator: inout SplitMix64, articles count: Int) -> [ScoringArticle] {
    (0..<count).map { index in
      let claims = (0..<Int.random(in: 1...3, using: &generator)).map { _ -> ClaimMention in
        let value = Double(Int.random(in: 5...30, using: &generator))
        var claim: ClaimMention
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: claim = exact(value)
        case 1:
          claim = mention(
            support: ValueRange(value, 1.5 * value), hard: ValueRange(value, .infinity),
            text: "at least \(Int(value))")
        case 2:
          claim = exact(value) {
            $0.assertedBy = "Kazakh state media"
            $0.cueClass = .neutral
          }
        default:
          claim = exact(value) {
            $0.assertedBy = "unknown"
            $0.cueClass = .hedge
          }
        }
        if Int.random(in: 0..<5, using: &generator) == 0 {
          claim.category = "police"
          claim.key = "deaths-police"
        }
        return claim
      }
      let domain = domains[Int.random(in: 0..<domains.count, using: &generator)]
      return article(
        "a\(index).txt", outlet: "Outlet \(index)", url: "https://\(domain)/story\(index)",
        day: day + Int.random(in: 0...2, using: &generator), claims: claims)
    }
  }
}
