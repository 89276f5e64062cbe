import Foundation
import Testing
import ZIPFoundation

@testable import AttestKit

struct ExportTests {
  private func workspace() throws -> Store {
    let store = try Store.open(path: ":memory:")
    _ = try Analyzer(data: TestSupport.data()).run(
      paths: [
        try TestSupport.fixture("hostile-quotes.txt"), try TestSupport.fixture("claims.jsonl"),
      ],
      store: store)
    let first = try #require(try store.quotes().first)
    try store.annotate(
      quoteID: first.id, kind: .note, body: "check <the> record", at: "2026-01-01T00:00:00Z")
    try store.annotate(quoteID: first.id, kind: .tag, body: "follow-up", at: "2026-01-01T00:00:00Z")
    return store
  }

  private func options(sheet: String = "quotes", excel: Bool = false) -> ExportOptions {
    ExportOptions(
      generatedAt: "2026-01-01T00:00:00Z", workspace: "test.sqlite", version: "0.1.0",
      excelBOM: excel, sheet: sheet)
  }

  private func render(_ format: ExportFormat, _ options: ExportOptions? = nil) throws -> String {
    let store = try workspace()
    let options = options ?? self.options()
    let sink = ExportSink()
    let engine = try CorroborationEngine(data: TestSupport.data())
    try SheetExporter.write(
      format, sheet: try QuoteSheet(store: store, options: options, engine: engine), store: store,
      options: options, to: sink)
    return sink.text
  }

  @Test(arguments: [
    (ExportFormat.csv, "sheet.csv"), (.json, "sheet.json"), (.jsonl, "sheet.jsonl"),
    (.md, "sheet.md"), (.html, "sheet.html"),
  ])
  func matchesGoldenFile(format: ExportFormat, name: String) throws {
    try Golden.check(try render(format), suite: "Export", name: name)
  }

  @Test func aPartWrittenBesideComesBackInPlaceOrThrows() throws {
    let sink = ExportSink()
    let part = ParallelPart { part in
      for number in 0..<50_000 { part.write("claim \(number)\n") }
    }
    sink.write("quotes first\n")
    try part.append(to: sink)
    sink.write("end\n")
    let lines = sink.text.split(separator: "\n")
    #expect(lines.count == 50_002)
    #expect(lines.first == "quotes first" && lines[1] == "claim 0")
    #expect(lines[50_000] == "claim 49999" && lines.last == "end")

    let failing = ParallelPart { _ in throw ExportError.unknownSheet("nothing") }
    #expect(throws: ExportError.unknownSheet("nothing")) { try failing.append(to: sink) }
  }

  @Test func isByteStableForTheSameWorkspace() throws {
    for format in [ExportFormat.csv, .json, .md, .html] {
      #expect(try render(format) == render(format))
    }
  }

  @Test func htmlDrawsClaimChartsWithoutScripts() throws {
    let html = try render(.html)
    #expect(html.contains("<svg viewBox="))
    #expect(html.contains("<table class=\"matrix\">"))
    #expect(html.contains("price-change-freight"))
    #expect(!html.contains("<script"))
  }

  @Test func htmlEscapesArticleText() throws {
    let html = try render(.html)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("Note: check &lt;the&gt; record"))
    #expect(!html.contains("http-equiv") && !html.contains("src=\"http"))
  }

  @Test func csvNeutralisesFormulasAndQuotesFields() throws {
    let csv = try render(.csv)
    #expect(csv.contains(",\"'=SUM(A1:A9) is not a budget,\","))
    #expect(csv.hasSuffix("\r\n"))
    #expect(!csv.hasPrefix("\u{FEFF}"))
    #expect(try render(.csv, options(excel: true)).hasPrefix("\u{FEFF}"))
    let claims = try render(.csv, options(sheet: "claims")).components(separatedBy: "\r\n")
    #expect(claims.first == ClaimSheet.columns.joined(separator: ","))
    #expect(claims.contains { $0.contains("price-change-freight") && $0.contains("Andes Wire") })
  }

  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("windows\r\nline", "\"windows\r\nline\""),
    ("“curly”, ok", "\"“curly”, ok\""),
  ])
  func csvFieldsQuoteSeparatorsQuotesAndLineBreaks(cell: String, field: String) {
    #expect(ConsoleTable.csvField(cell) == field)
  }

  @Test(arguments: ["=1+1", "+cmd", "-x", "@SUM(A1)", "\tx", "\rx"])
  func neutralisesEveryFormulaStart(cell: String) {
    #expect(QuoteSheet.neutralised(cell) == "'" + cell)
  }

  @Test func keepsNegativeNumbersAndPlainText() {
    #expect(QuoteSheet.neutralised("-3.5") == "-3.5")
    #expect(QuoteSheet.neutralised("plain") == "plain")
  }

  @Test func writesAWorkbookWithTwoSheets() throws {
    // Given a workspace and a target file
    let store = try workspace()
    let path = try TestSupport.temporaryFolder().appendingPathComponent("sheet.xlsx").path
    // When the workbook is written
    try SheetExporter.export(.xlsx, store: store, options: options(), to: path)
    // Then it is a zip with the parts Excel needs, and the quotes sheet matches its golden file
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    let names = archive.map(\.path).sorted()
    #expect(
      names == [
        "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
      ])
    let entry = try #require(archive["xl/worksheets/sheet1.xml"])
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    let xml = String(decoding: data, as: UTF8.self)
    #expect(xml.contains("state=\"frozen\""))
    #expect(xml.contains("&lt;script&gt;"))
    try Golden.check(xml, suite: "Export", name: "sheet1.xml")
    let claims = try #require(archive["xl/worksheets/sheet2.xml"])
    var claimsData = Data()
    _ = try archive.extract(claims) { claimsData.append($0) }
    try Golden.check(
      String(decoding: claimsData, as: UTF8.self), suite: "Export", name: "sheet2.xml")
  }

  @Test func claimsSheetAsCSVMatchesItsGoldenFile() throws {
    try Golden.check(
      try render(.csv, options(sheet: "claims")), suite: "Export", name: "sheet-claims.csv")
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
  func namesSpreadsheetColumns(index: Int, name: String) {
    #expect(XLSXExporter.column(index) == name)
  }

  @Test func writesDatesAsExcelSerials() {
    #expect(XLSXExporter.excelDate("2024-02-29") == 45_351)
    #expect(XLSXExporter.excelDate("1900-03-01") == 61)
  }
}
