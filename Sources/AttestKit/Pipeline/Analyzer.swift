import Foundation

/// Runs the whole pipeline: read articles, extract and attribute quotes, store the results.
///
/// ```swift
/// let analyzer = try Analyzer(data: AttestData.load(from: dataFolder))
/// let run = try analyzer.run(paths: ["Data/samples"], store: store)
/// print(ReportRenderer().text(AnalysisReport(run: run)))
/// ```
public struct Analyzer: Sendable {
  /// Registries and lexicons.
  public let data: AttestData
  private let reader: ArticleReader
  private let quoteExtractor: QuoteExtractor

  /// Creates an analyzer.
  ///
  /// - Throws: `DataError` when a lexicon the extractors need is malformed.
  public init(data: AttestData) throws {
    self.data = data
    reader = ArticleReader(data: data)
    quoteExtractor = try QuoteExtractor(data: data)
  }

  /// Extracts everything from one article.
  public func analyze(_ article: Article) -> ArticleAnalysis {
    let extraction = quoteExtractor.quotes(in: article)
    return ArticleAnalysis(
      article: article, quotes: extraction.quotes, warnings: article.warnings + extraction.warnings)
  }

  /// Reads the paths, analyses every article, and saves each to `store` when one is given.
  ///
  /// A file that cannot be read is reported in the run's errors and skipped; the others are
  /// processed and saved.
  public func run(
    paths: [String], store: Store?, standardInput: () -> [UInt8] = { [] },
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> AnalysisRun {
    let outcome = reader.read(paths: paths, standardInput: standardInput)
    var run = AnalysisRun(analyses: [], saves: [], errors: outcome.errors)
    let total = outcome.articles.count
    for (index, article) in outcome.articles.enumerated() {
      run.analyses.append(analyze(article))
      progress?(index + 1, total)
    }
    SpeakerCanonicalizer.canonicalize(&run.analyses)
    if let store {
      for analysis in run.analyses { run.saves.append(try store.save(analysis)) }
    }
    return run
  }
}

/// The result of one `attest analyze` run.
public struct AnalysisRun: Sendable {
  /// Each article read, with its extractions.
  public var analyses: [ArticleAnalysis]
  /// What saving each article did (empty without a workspace).
  public var saves: [SaveOutcome]
  /// Files that could not be read.
  public var errors: [IngestionError]
}
