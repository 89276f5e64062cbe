import Foundation
import GRDB

/// The claims of a workspace, ready for scoring: articles in id order, and each mention's claim id.
public struct StoredClaims: Sendable {
  /// Articles with their claims, in id order.
  public var articles: [ScoringArticle]
  /// Per article, per claim: the claim's row id.
  public var claimIDs: [[Int64]]
  /// Analysts' verdicts, by article and claim index.
  public var verdicts: [ClaimVerdict]
}

extension Store {
  /// A claim as the JSON stored in its `detail` column.
  static func encodedDetail(_ claim: ClaimMention) throws -> String {
    String(decoding: try claimEncoder.encode(claim), as: UTF8.self)
  }

  static let claimEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return encoder
  }()

  static let claimDecoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    return decoder
  }()

  /// Decodes stored claim details on every core, in order (by `ClaimDetailReader`, else
  /// `JSONDecoder`); `nil` for one that cannot be read.
  static func decodeClaims(_ details: [String]) -> [ClaimMention?] {
    let chunk = 2_048
    let chunks = (details.count + chunk - 1) / chunk
    let slots = ResultSlots<[ClaimMention?]>(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { number in
      let decoder = JSONDecoder()
      decoder.nonConformingFloatDecodingStrategy = claimDecoder.nonConformingFloatDecodingStrategy
      let part = details[(number * chunk)..<min(details.count, (number + 1) * chunk)]
      slots.set(
        number,
        part.map {
          ClaimDetailReader.mention($0)
            ?? (try? decoder.decode(ClaimMention.self, from: Data($0.utf8)))
        })
    }
    return slots.values().flatMap { $0 }
  }

  func insertClaims(
    _ claims: [ClaimMention], encoded: [String], articleID: Int64, _ db: Database
  ) throws {
    for (ordinal, claim) in claims.enumerated() {
      let detail =
        encoded.count == claims.count ? encoded[ordinal] : try Self.encodedDetail(claim)
      try db.cachedStatement(
        sql: """
          INSERT INTO claim (articleId, ordinal, claimKey, text, start, "end", value, valueMax, unit,
          assertedBy, hedged, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(
        arguments: [
          articleID, ordinal, claim.key, claim.text, claim.span.start, claim.span.end, claim.value,
          claim.valueMax, claim.unit, claim.assertedBy, claim.hedged, detail,
        ])
    }
  }

  /// Every stored article with its claims, and the analysts' verdicts, for scoring.
  ///
  /// - Throws: `StorageError` when a stored claim cannot be read (re-run `attest analyze`).
  public func storedClaims() throws -> StoredClaims {
    try read { db in
      var articles: [ScoringArticle] = []
      var ids: [[Int64]] = []
      var index: [Int64: Int] = [:]
      var sources: [String: Int] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT a.id, a.source, a.doc, o.name AS outlet, a.url, a.published, a.credit,
          a.fingerprint FROM article a JOIN outlet o ON o.id = a.outletId ORDER BY a.id
          """)
      while let row = try rows.next() {
        let bytes: Data? = row["fingerprint"]
        let fingerprint =
          bytes.flatMap { Provenance.Fingerprint(bytes: [UInt8]($0)) }
          ?? Provenance.Fingerprint(words: [])
        index[row["id"]] = articles.count
        sources[row["source"]] = articles.count
        articles.append(
          ScoringArticle(
            doc: row["doc"], outlet: row["outlet"], url: row["url"],
            published: CalendarDay.parse(row["published"]), credit: row["credit"],
            fingerprint: fingerprint, claims: []))
        ids.append([])
      }
      let claims = try Row.fetchCursor(
        db, sql: "SELECT id, articleId, detail FROM claim ORDER BY articleId, ordinal")
      // Decoded a batch at a time: the JSON of every claim is never held at once (1.3 GB on
      // 100,000 articles).
      var pending: [(position: Int, id: Int64, detail: String)] = []
      func decodePending() {
        for (item, claim) in zip(pending, Self.decodeClaims(pending.map(\.detail))) {
          guard let claim else { continue }
          articles[item.position].claims.append(claim)
          ids[item.position].append(item.id)
        }
        pending.removeAll(keepingCapacity: true)
      }
      while let row = try claims.next() {
        guard let position = index[row["articleId"]], let detail = row[2] as String? else {
          continue
        }
        pending.append((position, row[0], detail))
        if pending.count == 65_536 { decodePending() }
      }
      decodePending()
      var verdicts: [ClaimVerdict] = []
      let marks = try Row.fetchAll(
        db,
        sql: """
          SELECT articleSource, claimKey, anchorText, body FROM annotation
          WHERE kind = 'verdict' AND claimKey IS NOT NULL ORDER BY id
          """)
      for mark in marks {
        guard let position = sources[mark["articleSource"]] else { continue }
        let key: String = mark["claimKey"]
        let text: String? = mark["anchorText"]
        guard
          let claim = articles[position].claims.firstIndex(where: {
            $0.key == key && $0.text == text
          })
        else { continue }
        verdicts.removeAll { $0.article == position && $0.claim == claim }
        verdicts.append(
          ClaimVerdict(article: position, claim: claim, isTrue: (mark["body"] as String) == "true"))
      }
      return StoredClaims(articles: articles, claimIDs: ids, verdicts: verdicts)
    }
  }

  /// Records an analyst's verdict on a stored claim in one transaction; it replaces an earlier
  /// verdict on the same claim and survives re-reading the article (anchored by claim text).
  ///
  /// - Throws: `StorageError.notFound` when there is no such claim.
  public func verify(claimID: Int64, isTrue: Bool, at timestamp: String) throws {
    try write { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT c.claimKey, c.text, a.source FROM claim c JOIN article a ON a.id = c.articleId
            WHERE c.id = ?
            """, arguments: [claimID])
      else { throw StorageError.notFound(kind: "claim", id: "c\(claimID)") }
      let source: String = row["source"]
      let key: String = row["claimKey"]
      let text: String = row["text"]
      try db.execute(
        sql: """
          DELETE FROM annotation WHERE kind = 'verdict' AND articleSource = ? AND claimKey = ?
          AND anchorText = ?
          """, arguments: [source, key, text])
      try db.execute(
        sql: """
          INSERT INTO annotation (articleSource, quoteId, claimKey, anchorText, kind, body, createdAt)
          VALUES (?, NULL, ?, ?, 'verdict', ?, ?)
          """, arguments: [source, key, text, isTrue ? "true" : "false", timestamp])
      try markScoresStale(db)
    }
  }

  /// Claim ids (`c12`) and the distinct claim keys, for completion.
  public func claimHandles(limit: Int = 5_000) throws -> [String] {
    try read { db in
      let ids = try Int64.fetchAll(
        db, sql: "SELECT id FROM claim ORDER BY id LIMIT ?", arguments: [limit])
      // The keys claims are scored under (merged keys included), else as extracted.
      var keys = try String.fetchAll(
        db,
        sql: "SELECT DISTINCT claimKey FROM claimScore WHERE claimKey IS NOT NULL ORDER BY claimKey"
      )
      if keys.isEmpty {
        keys = try String.fetchAll(
          db, sql: "SELECT DISTINCT claimKey FROM claim ORDER BY claimKey")
      }
      return ids.map { "c\($0)" } + keys
    }
  }
}

/// Scores saved with the workspace: what scoring it last produced, until its claims or verdicts
/// change.
public struct StoredScores: Sendable {
  /// Each claim's score by row id (ledgers shortened to the strongest units).
  public var scores: [Int64: ClaimScore]
  /// Outlet standings.
  public var outlets: [OutletStanding]
  /// The reliabilities the scores used.
  public var reliabilities: [String: Reliability]
}

extension Store {
  /// Joins outlet names in one column (a unit separator never appears in a name).
  static let listSeparator: Character = "\u{1F}"

  func markScoresStale(_ db: Database) throws {
    try db.cachedStatement(sql: "INSERT OR REPLACE INTO scoring (key, value) VALUES ('stale', '1')")
      .execute()
  }

  /// Whether claims or verdicts changed since scores were saved.
  public func scoresAreStale() throws -> Bool {
    try read { db in
      try String.fetchOne(db, sql: "SELECT value FROM scoring WHERE key = 'stale'") != "0"
    }
  }

  /// Replaces the saved scores in one transaction.
  public func saveScores(
    _ scores: [(id: Int64, key: String, score: ClaimScore)], outlets: [OutletStanding],
    reliabilities: [String: Reliability]
  ) throws {
    let encoder = Self.claimEncoder
    try write { db in
      try db.execute(sql: "DELETE FROM claimScore")
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO claimScore (claimId, label, probability, low, high, supporting, conflicting,
          asOf, slot, effective, explanation, verdict, claimKey)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for (id, key, score) in scores {
        try insert.execute(arguments: [
          id, score.label.rawValue, score.probability, score.low, score.high,
          score.supporting.joined(separator: String(Self.listSeparator)),
          score.conflicting.joined(separator: String(Self.listSeparator)), score.asOf, score.slot,
          score.effectiveUnits, score.explanation.joined(separator: "\n"), score.verdict, key,
        ])
      }
      let state: [(String, String)] = [
        ("outlets", String(decoding: try encoder.encode(outlets), as: UTF8.self)),
        ("reliabilities", String(decoding: try encoder.encode(reliabilities), as: UTF8.self)),
        ("stale", "0"),
      ]
      for (key, value) in state {
        try db.execute(
          sql: "INSERT OR REPLACE INTO scoring (key, value) VALUES (?, ?)",
          arguments: [key, value])
      }
    }
  }

  /// The saved scores, or `nil` when the workspace changed since (or was never scored).
  ///
  /// - Throws: `StorageError` when the workspace cannot be read.
  public func storedScores() throws -> StoredScores? {
    try read { db in
      guard try String.fetchOne(db, sql: "SELECT value FROM scoring WHERE key = 'stale'") == "0",
        let outletsJSON = try String.fetchOne(
          db, sql: "SELECT value FROM scoring WHERE key = 'outlets'"),
        let reliabilitiesJSON = try String.fetchOne(
          db, sql: "SELECT value FROM scoring WHERE key = 'reliabilities'"),
        let outlets = try? Self.claimDecoder.decode(
          [OutletStanding].self, from: Data(outletsJSON.utf8)),
        let reliabilities = try? Self.claimDecoder.decode(
          [String: Reliability].self, from: Data(reliabilitiesJSON.utf8))
      else { return nil }
      var scores: [Int64: ClaimScore] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM claimScore")
      // `split` on a character: Foundation's `components(separatedBy:)` is slow on Linux.
      while let row = try rows.next() {
        guard let score = Self.savedScore(row) else { return nil }
        scores[row["claimId"]] = score
      }
      return StoredScores(scores: scores, outlets: outlets, reliabilities: reliabilities)
    }
  }

  /// A saved score from a `claimScore` row; `nil` when its label is unknown.
  static func savedScore(_ row: Row) -> ClaimScore? {
    guard let label = ClaimLabel(rawValue: row["label"]) else { return nil }
    return ClaimScore(
      probability: row["probability"], low: row["low"], high: row["high"], label: label,
      supporting: list(row["supporting"], 0x1F), conflicting: list(row["conflicting"], 0x1F),
      asOf: row["asOf"], slot: row["slot"], effectiveUnits: row["effective"],
      explanation: list(row["explanation"], 0x0A), verdict: row["verdict"])
  }

  /// A saved list split on an ASCII separator byte (splitting by `Character` walks graphemes, and
  /// Foundation's `components(separatedBy:)` is slower still on Linux).
  static func list(_ text: String, _ separator: UInt8) -> [String] {
    if text.isEmpty { return [] }
    var text = text
    return text.withUTF8 { bytes in
      var parts: [String] = []
      var start = 0
      for index in bytes.indices where bytes[index] == separator {
        parts.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        start = index + 1
      }
      parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
      return parts
    }
  }

  /// Visits the scored claim mentions one row at a time, with their articles and saved scores.
  ///
  /// A database cursor: memory stays flat in the number of claims. Only meaningful when the
  /// saved scores are fresh (`scoresAreStale()` is false).
  ///
  /// - Parameters:
  ///   - query: which mentions, and how many at most.
  ///   - order: article order, or by claim key then id (`c12` as text).
  ///   - explained: read each score's explanation (the bulk of a row); without it the
  ///     explanation is empty.
  ///   - body: called with each row, in order.
  /// - Throws: `StorageError` when the workspace cannot be read.
  public func forEachScoredClaim(
    _ query: ClaimQuery = ClaimQuery(), order: ScoredClaimOrder = .article,
    explained: Bool = true, _ body: (ScoredClaim) throws -> Void
  ) throws {
    var sql = SQLConditions()
    sql.add("o.name = ? COLLATE NOCASE", ifGiven: query.outlet)
    sql.add("s.probability >= ?", ifGiven: query.minScore)
    sql.add("s.claimKey = ?", ifGiven: query.key)
    if let handle = query.handle {
      // A claim key, or an id with or without its `c`.
      let id = Int64(handle.hasPrefix("c") ? String(handle.dropFirst()) : handle)
      sql.add("(s.claimKey = ? OR c.id = ?)", handle, id ?? -1)
    }
    // A common label with a limit: walk the claims in order and stop at the limit (the label's
    // index would sort every one of them); a rare one: its index.
    var walk = false
    if let label = query.label?.rawValue, query.limit != nil, order == .article {
      walk =
        try read { db in
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM claimScore WHERE label = ?", arguments: [label])
        } ?? 0 >= orderedWalkThreshold
    }
    sql.add(walk ? "+s.label = ?" : "s.label = ?", ifGiven: query.label?.rawValue)
    sql.add(
      "c.text LIKE ? ESCAPE '\\'", ifGiven: query.text.map { "%" + Self.escapeLike($0) + "%" })
    let whereClause = sql.clause
    let arguments = sql.arguments
    let limitClause = query.limit.map { " LIMIT \($0)" } ?? ""
    let orderClause =
      switch order {
      case .article: "c.articleId, c.ordinal"
      case .key: "s.claimKey, 'c' || c.id"
      }
    try read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.id, s.claimKey, a.doc, o.name AS outlet, a.published, c.text, c.value,
          c.valueMax, c.unit, c.assertedBy, c.hedged,
          json_extract(c.detail, '$.valueKind') AS valueKind,
          json_extract(c.detail, '$.cueClass') AS cueClass,
          s.label, s.probability, s.low, s.high, s.supporting, s.conflicting, s.asOf, s.slot,
          s.effective, \(explained ? "s.explanation" : "''") AS explanation, s.verdict
          FROM claim c \(walk ? "CROSS JOIN" : "JOIN") claimScore s ON s.claimId = c.id
          JOIN article a ON a.id = c.articleId
          JOIN outlet o ON o.id = a.outletId \(whereClause) ORDER BY \(orderClause)\(limitClause)
          """, arguments: StatementArguments(arguments))
      while let row = try rows.next() {
        guard let score = Self.savedScore(row) else { continue }
        let id: Int64 = row["id"]
        try body(
          ScoredClaim(
            id: "c\(id)", key: row["claimKey"], doc: row["doc"], outlet: row["outlet"],
            published: row["published"], text: row["text"], value: row["value"],
            valueMax: row["valueMax"], unit: row["unit"], assertedBy: row["assertedBy"],
            hedged: row["hedged"],
            valueKind: (row["valueKind"] as String?).flatMap(ClaimValueKind.init),
            cueClass: (row["cueClass"] as String?).flatMap(CueClass.init), score: score))
      }
    }
  }

  /// A copy of the workspace in a temporary file (removed when the copy is released), for work
  /// that must write where the workspace itself cannot be written.
  ///
  /// - Throws: `StorageError` when the copy cannot be made.
  public func scratchCopy() throws -> ScratchWorkspace {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "attest-scratch-\(UUID().uuidString).sqlite"
    ).path
    do {
      let queue = try DatabaseQueue(path: path)
      try writer.backup(to: queue)
      try queue.close()
    } catch let error as DatabaseError {
      try? FileManager.default.removeItem(atPath: path)
      throw Self.storageError(error, path: path)
    }
    return ScratchWorkspace(store: try Store.open(path: path), path: path)
  }
}

