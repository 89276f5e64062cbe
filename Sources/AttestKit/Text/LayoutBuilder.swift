/// Splits text into paragraphs and marks headings, captions and page furniture.
///
/// Offsets never move: furniture is marked, not removed.
public struct LayoutBuilder: Sendable {
  /// The furniture phrases.
  public let rules: FurnitureRules

  private let blockHeaders: Set<[UInt8]>
  private let linePrefixes: [[UInt8]]
  private let lineContains: [[UInt8]]
  private let captionMarkers: [[UInt8]]

  /// Creates a builder.
  public init(rules: FurnitureRules) {
    self.rules = rules
    func bytes(_ phrases: [String]) -> [[UInt8]] { phrases.map { Array($0.lowercased().utf8) } }
    blockHeaders = Set(bytes(rules.blockHeaders))
    linePrefixes = bytes(rules.linePrefixes)
    lineContains = bytes(rules.lineContains)
    captionMarkers = bytes(rules.captionMarkers)
  }

  /// The layout of `text`, whose body starts at `bodyStart` (after a header block).
  ///
  /// - Complexity: O(n) in the text's length, plus a hash of each line.
  public func layout(of text: [UInt8], bodyStart: Int = 0) -> TextLayout {
    var paragraphs = splitParagraphs(text, from: bodyStart)
    if bodyStart > 0 {
      let header = ByteClass.trimmed(0..<bodyStart, in: text)
      if !header.isEmpty {
        paragraphs.insert(Paragraph(range: header, kind: .header, followsBlankLine: true), at: 0)
      }
    }
    classify(&paragraphs, in: text)
    return TextLayout(paragraphs: paragraphs, bodyStart: bodyStart)
  }

  // MARK: - Paragraphs

