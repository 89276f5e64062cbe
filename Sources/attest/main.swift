import ArgumentParser
import AttestKit
import Foundation

/// The `attest` command line: it parses input, calls one library entry point, prints what the
/// library rendered and maps errors to exit codes (0 success, 1 runtime failure, 64 usage).
struct Attest: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attest",
    abstract: "Who said what, exactly, across many outlets' reports of one event.",
    version: AttestVersion.current,
    subcommands: [
      Analyze.self, Quotes.self, Variants.self, Claims.self, Explain.self, Outlets.self, Check.self,
      Speakers.self,
      Export.self, Repl.self,
    ]
  )
}

do {
  // `attest` alone on a terminal opens the REPL.
  let arguments = CommandLine.arguments.count == 1 && isatty(STDIN_FILENO) == 1 ? ["repl"] : nil
  var command = try Attest.parseAsRoot(arguments)
  try command.run()
} catch let error
  where error is StorageError || error is DataError || error is IngestionError
  || error is ExportError || error is ConsoleError || error is AnalysisError
{
  Terminal.error(String(describing: error))
  exit(1)
} catch {
  Attest.exit(withError: error)
}
