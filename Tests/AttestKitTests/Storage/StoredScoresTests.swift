import AttestKit
import Foundation
import Testing

/// Scores saved with a workspace are read back instead of rescoring, equal what scoring gives,
/// and go stale when claims or verdicts change.
@Suite struct StoredScoresTests {
  let samples = TestSupport.root.appendingPathComponent("Data/samples").path

  @Test func savedScoresEqualAFreshScoringAndGoStaleOnChange() throws {
    let data = try TestSupport.data()
    let store = try Store.open(path: ":memory:")
    let analyzer = try Analyzer(data: data)
    _ = try analyzer.run(paths: [samples], store: store)
    #expect(try store.scoresAreStale())
    let engine = try CorroborationEngine(data: data)
    let first = try ClaimBoard.load(engine: engine, store: store)
    #expect(try !store.scoresAreStale())
    #expect(try store.storedScores() != nil)
    let saved = try ClaimBoard.load(engine: engine, store: store, save: false)
    let fresh = ClaimBoard(engine: engine, stored: try store.storedClaims())
    #expect(saved.rows.count == fresh.rows.count)
    #expect(!saved.rows.isEmpty)
    for (a, b) in zip(saved.rows, fresh.rows) {
      #expect(a.id == b.id)
      #expect(a.score.probability == b.score.probability)
      #expect(a.score.low == b.score.low && a.score.high == b.score.high)
      #expect(a.score.label == b.score.label)
      #expect(a.score.supporting == b.score.supporting)
      #expect(a.score.conflicting == b.score.conflicting)
    }
    #expect(first.rows.map(\.score.label) == fresh.rows.map(\.score.label))
    // Full ledgers come back on request, with the same numbers.
    let full = saved.withFullLedgers()
    #expect(
      full.rows.map(\.score.explanation) == fresh.rows.map(\.score.explanation))

    // A verdict changes the reliability update: the saved scores are stale.
    let firstRow = try #require(saved.rows.first)
    let id = try #require(Int64(String(firstRow.id.dropFirst())))
    try store.verify(claimID: id, isTrue: false, at: "2026-01-01T00:00:00Z")
    #expect(try store.scoresAreStale())
    #expect(try store.storedScores() == nil)
    _ = try ClaimBoard.load(engine: engine, store: store)
    #expect(try !store.scoresAreStale())

    // A new article too.
    let extra = try TestSupport.write(
      Array(
        "outlet: Test Wire\npublished: 2022-01-09\n\nOfficials said 40 people were injured.\n"
          .utf8), named: "extra.txt")
    _ = try analyzer.run(paths: [extra], store: store)
    #expect(try store.scoresAreStale())
  }

  @Test func scoredClaimsStreamAsTheBoardHasThemAndAScratchCopyTakesScores() throws {
    let data = try TestSupport.data()
    let store = try Store.open(path: ":memory:")
    _ = try Analyzer(data: data).run(paths: [samples], store: store)
    let engine = try CorroborationEngine(data: data)
    let board = try ClaimBoard.load(engine: engine, store: store, save: false)
    #expect(try store.scoresAreStale())
    var path = ""
    do {
      // The workspace keeps its stale flag; the copy gets the scores and streams them.
      let copy = try store.scratchCopy()
      path = copy.store.path
      try board.save(to: copy.store)
      #expect(try store.scoresAreStale())
      #expect(try !copy.store.scoresAreStale())
      var streamed: [ScoredClaim] = []
      try copy.store.forEachScoredClaim { streamed.append($0) }
      #expect(streamed.map(\.id) == board.rows.map(\.id))
      #expect(streamed.map(\.key) == board.rows.map(\.claim.key))
      #expect(streamed.map(\.score) == board.rows.map(\.score))
      #expect(streamed.map(\.printedValue) == board.rows.map(\.claim.printedValue))
      #expect(streamed.map(\.valueKind) == board.rows.map(\.claim.valueKind))
      #expect(FileManager.default.fileExists(atPath: path))
      var lean: [ScoredClaim] = []
      try copy.store.forEachScoredClaim(explained: false) { lean.append($0) }
      #expect(lean.allSatisfy { $0.score.explanation.isEmpty })
      #expect(lean.map(\.score.probability) == streamed.map(\.score.probability))
    }
    #expect(!path.isEmpty && !FileManager.default.fileExists(atPath: path))
  }

  @Test func aLimitedListingOfACommonLabelWalksTheClaimsInOrderToTheSameRows() throws {
    let data = try TestSupport.data()
    var store = try Store.open(path: ":memory:")
    _ = try Analyzer(data: data).run(paths: [samples], store: store)
    let board = try ClaimBoard.load(engine: try CorroborationEngine(data: data), store: store)
    let label = try #require(
      Dictionary(grouping: board.rows, by: \.score.label).max { $0.value.count < $1.value.count }?
        .key)
    func listed(limit: Int) throws -> [String] {
      var ids: [String] = []
      try store.forEachScoredClaim(ClaimQuery(label: label, limit: limit), explained: false) {
        ids.append($0.id)
      }
      return ids
    }
    let expected = board.rows.filter { $0.score.label == label }.map(\.id)
    store.orderedWalkThreshold = .max  // the label's index, then a sort
    let sorted = try listed(limit: 3)
    store.orderedWalkThreshold = 1  // the claims in order, stopping at the limit
    #expect(try listed(limit: 3) == sorted)
    #expect(sorted == Array(expected.prefix(3)))
    #expect(try listed(limit: 1_000) == expected)
  }
}
