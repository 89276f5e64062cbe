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
  private let claimExtractor: ClaimExtractor

  /// Creates an analyzer.
  ///
  /// - Throws: `DataError` when a lexicon the extractors need is malformed.
  public init(data: AttestData) throws {
    self.data = data
    reader = ArticleReader(data: data)
    quoteExtractor = try QuoteExtractor(data: data)
    claimExtractor = try ClaimExtractor(data: data)
  }

  /// Extracts everything from one article.
  public func analyze(_ article: Article) -> ArticleAnalysis {
    let extraction = quoteExtractor.quotes(in: article)
    let claims = claimExtractor.claims(
      in: article, document: extraction.document, quotes: extraction.quotes)
    var analysis = ArticleAnalysis(
      article: article, quotes: extraction.quotes, claims: claims,
      warnings: article.warnings + extraction.warnings)
    let credit = OutletInferrer(registry: data.outlets).credit(
      in: article.text, layout: article.layout)
    analysis.credit = credit == article.outletName ? nil : credit
    analysis.fingerprint = Provenance.Fingerprint(words: ScoringArticle.words(article))
    return analysis
  }

  /// Reads the paths, analyses every article, and saves each to `store` when one is given.
  ///
  /// A file that cannot be read is reported in the run's errors and skipped; the others are
  /// processed and saved.
  public func run(
    paths: [String], store: Store?, standardInput: () -> [UInt8] = { [] },
    isCancelled: () -> Bool = { false }, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> AnalysisRun {
    var run = AnalysisRun(analyses: [], saves: [], errors: [])
    run.errors = try stream(
      paths: paths, store: store, standardInput: standardInput, isCancelled: isCancelled
    ) {
      analysis, save in
      run.analyses.append(analysis)
      if let save { run.saves.append(save) }
      progress?(run.analyses.count, 0)
    }
    return run
  }

  /// Reads, analyses and (with a store) saves one article at a time, handing each to `visit`:
  /// memory stays flat in the corpus size.
  ///
  /// - Returns: the files that could not be read.
  public func stream(
    paths: [String], store: Store?, standardInput: () -> [UInt8] = { [] },
    isCancelled: () -> Bool = { false },
    _ visit: (ArticleAnalysis, SaveOutcome?) throws -> Void
  ) throws -> [IngestionError] {
    var canonicalizer = SpeakerCanonicalizer()
    var failure: (any Error)?
    var done = 0
    let errors = reader.forEach(paths: paths, standardInput: standardInput) { article in
      guard failure == nil else { return false }
      if isCancelled() {
        failure = AnalysisError.interrupted(articles: done)
        return false
      }
      done += 1
      do {
        var analysis = analyze(article)
        canonicalizer.canonicalize(&analysis)
        let save = try store.map { try $0.save(analysis) }
        try visit(analysis, save)
      } catch {
        failure = error
      }
      return failure == nil
    }
    if let failure { throw failure }
    return errors
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

/// Why a run stopped early.
public enum AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Ctrl-C: what was analysed before it is saved.
  case interrupted(articles: Int)

  /// What happened, then what to do.
  public var description: String {
    switch self {
    case .interrupted(let articles):
      "interrupted after \(articles) article\(articles == 1 ? "" : "s"); those are saved. Run the command again to go on."
    }
  }
}
