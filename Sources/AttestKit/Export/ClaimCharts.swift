import Foundation

/// The HTML sheet's claims section: pictures first (inline SVG, no script, no network), then each
/// claim with its score, label, outlets and ledger.
enum ClaimCharts {
  static let escape = HTMLExporter.escape

  /// Writes the whole section, reading the claims sheet's rows a few times rather than holding
  /// them: memory stays flat in the number of mentions.
  static func write(_ sheet: QuoteSheet, to sink: ExportSink) throws {
    sink.write("<section>\n<h2>Claims</h2>\n")
    // One pass: per key the best-supported mention, the outlets mentioning it, and whether it
    // has numeric values to draw.
    var best: [String: ScoredClaim] = [:]
    var mentions: [String: Set<String>] = [:]
    var outlets: Set<String> = []
    var drawn: Set<String> = []
    try sheet.forEachClaim(explained: false) { claim in
      outlets.insert(claim.outlet)
      mentions[claim.key, default: []].insert(claim.outlet)
      if isDrawn(claim) { drawn.insert(claim.key) }
      if let current = best[claim.key],
        (current.score.probability, claim.id) >= (claim.score.probability, current.id)
      {
        return
      }
      best[claim.key] = claim
    }
    guard !best.isEmpty else {
      sink.write("<p>No claims match.</p>\n</section>\n")
      return
    }
    sink.write("<h3>Who agrees with whom</h3>\n")
    sink.write(matrix(best: best, mentions: mentions, outlets: outlets.sorted()))
    sink.write("<h3>Reported values over time</h3>\n")
    sink.write(
      "<p class=\"meta\">One mark per mention: ● asserted by the outlet, ○ relayed from a "
        + "source, ◇ hedged; red outline: contested or likely error. Hover a mark for its text.</p>\n"
    )
    for key in drawn.sorted() { try timeline(key, sheet, to: sink) }
    sink.write("<h3>Every claim</h3>\n")
    var currentKey: String?
    try sheet.forEachClaim(order: .key) { claim in
      if claim.key != currentKey {
        currentKey = claim.key
        sink.write("<h4>\(escape(claim.key))</h4>\n")
      }
      sink.write(entry(claim))
    }
    sink.write("</section>\n")
  }

  /// One claim with its score, label and ledger.
  private static func entry(_ claim: ScoredClaim) -> String {
    let score = claim.score
    var out = "<div class=\"claim \(escape(score.label.rawValue))\" id=\"\(escape(claim.id))\">"
    out += "<div class=\"text\">“\(escape(claim.text))”</div>\n"
    out += "<div class=\"where\">\(escape(claim.id)) · \(escape(claim.outlet)) · "
    out += "\(escape(claim.doc)) · asserted by \(escape(claim.assertedBy))"
    out += claim.hedged ? " · hedged" : ""
    out += "</div>\n<div><span class=\"badge\">\(escape(score.label.rawValue))</span>"
    out += "<span class=\"badge\">P \(JSONLines.number(score.probability)) "
    out += "[\(JSONLines.number(score.low))–\(JSONLines.number(score.high))]</span>"
    if let verdict = score.verdict {
      out += "<span class=\"badge\(verdict ? " many" : " flag")\">"
      out += verdict ? "verified by analyst</span>" : "rejected by analyst</span>"
    }
    out += "</div>\n<div class=\"ledger\">"
    return out + escape(score.explanation.joined(separator: "\n")) + "</div></div>\n"
  }

  /// Whether a mention is a mark on its claim's timeline: a numeric value.
  static func isDrawn(_ claim: ScoredClaim) -> Bool {
    guard claim.value != nil, let kind = claim.valueKind else { return false }
    return kind == .count || kind == .percent || kind == .ratio || kind == .duration
  }

