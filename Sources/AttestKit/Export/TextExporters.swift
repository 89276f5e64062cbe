/// Writes quote sheets as CSV, JSON, JSON Lines and Markdown, one row at a time.
public enum TextExporters {
  /// RFC 4180 CSV with a header row; formulas neutralised; `--excel` adds a BOM.
  public static func csv(_ sheet: QuoteSheet, options: ExportOptions, to sink: ExportSink) throws {
    if options.excelBOM { sink.write("\u{FEFF}") }
    func line(_ cells: [String]) {
      sink.write(
        cells.map { ConsoleTable.csvField(QuoteSheet.neutralised($0)) }.joined(separator: ",")
          + "\r\n")
    }
    switch options.sheet {
    case "quotes":
      line(QuoteSheet.columns)
      try sheet.forEachRow { quote, carriers in line(QuoteSheet.cells(quote, carriers: carriers)) }
    case "claims":
      line(QuoteSheet.claimColumns)
      try sheet.forEachClaim { line(ClaimSheet.cells($0)) }
    default:
      throw ExportError.unknownSheet(options.sheet)
    }
  }

  /// One JSON document: metadata, then the quotes and claims arrays.
  public static func json(_ sheet: QuoteSheet, options: ExportOptions, to sink: ExportSink) throws {
    let filter = options.filter
    let filters = JSONLines.object([
      ("speaker", filter.speaker.map(JSONLines.string) ?? "null"),
      ("outlet", filter.outlet.map(JSONLines.string) ?? "null"),
      ("tag", filter.tag.map(JSONLines.string) ?? "null"),
      ("min_score", options.minScore.map(JSONLines.number) ?? "null"),
    ])
    sink.write("{\"attest_version\":\(JSONLines.string(options.version)),")
    sink.write("\"generated_at\":\(JSONLines.string(options.generatedAt)),")
    sink.write(
      "\"workspace\":\(JSONLines.string(options.workspace)),\"filters\":\(filters),\n\"quotes\":[")
    let claims = ParallelPart { part in
      var first = true
      try sheet.forEachClaim { claim in
        part.write((first ? "\n" : ",\n") + ClaimSheet.record(claim))
        first = false
      }
    }
    var first = true
    try sheet.forEachRow { quote, carriers in
      sink.write((first ? "\n" : ",\n") + record(quote, carriers: carriers))
      first = false
    }
    sink.write("\n],\n\"claims\":[")
    try claims.append(to: sink)
    sink.write("\n]}\n")
  }

  /// One JSON object per quote.
  public static func jsonl(_ sheet: QuoteSheet, to sink: ExportSink) throws {
    try sheet.forEachRow { quote, carriers in sink.write(record(quote, carriers: carriers) + "\n") }
  }

  /// A Markdown document fit for a wiki: a quotes table and a claims section.
  public static func markdown(_ sheet: QuoteSheet, options: ExportOptions, to sink: ExportSink)
    throws
  {
    let columns = [
      "id", "speaker", "outlet", "date", "type", "quote", "cue", "outlets", "notes", "tags",
    ]
    sink.write(
      "# Quote sheet\n\nGenerated \(options.generatedAt) by Attest \(options.version) from `\(options.workspace)`.\n\n"
    )
    sink.write("## Quotes\n\n")
    let claims = ParallelPart { part in try markdownClaims(sheet, to: part) }
    func row(_ cells: [String]) { markdownRow(cells, to: sink) }
    row(columns)
    row(columns.map { _ in "---" })
    try sheet.forEachRow(bySpeaker: true) { quote, carriers in
      row([
        String(quote.id), quote.speaker, quote.outlet, quote.published ?? "", quote.type,
        quote.text, quote.cue,
        String(carriers.count), quote.notes.joined(separator: "; "),
        (quote.tags + (quote.isFlagged ? ["flagged"] : [])).joined(separator: ", "),
      ])
    }
    sink.write("\n## Claims\n\n")
    try claims.append(to: sink)
  }

  private static func markdownRow(_ cells: [String], to sink: ExportSink) {
    sink.write("| " + cells.map(markdownCell).joined(separator: " | ") + " |\n")
  }

  /// The Markdown claims table.
  private static func markdownClaims(_ sheet: QuoteSheet, to sink: ExportSink) throws {
    func row(_ cells: [String]) { markdownRow(cells, to: sink) }
    let claimColumns = [
      "id", "claim", "value", "score", "label", "outlet", "asserted by", "text", "supporting",
      "conflicting",
    ]
    var any = false
    try sheet.forEachClaim { claim in
      if !any {
        row(claimColumns)
        row(claimColumns.map { _ in "---" })
        any = true
      }
      row([
        claim.id, claim.key, claim.printedValue, JSONLines.number(claim.score.probability),
        claim.score.label.rawValue, claim.outlet, claim.assertedBy, claim.text,
        claim.score.supporting.joined(separator: ", "),
        claim.score.conflicting.joined(separator: ", "),
      ])
    }
    if !any { sink.write("No claims match.\n") }
  }

  static func record(_ quote: StoredQuote, carriers: [String]) -> String {
    JSONLines.object([
      ("id", String(quote.id)), ("article", JSONLines.string(quote.doc)),
      ("outlet", JSONLines.string(quote.outlet)),
      ("date", quote.published.map(JSONLines.string) ?? "null"),
      ("speaker", JSONLines.string(quote.speaker)),
      ("role", quote.role.map(JSONLines.string) ?? "null"), ("type", JSONLines.string(quote.type)),
      ("quote", JSONLines.string(quote.text)), ("cue", JSONLines.string(quote.cue)),
      ("confidence", JSONLines.number(quote.confidence)),
      ("outlets_carrying", "[" + carriers.map(JSONLines.string).joined(separator: ",") + "]"),
      ("notes", "[" + quote.notes.map(JSONLines.string).joined(separator: ",") + "]"),
      ("tags", "[" + quote.tags.map(JSONLines.string).joined(separator: ",") + "]"),
      ("flagged", quote.isFlagged ? "true" : "false"),
      ("start", String(quote.start)), ("end", String(quote.end)),
    ])
  }

  // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
  private static func markdownCell(_ text: String) -> String { markdownEscapes.apply(text) }

  /// What bytes become in a Markdown table cell.
  private static let markdownEscapes = ByteEscapes([
    0x7C: "\\|", 0x0A: " ", 0x0D: " ", 0x3C: "&lt;", 0x3E: "&gt;", 0x26: "&amp;",
  ])

}
