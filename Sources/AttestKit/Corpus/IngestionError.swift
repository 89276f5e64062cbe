/// Why an input file could not be used; each message says what to do instead.
public enum IngestionError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path does not exist or cannot be read.
  case unreadable(path: String, reason: String)
  /// The file holds binary data.
  case binary(path: String, kind: String)
  /// The file is empty or holds only white space or page furniture.
  case empty(path: String)
  /// The file is larger than Attest reads.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// A JSON Lines record or manifest could not be parsed.
  case malformedJSON(path: String, line: Int, reason: String)
  /// A folder holds no article files.
  case emptyFolder(path: String)
  /// The extension is not one Attest reads.
  case unsupportedType(path: String)

  /// The path the error is about.
  public var path: String {
    switch self {
    case .unreadable(let path, _), .binary(let path, _), .empty(let path),
      .tooLarge(let path, _, _), .malformedJSON(let path, _, _), .emptyFolder(let path),
      .unsupportedType(let path):
      path
    }
  }

  /// What went wrong, then what to do.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "cannot read '\(path)': \(reason). Check the path and its permissions."
    case .binary(let path, let kind):
      "'\(path)' is \(kind), not an article. Pass a plain-text, Markdown, HTML or JSON Lines article."
    case .empty(let path):
      "'\(path)' has no article text. Pass an HTML or plain-text article, or '-' for standard input."
    case .tooLarge(let path, let bytes, let limit):
      "'\(path)' is \(bytes / 1_048_576) MiB; Attest reads articles up to \(limit / 1_048_576) MiB. "
        + "Split it into articles (one per line in a .jsonl file)."
    case .malformedJSON(let path, let line, let reason):
      "\(path):\(line): \(reason). Each line must be one JSON object with a \"text\" field."
    case .emptyFolder(let path):
      "'\(path)' holds no .txt, .md, .html or .jsonl files. Pass article files or a folder of them."
    case .unsupportedType(let path):
      "'\(path)' is not a file type Attest reads. Use .txt, .md, .html, .htm or .jsonl."
    }
  }
}
