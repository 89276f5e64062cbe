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
    self.init()
    for (index, analysis) in run.analyses.enumerated() {
      add(analysis, save: index < run.saves.count ? run.saves[index] : nil)
    }
    finish(errors: run.errors)
  }

  /// The whole run's counts: the lists above keep every line of the first
  /// `AnalysisReport.detailLimit` articles, then only count.
  public var totals = Totals()

  /// Counts over the whole run.
  public struct Totals: Hashable, Sendable, Codable {
    /// Articles read.
    public var articles = 0
    /// Quotes found.
    public var quotes = 0
    /// Distinct speakers.
    public var speakers = 0
    /// Warnings.
    public var warnings = 0
  }

  /// Articles whose lines (article, quotes, warnings) a report keeps: a 100,000-article run
  /// reports its totals, the first lines and its top speakers in bounded memory.
  public static let detailLimit = 500

  private var speakerIndex: [String: SpeakerLine] = [:]
  private var speakerCounts: [String: Int] = [:]
  private var outletCounts: [String: Int] = [:]

  /// An empty report, filled by `add` and closed by `finish`.
  public init() {
    articles = []
    outlets = []
    speakers = []
    warnings = []
    errors = []
  }

  /// Adds one analysed article (and what saving it did).
  public mutating func add(_ analysis: ArticleAnalysis, save: SaveOutcome?) {
    let article = analysis.article
    let detailed = totals.articles < Self.detailLimit
    totals.articles += 1
    totals.quotes += analysis.quotes.count
    totals.warnings += analysis.warnings.count
    outletCounts[article.outletName, default: 0] += 1
    if detailed {
      let status: String
      switch save {
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
      warnings += analysis.warnings.map(\.description)
    }
    for quote in analysis.quotes {
      speakerCounts[quote.speaker, default: 0] += 1
      var line =
        speakerIndex[quote.speaker]
        ?? SpeakerLine(name: quote.speaker, kind: quote.speakerKind, aliases: [], quotes: [])
      if !line.aliases.contains(quote.mention) && line.aliases.count < 24 {
        line.aliases.append(quote.mention)
      }
      if detailed {
        line.quotes.append(
          QuoteLine(
            type: quote.type, quote: quote.text, cue: quote.cue, mention: quote.mention,
            doc: article.doc, outlet: article.outletName, location: quote.span.location,
            confidence: quote.confidence))
      }
      speakerIndex[quote.speaker] = line
    }
  }

  /// Orders outlets and speakers (most quoted first) and records the files skipped.
  public mutating func finish(errors: [IngestionError]) {
    outlets = outletCounts.map { OutletLine(name: $0.key, articles: $0.value) }
      .sorted { $0.name < $1.name }
    let counts = speakerCounts
    speakers = speakerIndex.values.sorted {
      (counts[$0.name] ?? 0, $1.name) > (counts[$1.name] ?? 0, $0.name)
    }
    totals.speakers = speakers.count
    if totals.articles > Self.detailLimit { speakers = Array(speakers.prefix(Self.detailLimit)) }
    self.errors = errors.map(\.description)
  }

  /// The workspace's claims after this run.
  ///
  /// How many carry each label, and the flagged ones (contested, likely errors) first.
  public var claims: ClaimsSummary?

  /// Claim labels over the workspace.
  public struct ClaimsSummary: Hashable, Sendable, Codable {
    /// Mentions scored.
    public var mentions: Int
    /// Mentions per label, in the order of `ClaimLabel.allCases`.
    public var labels: [LabelCount]
    /// Up to 10 contested or likely-error mentions: `id  doc  “text”  label`.
    public var flagged: [String]

    /// One label's count.
    public struct LabelCount: Hashable, Sendable, Codable {
      /// The label.
      public var label: String
      /// Its mentions.
      public var count: Int
    }

    /// Summarises a scored board.
    public init(board: ClaimBoard) {
      mentions = board.rows.count
      var counts: [ClaimLabel: Int] = [:]
      for row in board.rows { counts[row.score.label, default: 0] += 1 }
      labels = ClaimLabel.allCases.compactMap { label in
        counts[label].map { LabelCount(label: label.rawValue, count: $0) }
      }
      flagged = board.rows.filter { [.contested, .likelyError].contains($0.score.label) }
        .prefix(10).map { row in
          "\(row.id)  \(board.articles[row.article].doc)  “\(row.claim.text)”  \(row.score.label.rawValue)"
        }
    }
  }

  enum CodingKeys: String, CodingKey {
    case articles, outlets, speakers, warnings, errors, totals, claims
  }
}
