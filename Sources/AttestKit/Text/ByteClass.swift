/// Byte-level character tests on UTF-8 text; the extractors scan bytes, not `String`s, for speed.
enum ByteClass {
  /// ASCII space, tab, CR or LF.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// ASCII upper-case letter.
  static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  /// ASCII lower-case letter.
  static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  /// ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// ASCII letter, digit, or any byte of a multi-byte (non-ASCII) character.
  static func isWordByte(_ byte: UInt8) -> Bool {
    isUpper(byte) || isLower(byte) || isDigit(byte) || byte >= 0x80
  }

  /// The range with leading and trailing white space (ASCII and U+00A0) removed.
  static func trimmed(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      if isSpace(text[start]) {
        start += 1
      } else if text[start] == 0xC2 && start + 1 < end && text[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while end > start {
      if isSpace(text[end - 1]) {
        end -= 1
      } else if end - 2 >= start && text[end - 2] == 0xC2 && text[end - 1] == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
    return start..<end
  }

  /// The number of white-space separated words in a range.
  static func wordCount(_ range: Range<Int>, in text: [UInt8]) -> Int {
    var count = 0
    var inWord = false
    for index in range {
      if isSpace(text[index]) {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The bytes with ASCII letters lower-cased (other bytes unchanged).
  static func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    bytes.map { isUpper($0) ? $0 + 32 : $0 }
  }

  /// Whether `haystack` contains `needle`.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      index += 1
    }
    return false
  }
}
