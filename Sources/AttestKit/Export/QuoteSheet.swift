/// The rows of a quote sheet, streamed from the workspace, with how many outlets carry each
/// statement.
public struct QuoteSheet {
  /// Column names, in order.
  public static let columns = [
    "id", "article", "outlet", "date", "speaker", "role", "type", "quote", "cue", "confidence",
    "outlets_carrying", "notes", "tags", "flagged",
  ]

  /// The claims sheet's columns.
  public static let claimColumns = ClaimSheet.columns

  let store: Store
  let options: ExportOptions
  private var carriers: [UInt64: [String]] = [:]
  /// How many rows the sheet has.
  public let count: Int
  /// The workspace's scored claims, when an engine was given.
  public let board: ClaimBoard?
  /// The claim rows the export's filters keep.
  public let claims: [ClaimBoard.Row]

  /// Reads the corroboration index (one pass over the quotes' texts) and, with an engine, scores
  /// the workspace's claims for the claims sheet.
  public init(store: Store, options: ExportOptions, engine: CorroborationEngine? = nil) throws {
    let board = try engine.map { try ClaimBoard.load(engine: $0, store: store) }
    self.board = board
    claims = board.map { ClaimSheet.rows($0, options: options) } ?? []
    self.store = store
    self.options = options
    var carriers: [UInt64: Set<String>] = [:]
    var count = 0
    try store.forEachStatement(options.filter, minConfidence: options.minScore) {
      speaker, outlet, text in
      carriers[Self.statementKey(speaker: speaker, text: text), default: []].insert(outlet)
      count += 1
    }
    self.carriers = carriers.mapValues { $0.sorted() }
    self.count = count
  }

  /// Visits every row in sheet order (by speaker when `bySpeaker`).
  public func forEachRow(bySpeaker: Bool = false, _ body: (StoredQuote, [String]) throws -> Void)
    throws
  {
    try forEachRow(bySpeaker: bySpeaker, withArticleText: false) { quote, carriers, _ in
      try body(quote, carriers)
    }
  }

  /// Visits every row with its article's text (for context).
  public func forEachRow(
    bySpeaker: Bool, withArticleText: Bool, _ body: (StoredQuote, [String], String?) throws -> Void
  ) throws {
    try store.forEachQuote(
      options.filter, minConfidence: options.minScore, bySpeaker: bySpeaker,
      withArticleText: withArticleText
    ) { quote, text in
      try body(quote, carriers[Self.statementKey(quote)] ?? [quote.outlet], text)
    }
  }

  /// The row's cells as text, in `columns` order.
  public static func cells(_ quote: StoredQuote, carriers: [String]) -> [String] {
    [
      String(quote.id), quote.doc, quote.outlet, quote.published ?? "", quote.speaker,
      quote.role ?? "",
      quote.type, quote.text, quote.cue, JSONLines.number(quote.confidence), String(carriers.count),
      quote.notes.joined(separator: "; "), quote.tags.joined(separator: ", "),
      quote.isFlagged ? "yes" : "",
    ]
  }

  /// The same statement by the same speaker: case, punctuation and spacing folded.
  static func statementKey(_ quote: StoredQuote) -> UInt64 {
    statementKey(speaker: quote.speaker, text: quote.text)
  }

  static func statementKey(speaker: String, text: String) -> UInt64 {
    // Byte-level folding: ASCII letters lower-cased, ASCII punctuation and spaces collapsed.
    var bytes = Array(SpeakerRegistry.key(speaker).utf8) + [0x7C]
    var pendingSpace = false
    for byte in text.utf8 {
      if byte < 0x80 && !ByteClass.isWordByte(byte) {
        pendingSpace = true
        continue
      }
      if pendingSpace && bytes.last != 0x7C { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(ByteClass.isUpper(byte) ? byte + 32 : byte)
    }
    return FNV1a.hash(bytes)
  }

  /// A cell made safe for spreadsheets: text starting with `=`, `+`, `-`, `@`, tab or CR gets a
  /// leading `'` so it is never run as a formula.
  public static func neutralised(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first)
    else {
      return cell
    }
    // A plain negative number stays a number.
    if first == "-", Double(cell) != nil { return cell }
    return "'" + cell
  }
}
