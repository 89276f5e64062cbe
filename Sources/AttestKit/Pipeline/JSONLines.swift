import Foundation

/// Writes the JSON Lines records of `interfaces.md`, keys in the contract's order.
public enum JSONLines {
  /// One `attest quotes --format jsonl` line (without the newline).
  public static func quote(_ quote: Quote, id: String, article: Article) -> String {
    object([
      ("id", string(id)), ("doc", string(article.doc)), ("outlet", string(article.outletName)),
      ("speaker", string(quote.speaker)), ("speaker_mention", string(quote.mention)),
      ("type", string(quote.type.rawValue)), ("quote", string(quote.text)),
      ("cue", string(quote.cue)),
      ("start", String(quote.span.start)), ("end", String(quote.span.end)),
      ("confidence", number(quote.confidence)),
      ("role", quote.role.map(string) ?? "null"),
      ("speaker_kind", string(quote.speakerKind.rawValue)),
      ("line", String(quote.span.location.line)), ("column", String(quote.span.location.column)),
    ])
  }

  /// A JSON object from ordered key-value pairs whose values are already JSON.
  public static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  /// A JSON string literal.
  public static func string(_ value: String) -> String {
    var out = "\""
    out.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A number with at most four decimals and no trailing zeros.
  public static func number(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
