/// Replaces single bytes of UTF-8 text by strings: the escaping of HTML, Markdown cells and the
/// like, copying the text untouched when nothing needs replacing.
struct ByteEscapes: Sendable {
  private let table: [[UInt8]?]

  /// A table from bytes (ASCII) to what each becomes.
  init(_ replacements: [UInt8: String]) {
    table = (0..<256).map { byte in replacements[UInt8(byte)].map { Array($0.utf8) } }
  }

  /// The text with every listed byte replaced.
  func apply(_ text: String) -> String {
    guard text.utf8.contains(where: { table[Int($0)] != nil }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      if let replacement = table[Int(byte)] {
        out.append(contentsOf: replacement)
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
