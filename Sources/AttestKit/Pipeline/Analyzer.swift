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
  /// What `analyze` extracts.
  public let scope: Scope

  /// What an analyzer extracts from each article.
  public enum Scope: Sendable {
    /// Quotes, claims, credit lines and fingerprints: what a workspace stores.
    case everything
    /// Quotes only (`attest quotes` without a workspace): claims and fingerprints stay empty.
    case quotes
  }

  /// Creates an analyzer.
  ///
  /// - Parameters:
  ///   - data: registries and lexicons.
  ///   - scope: what to extract; runs that save to a store extract everything regardless.
  /// - Throws: `DataError` when a lexicon the extractors need is malformed.
  public init(data: AttestData, scope: Scope = .everything) throws {
    self.data = data
    self.scope = scope
    reader = ArticleReader(data: data)
    quoteExtractor = try QuoteExtractor(data: data)
    claimExtractor = try ClaimExtractor(data: data)
  }

  /// Extracts what the analyzer's scope asks for from one article.
  public func analyze(_ article: Article) -> ArticleAnalysis { analyze(article, scope: scope) }

  private func analyze(_ article: Article, scope: Scope) -> ArticleAnalysis {
    let extraction = quoteExtractor.quotes(in: article)
    guard scope == .everything else {
      return ArticleAnalysis(
        article: article, quotes: extraction.quotes, claims: [],
        warnings: article.warnings + extraction.warnings)
    }
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
  /// not depend on the number of cores. A batch is saved while the next one is analysed (saving
  /// runs on one core, as one more task beside the articles), so `visit` sees a batch once the
  /// next one is extracted.
  ///
  /// - Returns: the files that could not be read.
  public func stream(
    paths: [String], store: Store?, standardInput: () -> [UInt8] = { [] },
    isCancelled: () -> Bool = { false },
    _ visit: (ArticleAnalysis, SaveOutcome?) throws -> Void
  ) throws -> [IngestionError] {
    let scope = store == nil ? self.scope : .everything
    var canonicalizer = SpeakerCanonicalizer()
    var failure: (any Error)?
    var done = 0
    var pending: [Article] = []
    var pendingBytes = 0
    // Analysed, canonicalised and ready to save; saved while the next batch is analysed.
    var ready: [ArticleAnalysis] = []
    func hand(_ analyses: [ArticleAnalysis], _ saves: [SaveOutcome]?) {
      do {
        for (index, analysis) in analyses.enumerated() { try visit(analysis, saves?[index]) }
      } catch {
        failure = failure ?? error
      }
    }
    func flush() {
      guard failure == nil else { return }
      let saving = ready
      ready = []
      let (fresh, saved) = analyzeConcurrently(pending, scope: scope, saving: saving, to: store)
      pending.removeAll(keepingCapacity: true)
      pendingBytes = 0
      switch saved {
      case .success(let saves): hand(saving, saves)
      case .failure(let error): failure = failure ?? error
      }
      guard failure == nil else { return }
      var analyses = fresh
      for index in analyses.indices { canonicalizer.canonicalize(&analyses[index]) }
      ready = analyses
    }
    let errors = reader.forEach(paths: paths, standardInput: standardInput) { article in
      guard failure == nil else { return false }
      if isCancelled() {
        flush()
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
    flush()  // the last batch read
    flush()  // and its save
    if let failure { throw failure }
    return errors
  }

  /// Articles analysed and saved together.
  static let batchArticles = 256
  /// Text bytes analysed and saved together (a few huge articles make a batch of their own).
  static let batchBytes = 8 * 1_048_576

  /// Analyses `articles` on every core; results in input order.
  public func analyzeConcurrently(_ articles: [Article]) -> [ArticleAnalysis] {
    analyzeConcurrently(articles, scope: scope)
  }

  private func analyzeConcurrently(_ articles: [Article], scope: Scope) -> [ArticleAnalysis] {
    analyzeConcurrently(articles, scope: scope, saving: [], to: nil).0
  }

  /// Analyses `articles` on every core and, as one more task beside them, saves `saving` to
  /// `store` in one transaction; analyses in input order.
  private func analyzeConcurrently(
    _ articles: [Article], scope: Scope, saving: [ArticleAnalysis], to store: Store?
  ) -> ([ArticleAnalysis], Result<[SaveOutcome]?, any Error>) {
    let save = store.flatMap { saving.isEmpty ? nil : $0 }
    let extra = save == nil ? 0 : 1
    guard articles.count + extra > 1 else {
      let analyses = articles.map { prepared(analyze($0, scope: scope), store: store) }
      return (analyses, Result { try save?.save(saving) })
    }
    let results = ResultSlots<ArticleAnalysis>(count: articles.count)
    let outcome = ResultSlots<Result<[SaveOutcome]?, any Error>>(count: 1)
    // The save is task 0, so that one worker starts it at once while the others extract.
    DispatchQueue.concurrentPerform(iterations: articles.count + extra) { task in
      if task < extra {
        outcome.set(0, Result { try save?.save(saving) })
      } else {
        let index = task - extra
        results.set(index, prepared(analyze(articles[index], scope: scope), store: store))
      }
    }
    return (results.values(), outcome.take(0) ?? .success(nil))
  }

  /// An analysis with what saving it needs encoded beforehand (only when there is a store).
  private func prepared(_ analysis: ArticleAnalysis, store: Store?) -> ArticleAnalysis {
    guard store != nil, !analysis.claims.isEmpty else { return analysis }
    var analysis = analysis
    analysis.encodedClaims = analysis.claims.compactMap { try? Store.encodedDetail($0) }
    return analysis
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
