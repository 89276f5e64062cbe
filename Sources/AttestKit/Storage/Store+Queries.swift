import GRDB

/// A stored quote with its article, for the REPL and exports.
public struct StoredQuote: Hashable, Sendable, Codable {
  /// The quote's workspace id.
  public var id: Int64
  /// The article's name.
  public var doc: String
  /// The article's outlet.
  public var outlet: String
  /// Publication day.
  public var published: String?
  /// Canonical speaker.
  public var speaker: String
  /// The mention as printed.
  public var mention: String
  /// The speaker's role, if printed.
  public var role: String?
  /// Direct, indirect or mixed.
  public var type: String
  /// The cue.
  public var cue: String
  /// The quoted text.
  public var text: String
  /// Byte offsets in the source file.
  public var start: Int
  /// End byte offset (exclusive).
  public var end: Int
  /// Line of the start.
  public var line: Int
  /// Column of the start.
  public var column: Int
  /// Extractor confidence.
  public var confidence: Double
  /// The analyst's tags.
  public var tags: [String]
  /// Whether an analyst flagged it.
  public var isFlagged: Bool
  /// The analyst's notes.
  public var notes: [String]

  /// Creates a stored quote (tests and tools build them by hand).
  public init(
    id: Int64, doc: String, outlet: String, published: String?, speaker: String, mention: String,
    role: String?, type: String, cue: String, text: String, start: Int, end: Int, line: Int,
    column: Int, confidence: Double, tags: [String], isFlagged: Bool, notes: [String]
  ) {
    self.id = id
    self.doc = doc
    self.outlet = outlet
    self.published = published
    self.speaker = speaker
    self.mention = mention
    self.role = role
    self.type = type
    self.cue = cue
    self.text = text
    self.start = start
    self.end = end
    self.line = line
    self.column = column
    self.confidence = confidence
    self.tags = tags
    self.isFlagged = isFlagged
    self.notes = notes
  }
}

/// Which quotes to list.
public struct QuoteFilter: Hashable, Sendable {
  /// Speaker name (case-insensitive; a prefix matches too).
  public var speaker: String?
  /// Outlet name (case-insensitive).
  public var outlet: String?
  /// Quote type.
  public var type: String?
  /// Words the quote must contain.
  public var text: String?
  /// A tag the quote must carry.
  public var tag: String?
  /// At most this many rows.
  public var limit: Int?

  /// Creates a filter; no field means no restriction.
  public init(
    speaker: String? = nil, outlet: String? = nil, type: String? = nil, text: String? = nil,
    tag: String? = nil, limit: Int? = nil
  ) {
    self.speaker = speaker
    self.outlet = outlet
    self.type = type
    self.text = text
    self.tag = tag
    self.limit = limit
  }
}

/// An article in the workspace.
public struct StoredArticle: Hashable, Sendable, Codable {
  /// Its id.
  public var id: Int64
  /// Its name.
  public var doc: String
  /// Outlet.
  public var outlet: String
  /// Publication day.
  public var published: String?
  /// Headline.
  public var title: String?
  /// Quotes stored for it.
  public var quotes: Int
}

extension Store {
  /// Quotes matching a filter, in article and text order.
  public func quotes(_ filter: QuoteFilter = QuoteFilter()) throws -> [StoredQuote] {
    let (whereClause, arguments) = Self.conditions(filter, minConfidence: nil, speakerPrefix: true)
    let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
    return try read { db in
      // The first rows of many (every quote, or a speaker quoted thousands of times): walk
      // the articles in name order and stop at the limit; of a few, sort them.
      var select = Self.quoteSelect
      if filter.limit != nil {
        let many: Bool
        if let speaker = filter.speaker {
          let count =
            try Int.fetchOne(
              db,
              sql: """
                SELECT count(*) FROM quote WHERE speakerId IN (SELECT id FROM speaker
                WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\')
                """, arguments: [speaker, Self.likePrefix(speaker)]) ?? 0
          many = count >= orderedWalkThreshold
        } else {
          many = true
        }
        if many {
          select = select.replacingOccurrences(
            of: "FROM quote q JOIN article a ON a.id = q.articleId",
            with: "FROM article a INDEXED BY article_doc CROSS JOIN quote q ON q.articleId = a.id")
        }
      }
      return try Row.fetchAll(
        db,
        sql: select + " \(whereClause) ORDER BY a.doc, q.start\(limit)",
        arguments: StatementArguments(arguments)
      ).map(Self.storedQuote)
    }
  }

