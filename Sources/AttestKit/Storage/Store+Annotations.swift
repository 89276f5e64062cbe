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
}
