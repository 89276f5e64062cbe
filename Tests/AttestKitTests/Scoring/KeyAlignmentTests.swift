import AttestKit
import Foundation
import Testing

/// One quantity that outlets key by different words is one claim; keys an article tells apart,
/// or that relate a figure to another time, stay apart.
@Suite struct KeyAlignmentTests {
  static func money(_ key: String, _ value: Double, unit: String = "EUR") -> ClaimMention {
    var claim = ScoringFixtures.mention(
      key: key, measure: "money", category: String(key.dropFirst(6)), kind: .count,
      support: .exactly(value))
    claim.unit = unit
    return claim
  }

  static func corpus(_ claims: [[ClaimMention]]) -> [ScoringArticle] {
    claims.enumerated().map { index, claims in
      ScoringFixtures.article("a\(index).txt", outlet: "Outlet \(index)", claims: claims)
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var articles: [[ClaimMention]]
    var expected: [String: String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "one value under two keys in two articles: the key used more wins",
      articles: [
        [money("money-loss", 9e8)], [money("money-estimate", 9e8)], [money("money-loss", 9e8)],
      ],
      expected: ["money-estimate": "money-loss"]),
    Case(
      name: "a tie goes to the key of the earliest report",
      articles: [[money("money-price", 14.5)], [money("money-pay", 14.5)]],
      expected: ["money-pay": "money-price"]),
    Case(
      name: "an article using both keys tells them apart",
      articles: [
        [money("money-aid", 2.5e8), money("money-loan", 4e8)],
        [money("money-loan", 2.5e8)],
      ],
      expected: [:]),
    Case(
      name: "two keys in one article only are not merged",
      articles: [[money("money-aid", 2.5e8), money("money-grant", 2.5e8)]],
      expected: [:]),
    Case(
      name: "different currencies, values or measures are not one quantity",
      articles: [
        [money("money-aid", 2.5e8)], [money("money-grant", 2.5e8, unit: "USD")],
        [money("money-fund", 2.6e8)],
      ],
      expected: [:]),
    Case(
      name: "one number told incompatibly is no one value",
      articles: [
        [money("money-rule", 30)],
        [
          {
            var nearly = money("money-power", 30)
            nearly.support = ValueRange(27, 30, hiOpen: true)
            return nearly
          }()
        ],
      ],
      expected: [:]),
    Case(
      name: "an earlier level is never merged with a current one",
      articles: [[money("money-price", 12)], [money("money-price-earlier", 12)]],
      expected: [:]),
    Case(
      name: "a chain stops where an article tells two of its keys apart",
      articles: [
        [money("money-a", 5)], [money("money-b", 5)], [money("money-c", 5)],
        [money("money-a", 7), money("money-c", 8)],
      ],
      expected: ["money-b": "money-a"]),
  ]

  @Test(arguments: cases)
  func renames(_ example: Case) {
    let articles = Self.corpus(example.articles)
    let renames = KeyAlignment.renames(articles)
    #expect(renames.mapValues(\.key) == example.expected)
    // The same articles in reverse order give the same renames.
    #expect(KeyAlignment.renames(articles.reversed()) == renames)
    // A merged mention takes the category of the key it joins: one slot.
    var aligned = articles
    KeyAlignment.apply(renames, to: &aligned)
    for (old, target) in renames {
      let categories = Set(
        aligned.flatMap(\.claims).filter { $0.key == target.key }.map(\.category))
      #expect(categories.count == 1, "\(old) → \(target.key): \(categories)")
    }
  }

  /// Three reports of one drought, in our words: the farm losses and the offer of aid keyed by
  /// different words in each.
  static let reports = [
    """
    outlet: Field Wire
    published: 2026-08-20

    Farm groups estimate losses of at least 900 million euros after the driest summer on record.
    """,
    """
    outlet: Valley Times
    published: 2026-08-21

    Growers said the figure was too low, well above the estimate of 900 million euros published \
    by farm groups last week.
    """,
  ]

  @Test func aBoardGivesOneQuantityOneKeyAndAWorkspaceKeepsIt() throws {
    let data = try TestSupport.data()
    let analyzer = try Analyzer(data: data)
    let engine = try CorroborationEngine(data: data)
    let folder = try TestSupport.temporaryFolder()
    let paths = try Self.reports.enumerated().map { index, text in
      try TestSupport.write(Array(text.utf8), named: "report\(index).txt", in: folder)
    }
    var articles: [ScoringArticle] = []
    _ = try analyzer.stream(paths: paths, store: nil) { analysis, _ in
      articles.append(ScoringArticle(analysis))
    }
    let extracted = articles.flatMap(\.claims).filter { $0.value == 9e8 }.map(\.key)
    #expect(Set(extracted).count == 2, "the extractor keys them apart: \(extracted)")
    let board = ClaimBoard(engine: engine, articles: articles)
    let keys = board.rows.filter { $0.claim.value == 9e8 }.map(\.claim.key)
    #expect(keys.count == 2)
    #expect(Set(keys).count == 1, "\(keys)")
    // One slot: each mention is scored against the other's evidence.
    let slots = board.rows.filter { $0.claim.value == 9e8 }.map(\.score.slot)
    #expect(Set(slots).count == 1, "\(slots)")
    for row in board.rows where row.claim.value == 9e8 {
      let ledger = row.score.explanation.joined(separator: "\n")
      #expect(ledger.contains("report0.txt") && ledger.contains("report1.txt"), "\(ledger)")
    }

    // Full ledgers keep the board's merges, for claims checked against it.
    #expect(board.withFullLedgers().renames == board.renames)
    #expect(!board.renames.isEmpty)

    // Saved in a workspace, the merged key is the one its queries answer to.
    let store = try Store.open(path: ":memory:")
    _ = try analyzer.run(paths: paths, store: store)
    _ = try ClaimBoard.load(engine: engine, store: store)
    let key = try #require(keys.first)
    var found: [String] = []
    try store.forEachScoredClaim(ClaimQuery(key: key)) { found.append($0.key) }
    #expect(found == [key, key])
    #expect(try store.claimHandles().contains(key))
    #expect(try !store.claimHandles().contains(Set(extracted).subtracting([key]).first ?? key))
  }
}
