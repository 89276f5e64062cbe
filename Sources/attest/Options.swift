import ArgumentParser
import AttestKit
import Foundation

/// The Attest version printed by `--version` and written into exports.
enum AttestVersion {
  static let current = Console.version
}

/// Options every command that reads articles or the workspace shares.
struct CommonOptions: ParsableArguments {
  @Option(name: .long, help: "Workspace file (SQLite); ':memory:' for a throwaway run.")
  var workspace = "attest.sqlite"

  @Option(
    name: .long,
    help: "Attest's Data folder (default: $ATTEST_DATA, else the one beside the program).")
  var data: String?

  /// Loads `Data/`, from `--data`, `ATTEST_DATA`, or up from the executable.
  func loadData() throws -> AttestData {
    try AttestData.load(from: DataLocator.locate(explicit: data))
  }
}

/// Finds the `Data/` folder.
enum DataLocator {
  static func locate(explicit: String?) -> URL {
    if let explicit { return URL(fileURLWithPath: explicit) }
    if let environment = ProcessInfo.processInfo.environment["ATTEST_DATA"], !environment.isEmpty {
      return URL(fileURLWithPath: environment)
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = folder.appendingPathComponent("Data")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("lexicon").path) {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
      "Data")
  }
}

/// Output formats of reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}

/// Writing to the terminal.
enum Terminal {
  /// Writes an error line to standard error, after flushing standard output.
  static func error(_ message: String) {
    fflush(nil)
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
  }

  /// Writes a warning line to standard error.
  static func warning(_ line: String) {
    fflush(nil)
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Whether standard error is a terminal.
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Reads all of standard input.
  static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }
}
