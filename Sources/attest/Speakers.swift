import ArgumentParser
import AttestKit
import Foundation

/// `attest speakers [PATH...]`: the canonical speakers, their quote counts and surface forms.
struct Speakers: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List speakers with their quote counts, outlets and every form used for them.",
    discussion: """
      With PATH arguments, the articles are analysed in memory; without, the speakers stored in \
      the workspace by `attest analyze` are listed.
      """)

  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "Output format: text or jsonl.")
  var format: ListFormat = .text

  @Argument(help: "Articles or folders to analyse (default: the workspace's speakers).")
  var paths: [String] = []

  func run() throws {
    let store: Store
    var failed = false
    if paths.isEmpty {
      guard
        FileManager.default.fileExists(atPath: common.workspace) || common.workspace == ":memory:"
      else {
        throw ValidationError(
          "no workspace at '\(common.workspace)'. Run 'attest analyze PATH...' first, or pass articles."
        )
      }
      store = try Store.open(path: common.workspace)
    } else {
      store = try Store.open(path: ":memory:")
      let run = try Analyzer(data: common.loadData()).run(
        paths: paths, store: store, standardInput: Terminal.readStandardInput)
      for error in run.errors { Terminal.error(error.description) }
      failed = !run.errors.isEmpty
    }
    var output = ""
    for speaker in try store.speakers() {
      switch format {
      case .jsonl:
        output +=
          JSONLines.object([
            ("speaker", JSONLines.string(speaker.name)),
            ("kind", JSONLines.string(speaker.kind.rawValue)),
            ("quotes", String(speaker.quotes)),
            ("outlets", "[" + speaker.outlets.map(JSONLines.string).joined(separator: ",") + "]"),
            ("aliases", "[" + speaker.aliases.map(JSONLines.string).joined(separator: ",") + "]"),
          ]) + "\n"
      case .text:
        output += "\(speaker.name) [\(speaker.kind.rawValue)]  \(speaker.quotes) quotes in "
        output += speaker.outlets.joined(separator: ", ") + "\n"
        output += "    as " + speaker.aliases.map { "\"\($0)\"" }.joined(separator: ", ") + "\n"
      }
    }
    FileHandle.standardOutput.write(Data(output.utf8))
    if failed { throw ExitCode.failure }
  }
}
