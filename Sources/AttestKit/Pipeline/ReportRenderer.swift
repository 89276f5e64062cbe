import Foundation

/// Renders an analysis report as text for people or JSON for programs.
public struct ReportRenderer: Sendable {
  /// Quotes longer than this are cut with an ellipsis in the text report.
  public var quoteWidth: Int

  /// Creates a renderer.
  public init(quoteWidth: Int = 110) {
    self.quoteWidth = quoteWidth
  }

  /// The human report.
  public func text(_ report: AnalysisReport) -> String {
    var out = ""
    let outletWord = report.outlets.count == 1 ? "outlet" : "outlets"
    let total = report.totals.articles
    out += "Read \(total) article\(total == 1 ? "" : "s") "
    out += "from \(report.outlets.count) \(outletWord).\n\n"
    out += "ARTICLES\n"
    let outletWidth = report.articles.map(\.outlet.count).max() ?? 0
    let docWidth = report.articles.map(\.doc.count).max() ?? 0
    for article in report.articles {
      let date = article.published ?? "----------"
      let quotes = "\(article.quotes) quote\(article.quotes == 1 ? "" : "s")"
      out += "  \(date)  \(pad(article.outlet, outletWidth))  \(pad(article.doc, docWidth))  "
      out += "\(pad(quotes, 10))  \(article.status)\n"
    }
    if total > report.articles.count {
      out +=
        "  … and \(total - report.articles.count) more (every quote: attest quotes, attest export)\n"
    }
    out += "\nOUTLETS\n"
    for outlet in report.outlets {
      out +=
        "  \(pad(outlet.name, outletWidth))  \(outlet.articles) article\(outlet.articles == 1 ? "" : "s")\n"
    }
    out +=
      "\nQUOTES BY SPEAKER (\(report.totals.quotes) quotes, \(report.totals.speakers) speakers)\n"
    if total > report.articles.count {
      out += "  (quotes listed from the first \(report.articles.count) articles)\n"
    }
    if report.speakers.isEmpty { out += "  (none found)\n" }
    for speaker in report.speakers {
      let others = speaker.aliases.filter { $0 != speaker.name }
      let aliasText =
        others.isEmpty ? "" : "  — as " + others.map { "\"\($0)\"" }.joined(separator: ", ")
      out += "\n  \(speaker.name) [\(speaker.kind.rawValue)]\(aliasText)\n"
      for quote in speaker.quotes {
        out +=
          "    \(pad(quote.type.rawValue, 8)) \(quote.outlet) \(quote.doc):\(quote.location)  \(quote.cue)\n"
        out += "             “\(clip(quote.quote))”\n"
      }
    }
    if let claims = report.claims {
      out +=
        "\nCLAIMS (\(claims.mentions) mentions scored across outlets; attest claims, attest explain ID)\n"
      out += "  " + claims.labels.map { "\($0.label) \($0.count)" }.joined(separator: " · ") + "\n"
      for line in claims.flagged { out += "  \(clip(line))\n" }
    }
    if report.totals.warnings > 0 {
      out += "\n\(report.totals.warnings) warning\(report.totals.warnings == 1 ? "" : "s") "
      out += "(printed on standard error)\n"
    }
    if !report.errors.isEmpty {
      out +=
        "\nSKIPPED \(report.errors.count) file\(report.errors.count == 1 ? "" : "s") (errors printed on standard error)\n"
    }
    return out
  }

  /// The report as one JSON document with sorted keys.
  public func json(_ report: AnalysisReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }

  private func clip(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= quoteWidth ? flat : String(flat.prefix(quoteWidth - 1)) + "…"
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