  /// Outlets × claim keys: supports (in the best-supported mention's supporting outlets),
  /// contradicts (in its conflicting ones), mentions it otherwise, or silent.
  static func matrix(
    best: [String: ScoredClaim], mentions: [String: Set<String>], outlets: [String]
  ) -> String {
    let keys = best.keys.sorted().filter { (mentions[$0]?.count ?? 0) > 1 }
    guard !keys.isEmpty else {
      return "<p class=\"meta\">No claim is reported by more than one outlet.</p>\n"
    }
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

  /// One claim key's values against publication day, one mark per mention: a first pass finds
  /// the axes, a second draws the marks.
  static func timeline(_ key: String, _ sheet: QuoteSheet, to sink: ExportSink) throws {
    let width = 700.0
    let height = 180.0
    let left = 60.0
    let right = 250.0
    // Marks stay clear of the value axis and its labels.
    let inset = 16.0
    let top = 14.0
    let bottom = 30.0
    var days: Set<Int> = []
    var low = Double.infinity
    var high = -Double.infinity
    try sheet.forEachClaim(key: key, explained: false) { claim in
      guard isDrawn(claim), let value = claim.value else { return }
      days.insert(CalendarDay.parse(claim.published) ?? 0)
      low = min(low, value)
      high = max(high, value)
    }
    guard let firstDay = days.min(), let lastDay = days.max(), low <= high else { return }
    let logScale = low > 0 && high / low > 20
    func y(_ value: Double) -> Double {
      let (a, b, v) =
        logScale ? (log10(low), log10(high), log10(max(value, low))) : (min(0, low), high, value)
      let span = b - a == 0 ? 1 : b - a
      return top + (height - top - bottom) * (1 - (v - a) / span)
    }
    func x(_ day: Int) -> Double {
      let span = Double(max(lastDay - firstDay, 1))
      let plot = width - left - right - 2 * inset
      return left + inset + plot * Double(day - firstDay) / span
        + (lastDay == firstDay ? plot / 2 : 0)
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
    for day in days.sorted() {
      out += "<text x=\"\(format(x(day)))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">"
      out += "\(day == 0 ? "undated" : CalendarDay.iso(day))</text>"
    }
    sink.write(out + "\n")
    var legend: [String] = []
    var index = 0
    try sheet.forEachClaim(key: key, explained: false) { claim in
      guard isDrawn(claim), let value = claim.value else { return }
      let day = CalendarDay.parse(claim.published) ?? 0
      let cx = format(x(day) + Double(index % 5) * 4 - 8)
      let cy = format(y(value))
      index += 1
      let flagged = claim.score.label == .contested || claim.score.label == .likelyError
      let stroke = flagged ? "#b3261e" : "#1d1d1f"
      let title =
        "<title>\(escape(claim.outlet)): “\(escape(claim.text))” — "
        + "\(escape(claim.score.label.rawValue)), P \(JSONLines.number(claim.score.probability))</title>"
      var mark = ""
      if claim.hedged || claim.cueClass == .hedge || claim.cueClass == .doubt {
        mark += "<path d=\"M\(cx) \(format(y(value) - 6))l6 6-6 6-6-6z\" fill=\"#fff\" "
        mark += "stroke=\"\(stroke)\" stroke-width=\"1.5\">\(title)</path>\n"
      } else if claim.assertedBy == "outlet" {
        mark += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\" fill=\"#2a6f97\" stroke=\"\(stroke)\" "
        mark += "stroke-width=\"\(flagged ? 2 : 1)\">\(title)</circle>\n"
      } else {
        mark +=
          "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"5\" fill=\"#fff\" stroke=\"\(flagged ? stroke : "#2a6f97")\" "
        mark += "stroke-width=\"2\">\(title)</circle>\n"
      }
      sink.write(mark)
      if legend.count < 9 {
        legend.append("\(claim.outlet) \(claim.printedValue) (\(claim.score.label.rawValue))")
      }
    }
    var tail = ""
    for (index, line) in legend.enumerated() {
      tail += "<text x=\"\(Int(width - right + 16))\" y=\"\(Int(top) + 12 * index + 4)\" "
      tail += "font-size=\"10\">\(escape(line.count > 44 ? line.prefix(43) + "…" : line))</text>"
    }
    sink.write(tail + "\n</svg></figure>\n")
  }

  static func format(_ value: Double) -> String {
    JSONLines.number((value * 10).rounded() / 10)
  }
}
