/// The report of an analysis run: what `attest analyze` prints, as values.
public struct AnalysisReport: Hashable, Sendable, Codable {
  /// One article read.
  public struct ArticleLine: Hashable, Sendable, Codable {
    /// The article's name.
    public var doc: String
    /// Its outlet, or `unknown`.
    public var outlet: String
    /// How the outlet was found.
    public var outletEvidence: String?
    /// Publication day.
    public var published: String?
    /// Headline.
    public var title: String?
    /// Quotes found in it.
    public var quotes: Int
    /// `new`, `unchanged` or `updated` in the workspace; `read` without one.
    public var status: String
  }

  /// An outlet and how many articles of the run it published.
  public struct OutletLine: Hashable, Sendable, Codable {
    /// The outlet.
    public var name: String
    /// Its articles in this run.
    public var articles: Int
  }

  /// One quote as the report lists it.
  public struct QuoteLine: Hashable, Sendable, Codable {
    /// Direct, indirect or mixed.
    public var type: QuoteType
    /// The quoted text.
    public var quote: String
    /// The speech verb.
    public var cue: String
    /// The mention as printed.
    public var mention: String
    /// The article.
    public var doc: String
    /// Its outlet.
    public var outlet: String
    /// Line and column in the source.
    public var location: SourceLocation
    /// Extractor confidence.
    public var confidence: Double
  }

  /// A speaker with every quote attributed to them.
  public struct SpeakerLine: Hashable, Sendable, Codable {
    /// The canonical name.
    public var name: String
    /// Person, organisation, media or unknown.
    public var kind: SpeakerKind
    /// The forms the text used for them.
    public var aliases: [String]
    /// Their quotes in article order.
    public var quotes: [QuoteLine]
  }

  /// Articles in input order.
  public var articles: [ArticleLine]
  /// Outlets by name.
  public var outlets: [OutletLine]
  /// Speakers, most quoted first.
  public var speakers: [SpeakerLine]
  /// Warnings about inputs that were still used.
  public var warnings: [String]
  /// Inputs that could not be used.
  public var errors: [String]

  /// Builds the report of a run.
  public init(run: AnalysisRun) {
    var articles: [ArticleLine] = []
    var outletCounts: [String: Int] = [:]
    var speakers: [String: SpeakerLine] = [:]
    var warnings: [String] = []
    for (index, analysis) in run.analyses.enumerated() {
      let article = analysis.article
      let status: String
      switch index < run.saves.count ? run.saves[index] : nil {
      case .none: status = "read"
      case .inserted: status = "new"
      case .unchanged: status = "unchanged"
      case .replaced: status = "updated"
      }
      articles.append(
        ArticleLine(
          doc: article.doc, outlet: article.outletName,
          outletEvidence: article.metadata.outletEvidence,
          published: article.metadata.published, title: article.metadata.title,
          quotes: analysis.quotes.count, status: status))
      outletCounts[article.outletName, default: 0] += 1
      warnings += analysis.warnings.map(\.description)
      for quote in analysis.quotes {
        var line =
          speakers[quote.speaker]
          ?? SpeakerLine(name: quote.speaker, kind: quote.speakerKind, aliases: [], quotes: [])
        if !line.aliases.contains(quote.mention) { line.aliases.append(quote.mention) }
        line.quotes.append(
          QuoteLine(
            type: quote.type, quote: quote.text, cue: quote.cue, mention: quote.mention,
            doc: article.doc, outlet: article.outletName, location: quote.span.location,
            confidence: quote.confidence))
        speakers[quote.speaker] = line
      }
    }
    self.articles = articles
    outlets = outletCounts.map { OutletLine(name: $0.key, articles: $0.value) }
      .sorted { $0.name < $1.name }
    self.speakers = speakers.values.sorted {
      ($0.quotes.count, $1.name) > ($1.quotes.count, $0.name)
    }
    self.warnings = warnings
    errors = run.errors.map(\.description)
  }
}
