import ArgumentParser
import AttestKit
import Foundation

/// `attest claims PATH...`: every figure, date and event, scored across outlets.
struct Claims: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract claims and score them by corroboration from independent outlets.",
    discussion: """
      With --format jsonl, one JSON object per claim mention: id, doc, outlet, claim, text, start, \
      end, value, value_max, unit, asserted_by, hedged, score, label, supporting, conflicting \
      (then score_low, score_high, cue, category, scope, as_of). Without PATH, the claims stored \
      in --workspace are scored.
      """)

  @Option(
    name: .long,
    help: "Attest's Data folder (default: $ATTEST_DATA, else the one beside the program).")
  var data: String?

  @Option(name: .long, help: "Also store the articles and claims in this workspace.")
  var workspace: String?

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  @Argument(help: "Articles, folders, or '-' for standard input.")
  var paths: [String] = []

  func run() throws {
    let attestData = try AttestData.load(from: DataLocator.locate(explicit: data))
    let analyzer = try Analyzer(data: attestData)
    let store = try workspace.map { try Store.open(path: $0) }
    var analyses: [ArticleAnalysis] = []
    let errors = try analyzer.stream(
      paths: paths, store: store, standardInput: Terminal.readStandardInput
    ) { analysis, _ in
      for warning in analysis.warnings { Terminal.warning(warning.description) }
      analyses.append(analysis)
    }
    let engine = try CorroborationEngine(data: attestData)
    let result = engine.score(
      analyses.map { ScoringArticle($0, outlets: attestData.outlets) })
    var number = 0
    var text = ""
    for (articleIndex, analysis) in analyses.enumerated() {
      for (claimIndex, claim) in analysis.claims.enumerated() {
        number += 1
        let score = result.scores[articleIndex][claimIndex]
        switch format {
        case .jsonl:
          text +=
            JSONLines.claim(claim, id: "c\(number)", article: analysis.article, score: score) + "\n"
        case .text:
          text += "c\(number)  \(analysis.article.doc):\(claim.span.location)  \(claim.key)  "
          text += "P \(JSONLines.number(score.probability))  \(score.label.rawValue)\n"
          text +=
            "    “\(claim.text)”  (\(claim.assertedBy)\(claim.cue.isEmpty ? "" : ", " + claim.cue))\n"
        }
      }
    }
    FileHandle.standardOutput.write(Data(text.utf8))
    for error in errors { Terminal.error(error.description) }
    if !errors.isEmpty { throw ExitCode.failure }
  }
}
