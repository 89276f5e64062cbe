import Foundation
import GRDB

extension Store {
  /// The version of the extraction pipeline; a change re-extracts articles read before.
  public static let pipelineVersion = "2"

  /// Saves an article and its extractions in one transaction.
  ///
  /// The same bytes read again change nothing. A changed article replaces its quotes and claims;
  /// annotations on its quotes are re-anchored to a new quote with the same text, or kept as
  /// orphans (never dropped).
  @discardableResult
  public func save(_ analysis: ArticleAnalysis) throws -> SaveOutcome {
    try save([analysis])[0]
  }

  /// Saves many articles in one transaction (what `attest analyze` does per batch): all of them
  /// or, on an error, none.
  @discardableResult
  public func save(_ analyses: [ArticleAnalysis]) throws -> [SaveOutcome] {
    try write { db in
      var ids = IDCache()
      let outcomes = try analyses.map { try save($0, &ids, db) }
      if outcomes.contains(where: { $0 != .unchanged }) { try markScoresStale(db) }
      return outcomes
    }
  }

  /// Outlet and speaker row ids already looked up in this transaction.
  struct IDCache {
    var outlets: [String: Int64] = [:]
    var speakers: [String: Int64] = [:]
    var overrides: [String: String?] = [:]
  }

  private func save(_ analysis: ArticleAnalysis, _ ids: inout IDCache, _ db: Database) throws
    -> SaveOutcome
  {
    let article = analysis.article
    let hash = FNV1a.hex(article.contentHash) + "/" + Self.pipelineVersion
    let outletID: Int64
    if let known = ids.outlets[article.outletName] {
      outletID = known
    } else {
      outletID = try self.outletID(
        named: article.outletName, evidence: article.metadata.outletEvidence, db)
      ids.outlets[article.outletName] = outletID
    }
    let existing = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT id, contentHash FROM article WHERE source = ?"),
      arguments: [article.source])
    let articleID: Int64
    var replaced = false
    if let existing {
      let id: Int64 = existing["id"]
      if existing["contentHash"] as String == hash { return .unchanged }
      articleID = id
      replaced = true
      try db.execute(sql: "DELETE FROM quote WHERE articleId = ?", arguments: [id])
      try db.execute(
        sql: "DELETE FROM claimScore WHERE claimId IN (SELECT id FROM claim WHERE articleId = ?)",
        arguments: [id])
      try db.execute(sql: "DELETE FROM claim WHERE articleId = ?", arguments: [id])
      try db.execute(
        sql: """
          UPDATE article SET doc = ?, outletId = ?, url = ?, published = ?, title = ?, byline = ?,
          contentHash = ?, byteCount = ?, text = ?, credit = ?, fingerprint = ? WHERE id = ?
          """,
        arguments: [
          article.doc, outletID, article.metadata.url, article.metadata.published,
          article.metadata.title, article.metadata.byline, hash, article.text.count,
          String(decoding: article.text, as: UTF8.self), analysis.credit,
          Data(analysis.fingerprint.bytes), id,
        ])
    } else {
      try db.cachedStatement(
        sql: """
          INSERT INTO article (source, doc, outletId, url, published, title, byline, contentHash,
          byteCount, text, credit, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(
        arguments: [
          article.source, article.doc, outletID, article.metadata.url, article.metadata.published,
          article.metadata.title, article.metadata.byline, hash, article.text.count,
          String(decoding: article.text, as: UTF8.self), analysis.credit,
          Data(analysis.fingerprint.bytes),
        ])
      articleID = db.lastInsertedRowID
    }
    try insertQuotes(analysis.quotes, articleID: articleID, &ids, db)
    try insertClaims(
      analysis.claims, encoded: analysis.encodedClaims, articleID: articleID, db)
    guard replaced else { return .inserted }
    let (reanchored, orphaned) = try reanchorAnnotations(
      source: article.source, articleID: articleID, db)
    return .replaced(reanchored: reanchored, orphaned: orphaned)
  }

  private func outletID(named name: String, evidence: String?, _ db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT OR IGNORE INTO outlet (name, evidence) VALUES (?, ?)",
      arguments: [name, evidence])
    guard
      let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM outlet WHERE name = ?", arguments: [name])
    else { throw StorageError.notFound(kind: "outlet", id: name) }
    return id
  }

  func speakerID(named name: String, kind: SpeakerKind, _ db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT OR IGNORE INTO speaker (name, kind) VALUES (?, ?)",
      arguments: [name, kind.rawValue])
    guard
      let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM speaker WHERE name = ?", arguments: [name])
    else { throw StorageError.notFound(kind: "speaker", id: name) }
    return id
  }

  private func insertQuotes(
    _ quotes: [Quote], articleID: Int64, _ ids: inout IDCache, _ db: Database
  ) throws {
    for (ordinal, quote) in quotes.enumerated() {
      // An analyst's `.alias` outlives re-extraction.
      let overrideKey = quote.mention + "\u{1F}" + quote.speaker
      let override: String?
      if let known = ids.overrides[overrideKey] {
        override = known
      } else {
        override = try String.fetchOne(
          db.cachedStatement(
            sql: "SELECT speaker FROM aliasOverride WHERE mention IN (?, ?) LIMIT 1"),
          arguments: [quote.mention, quote.speaker])
        ids.overrides[overrideKey] = .some(override)
      }
      let name = override ?? quote.speaker
      let speakerID: Int64
      if let known = ids.speakers[name] {
        speakerID = known
      } else {
        speakerID = try self.speakerID(
          named: name, kind: override == nil ? quote.speakerKind : .person, db)
        ids.speakers[name] = speakerID
      }
      try db.cachedStatement(sql: "INSERT OR IGNORE INTO alias (speakerId, mention) VALUES (?, ?)")
        .execute(arguments: [speakerID, quote.mention])
      try db.cachedStatement(
        sql: """
          INSERT INTO quote (articleId, ordinal, speakerId, mention, role, type, cue, text, start,
          "end", line, "column", confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(
        arguments: [
          articleID, ordinal, speakerID, quote.mention, quote.role, quote.type.rawValue, quote.cue,
          quote.text, quote.span.start, quote.span.end, quote.span.location.line,
          quote.span.location.column, quote.confidence,
        ])
    }
  }

  /// Ties orphaned annotations of an article to the new quote with their anchor text.
  private func reanchorAnnotations(source: String, articleID: Int64, _ db: Database) throws -> (
    Int, Int
  ) {
    let orphans = try Row.fetchAll(
      db,
      sql: """
        SELECT id, anchorText FROM annotation
        WHERE articleSource = ? AND quoteId IS NULL AND anchorText IS NOT NULL AND kind != 'verdict'
        """, arguments: [source])
    var reanchored = 0
    for orphan in orphans {
      let anchor: String = orphan["anchorText"]
      if let quoteID = try Int64.fetchOne(
        db, sql: "SELECT id FROM quote WHERE articleId = ? AND text = ? ORDER BY ordinal LIMIT 1",
        arguments: [articleID, anchor])
      {
        try db.execute(
          sql: "UPDATE annotation SET quoteId = ? WHERE id = ?", arguments: [quoteID, orphan["id"]])
        reanchored += 1
      }
    }
    return (reanchored, orphans.count - reanchored)
  }

  /// How many rows each table holds, for reports and tests.
  public func counts() throws -> WorkspaceCounts {
    try read { db in
      func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
      }
      return WorkspaceCounts(
        articles: try count("article"), outlets: try count("outlet"),
        speakers: try count("speaker"),
        quotes: try count("quote"), claims: try count("claim"), annotations: try count("annotation")
      )
    }
  }
}

/// Row counts of a workspace.
public struct WorkspaceCounts: Hashable, Sendable, Codable {
  /// Articles stored.
  public var articles: Int
  /// Outlets stored.
  public var outlets: Int
  /// Speakers stored.
  public var speakers: Int
  /// Quotes stored.
  public var quotes: Int
  /// Claim mentions stored.
  public var claims: Int
  /// Annotations stored.
  public var annotations: Int
}