  /// One quote by id.
  public func quote(id: Int64) throws -> StoredQuote {
    try read { db in
      guard
        let row = try Row.fetchOne(db, sql: Self.quoteSelect + " WHERE q.id = ?", arguments: [id])
      else {
        throw StorageError.notFound(kind: "quote", id: "\(id)")
      }
      return Self.storedQuote(row)
    }
  }

  /// The text of the article a quote belongs to.
  public func articleText(ofQuote id: Int64) throws -> String {
    try read { db in
      guard
        let text = try String.fetchOne(
          db, sql: "SELECT a.text FROM quote q JOIN article a ON a.id = q.articleId WHERE q.id = ?",
          arguments: [id])
      else { throw StorageError.notFound(kind: "quote", id: "\(id)") }
      return text
    }
  }

  /// Every article, by name.
  public func articles() throws -> [StoredArticle] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.id, a.doc, o.name AS outlet, a.published, a.title,
                 (SELECT COUNT(*) FROM quote q WHERE q.articleId = a.id) AS quotes
          FROM article a JOIN outlet o ON o.id = a.outletId ORDER BY a.doc
          """
      ).map { row in
        StoredArticle(
          id: row["id"], doc: row["doc"], outlet: row["outlet"], published: row["published"],
          title: row["title"], quotes: row["quotes"])
      }
    }
  }

  /// Outlets with their article and quote counts.
  public func outlets() throws -> [(name: String, articles: Int, quotes: Int)] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT o.name, COUNT(DISTINCT a.id) AS articles, COUNT(q.id) AS quotes
          FROM outlet o JOIN article a ON a.outletId = o.id LEFT JOIN quote q ON q.articleId = a.id
          GROUP BY o.id ORDER BY o.name
          """
      ).map { (name: $0["name"], articles: $0["articles"], quotes: $0["quotes"]) }
    }
  }

  /// The WHERE clause and arguments of a quote filter; `speakerPrefix` lets "Jen" match "Jen Psaki".
  static func conditions(
    _ filter: QuoteFilter, minConfidence: Double?, speakerPrefix: Bool
  ) -> (String, [any DatabaseValueConvertible]) {
    var sql = SQLConditions()
    if let speaker = filter.speaker {
      if speakerPrefix {
        // Speakers first (a small table), then their quotes by index: never a scan of quotes.
        sql.add(
          "q.speakerId IN (SELECT id FROM speaker WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\')",
          speaker, likePrefix(speaker))
      } else {
        sql.add("q.speakerId IN (SELECT id FROM speaker WHERE name = ? COLLATE NOCASE)", speaker)
      }
    }
    sql.add("o.name = ? COLLATE NOCASE", ifGiven: filter.outlet)
    sql.add("q.type = ?", ifGiven: filter.type)
    sql.add("q.text LIKE ? ESCAPE '\\'", ifGiven: filter.text.map { "%" + escapeLike($0) + "%" })
    sql.add(
      "EXISTS (SELECT 1 FROM annotation t WHERE t.quoteId = q.id AND t.kind = 'tag' AND t.body = ?)",
      ifGiven: filter.tag)
    sql.add("q.confidence >= ?", ifGiven: minConfidence)
    return (sql.clause, sql.arguments)
  }

  static let quoteSelect = """
    SELECT q.id, a.doc, o.name AS outlet, a.published, s.name AS speaker, q.mention, q.role, q.type,
           q.cue, q.text, q.start, q."end", q.line, q."column", q.confidence,
           (SELECT GROUP_CONCAT(body, char(31)) FROM annotation t WHERE t.quoteId = q.id AND t.kind = 'tag') AS tags,
           (SELECT COUNT(*) FROM annotation t WHERE t.quoteId = q.id AND t.kind = 'flag') AS flags,
           (SELECT GROUP_CONCAT(body, char(31)) FROM annotation t WHERE t.quoteId = q.id AND t.kind = 'note') AS notes
    FROM quote q JOIN article a ON a.id = q.articleId JOIN outlet o ON o.id = a.outletId
    JOIN speaker s ON s.id = q.speakerId
    """

  /// A quote from a `quoteSelect` row, read by column position (name lookups cost more than the
  /// rest of the row).
  static func storedQuote(_ row: Row) -> StoredQuote {
    func list(_ index: Int) -> [String] {
      (row[index] as String?).map { Self.list($0, 0x1F).filter { !$0.isEmpty } } ?? []
    }
    return StoredQuote(
      id: row[0], doc: row[1], outlet: row[2], published: row[3], speaker: row[4], mention: row[5],
      role: row[6], type: row[7], cue: row[8], text: row[9], start: row[10], end: row[11],
      line: row[12], column: row[13], confidence: row[14], tags: list(15).sorted(),
      isFlagged: (row[16] as Int) > 0, notes: list(17))
  }

  static func escapeLike(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_")
  }

  static func likePrefix(_ text: String) -> String { escapeLike(text) + "%" }
}

