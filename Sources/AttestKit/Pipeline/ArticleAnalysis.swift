/// One article with everything the pipeline extracted from it.
public struct ArticleAnalysis: Sendable {
  /// The article as read.
  public var article: Article
  /// Its quotations, in text order.
  public var quotes: [Quote]
  /// Its claim mentions (figures, dates, events), in text order.
  public var claims: [ClaimMention]
  /// Warnings the extractors raised (unbalanced quotation marks and the like).
  public var warnings: [Diagnostic]
  /// The publisher a credit line or dateline names, when it is not the article's own outlet.
  public var credit: String?
  /// The body's fingerprint for copy detection.
  public var fingerprint = Provenance.Fingerprint(words: [])
  /// Each claim as the JSON a workspace stores, encoded where the analysis ran (on any core) so
  /// that saving, which runs on one, does not; empty when not prepared.
  var encodedClaims: [String] = []

  /// Creates an analysis.
  public init(
    article: Article, quotes: [Quote], claims: [ClaimMention] = [], warnings: [Diagnostic] = []
  ) {
    self.article = article
    self.quotes = quotes
    self.claims = claims
    self.warnings = warnings
  }
}

/// What saving an article did to the workspace.
public enum SaveOutcome: Hashable, Sendable {
  /// The article was new.
  case inserted
  /// The same bytes were read before: nothing changed.
  case unchanged
  /// The article changed: its extractions were replaced; annotations were re-anchored to quotes
  /// with the same text, and the rest kept as orphans.
  case replaced(reanchored: Int, orphaned: Int)
}
