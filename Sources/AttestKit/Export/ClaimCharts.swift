import Foundation

/// The HTML sheet's claims section: pictures first (inline SVG, no script, no network), then each
/// claim with its score, label, outlets and ledger.
enum ClaimCharts {
  static let escape = HTMLExporter.escape

  /// The whole section.
  static func section(_ sheet: QuoteSheet) -> String {
    var out = "<section>\n<h2>Claims</h2>\n"
    guard let board = sheet.board, !sheet.claims.isEmpty else {
      return out + "<p>No claims match.</p>\n</section>\n"
    }
    out += "<h3>Who agrees with whom</h3>\n" + matrix(board, sheet.claims)
    out += "<h3>Reported values over time</h3>\n"
    out += "<p class=\"meta\">One mark per mention: ● asserted by the outlet, ○ relayed from a "
    out +=
      "source, ◇ hedged; red outline: contested or likely error. Hover a mark for its text.</p>\n"
    var byKey: [String: [ClaimBoard.Row]] = [:]
    for row in sheet.claims where row.claim.value != nil && isNumeric(row.claim.valueKind) {
      byKey[row.claim.key, default: []].append(row)
    }
    for key in byKey.keys.sorted() {
      guard let rows = byKey[key] else { continue }
      out += timeline(key, rows, board)
    }
    out += "<h3>Every claim</h3>\n"
    var currentKey: String?
    for row in sheet.claims.sorted(by: { ($0.claim.key, $0.id) < ($1.claim.key, $1.id) }) {
      if row.claim.key != currentKey {
        currentKey = row.claim.key
        out += "<h4>\(escape(row.claim.key))</h4>\n"
      }
      let article = board.articles[row.article]
      let score = row.score
      out += "<div class=\"claim \(escape(score.label.rawValue))\" id=\"\(escape(row.id))\">"
      out += "<div class=\"text\">“\(escape(row.claim.text))”</div>\n"
      out += "<div class=\"where\">\(escape(row.id)) · \(escape(article.outlet)) · "
      out += "\(escape(article.doc)) · asserted by \(escape(row.claim.assertedBy))"
      out += row.claim.hedged ? " · hedged" : ""
      out += "</div>\n<div><span class=\"badge\">\(escape(score.label.rawValue))</span>"
      out += "<span class=\"badge\">P \(JSONLines.number(score.probability)) "
      out += "[\(JSONLines.number(score.low))–\(JSONLines.number(score.high))]</span>"
      if let verdict = score.verdict {
        out += "<span class=\"badge\(verdict ? " many" : " flag")\">"
        out += verdict ? "verified by analyst</span>" : "rejected by analyst</span>"
      }
      out += "</div>\n<div class=\"ledger\">"
      out += escape(score.explanation.joined(separator: "\n")) + "</div></div>\n"
    }
    return out + "</section>\n"
  }

  static func isNumeric(_ kind: ClaimValueKind) -> Bool {
    kind == .count || kind == .percent || kind == .ratio || kind == .duration
  }

  /// Outlets × claim keys: supports (in the best-supported mention's supporting outlets),
  /// contradicts (in its conflicting ones), mentions it otherwise, or silent.
  static func matrix(_ board: ClaimBoard, _ rows: [ClaimBoard.Row]) -> String {
    var best: [String: ClaimBoard.Row] = [:]
    var mentions: [String: Set<String>] = [:]
    for row in rows {
      let outlet = board.articles[row.article].outlet
      mentions[row.claim.key, default: []].insert(outlet)
      if let current = best[row.claim.key],
        (current.score.probability, row.id) >= (row.score.probability, current.id)
      {
        continue
      }
      best[row.claim.key] = row
    }
    let keys = best.keys.sorted().filter { (mentions[$0]?.count ?? 0) > 1 }
    guard !keys.isEmpty else {
      return "<p class=\"meta\">No claim is reported by more than one outlet.</p>\n"
    }
    let outlets = Array(Set(rows.map { board.articles[$0.article].outlet })).sorted()
    var out = "<table class=\"matrix\"><tr><th>outlet</th>"
    for key in keys { out += "<th>\(escape(key))</th>" }
    out += "</tr>\n"
    for outlet in outlets {
      out += "<tr><th>\(escape(outlet))</th>"
      for key in keys {
        guard let reference = best[key] else { continue }
        if reference.score.supporting.contains(outlet) {
          out += "<td class=\"s\" title=\"supports\">✓</td>"
        } else if reference.score.conflicting.contains(outlet) {
          out += "<td class=\"c\" title=\"contradicts\">✗</td>"
        } else if mentions[key]?.contains(outlet) == true {
          out += "<td class=\"m\" title=\"mentions it, neither way\">·</td>"
        } else {
          out += "<td title=\"silent\"></td>"
        }
      }
      out += "</tr>\n"
    }
    out += "</table>\n<p class=\"meta\">✓ supports and ✗ contradicts the best-supported value; "
    return out + "· mentions it otherwise; blank: silent.</p>\n"
  }

