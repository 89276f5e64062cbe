/// The rows of a quote sheet, streamed from the workspace, with how many outlets carry each
/// statement.
public struct QuoteSheet: Sendable {
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
  /// Whether the sheet has a claims part (an engine was given).
  public let hasClaims: Bool
  /// The scored copy read instead of a workspace that could not save its scores.
  private let scratch: ScratchWorkspace?

  /// Reads the corroboration index (one pass over the quotes' texts) and, with an engine, makes
  /// sure the workspace's claim scores are saved, so the claims sheet streams from them.
  ///
  /// A workspace whose scores are out of date and that cannot be written (read-only) is scored
  /// into a temporary copy, which the sheet then reads.
  ///
  /// - Throws: `StorageError` when the workspace cannot be read.
  public init(store: Store, options: ExportOptions, engine: CorroborationEngine? = nil) throws {
    var source = store
    var scratch: ScratchWorkspace?
    if let engine, try store.scoresAreStale() {
      let board = try ClaimBoard.load(engine: engine, store: store, save: true)
      if try store.scoresAreStale() {
        let copy = try store.scratchCopy()
        try board.save(to: copy.store)
        scratch = copy
        source = copy.store
      }
    }
    self.store = source
    self.scratch = scratch
    self.options = options
    hasClaims = engine != nil
    // Only statements more than one outlet carries are kept: any other quote's carrier is its
    // own outlet.
    var carriers: [UInt64: [String]] = [:]
    var count = 0
    var current: (statement: UInt64, outlets: [String])?
    func close() {
      if let current, current.outlets.count > 1 {
        carriers[current.statement] = current.outlets.sorted()
      }
    }
    try source.forEachStatementGroup(
      options.filter, minConfidence: options.minScore, statement: Self.statementKey
    ) { statement, outlet, quotes in
      count += quotes
      if current?.statement == statement {
        current?.outlets.append(outlet)
      } else {
        close()
        current = (statement, [outlet])
      }
    }
    close()
    self.carriers = carriers
    self.count = count
  }

  /// Visits the claims sheet's rows, read from the saved scores one at a time: the mentions
  /// passing the export's outlet and score filters (none without an engine).
  public func forEachClaim(
    order: ScoredClaimOrder = .article, key: String? = nil, explained: Bool = true,
    _ body: (ScoredClaim) throws -> Void
  ) throws {
    guard hasClaims else { return }
    try store.forEachScoredClaim(
      ClaimQuery(outlet: options.filter.outlet, minScore: options.minScore, key: key),
      order: order, explained: explained, body)
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
    // Byte-level folding, hashed as it goes: ASCII letters lower-cased, ASCII punctuation and
    // spaces collapsed to one space between words.
    var value = FNV1a.basis
    for byte in SpeakerRegistry.key(speaker).utf8 { FNV1a.mix(&value, byte) }
    FNV1a.mix(&value, 0x7C)
    var started = false
    var pendingSpace = false
    for byte in text.utf8 {
      if byte < 0x80 && !ByteClass.isWordByte(byte) {
        pendingSpace = true
        continue
      }
      if pendingSpace && started { FNV1a.mix(&value, 0x20) }
      pendingSpace = false
      started = true
      FNV1a.mix(&value, ByteClass.isUpper(byte) ? byte + 32 : byte)
    }
    return value
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
