/// The claims sheet of an export: every scored claim mention, with its explanation.
public enum ClaimSheet {
  /// Column names, in order.
  public static let columns = [
    "id", "claim", "article", "outlet", "date", "text", "value", "unit", "asserted_by", "hedged",
    "score", "score_low", "score_high", "label", "supporting", "conflicting", "verdict",
    "explanation",
  ]

  /// A row's cells as text, in `columns` order.
  public static func cells(_ claim: ScoredClaim) -> [String] {
    let score = claim.score
    return [
      claim.id, claim.key, claim.doc, claim.outlet, claim.published ?? "", claim.text,
      claim.printedValue, claim.unit, claim.assertedBy, claim.hedged ? "yes" : "",
      JSONLines.number(score.probability), JSONLines.number(score.low),
      JSONLines.number(score.high), score.label.rawValue,
      score.supporting.joined(separator: ", "), score.conflicting.joined(separator: ", "),
      verdict(score), score.explanation.map(trimmed).joined(separator: " | "),
    ]
  }

  /// A row as one JSON object.
  public static func record(_ claim: ScoredClaim) -> String {
    let score = claim.score
    return JSONLines.object([
      ("id", JSONLines.string(claim.id)), ("claim", JSONLines.string(claim.key)),
      ("article", JSONLines.string(claim.doc)), ("outlet", JSONLines.string(claim.outlet)),
      ("date", claim.published.map(JSONLines.string) ?? "null"),
      ("text", JSONLines.string(claim.text)),
      ("value", claim.value.map(JSONLines.number) ?? "null"),
      ("value_max", claim.valueMax.map(JSONLines.number) ?? "null"),
      ("unit", JSONLines.string(claim.unit)),
      ("asserted_by", JSONLines.string(claim.assertedBy)),
      ("hedged", claim.hedged ? "true" : "false"),
      ("score", JSONLines.number(score.probability)), ("score_low", JSONLines.number(score.low)),
      ("score_high", JSONLines.number(score.high)),
      ("label", JSONLines.string(score.label.rawValue)),
      ("supporting", "[" + score.supporting.map(JSONLines.string).joined(separator: ",") + "]"),
      ("conflicting", "[" + score.conflicting.map(JSONLines.string).joined(separator: ",") + "]"),
      ("verdict", score.verdict.map { $0 ? "true" : "false" } ?? "null"),
      ("explanation", "[" + score.explanation.map(JSONLines.string).joined(separator: ",") + "]"),
    ])
  }

  /// A ledger line without its indent (Foundation's trimming is slow on Linux).
  static func trimmed(_ line: String) -> String {
    guard line.utf8.first == 0x20 || line.utf8.last == 0x20 else { return line }
    guard let first = line.firstIndex(where: { $0 != " " }),
      let last = line.lastIndex(where: { $0 != " " })
    else { return "" }
    return String(line[first...last])
  }

  /// `verified`, `rejected`, or empty.
  static func verdict(_ score: ClaimScore) -> String {
    score.verdict.map { $0 ? "verified" : "rejected" } ?? ""
  }
}
