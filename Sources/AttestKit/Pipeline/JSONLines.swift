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

  /// One `attest claims --format jsonl` line (without the newline).
  public static func claim(
    _ claim: ClaimMention, id: String, doc: String, outlet: String, score: ClaimScore?
  ) -> String {
    var pairs: [(String, String)] = [
      ("id", string(id)), ("doc", string(doc)), ("outlet", string(outlet)),
      ("claim", string(claim.key)), ("text", string(claim.text)),
      ("start", String(claim.span.start)), ("end", String(claim.span.end)),
      ("value", claim.value.map(number) ?? "null"),
      ("value_max", claim.valueMax.map(number) ?? "null"), ("unit", string(claim.unit)),
      ("asserted_by", string(claim.assertedBy)), ("hedged", claim.hedged ? "true" : "false"),
      ("score", score.map { number($0.probability) } ?? "null"),
      ("label", score.map { string($0.label.rawValue) } ?? "null"),
      ("supporting", "[" + (score?.supporting ?? []).map(string).joined(separator: ",") + "]"),
      ("conflicting", "[" + (score?.conflicting ?? []).map(string).joined(separator: ",") + "]"),
    ]
    pairs += [
      ("score_low", score.map { number($0.low) } ?? "null"),
      ("score_high", score.map { number($0.high) } ?? "null"),
      ("cue", string(claim.cue)), ("category", string(claim.category)),
      ("scope", string(claim.scope.isEmpty ? claim.country : claim.scope)),
      ("as_of", score.map { string(CalendarDay.iso($0.asOf)) } ?? "null"),
      ("verdict", score?.verdict.map { $0 ? "true" : "false" } ?? "null"),
    ]
    return object(pairs)
  }

  /// A JSON object from ordered key-value pairs whose values are already JSON.
  public static func object(_ pairs: [(String, String)]) -> String {
    var out = "{"
    out.reserveCapacity(pairs.reduce(2) { $0 + $1.0.utf8.count + $1.1.utf8.count + 4 })
    for (index, (key, value)) in pairs.enumerated() {
      if index > 0 { out.append(",") }
      appendString(key, to: &out)
      out.append(":")
      out.append(value)
    }
    out.append("}")
    return out
  }

  /// A JSON string literal; U+2028 and U+2029 are escaped too (valid JSON, but they break
  /// JavaScript readers).
  public static func string(_ value: String) -> String {
    var out = ""
    out.reserveCapacity(value.utf8.count + 2)
    appendString(value, to: &out)
    return out
  }

  /// Appends a JSON string literal to `out`.
  static func appendString(_ value: String, to out: inout String) {
    // Most text needs no escape: check first, copy once.
    var value = value
    let clean = value.withUTF8 { bytes in
      !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }
    }
    if clean {
      out.append("\"")
      out.append(value)
      out.append("\"")
    } else {
      out.append(escaped(value))
    }
  }

  private static func escaped(_ value: String) -> String {
    var out: [UInt8] = [0x22]
    out.reserveCapacity(value.utf8.count + 16)
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in value.utf8 {
      switch byte {
      case 0x22, 0x5C:
        out.append(0x5C)
        out.append(byte)
      case 0x0A:
        out.append(0x5C)
        out.append(0x6E)
      case 0x0D:
        out.append(0x5C)
        out.append(0x72)
      case 0x09:
        out.append(0x5C)
        out.append(0x74)
      case 0..<0x20:
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0F)])
      case 0xA8 where previous == (0xE2, 0x80), 0xA9 where previous == (0xE2, 0x80):
        out.removeLast(2)
        out.append(contentsOf: (byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
      default:
        out.append(byte)
      }
      previous = (previous.1, byte)
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// A number with at most four decimals and no trailing zeros.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let scaled = (value * 10_000).rounded()
    guard abs(scaled) < 9e15 else { return String(value) }
    let whole = Int64(scaled) / 10_000
    var fraction = abs(Int64(scaled) % 10_000)
    let sign = scaled < 0 && whole == 0 ? "-" : ""
    guard fraction != 0 else { return sign + String(whole) }
    var digits = 4
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let text = String(fraction)
    return sign + String(whole) + "." + String(repeating: "0", count: digits - text.count) + text
  }
}
