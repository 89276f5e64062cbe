/// The claims sheet of an export: every scored claim mention, with its explanation.
public enum ClaimSheet {
  /// Column names, in order.
  public static let columns = [
    "id", "claim", "article", "outlet", "date", "text", "value", "unit", "asserted_by", "hedged",
    "score", "score_low", "score_high", "label", "supporting", "conflicting", "verdict",
    "explanation",
  ]

  /// The rows to export: the board's mentions that pass the export's outlet and score filters.
  public static func rows(_ board: ClaimBoard, options: ExportOptions) -> [ClaimBoard.Row] {
    board.rows.filter { row in
      if let outlet = options.filter.outlet, board.articles[row.article].outlet != outlet {
        return false
      }
      if let minimum = options.minScore, row.score.probability < minimum { return false }
      return true
    }
  }

  /// A row's cells as text, in `columns` order.
  public static func cells(_ row: ClaimBoard.Row, board: ClaimBoard) -> [String] {
    let article = board.articles[row.article]
    let score = row.score
    return [
      row.id, row.claim.key, article.doc, article.outlet,
      article.published.map(CalendarDay.iso) ?? "", row.claim.text, row.claim.printedValue,
      row.claim.unit, row.claim.assertedBy, row.claim.hedged ? "yes" : "",
      JSONLines.number(score.probability), JSONLines.number(score.low),
      JSONLines.number(score.high), score.label.rawValue,
      score.supporting.joined(separator: ", "), score.conflicting.joined(separator: ", "),
      score.verdict.map { $0 ? "verified" : "rejected" } ?? "",
      score.explanation.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " | "),
    ]
  }

  /// A row as one JSON object.
  public static func record(_ row: ClaimBoard.Row, board: ClaimBoard) -> String {
    let article = board.articles[row.article]
    let score = row.score
    return JSONLines.object([
      ("id", JSONLines.string(row.id)), ("claim", JSONLines.string(row.claim.key)),
      ("article", JSONLines.string(article.doc)), ("outlet", JSONLines.string(article.outlet)),
      ("date", article.published.map { JSONLines.string(CalendarDay.iso($0)) } ?? "null"),
      ("text", JSONLines.string(row.claim.text)),
      ("value", row.claim.value.map(JSONLines.number) ?? "null"),
      ("value_max", row.claim.valueMax.map(JSONLines.number) ?? "null"),
      ("unit", JSONLines.string(row.claim.unit)),
      ("asserted_by", JSONLines.string(row.claim.assertedBy)),
      ("hedged", row.claim.hedged ? "true" : "false"),
      ("score", JSONLines.number(score.probability)), ("score_low", JSONLines.number(score.low)),
      ("score_high", JSONLines.number(score.high)),
      ("label", JSONLines.string(score.label.rawValue)),
      ("supporting", "[" + score.supporting.map(JSONLines.string).joined(separator: ",") + "]"),
      ("conflicting", "[" + score.conflicting.map(JSONLines.string).joined(separator: ",") + "]"),
      ("verdict", score.verdict.map { $0 ? "true" : "false" } ?? "null"),
      ("explanation", "[" + score.explanation.map(JSONLines.string).joined(separator: ",") + "]"),
    ])
  }
}
