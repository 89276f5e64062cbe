import ArgumentParser
import AttestKit
import Foundation

/// `attest analyze PATH...`: the main job.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read articles, extract quotes and speakers, store them, and print a report.",
    discussion: """
      PATH is a .txt/.md article (optional header block), an .html page, a .jsonl file (one \
      article per line), a folder (read recursively; manifest.json supplies metadata), or '-' \
      for standard input. A file that cannot be read is reported and skipped; the exit code is \
      then 1.
      """)

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "Report format: text or json.")
  var format: ReportFormat = .text

  @Argument(help: "Articles, folders, or '-' for standard input.")
  var paths: [String]

  func run() throws {
    let data = try common.loadData()
    let store = try Store.open(path: common.workspace)
    let analyzer = try Analyzer(data: data)
    let progress = ProgressLine(enabled: Terminal.stderrIsTerminal)
    var report = AnalysisReport()
    let errors = try PhaseClock.time("read, extract and save") {
      try analyzer.stream(
        paths: paths, store: store, standardInput: Terminal.readStandardInput
      ) { analysis, save in
        report.add(analysis, save: save)
        for warning in analysis.warnings { Terminal.warning(warning.description) }
        progress.update(report.totals.articles, 0)
      }
    }
    progress.finish()
    report.finish(errors: errors)
    // Score the workspace once now, so that `claims`, the REPL and exports read saved scores.
    let board = try ClaimBoard.load(engine: try CorroborationEngine(data: data), store: store)
    report.claims = AnalysisReport.ClaimsSummary(board: board)
    for error in errors { Terminal.error(error.description) }
    switch format {
    case .text: print(ReportRenderer().text(report), terminator: "")
    case .json: print(try ReportRenderer().json(report), terminator: "")
    }
    if !errors.isEmpty { throw ExitCode.failure }
  }
}

/// A progress line on standard error, shown only on a terminal and only once a run passes a second.
final class ProgressLine: Sendable {
  private let enabled: Bool
  private let start = Date()

  init(enabled: Bool) {
    self.enabled = enabled
  }

  func update(_ done: Int, _ total: Int) {
    guard enabled, done % 256 == 0 || done == total, Date().timeIntervalSince(start) > 1 else {
      return
    }
    let count = total > 0 ? "\(done)/\(total)" : "\(done)"
    FileHandle.standardError.write(Data("\r\u{1B}[Kanalysed \(count) articles".utf8))
  }

  func finish() {
    guard enabled, Date().timeIntervalSince(start) > 1 else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
