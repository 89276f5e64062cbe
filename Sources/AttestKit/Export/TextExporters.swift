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
      if let board = sheet.board {
        for row in sheet.claims { line(ClaimSheet.cells(row, board: board)) }
      }
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
    var first = true
    try sheet.forEachRow { quote, carriers in
      sink.write((first ? "\n" : ",\n") + record(quote, carriers: carriers))
      first = false
    }
    sink.write("\n],\n\"claims\":[")
    if let board = sheet.board {
      for (index, row) in sheet.claims.enumerated() {
        sink.write((index == 0 ? "\n" : ",\n") + ClaimSheet.record(row, board: board))
      }
    }
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
    func row(_ cells: [String]) {
      sink.write("| " + cells.map(markdownCell).joined(separator: " | ") + " |\n")
    }
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
    guard let board = sheet.board, !sheet.claims.isEmpty else {
      sink.write("No claims match.\n")
      return
    }
    let claimColumns = [
      "id", "claim", "value", "score", "label", "outlet", "asserted by", "text", "supporting",
      "conflicting",
    ]
    row(claimColumns)
    row(claimColumns.map { _ in "---" })
    for claim in sheet.claims {
      let article = board.articles[claim.article]
      row([
        claim.id, claim.claim.key, claim.claim.printedValue,
        JSONLines.number(claim.score.probability), claim.score.label.rawValue, article.outlet,
        claim.claim.assertedBy, claim.claim.text, claim.score.supporting.joined(separator: ", "),
        claim.score.conflicting.joined(separator: ", "),
      ])
    }
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

  private static func markdownCell(_ text: String) -> String {
    var cell = ""
    for character in text {
      switch character {
      case "|": cell += "\\|"
      case "\n", "\r": cell += " "
      case "<": cell += "&lt;"
      case ">": cell += "&gt;"
      case "&": cell += "&amp;"
      default: cell.append(character)
      }
    }
    return cell
  }
}
