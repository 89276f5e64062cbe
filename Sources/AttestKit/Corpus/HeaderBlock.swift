/// The optional `key: value` header block of a plain-text article.
enum HeaderBlock {
  /// The keys a header block may hold.
  static let keys: Set<String> = ["outlet", "url", "published", "title", "byline"]

  /// The metadata of a header block at the start of `text`, and where the body starts; `nil` when
  /// the text opens with no header block.
  static func parse(_ text: [UInt8]) -> (metadata: ArticleMetadata, bodyStart: Int, badDate: Int?)?
  {
    var metadata = ArticleMetadata()
    var index = 0
    var sawKey = false
    var badDate: Int?
    while index < text.count {
      var lineEnd = index
      while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
      let line = ByteClass.trimmed(index..<lineEnd, in: text)
      if line.isEmpty {
        return sawKey ? (metadata, min(lineEnd + 1, text.count), badDate) : nil
      }
      guard let colon = text[line].firstIndex(of: 0x3A) else { return nil }
      let key = String(decoding: text[line.lowerBound..<colon], as: UTF8.self).lowercased()
      guard keys.contains(key) else { return nil }
      let value = String(
        decoding: text[ByteClass.trimmed(colon + 1..<line.upperBound, in: text)], as: UTF8.self)
      sawKey = true
      switch key {
      case "outlet": metadata.outlet = value.isEmpty ? nil : value
      case "url": metadata.url = value
      case "published":
        if PublicationDate.isValid(value) {
          metadata.published = value
        } else {
          badDate = line.lowerBound
        }
      case "title": metadata.title = value
      default: metadata.byline = value
      }
      index = lineEnd + 1
    }
    return nil
  }
}

/// Publication dates: `YYYY-MM-DD`.
enum PublicationDate {
  /// Whether `value` is a calendar day written `YYYY-MM-DD`.
  static func isValid(_ value: String) -> Bool {
    let parts = value.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return year > 1800 && (1...12).contains(month) && (1...31).contains(day)
  }

  /// The `YYYY-MM-DD` prefix of an ISO 8601 timestamp, if it has one.
  static func day(fromTimestamp value: String) -> String? {
    let prefix = String(value.prefix(10))
    return isValid(prefix) ? prefix : nil
  }
}