  private func splitParagraphs(_ text: [UInt8], from start: Int) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var lineStart = start
    var sawBlank = true
    var index = start
    let count = text.count
    while index <= count {
      if index == count || text[index] == 0x0A {
        let line = ByteClass.trimmed(lineStart..<index, in: text)
        if line.isEmpty {
          sawBlank = true
        } else if !sawBlank, let last = paragraphs.last,
          continuesWrappedLine(last.range, line, text)
        {
          paragraphs[paragraphs.count - 1] = Paragraph(
            range: last.range.lowerBound..<line.upperBound, kind: .body,
            followsBlankLine: last.followsBlankLine)
        } else {
          paragraphs.append(Paragraph(range: line, kind: .body, followsBlankLine: sawBlank))
          sawBlank = false
        }
        lineStart = index + 1
      }
      index += 1
    }
    return paragraphs
  }

  /// A hard-wrapped line continues the previous one: it ends mid-sentence and this one starts in
  /// lower case.
  private func continuesWrappedLine(_ previous: Range<Int>, _ line: Range<Int>, _ text: [UInt8])
    -> Bool
  {
    guard let last = previous.last, ByteClass.isLower(text[line.lowerBound]) else { return false }
    let terminal: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x29, 0x27]
    if terminal.contains(text[last]) { return false }
    // A closing curly quote or ellipsis (three-byte UTF-8) ends a paragraph too.
    if text[last] >= 0x80 && last >= 2 && text[last - 2] == 0xE2 { return false }
    return true
  }

  // MARK: - Classification

  private func classify(_ paragraphs: inout [Paragraph], in text: [UInt8]) {
    var lineCounts: [UInt64: Int] = [:]
    for paragraph in paragraphs where paragraph.kind == .body {
      lineCounts[FNV1a.hash(text[paragraph.range]), default: 0] += 1
    }
    var inLinkBlock = false
    for index in paragraphs.indices where paragraphs[index].kind != .header {
      let range = paragraphs[index].range
      let folded = ByteClass.asciiLowercased(text[range])
      let words = ByteClass.wordCount(range, in: text)
      let punctuated = endsSentence(range, in: text)
      if isBlockHeader(folded) {
        paragraphs[index].kind = .furniture
        inLinkBlock = true
        continue
      }
      if inLinkBlock {
        if isListItem(range, in: text) || (words <= 16 && !punctuated) {
          paragraphs[index].kind = .furniture
          continue
        }
        inLinkBlock = false
      }
      if isCaption(folded, range: range, in: text)
        || (words >= 4 && words <= 40
          && (2...3).contains(lineCounts[FNV1a.hash(text[range]), default: 0]))
      {
        paragraphs[index].kind = .caption
      } else if isFurnitureLine(folded, words: words) || isSymbolsOnly(range, in: text) {
        paragraphs[index].kind = .furniture
      } else if words <= 14 && !punctuated {
        paragraphs[index].kind = .heading
      }
    }
    markTeasers(&paragraphs, in: text)
  }

  /// Two or more short unpunctuated lines in a row after the title are teasers or navigation.
  private func markTeasers(_ paragraphs: inout [Paragraph], in text: [UInt8]) {
    guard let firstText = paragraphs.firstIndex(where: { $0.kind == .heading || $0.kind == .body })
    else { return }
    var index = firstText + 1
    while index < paragraphs.count {
      guard paragraphs[index].kind == .heading else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < paragraphs.count && paragraphs[end + 1].kind == .heading { end += 1 }
      if end > index {
        for teaser in index...end { paragraphs[teaser].kind = .furniture }
      }
      index = end + 1
    }
  }

  private func isBlockHeader(_ folded: [UInt8]) -> Bool {
    guard folded.count <= 40 else { return false }
    var line = folded[...]
    // Trailing ':', ' ', '›' (E2 80 BA) and '»' (C2 BB).
    while let last = line.last {
      if last == 0x3A || last == 0x20 {
        line = line.dropLast()
      } else if line.count >= 3 && line.suffix(3).elementsEqual([0xE2, 0x80, 0xBA]) {
        line = line.dropLast(3)
      } else if line.count >= 2 && line.suffix(2).elementsEqual([0xC2, 0xBB]) {
        line = line.dropLast(2)
      } else {
        break
      }
    }
    return blockHeaders.contains(Array(line))
  }

  private func isFurnitureLine(_ folded: [UInt8], words: Int) -> Bool {
    if lineContains.contains(where: { ByteClass.contains(folded, $0) }) { return true }
    if words <= 30 && linePrefixes.contains(where: { folded.starts(with: $0) }) { return true }
    // Navigation: a few words ending in a breadcrumb mark (› » >).
    if words <= 5 {
      if folded.last == 0x3E || folded.suffix(2).elementsEqual([0xC2, 0xBB])
        || folded.suffix(3).elementsEqual([0xE2, 0x80, 0xBA])
      {
        return true
      }
    }
    return false
  }

  private func isCaption(_ folded: [UInt8], range: Range<Int>, in text: [UInt8]) -> Bool {
    if captionMarkers.contains(where: { ByteClass.contains(folded, $0) }) { return true }
    return hasAgencyCredit(range, in: text)
  }

  /// A photo credit in the `/Agency/Name` style: " /X…/Y…" near the end of the line.
  private func hasAgencyCredit(_ range: Range<Int>, in text: [UInt8]) -> Bool {
    var index = range.lowerBound
    while index + 2 < range.upperBound {
      if text[index] == 0x20 && text[index + 1] == 0x2F && ByteClass.isUpper(text[index + 2]) {
        var scan = index + 3
        while scan < range.upperBound && text[scan] != 0x2F && text[scan] != 0x2E { scan += 1 }
        if scan < range.upperBound && text[scan] == 0x2F && scan + 1 < range.upperBound
          && ByteClass.isUpper(text[scan + 1])
        {
          return true
        }
      }
      index += 1
    }
    return false
  }

  private func isListItem(_ range: Range<Int>, in text: [UInt8]) -> Bool {
    let first = text[range.lowerBound]
    if first == 0x2D || first == 0x2A { return true }
    // • (E2 80 A2) and – (E2 80 93)
    if first == 0xE2 && range.count > 3 && text[range.lowerBound + 1] == 0x80 {
      let third = text[range.lowerBound + 2]
      return third == 0xA2 || third == 0x93
    }
    return false
  }

  /// Player and phone lines: digits and separators only ("0:00 0:00", "800-729-5897 | 307-…").
  private func isSymbolsOnly(_ range: Range<Int>, in text: [UInt8]) -> Bool {
    for index in range {
      let byte = text[index]
      if ByteClass.isUpper(byte) || ByteClass.isLower(byte) || byte >= 0x80 { return false }
    }
    return true
  }

  private func endsSentence(_ range: Range<Int>, in text: [UInt8]) -> Bool {
    guard let last = range.last else { return false }
    switch text[last] {
    case 0x2E, 0x21, 0x3F, 0x22, 0x27, 0x29, 0x3A, 0x2C, 0x3B:
      return true
    case 0x9D, 0x99, 0xA6:  // ” ’ … (last byte of E2 80 9D / 99 / A6)
      return last >= 2 && text[last - 2] == 0xE2
    default:
      return false
    }
  }
}