  /// One claim key's values against publication day, one mark per mention.
  static func timeline(_ key: String, _ rows: [ClaimBoard.Row], _ board: ClaimBoard) -> String {
    let width = 640.0
    let height = 180.0
    let left = 60.0
    let right = 190.0
    let top = 14.0
    let bottom = 30.0
    let days = rows.map { board.articles[$0.article].published ?? 0 }
    let values = rows.compactMap(\.claim.value)
    guard let firstDay = days.min(), let lastDay = days.max(), let low = values.min(),
      let high = values.max()
    else { return "" }
    let logScale = low > 0 && high / low > 20
    func y(_ value: Double) -> Double {
      let (a, b, v) =
        logScale ? (log10(low), log10(high), log10(max(value, low))) : (min(0, low), high, value)
      let span = b - a == 0 ? 1 : b - a
      return top + (height - top - bottom) * (1 - (v - a) / span)
    }
    func x(_ day: Int) -> Double {
      let span = Double(max(lastDay - firstDay, 1))
      return left + (width - left - right) * Double(day - firstDay) / span
        + (lastDay == firstDay ? (width - left - right) / 2 : 0)
    }
    var out = "<figure><figcaption>\(escape(key))</figcaption>\n"
    out += "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
    out += "aria-label=\"\(escape(key)): reported values over publication time\">\n"
    out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - right)\" "
    out += "y2=\"\(height - bottom)\" stroke=\"#999\"/>"
    out +=
      "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(height - bottom)\" stroke=\"#999\"/>\n"
    for value in Array(Set([low, high])).sorted() {
      out += "<text x=\"\(left - 6)\" y=\"\(format(y(value) + 4))\" text-anchor=\"end\">"
      out += "\(JSONLines.number(value))</text>"
    }
    for day in Array(Set(days)).sorted() {
      out += "<text x=\"\(format(x(day)))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">"
      out += "\(day == 0 ? "undated" : CalendarDay.iso(day))</text>"
    }
    out += "\n"
    var legend: [String] = []
    for (index, row) in rows.enumerated() {
      guard let value = row.claim.value else { continue }
      let article = board.articles[row.article]
      let cx = format(x(days[index]) + Double(index % 5) * 4 - 8)
      let cy = format(y(value))
      let flagged = row.score.label == .contested || row.score.label == .likelyError
      let stroke = flagged ? "#b3261e" : "#1d1d1f"
      let title =
        "<title>\(escape(article.outlet)): “\(escape(row.claim.text))” — "
        + "\(escape(row.score.label.rawValue)), P \(JSONLines.number(row.score.probability))</title>"
      if row.claim.hedged || row.claim.cueClass == .hedge || row.claim.cueClass == .doubt {
        out += "<path d=\"M\(cx) \(format(y(value) - 6))l6 6-6 6-6-6z\" fill=\"#fff\" "
        out += "stroke=\"\(stroke)\" stroke-width=\"1.5\">\(title)</path>\n"
      } else if row.claim.assertedBy == "outlet" {
        out += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\" fill=\"#2a6f97\" stroke=\"\(stroke)\" "
        out += "stroke-width=\"\(flagged ? 2 : 1)\">\(title)</circle>\n"
      } else {
        out +=
          "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\" fill=\"#fff\" stroke=\"\(flagged ? stroke : "#2a6f97")\" "
        out += "stroke-width=\"2\">\(title)</circle>\n"
      }
      legend.append(
        "\(article.outlet) \(row.claim.printedValue) (\(row.score.label.rawValue))")
    }
    for (index, line) in legend.prefix(9).enumerated() {
      out += "<text x=\"\(Int(width - right + 24))\" y=\"\(Int(top) + 12 * index + 4)\">"
      out += "\(escape(String(line.prefix(30))))</text>"
    }
    return out + "\n</svg></figure>\n"
  }

  static func format(_ value: Double) -> String {
    JSONLines.number((value * 10).rounded() / 10)
  }
}
