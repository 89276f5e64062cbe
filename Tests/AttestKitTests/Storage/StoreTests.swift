import Foundation
import GRDB
import Testing

@testable import AttestKit

struct StoreTests {
  private func analysis(
    _ text: String, quotes: [String], source: String = "story", doc: String? = nil
  ) throws -> ArticleAnalysis {
    let article = try TestSupport.article(text)
    let moved = Article(
      doc: doc ?? article.doc, source: source, path: article.path, text: article.text,
      sourceOffsets: nil, sourceBytes: nil, metadata: article.metadata,
      contentHash: article.contentHash, layout: article.layout, warnings: [])
    let made = quotes.enumerated().map { index, quote in
      Quote(
        type: .direct, text: quote, cue: "said", speaker: "Ines Varga", speakerKind: .person,
        mention: "Mayor Ines Varga", role: "Mayor",
        span: TextSpan(start: 10 * index, end: 10 * index + 1, location: .init(line: 1, column: 1)),
        confidence: 0.9)
    }
    return ArticleAnalysis(article: moved, quotes: made)
  }

  @Test func sameBytesReadAgainChangeNothing() throws {
    let store = try Store.open(path: ":memory:")
    let first = try analysis("\"We will rebuild,\" the mayor said.\n", quotes: ["We will rebuild,"])
    #expect(try store.save(first) == .inserted)
    #expect(try store.save(first) == .unchanged)
    #expect(try store.counts().articles == 1)
    #expect(try store.counts().quotes == 1)
  }

  @Test func changedArticleReplacesExtractionsAndKeepsAnnotations() throws {
    // Given an article with two annotated quotes
    let store = try Store.open(path: ":memory:")
    try store.save(try analysis("Version one.\n", quotes: ["We will rebuild,", "It is over."]))
    let ids =
      try store.quoteIDs(withText: "We will rebuild,") + store.quoteIDs(withText: "It is over.")
    try store.annotate(
      quoteID: ids[0], kind: .note, body: "check the date", at: "2026-01-01T00:00:00Z")
    try store.annotate(quoteID: ids[1], kind: .tag, body: "follow-up", at: "2026-01-01T00:00:00Z")
    // When the article changes and keeps only one quote
    let outcome = try store.save(try analysis("Version two.\n", quotes: ["We will rebuild,"]))
    // Then the kept quote's note moves to the new quote and the other is kept as an orphan
    #expect(outcome == .replaced(reanchored: 1, orphaned: 1))
    let annotations = try store.annotations()
    #expect(annotations.count == 2)
    let newID = try #require(try store.quoteIDs(withText: "We will rebuild,").first)
    #expect(annotations[0].quoteID == newID)
    #expect(annotations[1].quoteID == nil)
    #expect(annotations[1].body == "follow-up")
  }

  @Test func aLimitedListingWalksArticlesInNameOrderToTheSameRows() throws {
    // Given articles stored out of name order, each quoting the mayor twice
    var store = try Store.open(path: ":memory:")
    for name in ["c-story", "a-story", "d-story", "b-story"] {
      try store.save(
        try analysis(
          "\(name) text.\n", quotes: ["First \(name).", "Second \(name)."], source: name,
          doc: name + ".txt"))
    }
    func listed(_ filter: QuoteFilter) throws -> [String] { try store.quotes(filter).map(\.text) }
    let all = try listed(QuoteFilter())
    // When the first rows are listed by sorting every match, then by walking the articles
    for filter in [
      QuoteFilter(limit: 3), QuoteFilter(speaker: "Ines Varga", limit: 5),
      QuoteFilter(speaker: "ines", limit: 100),
    ] {
      store.orderedWalkThreshold = .max
      let sorted = try listed(filter)
      store.orderedWalkThreshold = 1
      // Then both give the same rows, in article-name order
      #expect(try listed(filter) == sorted)
      #expect(sorted == Array(all.prefix(filter.limit ?? 0)))
    }
    #expect(all.first == "First a-story." && all.last == "Second d-story.")
  }

  @Test func aCommonWordIsRankedAmongItsNewestMatches() throws {
    let store = try Store.open(path: ":memory:")
    for (index, name) in ["a-story", "b-story", "c-story"].enumerated() {
      try store.save(
        try analysis(
          "Harbour news \(index).\n", quotes: ["The harbour will reopen \(name)."], source: name))
    }
    let everything = try store.search("harbour")
    #expect(everything.total == 6 && everything.rankedNewest == nil && everything.rows.count == 6)
    let newest = try store.search("harbour", rankedWithin: 2)
    #expect(newest.total == 6 && newest.rankedNewest == 2)
    // (Search rows are numbered quote id × 4, article id × 4 + 2: the newest are the highest.)
    func rowid(_ match: SearchResults.Match) -> Int64 {
      match.id * 4 + (match.kind == "article" ? 2 : 0)
    }
    let newestTwo = Set(everything.rows.map(rowid).sorted(by: >).prefix(2))
    #expect(Set(newest.rows.map(rowid)) == newestTwo)
  }

  @Test func fileWorkspaceUsesWALAndSurvivesReopening() throws {
    let path = try TestSupport.temporaryFolder().appendingPathComponent("w.sqlite").path
    let store = try Store.open(path: path)
    try store.save(try analysis("Hello.\n", quotes: ["Hi."]))
    let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    let reopened = try Store.open(path: path)
    #expect(try reopened.counts().quotes == 1)
  }

  @Test func refusesAFileThatIsNotADatabase() throws {
    let path = try TestSupport.write(Array("plain words, not SQLite".utf8), named: "notes.sqlite")
    #expect(throws: StorageError.notADatabase(path: path)) { try Store.open(path: path) }
    #expect(
      StorageError.notADatabase(path: path).description
        == "'\(path)' is not an Attest workspace (not an SQLite database). "
        + "Pass another --workspace file; Attest will not overwrite this one.")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "plain words, not SQLite")
  }

  @Test func refusesAnotherProgramsDatabase() throws {
    let path = try TestSupport.temporaryFolder().appendingPathComponent("other.sqlite").path
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE invoice (id INTEGER)") }
    try queue.close()
    #expect(throws: StorageError.foreignDatabase(path: path, tables: ["invoice"])) {
      try Store.open(path: path)
    }
  }

  @Test func refusesADamagedWorkspace() throws {
    let path = try TestSupport.temporaryFolder().appendingPathComponent("damaged.sqlite").path
    try Store.open(path: path).save(try analysis("Hello.\n", quotes: ["Hi."]))
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    for index in 100..<min(bytes.count, 4_000) { bytes[index] = 0xAB }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try? FileManager.default.removeItem(atPath: path + "-wal")
    try? FileManager.default.removeItem(atPath: path + "-shm")
    #expect(throws: StorageError.self) { try Store.open(path: path).counts() }
  }
}
