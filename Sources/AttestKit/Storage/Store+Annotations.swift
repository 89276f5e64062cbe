import GRDB

/// An analyst's note, tag, flag or verdict.
public struct Annotation: Hashable, Sendable, Codable {
  /// What kind of annotation it is.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Free text.
    case note
    /// A label.
    case tag
    /// A mark for attention.
    case flag
    /// A verified or rejected verdict on a claim.
    case verdict
  }

  /// The annotation's id.
  public var id: Int64
  /// The quote it is on, or `nil` when its quote is gone (an orphan) or it is on a claim.
  public var quoteID: Int64?
  /// The article it belongs to.
  public var articleSource: String
  /// The quoted text it was made on, to re-anchor it when the article changes.
  public var anchorText: String?
  /// Its kind.
  public var kind: Kind
  /// The note, tag or verdict text.
  public var body: String
  /// When it was made (ISO 8601, from the injected clock).
  public var createdAt: String
}

extension Store {
  /// Annotates a stored quote in one transaction.
  ///
  /// - Throws: `StorageError.notFound` when there is no such quote.
  @discardableResult
  public func annotate(quoteID: Int64, kind: Annotation.Kind, body: String, at timestamp: String)
    throws
    -> Int64
  {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql:
            "SELECT q.text, a.source FROM quote q JOIN article a ON a.id = q.articleId WHERE q.id = ?",
          arguments: [quoteID])
      else { throw StorageError.notFound(kind: "quote", id: "\(quoteID)") }
      try db.execute(
        sql: """
          INSERT INTO annotation (articleSource, quoteId, anchorText, kind, body, createdAt)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          row["source"] as String, quoteID, row["text"] as String, kind.rawValue, body, timestamp,
        ])
      return db.lastInsertedRowID
    }
  }

  /// Every annotation, oldest first.
  public func annotations() throws -> [Annotation] {
    try read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT id, quoteId, articleSource, anchorText, kind, body, createdAt FROM annotation ORDER BY id"
      ).map { row in
        Annotation(
          id: row["id"], quoteID: row["quoteId"], articleSource: row["articleSource"],
          anchorText: row["anchorText"], kind: Annotation.Kind(rawValue: row["kind"]) ?? .note,
          body: row["body"], createdAt: row["createdAt"])
      }
    }
  }

  /// The ids of the stored quotes with this exact text, oldest first.
  public func quoteIDs(withText text: String) throws -> [Int64] {
    try read { db in
      try Int64.fetchAll(
        db, sql: "SELECT id FROM quote WHERE text = ? ORDER BY id", arguments: [text])
    }
  }

  /// Removes a tag from a quote; returns how many were removed.
  @discardableResult
  public func untag(quoteID: Int64, tag: String) throws -> Int {
    try write { db in
      try db.execute(
        sql: "DELETE FROM annotation WHERE quoteId = ? AND kind = 'tag' AND body = ?",
        arguments: [quoteID, tag])
      return db.changesCount
    }
  }

  /// Every tag in use, for completion.
  public func tags() throws -> [String] {
    try read { db in
      try String.fetchAll(
        db, sql: "SELECT DISTINCT body FROM annotation WHERE kind = 'tag' ORDER BY body")
    }
  }

  /// Attributes every quote whose mention (or speaker) is `mention` to `speaker`, now and on
  /// every later load; returns how many quotes moved.
  @discardableResult
  public func alias(_ mention: String, to speaker: String) throws -> Int {
    try write { db in
      try db.execute(
        sql:
          "INSERT INTO aliasOverride (mention, speaker) VALUES (?, ?) ON CONFLICT(mention) DO UPDATE SET speaker = excluded.speaker",
        arguments: [mention, speaker])
      let speakerID = try speakerID(named: speaker, kind: .person, db)
      try db.execute(
        sql: """
          UPDATE quote SET speakerId = ? WHERE mention = ? COLLATE NOCASE
          OR speakerId IN (SELECT id FROM speaker WHERE name = ? COLLATE NOCASE AND id != ?)
          """, arguments: [speakerID, mention, mention, speakerID])
      let moved = db.changesCount
      try db.execute(
        sql: "INSERT OR IGNORE INTO alias (speakerId, mention, isManual) VALUES (?, ?, 1)",
        arguments: [speakerID, mention])
      return moved
    }
  }

  /// Full-text search over quotes, notes and articles (SQLite FTS5, diacritics folded): the
  /// `limit` best matches by relevance, and how many matched.
  ///
  /// Ranking every match of a common word costs a tenth of a second on 100,000 articles; past
  /// `rankedWithin` matches only the newest that many are ranked (`SearchResults.rankedNewest`).
  ///
  /// - Throws: `StorageError` when the workspace cannot be read.
  public func search(_ text: String, limit: Int = 50, rankedWithin: Int = 5_000) throws
    -> SearchResults
  {
    let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { "\"\($0)\"" }
    guard !words.isEmpty else { return SearchResults(rows: [], total: 0, rankedNewest: nil) }
    let query = words.joined(separator: " ")
    return try read { db in
      let total =
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: [query])
        ?? 0
      // The newest matches have the highest rowids (ids grow as articles are added).
      let cutoff =
        total > rankedWithin
        ? try Int64.fetchOne(
          db,
          sql: "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
          arguments: [query, rankedWithin - 1]) : nil
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT rowid, kind, snippet(search, 1, '[', ']', '…', 12) AS snippet FROM search
          WHERE search MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?
          """, arguments: [query, cutoff ?? Int64.min, limit]
      ).map { row in
        let rowid: Int64 = row["rowid"]
        return SearchResults.Match(kind: row["kind"], id: rowid / 4, snippet: row["snippet"])
      }
      return SearchResults(rows: rows, total: total, rankedNewest: cutoff.map { _ in rankedWithin })
    }
  }
}

/// What `Store.search` found.
public struct SearchResults: Hashable, Sendable {
  /// One match.
  public struct Match: Hashable, Sendable {
    /// `quote`, `note` or `article`.
    public var kind: String
    /// The quote's, note's or article's id.
    public var id: Int64
    /// The matching words in context, marked with brackets.
    public var snippet: String
  }
  /// The best matches, best first.
  public var rows: [Match]
  /// How many matched in all.
  public var total: Int
  /// When there were too many to rank, how many of the newest were ranked.
  public var rankedNewest: Int?
}
