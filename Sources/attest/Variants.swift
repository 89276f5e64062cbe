import ArgumentParser
import AttestKit
import Foundation

/// `attest variants [--quote ID] [PATH...]`: one statement as several outlets report it, side by
/// side.
struct Variants: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show statements carried by several outlets, side by side with word-level diffs.",
    discussion: """
      Every statement carried by two or more articles; with --quote q12, that quote's statement. Diffs mark [-removed-] and {+added+} words against the earliest, \
      longest variant; differing attributions and changed numbers or negations are flagged.
      """)

  @Option(name: .long, help: "A quote id (q12) to show that quote's statement only.")
  var quote: String?

  @Option(
    name: .long,
    help: "Attest's Data folder (default: $ATTEST_DATA, else the one beside the program).")
  var data: String?

  @Option(name: .long, help: "Workspace file (default attest.sqlite; PATHs are stored there too).")
  var workspace: String?

  @Option(name: .long, help: "Only statements whose outlets attribute them differently.")
  var differing = false

  @Argument(help: "Articles or folders to read first (default: the workspace).")
  var paths: [String] = []

  func run() throws {
    let store: Store
    var failed = false
    if paths.isEmpty {
      let path = workspace ?? "attest.sqlite"
      guard workspace != nil || FileManager.default.fileExists(atPath: path) else {
        throw ValidationError(
          "no articles: pass PATH... or --workspace FILE (run `attest analyze PATH...` first).")
      }
      store = try Store.open(path: path)
    } else {
      store = try Store.open(path: workspace ?? ":memory:")
      let analyzer = try Analyzer(data: AttestData.load(from: DataLocator.locate(explicit: data)))
      let errors = try analyzer.stream(
        paths: paths, store: store, standardInput: Terminal.readStandardInput
      ) { analysis, _ in
        for warning in analysis.warnings { Terminal.warning(warning.description) }
      }
      for error in errors { Terminal.error(error.description) }
      failed = !errors.isEmpty
    }
    var groups = StatementVariants.groups(try store.quotes())
    if differing { groups = groups.filter(\.speakersDiffer) }
    if let quote {
      let digits = quote.hasPrefix("q") ? String(quote.dropFirst()) : quote
      guard let id = Int64(digits) else {
        throw ValidationError("'\(quote)' is not a quote id; use q12 or 12.")
      }
      groups = groups.filter { $0.variants.contains { $0.id == id } }
      if groups.isEmpty {
        _ = try store.quote(id: id)  // a clear error when the id does not exist
        print("q\(id): no other outlet carries this statement.")
      }
    }
    print(groups.map(StatementVariants.render).joined(separator: "\n"), terminator: "")
    if failed { throw ExitCode.failure }
  }
}
