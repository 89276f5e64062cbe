/// A stretch of text between quotation marks in one paragraph.
struct QuotedSpan: Hashable, Sendable {
  /// Index of the paragraph (in the document's body paragraphs).
  var paragraph: Int
  /// Token index of the opening mark, or `nil` when the span continues an earlier paragraph's
  /// quote without a new opening mark.
  var open: Int?
  /// Token index of the closing mark, or `nil` when the paragraph ends first.
  var close: Int?
  /// Token indices of the quoted words.
  var tokens: Range<Int>
  /// Text offsets strictly between the marks.
  var content: Range<Int>
  /// Nesting depth: 0 for an outermost quote.
  var depth: Int
  /// Whether the quote runs on into the next paragraph.
  var continues: Bool
  /// Whether the quote continues from the previous paragraph.
  var isContinuation: Bool
}

/// Pairs quotation marks across a document's paragraphs: every mark style, nesting, quotes that
/// run over several paragraphs, and local repair of stray or unbalanced marks.
///
/// It never fails on marks: a closing mark with no opener is noted and skipped; an opener never
/// closed ends at its paragraph's end with a warning, unless the next paragraph opens with a mark
/// (the newspaper convention for a quote running on).
struct QuoteMarkPairer {
  /// A located problem: the text offset of the mark and what is wrong.
  struct Problem: Hashable {
    var offset: Int
    var message: String
  }

  private struct Open {
    var token: Int
    var glyph: QuoteGlyph
  }

  /// The spans and problems of `paragraphs` (tokens per paragraph).
  static func spans(_ paragraphs: [[Token]], ranges: [Range<Int>]) -> ([QuotedSpan], [Problem]) {
    var spans: [QuotedSpan] = []
    var problems: [Problem] = []
    var carried: QuoteGlyph?
    for (index, tokens) in paragraphs.enumerated() {
      var stack: [Open] = []
      var continuing = false
      if let glyph = carried, let first = tokens.first, case .mark(let mark) = first.kind,
        opens(mark, family: glyph)
      {
        continuing = true
      } else if carried != nil, let first = tokens.first, case .mark = first.kind {
        continuing = false
      }
      carried = nil
      for (position, token) in tokens.enumerated() {
        guard case .mark(let glyph) = token.kind else { continue }
        let role = Self.role(of: glyph, at: position, in: tokens, stack: stack)
        switch role {
        case .open:
          if glyph.isDouble, let top = stack.last, top.glyph.isDouble, stack.count == 1,
            !(token.spaceBefore == false && isStraight(glyph))
          {
            // A second double opener at the top level: the first was never closed. It is
            // taken as a stray mark, so the text after it stays open to attribution.
            problems.append(
              Problem(
                offset: tokens[top.token].range.lowerBound,
                message: "unmatched opening quotation mark"))
            stack.removeAll()
          }
          stack.append(Open(token: position, glyph: glyph))
        case .close:
          guard let match = stack.lastIndex(where: { closes(glyph, $0.glyph) }) else {
            problems.append(
              Problem(offset: token.range.lowerBound, message: "unmatched closing quotation mark"))
            continue
          }
          let opened = stack[match]
          let depth = match
          let isContinuation = continuing && match == 0 && opened.token == 0
          spans.append(
            span(
              index, tokens, open: opened.token, close: position, depth: depth, continues: false,
              continuation: isContinuation))
          stack.removeSubrange(match...)
        case .apostrophe:
          continue
        }
      }
      if let first = stack.first {
        let nextOpens =
          index + 1 < paragraphs.count
          && paragraphs[index + 1].first.map { next in
            if case .mark(let mark) = next.kind { return opens(mark, family: first.glyph) }
            return false
          } == true
        if !nextOpens {
          problems.append(
            Problem(
              offset: tokens[first.token].range.lowerBound,
              message: "unmatched opening quotation mark"))
        }
        spans.append(
          span(
            index, tokens, open: first.token, close: nil, depth: 0, continues: nextOpens,
            continuation: continuing && first.token == 0))
        if nextOpens { carried = first.glyph }
      }
    }
    // Mark continuations on the following paragraph's first span.
    var continuedParagraphs = Set<Int>()
    for span in spans where span.continues { continuedParagraphs.insert(span.paragraph + 1) }
    for index in spans.indices
    where continuedParagraphs.contains(spans[index].paragraph) && spans[index].open == 0
      && spans[index].depth == 0
    {
      spans[index].isContinuation = true
    }
    spans.sort {
      ($0.paragraph, $0.tokens.lowerBound, $0.depth) < (
        $1.paragraph, $1.tokens.lowerBound, $1.depth
      )
    }
    return (spans, problems)
  }

