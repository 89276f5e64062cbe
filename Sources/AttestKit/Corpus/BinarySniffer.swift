/// Tells binary files from text before anything tries to read them as articles.
enum BinarySniffer {
  private static let signatures: [(bytes: [UInt8], kind: String)] = [
    ([0x25, 0x50, 0x44, 0x46], "a PDF file"),
    ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
    ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
    ([0x1F, 0x8B], "a gzip archive"),
    ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    (Array("SQLite format 3".utf8), "an SQLite database"),
  ]

  /// What kind of binary file `bytes` is, or `nil` for text.
  static func binaryKind(of bytes: [UInt8]) -> String? {
    for signature in signatures where bytes.starts(with: signature.bytes) {
      return signature.kind
    }
    let head = bytes.prefix(65_536)
    if let nul = head.firstIndex(of: 0) {
      return "binary data (a NUL byte at offset \(nul))"
    }
    let sample = head.prefix(4_096)
    let controls = sample.filter {
      $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C
    }
    if sample.count >= 32 && controls.count * 10 > sample.count {
      return "binary data (\(controls.count) control bytes in the first \(sample.count))"
    }
    return nil
  }
}
