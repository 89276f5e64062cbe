import ArgumentParser
import AttestKit
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `attest export [PATH...] --format F -o FILE`: an annotated quote sheet.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Write an annotated quote sheet (csv, json, jsonl, md, html, xlsx) from the workspace.",
    discussion: """
      PATH arguments are analysed into the workspace first. Article text is untrusted: HTML is \
      escaped, and CSV/XLSX cells that would start a formula get a leading '.
      """)

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "csv, json, jsonl, md, html or xlsx.")
  var format: ExportFormat

  @Option(name: .shortAndLong, help: "The file to write.")
  var output: String

  @Option(name: .long, help: "Only this speaker.") var speaker: String?
  @Option(name: .long, help: "Only this outlet.") var outlet: String?
  @Option(name: .long, help: "Only quotes with this tag.") var tag: String?
  @Option(name: .long, help: "Only rows scoring at least this (quote confidence).") var minScore:
    Double?
  @Flag(name: .long, help: "CSV: start with a byte-order mark for Excel.") var excel = false
  @Option(name: .long, help: "CSV: which sheet, quotes or claims.") var sheet = "quotes"

  @Argument(help: "Articles to analyse into the workspace first.") var paths: [String] = []

  func run() throws {
    let store = try Store.open(path: common.workspace)
    var failed = false
    if !paths.isEmpty {
      let run = try Analyzer(data: common.loadData()).run(paths: paths, store: store)
      for error in run.errors { Terminal.error(error.description) }
      failed = !run.errors.isEmpty
    }
    let clock =
      ProcessInfo.processInfo.environment["ATTEST_NOW"]
      ?? ISO8601DateFormatter().string(from: Date())
    let options = ExportOptions(
      filter: QuoteFilter(speaker: speaker, outlet: outlet, tag: tag), minScore: minScore,
      generatedAt: clock, workspace: common.workspace, version: AttestVersion.current,
      excelBOM: excel,
      sheet: sheet)
    let engine = try CorroborationEngine(data: common.loadData())
    let count = try SheetExporter.export(
      format, store: store, options: options, to: output, engine: engine)
    FileHandle.standardError.write(Data("wrote \(count) quotes to \(output)\n".utf8))
    if failed { throw ExitCode.failure }
  }
}
