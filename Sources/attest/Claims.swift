import ArgumentParser
import AttestKit
import Foundation

/// Where claim commands get their corpus: articles named on the command line, else the workspace.
struct ClaimCorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "Attest's Data folder (default: $ATTEST_DATA, else the one beside the program).")
  var data: String?

  @Option(
    name: .long,
    help: """
      Workspace file. With PATH arguments the articles are also stored there and the whole \
      workspace is scored; without them, the stored claims are scored.
      """)
  var workspace: String?

  @Argument(help: "Articles, folders, or '-' for standard input (default: the workspace).")
  var paths: [String] = []

  /// Loads `Data/`.
  func loadData() throws -> AttestData {
    try AttestData.load(from: DataLocator.locate(explicit: data))
  }

  /// Reads and scores the corpus.
  ///
  /// Unreadable files are reported and skipped; the returned flag says whether any was.
  func board(_ data: AttestData) throws -> (ClaimBoard, Bool) {
    let engine = try CorroborationEngine(data: data)
    if paths.isEmpty {
      let path = workspace ?? "attest.sqlite"
      guard workspace != nil || FileManager.default.fileExists(atPath: path) else {
        throw ValidationError(
          "no articles: pass PATH... or --workspace FILE (run `attest analyze PATH...` first).")
      }
      let store = try Store.open(path: path)
      return (try ClaimBoard.load(engine: engine, store: store), false)
    }
    let analyzer = try Analyzer(data: data)
    let store = try workspace.map { try Store.open(path: $0) }
    var articles: [ScoringArticle] = []
    let errors = try analyzer.stream(
      paths: paths, store: store, standardInput: Terminal.readStandardInput
    ) { analysis, _ in
      for warning in analysis.warnings { Terminal.warning(warning.description) }
      articles.append(ScoringArticle(analysis))
    }
    for error in errors { Terminal.error(error.description) }
    if let store {
      return (try ClaimBoard.load(engine: engine, store: store), !errors.isEmpty)
    }
    return (ClaimBoard(engine: engine, articles: articles), !errors.isEmpty)
  }
}

/// `attest claims PATH...`: every figure, date and event, scored across outlets.
struct Claims: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract claims and score them by corroboration from independent outlets.",
    discussion: """
      With --format jsonl, one JSON object per claim mention: id, doc, outlet, claim, text, start, \
      end, value, value_max, unit, asserted_by, hedged, score, label, supporting, conflicting \
      (then score_low, score_high, cue, category, scope, as_of).
      """)

  @OptionGroup var corpus: ClaimCorpusOptions

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  @Option(name: .long, help: "Only this claim key (e.g. deaths-police).")
  var key: String?

  @Option(name: .long, help: "Only this label (corroborated, single-origin, contested, …).")
  var label: String?

  func validate() throws {
    if let label, ClaimLabel(rawValue: label) == nil {
      throw ValidationError(
        "unknown label '\(label)'; use one of "
          + ClaimLabel.allCases.map(\.rawValue).joined(separator: ", "))
    }
  }

  func run() throws {
    let (board, failed) = try corpus.board(try corpus.loadData())
    // Written in chunks: a 100,000-article workspace prints gigabytes, never held at once.
    let output = FileHandle.standardOutput
    var text = ""
    for row in board.rows {
      if let key, row.claim.key != key { continue }
      if let label, row.score.label.rawValue != label { continue }
      text += format == .jsonl ? board.jsonLine(row) + "\n" : board.textLines(row)
      if text.utf8.count >= 1 << 20 {
        output.write(Data(text.utf8))
        text = ""
      }
    }
    output.write(Data(text.utf8))
    if failed { throw ExitCode.failure }
  }
}

/// `attest explain CLAIM`: the scoring ledger of one claim mention (or of every mention of a key).
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Explain a claim's score: each unit, its reliability, its cue and its contribution.")

  @Argument(help: "A claim id (c7) or a claim key (deaths-police).")
  var claim: String

  @OptionGroup var corpus: ClaimCorpusOptions

  func run() throws {
    let (loaded, failed) = try corpus.board(try corpus.loadData())
    let board = loaded.withFullLedgers()
    let rows = board.rows(matching: claim)
    guard !rows.isEmpty else {
      throw ValidationError(
        "no claim '\(claim)': use an id from `attest claims` (c7) or a claim key (deaths-police).")
    }
    FileHandle.standardOutput.write(
      Data(rows.map(board.explanation).joined(separator: "\n").utf8))
    if failed { throw ExitCode.failure }
  }
}

/// `attest outlets`: each outlet's credibility with its evidence.
struct Outlets: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Credibility per outlet: prior from domain ratings, updated by how its claims fare.")

  @OptionGroup var corpus: ClaimCorpusOptions

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  func run() throws {
    let (board, failed) = try corpus.board(try corpus.loadData())
    let report = board.outletReport(format: format == .jsonl ? .jsonl : .text)
    FileHandle.standardOutput.write(Data(report.utf8))
    if failed { throw ExitCode.failure }
  }
}

/// `attest check "13 police officers were killed"`: scores a typed claim against the corpus.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a claim you type against the corpus: score, label and evidence.",
    discussion: """
      Exit 0 when every claim was found in the corpus, 1 when one was not (or a file failed).
      With --file, one claim per line; --format jsonl gives one JSON object per claim: text, \
      claim, value, value_max, unit, found, score, score_low, score_high, label, supporting, \
      conflicting, evidence.
      """)

  @Argument(help: "The claim, as a sentence.")
  var text: String?

  @Option(name: .long, help: "A file of claims, one per line.")
  var file: String?

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  @OptionGroup var corpus: ClaimCorpusOptions

  func validate() throws {
    if text == nil && file == nil {
      throw ValidationError("give a claim (in quotes) or --file FILE.")
    }
  }

  func run() throws {
    let data = try corpus.loadData()
    var claims: [String] = []
    var corpus = self.corpus
    if let text {
      // With --file, every argument is an article path.
      if file == nil { claims = [text] } else { corpus.paths.insert(text, at: 0) }
    }
    if let file {
      guard let contents = FileManager.default.contents(atPath: file) else {
        Terminal.error("cannot read '\(file)'. Check the path.")
        throw ExitCode.failure
      }
      claims = String(decoding: contents, as: UTF8.self).split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter {
          !$0.isEmpty && !$0.hasPrefix("#")
        }
    }
    let (board, failed) = try corpus.board(data)
    let checks = try ClaimChecker(data: data).check(claims, against: board)
    var out = ""
    for check in checks { out += format == .jsonl ? check.jsonLine + "\n" : check.answer }
    FileHandle.standardOutput.write(Data(out.utf8))
    if failed || checks.contains(where: { $0.score == nil }) { throw ExitCode.failure }
  }
}
