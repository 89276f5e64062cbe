import Foundation

/// The formats of `attest export`.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
  /// RFC 4180 CSV.
  case csv
  /// One JSON document with metadata.
  case json
  /// One JSON object per quote.
  case jsonl
  /// Markdown tables.
  case md
  /// A self-contained HTML sheet.
  case html
  /// An Excel workbook.
  case xlsx
}

/// What to export and how the sheet is stamped.
public struct ExportOptions: Hashable, Sendable {
  /// Which quotes.
  public var filter: QuoteFilter
  /// The lowest extractor confidence (or claim score) exported.
  public var minScore: Double?
  /// When the sheet was made (ISO 8601), from the injected clock: exports are byte-stable.
  public var generatedAt: String
  /// The workspace path, for the metadata.
  public var workspace: String
  /// The Attest version, for the metadata.
  public var version: String
  /// CSV only: start with a UTF-8 byte-order mark for Excel.
  public var excelBOM: Bool
  /// CSV only: which sheet (`quotes` or `claims`).
  public var sheet: String

  /// Creates options.
  public init(
    filter: QuoteFilter = QuoteFilter(), minScore: Double? = nil, generatedAt: String,
    workspace: String, version: String, excelBOM: Bool = false, sheet: String = "quotes"
  ) {
    self.filter = filter
    self.minScore = minScore
    self.generatedAt = generatedAt
    self.workspace = workspace
    self.version = version
    self.excelBOM = excelBOM
    self.sheet = sheet
  }
}

/// Why an export failed.
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The output cannot be written.
  case unwritable(path: String, reason: String)
  /// An unknown sheet name.
  case unknownSheet(String)

  /// What went wrong, then what to do.
  public var description: String {
    switch self {
    case .unwritable(let path, let reason):
      "cannot write '\(path)': \(reason). Choose another -o file in a writable folder."
    case .unknownSheet(let name):
      "no sheet '\(name)'. Use --sheet quotes or --sheet claims."
    }
  }
}

/// A buffered text sink: a file, or a string for tests.
public final class ExportSink {
  private let handle: FileHandle?
  private var buffer: [UInt8] = []
  /// Everything written, when the sink is in memory.
  public private(set) var text = ""

  /// A sink into memory.
  public init() {
    handle = nil
  }

  /// A sink into a new file at `path`.
  public init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw ExportError.unwritable(path: path, reason: "the file cannot be created") }
    self.handle = handle
  }

  /// Appends text.
  public func write(_ text: String) {
    if handle == nil {
      self.text += text
      return
    }
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 20 { flush() }
  }

  /// Writes what is buffered.
  public func flush() {
    guard let handle, !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and closes the file.
  public func close() {
    flush()
    try? handle?.close()
  }
}