  private enum Role { case open, close, apostrophe }

  private static func isStraight(_ glyph: QuoteGlyph) -> Bool {
    glyph == .straightDouble || glyph == .straightSingle
  }

  private static func role(
    of glyph: QuoteGlyph, at position: Int, in tokens: [Token], stack: [Open]
  ) -> Role {
    let token = tokens[position]
    let next = position + 1 < tokens.count ? tokens[position + 1] : nil
    let nextIsWordish =
      next.map {
        !$0.spaceBefore && ($0.kind == .word || $0.kind == .number || isOpeningPunctuation($0))
      } ?? false
    switch glyph {
    case .leftDouble:
      return stack.last?.glyph == .lowDouble ? .close : .open
    case .lowDouble, .leftGuillemet, .leftSingleGuillemet:
      return .open
    case .rightDouble, .rightGuillemet:
      return .close
    case .rightSingleGuillemet:
      return stack.contains(where: { $0.glyph == .leftSingleGuillemet }) ? .close : .apostrophe
    case .leftSingle:
      return (token.spaceBefore || position == 0 || isAfterMark(position, tokens)) && nextIsWordish
        ? .open : .apostrophe
    case .rightSingle, .straightSingle:
      if let top = stack.last, !top.glyph.isDouble,
        !token.spaceBefore || position == tokens.count - 1
      {
        return .close
      }
      if glyph == .straightSingle
        && (token.spaceBefore || position == 0 || isAfterMark(position, tokens)) && nextIsWordish
      {
        return .open
      }
      return .apostrophe
    case .straightDouble:
      let hasOpen = stack.contains(where: { $0.glyph == .straightDouble })
      let afterBoundary =
        token.spaceBefore || position == 0 || isAfterMark(position, tokens)
        || (position > 0 && isOpeningPunctuation(tokens[position - 1]))
      // Space before and a word right after: an opener, even if one is still open (the pairer
      // then closes that one with a warning). No space before: a closer.
      if afterBoundary && nextIsWordish { return .open }
      if !token.spaceBefore { return hasOpen ? .close : (nextIsWordish ? .open : .close) }
      return hasOpen ? .close : .open
    }
  }

  private static func isOpeningPunctuation(_ token: Token) -> Bool {
    token.kind == .punctuation
      && (token.text == "(" || token.text == "[" || token.text == "…" || token.text == "—"
        || token.text == "-" || token.text == ".")
  }

  private static func isAfterMark(_ position: Int, _ tokens: [Token]) -> Bool {
    guard position > 0, case .mark = tokens[position - 1].kind else { return false }
    return !tokens[position].spaceBefore
  }

  private static func opens(_ glyph: QuoteGlyph, family: QuoteGlyph) -> Bool {
    switch glyph {
    case .leftDouble, .lowDouble, .straightDouble, .leftGuillemet:
      family.isDouble
    case .leftSingle, .straightSingle, .leftSingleGuillemet:
      !family.isDouble
    default:
      false
    }
  }

  private static func closes(_ glyph: QuoteGlyph, _ open: QuoteGlyph) -> Bool {
    switch glyph {
    case .rightDouble:
      open == .leftDouble || open == .lowDouble || open == .straightDouble
    case .straightDouble:
      open == .straightDouble || open == .leftDouble || open == .lowDouble
    case .rightGuillemet:
      open == .leftGuillemet
    case .rightSingle, .straightSingle:
      open == .leftSingle || open == .straightSingle
    case .rightSingleGuillemet:
      open == .leftSingleGuillemet
    case .leftDouble, .lowDouble, .leftGuillemet, .leftSingle, .leftSingleGuillemet:
      // „ … “ (German style) closes with a left double mark.
      glyph == .leftDouble && open == .lowDouble
    }
  }

  private static func span(
    _ paragraph: Int, _ tokens: [Token], open: Int, close: Int?, depth: Int, continues: Bool,
    continuation: Bool
  ) -> QuotedSpan {
    let end = close ?? tokens.count
    let contentStart = tokens[open].range.upperBound
    let contentEnd =
      close.map { tokens[$0].range.lowerBound }
      ?? (end > open + 1 ? tokens[end - 1].range.upperBound : contentStart)
    return QuotedSpan(
      paragraph: paragraph, open: open, close: close, tokens: (open + 1)..<max(open + 1, end),
      content: contentStart..<max(contentStart, contentEnd), depth: depth, continues: continues,
      isContinuation: continuation)
  }
}
