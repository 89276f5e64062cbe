import AttestKit
import Foundation
import Testing

struct ReportRendererTests {
  private func sampleReport() throws -> AnalysisReport {
    let samples = TestSupport.root.appendingPathComponent("Data/samples").path
    let store = try Store.open(path: ":memory:")
    let run = try Analyzer(data: TestSupport.data()).run(paths: [samples], store: store)
    return AnalysisReport(run: run)
  }

  @Test func rendersTheSampleCorpusReport() throws {
    try Golden.check(
      ReportRenderer().text(try sampleReport()), suite: "ReportRenderer", name: "samples.txt")
  }

  @Test func rendersTheSampleCorpusReportAsJSON() throws {
    let json = try ReportRenderer().json(try sampleReport())
    try Golden.check(json, suite: "ReportRenderer", name: "samples.json")
    let decoded = try JSONDecoder().decode(AnalysisReport.self, from: Data(json.utf8))
    #expect(decoded.articles.count == 8)
  }

  @Test func statusShowsUnchangedOnSecondRead() throws {
    let samples = TestSupport.root.appendingPathComponent("Data/samples").path
    let store = try Store.open(path: ":memory:")
    let analyzer = try Analyzer(data: TestSupport.data())
    _ = try analyzer.run(paths: [samples], store: store)
    let second = AnalysisReport(run: try analyzer.run(paths: [samples], store: store))
    #expect(second.articles.allSatisfy { $0.status == "unchanged" })
  }
}
