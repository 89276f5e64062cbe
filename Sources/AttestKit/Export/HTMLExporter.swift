/// Writes a self-contained HTML quote sheet.
///
/// Inline CSS, no scripts, no network; grouped by
/// speaker; each quote in its context with the span highlighted. Article text is untrusted, so
/// everything printed is escaped.
public enum HTMLExporter {
  /// Escapes text for HTML element content and attribute values.
  public static func escape(_ text: String) -> String { escapes.apply(text) }

  private static let escapes = ByteEscapes([
    0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;",
  ])

  /// Writes the sheet.
  public static func write(_ sheet: QuoteSheet, options: ExportOptions, to sink: ExportSink) throws
  {
    sink.write(
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Quote sheet — Attest</title>
      <style>
      body{font:15px/1.5 Georgia,"Times New Roman",serif;color:#1d1d1f;max-width:60rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.25rem;border-bottom:2px solid #1d1d1f;margin-top:2.2rem}
      .meta,.where{font:12px/1.4 system-ui,sans-serif;color:#555}
      .quote{border-left:4px solid #c9c9c9;padding:.4rem .9rem;margin:1rem 0;break-inside:avoid}
      .quote.direct{border-color:#2a6f97}.quote.mixed{border-color:#a05a2c}.quote.indirect{border-color:#6a994e}
      .text{font-size:1.05rem} .context{font-size:.9rem;color:#444;background:#f6f6f4;padding:.4rem .6rem;margin:.4rem 0}
      mark{background:#ffe58f;padding:0 .1rem}
      .badge{display:inline-block;font:11px system-ui,sans-serif;border-radius:.6rem;padding:0 .5rem;margin-right:.3rem;background:#e8e8e8}
      .badge.many{background:#cde8d4}.badge.flag{background:#f8d0c8}
      .note{font:13px system-ui,sans-serif;color:#333;margin:.2rem 0}
      .claim{margin:.6rem 0;padding:.3rem .8rem;border-left:4px solid #c9c9c9;break-inside:avoid}
      .claim.corroborated{border-color:#2e7d32}.claim.single-origin{border-color:#7a9a3a}.claim.contested{border-color:#c77700}
      .claim.likely-error{border-color:#b3261e}.claim.reported-not-asserted,.claim.uncorroborated{border-color:#888}.claim.superseded{border-color:#5b6ea8}
      .ledger{font:12px/1.35 ui-monospace,monospace;white-space:pre-wrap;color:#333;margin:.3rem 0}
      svg{max-width:100%;height:auto;font:11px system-ui,sans-serif} svg text{fill:#333}
      table.matrix{border-collapse:collapse;font:12px system-ui,sans-serif} .matrix td,.matrix th{border:1px solid #ddd;padding:2px 6px;text-align:center}
      .matrix .s{background:#cde8d4}.matrix .c{background:#f8d0c8}.matrix .m{background:#eee}
      @media print{body{margin:0;max-width:none}.context{background:none;border:1px solid #ddd}}
      </style></head><body>

      """)
    sink.write(
      "<h1>Quote sheet</h1>\n<p class=\"meta\">Generated \(escape(options.generatedAt)) by Attest ")
    sink.write("\(escape(options.version)) from <code>\(escape(options.workspace))</code>.</p>\n")
    let claims = ParallelPart { part in try ClaimCharts.write(sheet, to: part) }
    var currentSpeaker: String?
    try sheet.forEachRow(bySpeaker: true, withArticleText: true) { quote, carriers, text in
      if quote.speaker != currentSpeaker {
        if currentSpeaker != nil { sink.write("</section>\n") }
        currentSpeaker = quote.speaker
        sink.write("<section>\n<h2>\(escape(quote.speaker))</h2>\n")
      }
      sink.write(block(quote, carriers: carriers, article: text ?? ""))
    }
    if currentSpeaker != nil { sink.write("</section>\n") }
    if currentSpeaker == nil { sink.write("<p>No quotes match.</p>\n") }
    try claims.append(to: sink)
    sink.write("</body></html>\n")
  }

  private static func block(_ quote: StoredQuote, carriers: [String], article: String) -> String {
    var out = "<div class=\"quote \(escape(quote.type))\" id=\"q\(quote.id)\">\n"
    out += "<div class=\"text\">“\(escape(quote.text))”</div>\n"
    out +=
      "<div class=\"where\">\(escape(quote.type)) · \(escape(quote.cue)) · “\(escape(quote.mention))”"
    if let role = quote.role { out += " (\(escape(role)))" }
    out +=
      " · \(escape(quote.outlet)) · \(escape(quote.published ?? "undated")) · \(escape(quote.doc)):\(quote.line):\(quote.column)"
    out += " · confidence \(JSONLines.number(quote.confidence))</div>\n<div>"
    let title = escape(carriers.joined(separator: ", "))
    out += "<span class=\"badge\(carriers.count > 1 ? " many" : "")\" title=\"\(title)\">"
    out += "carried by \(carriers.count) outlet\(carriers.count == 1 ? "" : "s")</span>"
    for tag in quote.tags { out += "<span class=\"badge\">#\(escape(tag))</span>" }
    if quote.isFlagged { out += "<span class=\"badge flag\">flagged</span>" }
    out += "</div>\n"
    if let context = QuoteContext.around(quote.text, in: article, at: quote.start..<quote.end) {
      out += "<div class=\"context\">\(escape(context.before))<mark>\(escape(context.quote))</mark>"
      out += "\(escape(context.after))</div>\n"
    }
    for note in quote.notes { out += "<div class=\"note\">Note: \(escape(note))</div>\n" }
    return out + "</div>\n"
  }
}
