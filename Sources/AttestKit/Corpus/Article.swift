/// Metadata an article carries or that Attest inferred for it.
public struct ArticleMetadata: Hashable, Sendable, Codable {
  /// The publisher's name, or `nil` when neither the input nor the text names one.
  public var outlet: String?
  /// Where the article was published.
  public var url: String?
  /// The publication day, `YYYY-MM-DD`.
  public var published: String?
  /// The headline.
  public var title: String?
  /// The author line.
  public var byline: String?
  /// How the outlet was found: `header`, `manifest`, `html`, `jsonl`, or the inferring evidence.
  public var outletEvidence: String?

  /// Creates metadata; every field is optional.
  public init(
    outlet: String? = nil, url: String? = nil, published: String? = nil, title: String? = nil,
    byline: String? = nil, outletEvidence: String? = nil
  ) {
    self.outlet = outlet
    self.url = url
    self.published = published
    self.title = title
    self.byline = byline
    self.outletEvidence = outletEvidence
  }

  /// Fills every field this one lacks from `other`.
  public func filling(from other: ArticleMetadata) -> ArticleMetadata {
    ArticleMetadata(
      outlet: outlet ?? other.outlet, url: url ?? other.url,
      published: published ?? other.published,
      title: title ?? other.title, byline: byline ?? other.byline,
      outletEvidence: outlet == nil ? other.outletEvidence : outletEvidence)
  }
}

/// One article as read: the text every stage analyses, its layout and its metadata.
///
/// `text` is UTF-8. For plain-text input it is the file's bytes (invalid bytes read as `?`), so a
/// text offset is a file offset; for HTML, `sourceOffsets` maps each text byte to its file byte.
public struct Article: Sendable {
  /// The article's name in output: the file's basename, a JSON Lines `id`, or `name:line`.
  public let doc: String
  /// The article's identity in the workspace: its resolved path (with `#id` for JSON Lines).
  public let source: String
  /// The path as the user gave it, for messages.
  public let path: String
  /// The analysed text, UTF-8.
  public let text: [UInt8]
  /// For each text byte, the file offset it came from; `nil` when they are the same.
  public let sourceOffsets: [Int32]?
  /// The original file bytes when they differ from `text` (HTML), for locating spans.
  public let sourceBytes: [UInt8]?
  /// Publisher, date and title.
  public var metadata: ArticleMetadata
  /// FNV-1a 64 of the bytes as read: the same bytes read again change nothing.
  public let contentHash: UInt64
  /// Paragraphs, headings and page furniture.
  public let layout: TextLayout
  /// Problems Attest worked around while reading.
  public var warnings: [Diagnostic]

  /// Creates an article from text already laid out.
  public init(
    doc: String, source: String, path: String, text: [UInt8], sourceOffsets: [Int32]?,
    sourceBytes: [UInt8]?, metadata: ArticleMetadata, contentHash: UInt64, layout: TextLayout,
    warnings: [Diagnostic]
  ) {
    self.doc = doc
    self.source = source
    self.path = path
    self.text = text
    self.sourceOffsets = sourceOffsets
    self.sourceBytes = sourceBytes
    self.metadata = metadata
    self.contentHash = contentHash
    self.layout = layout
    self.warnings = warnings
  }

  /// The outlet to print: the known one, else `unknown`.
  public var outletName: String { metadata.outlet ?? "unknown" }

  /// The file offset of a text offset.
  public func sourceOffset(_ textOffset: Int) -> Int {
    guard let sourceOffsets else { return textOffset }
    if textOffset < sourceOffsets.count { return Int(sourceOffsets[textOffset]) }
    guard let last = sourceOffsets.last else { return 0 }
    return Int(last) + 1
  }

  /// The file span of a text range, with its line and column.
  public func span(of range: Range<Int>) -> TextSpan {
    let start = sourceOffset(range.lowerBound)
    let end: Int
    if range.isEmpty {
      end = start
    } else {
      end = sourceOffset(range.upperBound - 1) + utf8Length(at: range.upperBound - 1)
    }
    return TextSpan(
      start: start, end: end,
      location: SourceLocation(offset: start, in: sourceBytes ?? text))
  }

  /// The file span of a text range, located through `lines` (built once per article).
  public func span(of range: Range<Int>, lines: LineIndex) -> TextSpan {
    let start = sourceOffset(range.lowerBound)
    let end: Int
    if range.isEmpty {
      end = start
    } else {
      end = sourceOffset(range.upperBound - 1) + utf8Length(at: range.upperBound - 1)
    }
    return TextSpan(start: start, end: end, location: lines.location(of: start))
  }

  /// The line index of the file the spans point into.
  public var lineIndex: LineIndex { LineIndex(sourceBytes ?? text) }

  /// The text of a range as a string.
  public func string(_ range: Range<Int>) -> String {
    String(decoding: text[range.clamped(to: 0..<text.count)], as: UTF8.self)
  }

  private func utf8Length(at offset: Int) -> Int {
    guard let sourceBytes, let sourceOffsets, offset < sourceOffsets.count else { return 1 }
    // An entity such as `&amp;` maps its text bytes to the `&`: end after the `;`.
    let fileOffset = Int(sourceOffsets[offset])
    guard fileOffset < sourceBytes.count, sourceBytes[fileOffset] == 0x26
    else { return 1 }
    var end = fileOffset + 1
    while end < min(sourceBytes.count, fileOffset + 12) && sourceBytes[end] != 0x3B { end += 1 }
    return end < sourceBytes.count && sourceBytes[end] == 0x3B ? end + 1 - fileOffset : 1
  }
}

/// 64-bit FNV-1a, the content hash of articles.
public enum FNV1a {
  /// The hash of `bytes`.
  public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var value = basis
    for byte in bytes { mix(&value, byte) }
    return value
  }

  /// The hash of no bytes, where a streamed hash starts.
  public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Folds one more byte into a streamed hash.
  @inline(__always)
  public static func mix(_ value: inout UInt64, _ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x0000_0100_0000_01B3
  }

  /// The hash as 16 lower-case hex digits.
  public static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
