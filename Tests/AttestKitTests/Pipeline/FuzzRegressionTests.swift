import AttestKit
import Foundation
import Testing

/// Every input the fuzz target (`scripts/fuzz`) ever crashed on, run through the same pipeline:
/// it must now be read or refused cleanly, and every span must lie inside the input.
@Suite struct FuzzRegressionTests {
  static let inputs: [String] = {
    let folder = TestSupport.root.appendingPathComponent("Fuzz/regressions").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { folder + "/" + $0 }
  }()

  @Test func theRegressionCorpusIsThere() {
    #expect(!Self.inputs.isEmpty, "Fuzz/regressions is empty or missing")
  }

  @Test(arguments: inputs)
  func aCrashInputRunsCleanly(path: String) throws {
    let data = try TestSupport.data()
    let analyzer = try Analyzer(data: data)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let articles: [Article]
    do {
      articles = try ArticleReader(data: data).articles(bytes: bytes, path: path)
    } catch is IngestionError {
      return
    }
    let analyses = articles.map(analyzer.analyze)
    for analysis in analyses {
      for quote in analysis.quotes {
        #expect(0 <= quote.span.start && quote.span.start <= quote.span.end)
        #expect(quote.span.end <= bytes.count)
      }
      for claim in analysis.claims {
        #expect(0 <= claim.span.start && claim.span.end <= bytes.count)
      }
    }
    let result = try CorroborationEngine(data: data).score(analyses.map(ScoringArticle.init))
    #expect(result.scores.map(\.count) == analyses.map(\.claims.count))
  }
}
