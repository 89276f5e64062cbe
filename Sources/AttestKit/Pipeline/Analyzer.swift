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

  /// Reads, analyses and (with a store) saves articles in batches, handing each to `visit` in
  /// input order: memory stays flat in the corpus size.
  ///
  /// Each batch is analysed on every core (extraction is per article), then speakers are
  /// canonicalised in input order and the batch is saved in one transaction, so the result does
  /// not depend on the number of cores.
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
    var pending: [Article] = []
    var pendingBytes = 0
    func flush() {
      guard !pending.isEmpty, failure == nil else { return }
      var analyses = analyzeConcurrently(pending)
      pending.removeAll(keepingCapacity: true)
      pendingBytes = 0
      for index in analyses.indices { canonicalizer.canonicalize(&analyses[index]) }
      do {
        let saves = try store.map { try $0.save(analyses) }
        for (index, analysis) in analyses.enumerated() { try visit(analysis, saves?[index]) }
      } catch {
        failure = error
      }
    }
    let errors = reader.forEach(paths: paths, standardInput: standardInput) { article in
      guard failure == nil else { return false }
      if isCancelled() {
        flush()
        if failure == nil { failure = AnalysisError.interrupted(articles: done) }
        return false
      }
      done += 1
      pendingBytes += article.text.count
      pending.append(article)
      if pending.count >= Self.batchArticles || pendingBytes >= Self.batchBytes { flush() }
      return failure == nil
    }
    flush()
    if let failure { throw failure }
    return errors
  }

  /// Articles analysed and saved together.
  static let batchArticles = 256
  /// Text bytes analysed and saved together (a few huge articles make a batch of their own).
  static let batchBytes = 8 * 1_048_576

  /// Analyses `articles` on every core; results in input order.
  public func analyzeConcurrently(_ articles: [Article]) -> [ArticleAnalysis] {
    guard articles.count > 1 else { return articles.map(analyze) }
    let results = ResultSlots<ArticleAnalysis>(count: articles.count)
    DispatchQueue.concurrentPerform(iterations: articles.count) { index in
      results.set(index, analyze(articles[index]))
    }
    return results.values()
  }
}

/// Per-index results written by concurrent workers (each index once), read after they finish.
final class ResultSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func values() -> [Value] { slots.compactMap { $0 } }

  /// Hands over one result, freeing its place.
  func take(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    let value = slots[index]
    slots[index] = nil
    return value
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