extension Store {
  /// Visits the quotes matching a filter one row at a time (a database cursor), ordered by
  /// speaker when `bySpeaker`, else by article and position: memory stays flat in the row count.
  public func forEachQuote(
    _ filter: QuoteFilter = QuoteFilter(), minConfidence: Double? = nil, bySpeaker: Bool = false,
    withArticleText: Bool = false, _ body: (StoredQuote, String?) throws -> Void
  ) throws {
    let (whereClause, arguments) = Self.conditions(
      filter, minConfidence: minConfidence, speakerPrefix: false)
    let order = bySpeaker ? "s.name, a.doc, q.start" : "a.doc, q.start"
    try read { db in
      let select =
        withArticleText
        ? Self.quoteSelect.replacingOccurrences(
          of: "FROM quote q", with: ", a.text AS articleText FROM quote q") : Self.quoteSelect
      let rows = try Row.fetchCursor(
        db, sql: select + " \(whereClause) ORDER BY \(order)",
        arguments: StatementArguments(arguments))
      while let row = try rows.next() {
        try body(Self.storedQuote(row), withArticleText ? row[18] : nil)
      }
    }
  }

  /// Visits the quotes matching a filter grouped by statement and outlet: (statement, outlet,
  /// how many quotes), ordered by statement then outlet.
  ///
  /// `statement(speaker, text)` is computed inside SQLite for each quote, so the grouping is
  /// SQLite's (spilling to disk on a large workspace) and memory stays flat in the quote count.
  ///
  /// - Throws: `StorageError` when the workspace cannot be read.
  public func forEachStatementGroup(
    _ filter: QuoteFilter = QuoteFilter(), minConfidence: Double? = nil,
    statement: @escaping @Sendable (String, String) -> UInt64,
    _ body: (UInt64, String, Int) throws -> Void
  ) throws {
    let (whereClause, arguments) = Self.conditions(
      filter, minConfidence: minConfidence, speakerPrefix: false)
    let function = DatabaseFunction("attest_statement", argumentCount: 2, pure: true) { values in
      guard let speaker = String.fromDatabaseValue(values[0]),
        let text = String.fromDatabaseValue(values[1])
      else { return nil }
      return Int64(bitPattern: statement(speaker, text))
    }
    try read { db in
      db.add(function: function)
      defer { db.remove(function: function) }
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT attest_statement(s.name, q.text) AS statement, o.name, COUNT(*)
          FROM quote q JOIN article a ON a.id = q.articleId JOIN outlet o ON o.id = a.outletId
          JOIN speaker s ON s.id = q.speakerId \(whereClause)
          GROUP BY statement, o.name ORDER BY statement, o.name
          """, arguments: StatementArguments(arguments))
      while let row = try rows.next() {
        try body(UInt64(bitPattern: row[0]), row[1], row[2])
      }
    }
  }
}

/// The `WHERE` clause of a query and its arguments, built one optional condition at a time.
struct SQLConditions {
  private var conditions: [String] = []
  /// The arguments, in the order of the placeholders.
  private(set) var arguments: [any DatabaseValueConvertible] = []

  /// Adds a condition with its arguments.
  mutating func add(_ condition: String, _ values: any DatabaseValueConvertible...) {
    conditions.append(condition)
    arguments += values
  }

  /// Adds a condition when its one argument is given.
  mutating func add(_ condition: String, ifGiven value: (any DatabaseValueConvertible)?) {
    guard let value else { return }
    add(condition, value)
  }

  /// `WHERE …`, or empty when no condition was added.
  var clause: String {
    conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
  }
}
