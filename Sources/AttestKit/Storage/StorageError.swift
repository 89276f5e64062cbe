/// Why the workspace could not be used; each message says what to do.
public enum StorageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file is not an SQLite database.
  case notADatabase(path: String)
  /// The file is an SQLite database, but not an Attest workspace.
  case foreignDatabase(path: String, tables: [String])
  /// The workspace was written by a newer Attest.
  case newerWorkspace(path: String)
  /// SQLite reported the file damaged.
  case corrupt(path: String, reason: String)
  /// The workspace cannot be opened or written.
  case unavailable(path: String, reason: String)
  /// A quote, claim or annotation id that does not exist.
  case notFound(kind: String, id: String)

  /// What went wrong, then what to do.
  public var description: String {
    switch self {
    case .notADatabase(let path):
      "'\(path)' is not an Attest workspace (not an SQLite database). "
        + "Pass another --workspace file; Attest will not overwrite this one."
    case .foreignDatabase(let path, let tables):
      "'\(path)' is an SQLite database of another program (tables: "
        + "\(tables.prefix(5).joined(separator: ", "))). Pass another --workspace file; Attest will not change this one."
    case .newerWorkspace(let path):
      "'\(path)' was written by a newer Attest. Upgrade Attest, or pass another --workspace file."
    case .corrupt(let path, let reason):
      "workspace '\(path)' is damaged (\(reason)). Restore it from a backup, or move it aside and "
        + "run again to start a new one."
    case .unavailable(let path, let reason):
      "cannot open workspace '\(path)': \(reason). Check the folder exists and is writable."
    case .notFound(let kind, let id):
      "no \(kind) with id \(id). List them with .\(kind == "claim" ? "claims" : kind + "s")."
    }
  }
}
