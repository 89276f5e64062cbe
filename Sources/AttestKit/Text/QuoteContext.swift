/// The paragraph around a quote, for showing it in context: text before, the quote, text after.
public enum QuoteContext {
  /// The quote's paragraph split around its first occurrence, each side clipped to `width`
  /// characters; `nil` when the article does not contain the quote.
  public static func around(
    _ quote: String, in article: String, at offsets: Range<Int>? = nil, width: Int = 240
  ) -> (before: String, quote: String, after: String)? {
    guard !quote.isEmpty else { return nil }
    // Offsets into the stored text find it at once; a search is the fallback (HTML sources).
    var located: Range<String.Index>?
    if let offsets, offsets.upperBound <= article.utf8.count {
      let start = article.utf8.index(article.utf8.startIndex, offsetBy: offsets.lowerBound)
      let end = article.utf8.index(start, offsetBy: offsets.count)
      if article.utf8[start..<end].elementsEqual(quote.utf8) { located = start..<end }
    }
    guard let found = located ?? article.range(of: quote) else { return nil }
    let paragraphStart =
      article[..<found.lowerBound].lastIndex(of: "\n").map { article.index(after: $0) }
      ?? article.startIndex
    let paragraphEnd = article[found.upperBound...].firstIndex(of: "\n") ?? article.endIndex
    var before = String(article[paragraphStart..<found.lowerBound])
    var after = String(article[found.upperBound..<paragraphEnd])
    if before.count > width { before = "…" + before.suffix(width) }
    if after.count > width { after = after.prefix(width) + "…" }
    return (before, quote, after)
  }
}
