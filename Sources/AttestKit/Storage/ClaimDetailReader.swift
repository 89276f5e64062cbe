/// Reads the JSON of a stored claim (what `Store.encodedDetail` writes) without `JSONDecoder`.
///
/// A workspace of 100,000 articles holds about two million claims, all read whenever it is
/// scored; the generic decoder spends most of that time looking up coding keys and metadata.
/// This reader knows the one shape it reads: anything else — an unknown or missing field, a
/// value of another type — gives `nil`, and the caller falls back to `JSONDecoder`.
struct ClaimDetailReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var at = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The mention `text` encodes, or `nil` when it is not in the shape this reader knows.
  static func mention(_ text: String) -> ClaimMention? {
    var text = text
    return text.withUTF8 { buffer in
      var reader = ClaimDetailReader(buffer)
      guard let mention = reader.mention() else { return nil }
      reader.skipSpace()
      return reader.at == buffer.count ? mention : nil
    }
  }

  // MARK: - The claim

  private mutating func mention() -> ClaimMention? {
    var key: String?
    var measure: String?
    var category: String?
    var scope: String?
    var country: String?
    var unit: String?
    var text: String?
    var assertedBy: String?
    var cue: String?
    var place: String?
    var originRole: String?
    var hedged: Bool?
    var negated: Bool?
    var approximate: Bool?
    var scareQuoted: Bool?
    var valueKind: ClaimValueKind?
    var cueClass: CueClass?
    var value: Double?
    var valueMax: Double?
    var support: ValueRange?
    var hard: ValueRange?
    var span: TextSpan?
    var day: Int?
    let ok = object { reader, field in
      switch field {
      case "key": key = reader.string()
      case "measure": measure = reader.string()
      case "category": category = reader.string()
      case "scope": scope = reader.string()
      case "country": country = reader.string()
      case "unit": unit = reader.string()
      case "text": text = reader.string()
      case "assertedBy": assertedBy = reader.string()
      case "cue": cue = reader.string()
      case "place":
        guard !reader.null() else { return true }
        place = reader.string()
        return place != nil
      case "originRole":
        guard !reader.null() else { return true }
        originRole = reader.string()
        return originRole != nil
      case "hedged": hedged = reader.bool()
      case "negated": negated = reader.bool()
      case "approximate": approximate = reader.bool()
      case "scareQuoted": scareQuoted = reader.bool()
      case "valueKind": valueKind = reader.string().flatMap(ClaimValueKind.init(rawValue:))
      case "cueClass": cueClass = reader.string().flatMap(CueClass.init(rawValue:))
      case "value":
        guard !reader.null() else { return true }
        value = reader.double()
        return value != nil
      case "valueMax":
        guard !reader.null() else { return true }
        valueMax = reader.double()
        return valueMax != nil
      case "support": support = reader.range()
      case "hard": hard = reader.range()
      case "span": span = reader.span()
      case "day":
        guard !reader.null() else { return true }
        day = reader.int()
        return day != nil
      default: return false
      }
      return true
    }
    guard ok, let key, let measure, let category, let scope, let country, let unit, let text,
      let assertedBy, let cue, let hedged, let negated, let approximate, let scareQuoted,
      let valueKind, let cueClass, let support, let hard, let span
    else { return nil }
    var mention = ClaimMention(
      key: key, measure: measure, category: category, scope: scope, country: country,
      valueKind: valueKind, value: value, valueMax: valueMax, unit: unit, place: place,
      support: support, hard: hard, text: text, span: span, assertedBy: assertedBy, cue: cue,
      cueClass: cueClass, hedged: hedged, negated: negated, approximate: approximate,
      scareQuoted: scareQuoted, day: day)
    mention.originRole = originRole
    return mention
  }

  private mutating func range() -> ValueRange? {
    var lo: Double?
    var hi: Double?
    var loOpen: Bool?
    var hiOpen: Bool?
    let ok = object { reader, field in
      switch field {
      case "lo": lo = reader.double()
      case "hi": hi = reader.double()
      case "loOpen": loOpen = reader.bool()
      case "hiOpen": hiOpen = reader.bool()
      default: return false
      }
      return true
    }
    guard ok, let lo, let hi, let loOpen, let hiOpen else { return nil }
    return ValueRange(lo, hi, loOpen: loOpen, hiOpen: hiOpen)
  }

  private mutating func span() -> TextSpan? {
    var start: Int?
    var end: Int?
    var line: Int?
    var column: Int?
    let ok = object { reader, field in
      switch field {
      case "start": start = reader.int()
      case "end": end = reader.int()
      case "location":
        return reader.object { reader, field in
          switch field {
          case "line": line = reader.int()
          case "column": column = reader.int()
          default: return false
          }
          return true
        }
      default: return false
      }
      return true
    }
    guard ok, let start, let end, let line, let column else { return nil }
    return TextSpan(start: start, end: end, location: SourceLocation(line: line, column: column))
  }

  // MARK: - JSON values

  private mutating func skipSpace() {
    while at < bytes.count,
      bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D
        || bytes[at] == 0x09
    {
      at += 1
    }
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard at < bytes.count, bytes[at] == byte else { return false }
    at += 1
    return true
  }

  private mutating func take(_ word: StaticString) -> Bool {
    skipSpace()
    let count = word.utf8CodeUnitCount
    guard at + count <= bytes.count else { return false }
    let matches = word.withUTF8Buffer { expected in
      (0..<count).allSatisfy { bytes[at + $0] == expected[$0] }
    }
    if matches { at += count }
    return matches
  }

  /// An object, handing each field's name to `field`, which reads its value (false: give up).
  private mutating func object(_ field: (inout ClaimDetailReader, String) -> Bool) -> Bool {
    guard take(UInt8(ascii: "{")) else { return false }
    if take(UInt8(ascii: "}")) { return true }
    repeat {
      guard let name = string(), take(UInt8(ascii: ":")), field(&self, name) else { return false }
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "}"))
  }

  private mutating func null() -> Bool { take("null") }

  private mutating func bool() -> Bool? {
    if take("true") { return true }
    if take("false") { return false }
    return nil
  }

  private mutating func int() -> Int? {
    skipSpace()
    let start = at
    if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
    while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) {
      at += 1
    }
    guard at > start else { return nil }
    return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
  }

  /// A number, or one of the strings non-finite numbers are stored as.
  private mutating func double() -> Double? {
    skipSpace()
    guard at < bytes.count else { return nil }
    if bytes[at] == UInt8(ascii: "\"") {
      switch string() {
      case "inf": return .infinity
      case "-inf": return -.infinity
      case "nan": return .nan
      default: return nil
      }
    }
    let start = at
    while at < bytes.count {
      switch bytes[at] {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
        UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
        at += 1
      default:
        return number(from: start)
      }
    }
    return number(from: start)
  }

  private func number(from start: Int) -> Double? {
    guard at > start else { return nil }
    return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
  }

  private mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = at
    while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
      at += 1
    }
    guard at < bytes.count else { return nil }
    if bytes[at] == UInt8(ascii: "\"") {
      defer { at += 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    }
    // Escapes: the rest is copied byte by byte.
    var out = Array(bytes[start..<at])
    while at < bytes.count {
      let byte = bytes[at]
      at += 1
      if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      guard at < bytes.count else { return nil }
      let escape = bytes[at]
      at += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard var scalar = hex4() else { return nil }
        if (0xD800..<0xDC00).contains(scalar) {
          // A high surrogate must be followed by a low one.
          guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"),
            bytes[at + 1] == UInt8(ascii: "u")
          else { return nil }
          at += 2
          guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { return nil }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
      default:
        return nil
      }
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard at + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[at]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a")) + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A")) + 10
      default: return nil
      }
      value = value << 4 | digit
      at += 1
    }
    return value
  }
}
