import ArgumentParser
import AttestKit
import Foundation

/// `attest quotes PATH...`: every quotation with its speaker and span.
struct Quotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract quotations and their speakers.",
    discussion: """
      With --format jsonl, one JSON object per quote: id, doc, outlet, speaker, speaker_mention, \
      type, quote, cue, start, end, confidence (then role, speaker_kind, line, column). start and \
      end are UTF-8 byte offsets into the file as read.
      """)

  @Option(
    name: .long,
    help: "Attest's Data folder (default: $ATTEST_DATA, else the one beside the program).")
  var data: String?

  @Option(name: .long, help: "Also store the results in this workspace.")
  var workspace: String?

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  @Argument(help: "Articles, folders, or '-' for standard input.")
  var paths: [String]

  func run() throws {
    let analyzer = try Analyzer(
      data: AttestData.load(from: DataLocator.locate(explicit: data)),
      scope: workspace == nil ? .quotes : .everything)
    let store = try workspace.map { try Store.open(path: $0) }
    var number = 0
    let output = FileHandle.standardOutput
    let errors = try analyzer.stream(
      paths: paths, store: store, standardInput: Terminal.readStandardInput
    ) {
      analysis, _ in
      for warning in analysis.warnings { Terminal.warning(warning.description) }
      var text = ""
      for quote in analysis.quotes {
        number += 1
        switch format {
        case .jsonl:
          text += JSONLines.quote(quote, id: "q\(number)", article: analysis.article) + "\n"
        case .text:
          text += "q\(number)  \(analysis.article.doc):\(quote.span.location)  \(quote.speaker)  "
          text +=
            "[\(quote.type.rawValue), \(quote.cue), \"\(quote.mention)\"]\n    “\(quote.text)”\n"
        }
      }
      output.write(Data(text.utf8))
    }
    for error in errors { Terminal.error(error.description) }
    if !errors.isEmpty { throw ExitCode.failure }
  }
}

/// Formats of list commands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case text, jsonl
}