/// Which scored claims `Store.forEachScoredClaim` visits.
public struct ClaimQuery: Sendable, Hashable {
  /// Only this outlet's mentions (any case).
  public var outlet: String?
  /// Only mentions scored at least this.
  public var minScore: Double?
  /// Only this claim key.
  public var key: String?
  /// A claim key or a mention id (`c12` or `12`).
  public var handle: String?
  /// Only mentions with this label.
  public var label: ClaimLabel?
  /// Only mentions whose text contains this (ASCII letters in any case).
  public var text: String?
  /// At most this many.
  public var limit: Int?

  /// A query; every mention without arguments.
  public init(
    outlet: String? = nil, minScore: Double? = nil, key: String? = nil, handle: String? = nil,
    label: ClaimLabel? = nil, text: String? = nil, limit: Int? = nil
  ) {
    self.outlet = outlet
    self.minScore = minScore
    self.key = key
    self.handle = handle
    self.label = label
    self.text = text
    self.limit = limit
  }
}

/// The order of `Store.forEachScoredClaim`.
public enum ScoredClaimOrder: Sendable {
  /// Articles in the order they were added, mentions in text order.
  case article
  /// By claim key, then id as text.
  case key
}

/// A claim mention with its article and saved score, as sheets show it.
public struct ScoredClaim: Sendable, Hashable {
  /// `c` and the claim's row id.
  public var id: String
  /// The claim key.
  public var key: String
  /// The article's name.
  public var doc: String
  /// The article's outlet.
  public var outlet: String
  /// The publication day (ISO 8601), when known.
  public var published: String?
  /// The mention's text.
  public var text: String
  /// The value, or the low end of a range.
  public var value: Double?
  /// The high end of a range.
  public var valueMax: Double?
  /// The unit.
  public var unit: String
  /// `outlet`, or the attributed origin.
  public var assertedBy: String
  /// Whether a hedge weakens it.
  public var hedged: Bool
  /// What kind of value it is.
  public var valueKind: ClaimValueKind?
  /// The cue that carries it.
  public var cueClass: CueClass?
  /// Its saved score.
  public var score: ClaimScore

  /// The value as printed: `13`, or a range `10–12`.
  public var printedValue: String { ClaimMention.printed(value: value, valueMax: valueMax) }
}

/// A temporary copy of a workspace, deleted when released.
public final class ScratchWorkspace: Sendable {
  /// The copy.
  public let store: Store
  private let path: String

  init(store: Store, path: String) {
    self.store = store
    self.path = path
  }

  deinit {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }
}
