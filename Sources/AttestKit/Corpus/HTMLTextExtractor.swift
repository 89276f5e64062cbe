/// Extracts an article's body text from an HTML page, keeping a map from each text byte to the
/// file byte it came from.
///
/// Scripts, styles, navigation, headers, footers, asides, forms and figures (with their captions)
/// are dropped; block elements become paragraph breaks. The scanner is linear in the page size and
/// never fails: unclosed tags, stray `<` and broken entities are read as text.
struct HTMLTextExtractor {
  /// The text, its offset map and the metadata found in `<head>`.
  struct Result {
    var text: [UInt8] = []
    var offsets: [Int32] = []
    var metadata = ArticleMetadata()
  }

  private static let rawText: Set<String> = ["script", "style", "textarea", "xmp"]
  private static let dropped: Set<String> = [
    "nav", "header", "footer", "aside", "figure", "figcaption", "form", "button", "noscript",
    "svg", "iframe", "template", "select", "object", "video", "audio", "canvas", "menu", "head",
  ]
  private static let blocks: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "ul", "ol", "table", "dd", "dt", "pre", "hr", "main", "body", "td", "th",
    "dl", "address", "details", "summary",
  ]

  /// Extracts text from `bytes`, from inside `<article>` when the page has one with text.
  static func extract(_ bytes: [UInt8]) -> Result {
    let hasArticle = containsTag("article", in: bytes)
    if hasArticle {
      var scoped = Scanner(bytes: bytes, onlyInArticle: true, dropping: dropped)
      let scopedResult = scoped.run()
      if scopedResult.text.count >= 200 { return scopedResult }
    }
    var full = Scanner(bytes: bytes, onlyInArticle: false, dropping: dropped)
    let fullResult = full.run()
    if fullResult.text.contains(where: { !ByteClass.isSpace($0) }) { return fullResult }
    // Hostile or odd pages (an unclosed <nav> around everything): keep the containers' text.
    var lenient = Scanner(bytes: bytes, onlyInArticle: false, dropping: ["head"])
    return lenient.run()
  }

  private static func containsTag(_ name: String, in bytes: [UInt8]) -> Bool {
    let needle = Array(("<" + name).utf8)
    guard bytes.count >= needle.count else { return false }
    var index = 0
    while index + needle.count <= bytes.count {
      var match = true
      for offset in 0..<needle.count where lower(bytes[index + offset]) != needle[offset] {
        match = false
        break
      }
      if match { return true }
      index += 1
    }
    return false
  }

  fileprivate static func lower(_ byte: UInt8) -> UInt8 {
    ByteClass.isUpper(byte) ? byte + 32 : byte
  }

  // MARK: - Scanner

  private struct Scanner {
    let bytes: [UInt8]
    let onlyInArticle: Bool
    let dropping: Set<String>
    var result = Result()
    var dropDepth = 0
    var articleDepth = 0
    var pendingSpace = false
    var pendingBreak = 0
    var titleBytes: [UInt8]?
    var nextClose = -1

    init(bytes: [UInt8], onlyInArticle: Bool, dropping: Set<String>) {
      self.bytes = bytes
      self.onlyInArticle = onlyInArticle
      self.dropping = dropping
    }

    mutating func run() -> Result {
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte == 0x3C, let next = tag(at: index) {
          index = next
        } else if byte == 0x26 {
          index = entity(at: index)
        } else {
          emit(byte, from: index)
          index += 1
        }
      }
      if let titleBytes {
        let title = String(decoding: titleBytes, as: UTF8.self)
          .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !title.isEmpty && result.metadata.title == nil { result.metadata.title = title }
      }
      return result
    }

    private var isEmitting: Bool {
      dropDepth == 0 && (!onlyInArticle || articleDepth > 0)
    }

    private mutating func emit(_ byte: UInt8, from offset: Int) {
      if titleBytes != nil && dropDepth > 0 {
        titleBytes?.append(byte)
        return
      }
      guard isEmitting else { return }
      if ByteClass.isSpace(byte) {
        pendingSpace = true
        return
      }
      flushSeparators(at: offset)
      result.text.append(byte)
      result.offsets.append(Int32(truncatingIfNeeded: offset))
    }

    private mutating func flushSeparators(at offset: Int) {
      guard !result.text.isEmpty else {
        pendingSpace = false
        pendingBreak = 0
        return
      }
      if pendingBreak > 0 {
        for _ in 0..<2 {
          result.text.append(0x0A)
          result.offsets.append(Int32(truncatingIfNeeded: offset))
        }
      } else if pendingSpace {
        result.text.append(0x20)
        result.offsets.append(Int32(truncatingIfNeeded: offset))
      }
      pendingSpace = false
      pendingBreak = 0
    }

    /// The offset after the tag at `start`, or `nil` when `<` is text.
    private mutating func tag(at start: Int) -> Int? {
      let count = bytes.count
      guard start + 1 < count else { return nil }
      if startsWith("<!--", at: start) {
        return find(Array("-->".utf8), from: start + 4).map { $0 + 3 } ?? count
      }
      let second = bytes[start + 1]
      let isClosing = second == 0x2F
      let nameStart = isClosing ? start + 2 : start + 1
      guard nameStart < count else { return nil }
      let first = bytes[nameStart]
      let isMarkup = first == 0x21 || first == 0x3F
      guard isMarkup || ByteClass.isUpper(first) || ByteClass.isLower(first) else { return nil }
      // The next '>' is found once and reused, so a page of stray '<' stays linear.
      if nextClose < start {
        nextClose = bytes[start...].firstIndex(of: 0x3E) ?? count
      }
      guard nextClose < count else { return nil }
      let end = nextClose + 1
      if isMarkup { return end }
      var nameEnd = nameStart
      while nameEnd < nextClose && (ByteClass.isWordByte(bytes[nameEnd]) || bytes[nameEnd] == 0x2D)
      {
        nameEnd += 1
      }
      let name = String(
        decoding: bytes[nameStart..<nameEnd].map(HTMLTextExtractor.lower), as: UTF8.self)
      let selfClosing = nextClose > start && bytes[nextClose - 1] == 0x2F
      if !isClosing && HTMLTextExtractor.rawText.contains(name) {
        let closing = Array(("</" + name).utf8)
        return findCaseless(closing, from: end).flatMap { at in
          bytes[at...].firstIndex(of: 0x3E).map { $0 + 1 }
        } ?? count
      }
      handle(
        name: name, isClosing: isClosing, selfClosing: selfClosing, attributes: nameEnd..<nextClose)
      return end
    }

    private mutating func handle(
      name: String, isClosing: Bool, selfClosing: Bool, attributes: Range<Int>
    ) {
      if name == "title" {
        titleBytes = isClosing ? titleBytes : (titleBytes ?? [])
        if isClosing, let title = titleBytes {
          result.metadata.title =
            result.metadata.title
            ?? String(decoding: title, as: UTF8.self)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
          titleBytes = nil
        }
        return
      }
      if name == "meta" || name == "link" {
        readMetadata(attributes)
        return
      }
      if name == "article" {
        articleDepth = max(0, articleDepth + (isClosing ? -1 : 1))
      }
      if dropping.contains(name) && !selfClosing {
        dropDepth = max(0, dropDepth + (isClosing ? -1 : 1))
      }
      if HTMLTextExtractor.blocks.contains(name) {
        pendingBreak = 1
      }
    }

    private mutating func readMetadata(_ range: Range<Int>) {
      let attributes = Self.attributes(String(decoding: bytes[range], as: UTF8.self))
      let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "")
        .lowercased()
      if let rel = attributes["rel"], rel.lowercased() == "canonical", let href = attributes["href"]
      {
        result.metadata.url = result.metadata.url ?? href
      }
      guard let content = attributes["content"], !content.isEmpty else { return }
      switch key {
      case "og:site_name", "application-name":
        result.metadata.outlet = result.metadata.outlet ?? content
      case "og:url":
        result.metadata.url = result.metadata.url ?? content
      case "og:title":
        result.metadata.title = content
      case "author", "article:author":
        result.metadata.byline = result.metadata.byline ?? content
      case "article:published_time", "datepublished", "date", "pubdate":
        result.metadata.published =
          result.metadata.published ?? PublicationDate.day(fromTimestamp: content)
      default:
        break
      }
    }

    /// A tolerant attribute parser: `key="v"`, `key='v'` and `key=v`.
    static func attributes(_ text: String) -> [String: String] {
      var result: [String: String] = [:]
      var scalars = Substring(text)
      while let equals = scalars.firstIndex(of: "=") {
        let key = scalars[..<equals].split(whereSeparator: { $0.isWhitespace || $0 == "/" }).last
        var rest = scalars[scalars.index(after: equals)...].drop(while: \.isWhitespace)
        var value: Substring
        if let quote = rest.first, quote == "\"" || quote == "'" {
          rest = rest.dropFirst()
          let close = rest.firstIndex(of: quote) ?? rest.endIndex
          value = rest[..<close]
          scalars = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
        } else {
          let close = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
          value = rest[..<close]
          scalars = rest[close...]
        }
        if let key { result[key.lowercased()] = decodeEntities(String(value)) }
        if value.isEmpty && scalars.isEmpty { break }
      }
      return result
    }

    private mutating func entity(at start: Int) -> Int {
      let limit = min(bytes.count, start + 12)
      var end = start + 1
      while end < limit && bytes[end] != 0x3B && !ByteClass.isSpace(bytes[end])
        && bytes[end] != 0x26
      {
        end += 1
      }
      guard end < limit, bytes[end] == 0x3B,
        let decoded = HTMLEntities.decode(String(decoding: bytes[(start + 1)..<end], as: UTF8.self))
      else {
        emit(0x26, from: start)
        return start + 1
      }
      for byte in decoded.utf8 {
        if decoded == "\u{00A0}" {
          guard isEmitting else { break }
          flushSeparators(at: start)
          result.text.append(byte)
          result.offsets.append(Int32(truncatingIfNeeded: start))
        } else {
          emit(byte, from: start)
        }
      }
      return end + 1
    }

    private func startsWith(_ literal: String, at index: Int) -> Bool {
      let needle = Array(literal.utf8)
      guard index + needle.count <= bytes.count else { return false }
      return bytes[index..<(index + needle.count)].elementsEqual(needle)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
      guard needle.count > 0, start + needle.count <= bytes.count else { return nil }
      var index = start
      while index + needle.count <= bytes.count {
        if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle)
        {
          return index
        }
        index += 1
      }
      return nil
    }

    private func findCaseless(_ needle: [UInt8], from start: Int) -> Int? {
      guard needle.count > 0, start + needle.count <= bytes.count else { return nil }
      var index = start
      while index + needle.count <= bytes.count {
        var match = true
        for offset in 0..<needle.count
        where HTMLTextExtractor.lower(bytes[index + offset]) != needle[offset] {
          match = false
          break
        }
        if match { return index }
        index += 1
      }
      return nil
    }
  }

  fileprivate static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var output = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      output += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semi = after.prefix(12).firstIndex(of: ";"),
        let decoded = HTMLEntities.decode(String(after[..<semi]))
      {
        output += decoded
        rest = after[after.index(after: semi)...]
      } else {
        output += "&"
        rest = after
      }
    }
    return output + rest
  }
}

/// The HTML character references news pages use.
enum HTMLEntities {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
    "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bdquo": "\u{201E}", "mdash": "\u{2014}",
    "ndash": "\u{2013}", "hellip": "\u{2026}", "copy": "\u{00A9}", "reg": "\u{00AE}",
    "eacute": "\u{00E9}", "aacute": "\u{00E1}", "iacute": "\u{00ED}", "oacute": "\u{00F3}",
    "uacute": "\u{00FA}", "ntilde": "\u{00F1}", "uuml": "\u{00FC}", "ouml": "\u{00F6}",
    "auml": "\u{00E4}", "ccedil": "\u{00E7}", "euro": "\u{20AC}", "pound": "\u{00A3}",
    "middot": "\u{00B7}", "bull": "\u{2022}", "rsaquo": "\u{203A}", "lsaquo": "\u{2039}",
  ]

  /// The text of a reference without its `&` and `;`, or `nil` when it is not one.
  static func decode(_ name: String) -> String? {
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value: UInt32?
      if digits.first == "x" || digits.first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits)
      }
      guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
      return String(Character(scalar))
    }
    return named[name] ?? named[name.lowercased()]
  }
}
