/// Why a REPL command failed; each message says what to type instead.
public enum ConsoleError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The command does not exist.
  case unknownCommand(String)
  /// The arguments do not fit the command.
  case usage(command: String, usage: String, problem: String)
  /// A quote was left open.
  case unclosedQuote
  /// A capability could not start.
  case unavailable(String)

  /// What went wrong, then what to do.
  public var description: String {
    switch self {
    case .unknownCommand(let name):
      "unknown command '\(name)'. Type .help for the list."
    case .usage(let command, let usage, let problem):
      "\(problem). Usage: \(usage) (see .help \(command))"
    case .unclosedQuote:
      "unclosed double quote. Close it, or escape it as \\\"."
    case .unavailable(let what):
      "\(what) is unavailable. Check the Data folder with `attest --help`."
    }
  }
}
