/// Splits a paragraph into tokens with byte ranges; never allocates per byte.
public enum Tokenizer {
  /// The tokens of `range` in `text`.
  ///
  /// - Complexity: O(n) in the range's length.
  public static func tokens(
    in range: Range<Int>, of text: [UInt8], abbreviations: Set<String> = []
  ) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5)
    var index = range.lowerBound
    let end = range.upperBound
    var spaceBefore = true
    while index < end {
      let byte = text[index]
      if ByteClass.isSpace(byte) {
        spaceBefore = true
        index += 1
        continue
      }
      if byte == 0xC2 && index + 1 < end && text[index + 1] == 0xA0 {  // no-break space
        spaceBefore = true
        index += 2
        continue
      }
      var (length, kind) = scan(text, at: index, end: end)
      // "Mr." and "Jan." keep their period: it ends no sentence; nor does a party and state
      // ("Sen. Maria Lopez, D-Calif., said").
      if kind == .word, index + length < end, text[index + length] == 0x2E, !abbreviations.isEmpty,
        abbreviations.contains(
          String(decoding: text[index..<(index + length)], as: UTF8.self).lowercased())
          || isPartyAndState(text[index..<(index + length)])
      {
        length += 1
      }
      let tokenRange = index..<(index + length)
      if let last = tokens.indices.last {
        tokens[last].spaceAfter = spaceBefore
      }
      tokens.append(
        Token(
          range: tokenRange, kind: kind, text: String(decoding: text[tokenRange], as: UTF8.self),
          spaceBefore: spaceBefore, spaceAfter: true))
      spaceBefore = false
      index += length
    }
    return tokens
  }

  /// The punctuation glyph at `index`: its byte length and kind, or `nil` for a word byte.
  static func punctuation(_ text: [UInt8], at index: Int, end: Int) -> (Int, Token.Kind)? {
    let byte = text[index]
    if byte < 0x80 {
      switch byte {
      case 0x22: return (1, .mark(.straightDouble))
      case 0x27: return (1, .mark(.straightSingle))
      default:
        return ByteClass.isWordByte(byte) ? nil : (1, .punctuation)
      }
    }
    if byte == 0xC2 && index + 1 < end {
      switch text[index + 1] {
      case 0xAB: return (2, .mark(.leftGuillemet))
      case 0xBB: return (2, .mark(.rightGuillemet))
      default: return nil
      }
    }
    if byte == 0xE2 && index + 2 < end && text[index + 1] == 0x80 {
      switch text[index + 2] {
      case 0x9C: return (3, .mark(.leftDouble))
      case 0x9D: return (3, .mark(.rightDouble))
      case 0x98: return (3, .mark(.leftSingle))
      case 0x99: return (3, .mark(.rightSingle))
      case 0x9E: return (3, .mark(.lowDouble))
      case 0xB9: return (3, .mark(.leftSingleGuillemet))
      case 0xBA: return (3, .mark(.rightSingleGuillemet))
      case 0x93, 0x94, 0xA6, 0xA2, 0x90, 0x91, 0x92, 0x95: return (3, .punctuation)
      default: return nil
      }
    }
    return nil
  }

  private static func isLetterAt(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    index < end && punctuation(text, at: index, end: end) == nil && !ByteClass.isSpace(text[index])
      && !(text[index] == 0xC2 && index + 1 < end && text[index + 1] == 0xA0)
  }

  private static func scan(_ text: [UInt8], at start: Int, end: Int) -> (Int, Token.Kind) {
    if let found = punctuation(text, at: start, end: end) {
      return found
    }
    var index = start
    var allDigits = true
    while index < end {
      let byte = text[index]
      if ByteClass.isSpace(byte) { break }
      if byte == 0xC2 && index + 1 < end && text[index + 1] == 0xA0 { break }
      if let (length, kind) = punctuation(text, at: index, end: end) {
        // Inner joiners: don't, Kassym-Jomart, U.S., 1,000, 3.5, O’Brien.
        let next = index + length
        let joinsWord: Bool
        switch kind {
        case .mark(.straightSingle), .mark(.rightSingle):
          joinsWord = !allDigits && isLetterAt(text, next, end)
        case .punctuation where byte == 0x2D:  // hyphen
          joinsWord = isLetterAt(text, next, end)
        case .punctuation where byte == 0x2C:  // comma in 1,000
          joinsWord =
            allDigits && next + 2 < end && ByteClass.isDigit(text[next])
            && ByteClass.isDigit(text[next + 1]) && ByteClass.isDigit(text[next + 2])
        case .punctuation where byte == 0x2E:  // period in 3.5 or U.S.
          if allDigits {
            joinsWord = next < end && ByteClass.isDigit(text[next])
          } else {
            joinsWord =
              index - start == 1 && next + 1 < end && ByteClass.isUpper(text[next])
              && (text[next + 1] == 0x2E)
          }
        default:
          joinsWord = false
        }
        guard joinsWord else { break }
        if byte == 0x2E && !allDigits {
          // Take "U.S." whole: letter, period, letter, period.
          index = next + 2
          continue
        }
        allDigits = allDigits && (byte == 0x2C || byte == 0x2E)
        index = next
        continue
      }
      if !ByteClass.isDigit(byte) { allDigits = false }
      index += 1
    }
    return (max(1, index - start), allDigits ? .number : .word)
  }

  /// "D-Calif", "R-Ariz", "I-Vt": a capital, a hyphen, then a capitalised abbreviation.
  private static func isPartyAndState(_ word: ArraySlice<UInt8>) -> Bool {
    let bytes = Array(word)
    guard bytes.count >= 4, bytes.count <= 8, (0x41...0x5A).contains(bytes[0]), bytes[1] == 0x2D,
      (0x41...0x5A).contains(bytes[2])
    else { return false }
    return bytes[3...].allSatisfy { (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }
  }
}
