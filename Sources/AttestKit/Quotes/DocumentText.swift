import Foundation

/// An article's body paragraphs as tokens, with quotation marks paired and sentences found: the
/// shared view the quote frames read.
struct DocumentText {
  /// The body paragraphs (captions, headings and furniture left out).
  let paragraphs: [Paragraph]
  /// Tokens per paragraph.
  let tokens: [[Token]]
  /// Outermost quoted spans.
  let spans: [QuotedSpan]
  /// Problems pairing the marks.
  let problems: [QuoteMarkPairer.Problem]
  /// Per paragraph, per token: the index into `spans` of the outermost quote holding it (marks
  /// included), or -1.
  let quoteOf: [[Int]]
  /// Per paragraph, per token: whether a sentence ends after it.
  let sentenceEnds: [[Bool]]
  /// Lower-case forms of every word printed in lower case somewhere in the article.
  let lowerWords: Set<String>
  /// Capitalised words printed somewhere other than at the start of a sentence or quotation.
  let midSentenceCapitals: Set<String>

  init(article: Article, abbreviations: Set<String>, cues: SpeechCues) {
    let paragraphs = article.layout.paragraphs.filter(\.isBody)
    let tokens = paragraphs.map {
      Tokenizer.tokens(in: $0.range, of: article.text, abbreviations: abbreviations)
    }
    let (allSpans, problems) = QuoteMarkPairer.spans(tokens, ranges: paragraphs.map(\.range))
    let spans = allSpans.filter { $0.depth == 0 }
    var quoteOf = tokens.map { [Int](repeating: -1, count: $0.count) }
    for (index, span) in spans.enumerated() {
      let first = span.open ?? span.tokens.lowerBound
      let last = span.close ?? (span.tokens.upperBound - 1)
      guard first <= last else { continue }
      for position in first...last where position < quoteOf[span.paragraph].count {
        quoteOf[span.paragraph][position] = index
      }
    }
    var lowerWords = Set<String>()
    for paragraph in tokens {
      for token in paragraph where token.kind == .word && !token.isCapitalised {
        lowerWords.insert(token.lower)
      }
    }
    self.paragraphs = paragraphs
    self.tokens = tokens
    self.spans = spans
    self.problems = problems
    self.quoteOf = quoteOf
    self.lowerWords = lowerWords
    var capitals = Set<String>()
    for paragraph in tokens {
      for index in paragraph.indices.dropFirst() where paragraph[index].isCapitalised {
        let previous = paragraph[index - 1]
        // After `"…,"` a name is mid-sentence too: `"We won," Lind said`.
        let afterQuotedClause =
          Self.isMark(previous) && index >= 2
          && [",", "?", "!", "—"].contains(paragraph[index - 2].text)
        if (!previous.isTerminal && !Self.isMark(previous) && !previous.isPunctuation(":"))
          || afterQuotedClause
        {
          capitals.insert(MentionParser.withoutPossessive(paragraph[index].text))
          capitals.insert(paragraph[index].text)
        }
      }
    }
    midSentenceCapitals = capitals
    sentenceEnds = zip(tokens, quoteOf).map { paragraph, quotes in
      Self.sentenceEnds(paragraph, quotes: quotes, abbreviations: abbreviations, cues: cues)
    }
  }

  private static func sentenceEnds(
    _ tokens: [Token], quotes: [Int], abbreviations: Set<String>, cues: SpeechCues
  ) -> [Bool] {
    var ends = [Bool](repeating: false, count: tokens.count)
    guard !tokens.isEmpty else { return ends }
    for index in tokens.indices {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let nextStarts = next.map { $0.isCapitalised || $0.kind == .number || isMark($0) } ?? true
      if token.isTerminal && quotes[index] < 0 && nextStarts {
        if token.text == ".", index > 0 {
          let previous = tokens[index - 1]
          let bare =
            previous.lower.contains(".")
            ? previous.lower.replacingOccurrences(of: ".", with: "") : previous.lower
          if abbreviations.contains(bare) && !token.spaceBefore { continue }
          if previous.text.count == 1 && previous.isCapitalised { continue }  // an initial
        }
        ends[index] = true
      } else if isMark(token), quotes[index] >= 0, index > 0, tokens[index - 1].isTerminal,
        index + 1 < tokens.count ? quotes[index + 1] != quotes[index] : true,
        nextStarts
      {
        // `…will.” Fresh gunfire`: the quote closed a sentence unless an attribution follows.
        let window = tokens[(index + 1)..<min(tokens.count, index + 8)]
        // An attribution is a cue right after the mark ("said X") or a cue that ends its clause
        // ("President Tokayev said,"), not "X said that …", which starts a new sentence.
        let attributed = window.indices.contains { position in
          guard let cue = cues.cue(at: position, in: tokens), cue.frames.contains(.direct) else {
            return false
          }
          let after = position + cue.words.count
          return position == index + 1 || after >= tokens.count || tokens[after].isTerminal
            || tokens[after].isPunctuation(",")
        }
        if !attributed { ends[index] = true }
      }
    }
    ends[tokens.count - 1] = true
    return ends
  }

  static func isMark(_ token: Token) -> Bool {
    if case .mark = token.kind { return true }
    return false
  }

  /// The first token of the sentence holding token `index`.
  func sentenceStart(_ paragraph: Int, _ index: Int) -> Int {
    var start = index
    while start > 0 && !sentenceEnds[paragraph][start - 1] { start -= 1 }
    return start
  }

  /// The last token of the sentence holding token `index`.
  func sentenceEnd(_ paragraph: Int, _ index: Int) -> Int {
    var end = index
    while end < tokens[paragraph].count - 1 && !sentenceEnds[paragraph][end] { end += 1 }
    return end
  }

  /// Whether token `index` lies inside (or is a mark of) an outermost quotation.
  func isQuoted(_ paragraph: Int, _ index: Int) -> Bool {
    quoteOf[paragraph][index] >= 0
  }

  /// Where the text after a wire dateline starts, or `nil` when `start` opens none.
  ///
  /// "OSLO, March 3 (Northwire) - …", "GRANTHAM FALLS, Sept 8 (Valley Wire) - …": capitals, a
  /// comma or a bracket, then a dash within 15 tokens.
  static func datelineEnd(in tokens: [Token], from start: Int, limit: Int) -> Int? {
    var place = start
    while place < min(limit, start + 4), tokens[place].isAllCaps { place += 1 }
    // "Daran, Sept 14 (Continental Wire) —": a place in ordinary capitals, then a date and the
    // agency in brackets.
    if place == start {
      while place < min(limit, start + 3), tokens[place].isCapitalised,
        !CalendarWords.contains(tokens[place])
      {
        place += 1
      }
      guard place > start, place + 4 < limit, tokens[place].isPunctuation(","),
        CalendarWords.contains(tokens[place + 1]), tokens[place + 2].kind == .number,
        tokens[place + 3].text == "("
      else { return nil }
    }
    guard place > start, place < limit,
      tokens[place].isPunctuation(",") || tokens[place].text == "(",
      let dash = (place..<min(limit, start + 15)).first(where: {
        ["-", "—", "–"].contains(tokens[$0].text)
      }), dash + 1 < limit
    else { return nil }
    return dash + 1
  }
}
