/// Quotes found in one article, with the warnings raised while finding them.
public struct QuoteExtraction: Sendable {
  /// Quotes in text order.
  public var quotes: [Quote]
  /// Located warnings (unbalanced quotation marks).
  public var warnings: [Diagnostic]
}

/// Finds the quotations in an article and attributes them to speakers.
public struct QuoteExtractor: Sendable {
  /// Creates an extractor with the lexicons of `data`.
  public init(data: AttestData) throws {}

  /// The quotes in `article`.
  public func quotes(in article: Article) -> QuoteExtraction {
    QuoteExtraction(quotes: [], warnings: [])
  }
}
