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

/// A buffered text sink: a file, or memory for tests.
public final class ExportSink {
  private let handle: FileHandle?
  private var buffer: [UInt8] = []

  /// Everything written, when the sink is in memory.
  public var text: String { String(decoding: buffer, as: UTF8.self) }

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
    buffer.append(contentsOf: text.utf8)
    if handle != nil && buffer.count > 1 << 20 { flush() }
  }

  /// Appends the contents of a file, a chunk at a time.
  func append(contentsOf path: String) throws {
    guard let input = FileHandle(forReadingAtPath: path) else {
      throw ExportError.unwritable(path: path, reason: "the temporary part cannot be read")
    }
    defer { try? input.close() }
    while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
      buffer.append(contentsOf: chunk)
      if handle != nil { flush() }
    }
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

/// A part of a sheet written on another core into a temporary file, while the caller writes the
/// rest: two cores, one output, the same bytes as writing in order.
final class ParallelPart: @unchecked Sendable {
  private let path: String
  private let done = DispatchGroup()
  private let lock = NSLock()
  private var failure: (any Error)?

  /// Starts writing the part at once.
  init(_ write: @escaping @Sendable (ExportSink) throws -> Void) {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "attest-part-\(UUID().uuidString)"
      ).path
    let path = path
    done.enter()
    DispatchQueue.global().async { [self] in
      defer { done.leave() }
      do {
        let sink = try ExportSink(path: path)
        defer { sink.close() }
        try write(sink)
      } catch {
        lock.withLock { failure = error }
      }
    }
  }

  /// Waits for the part, then appends it to `sink` (or throws what stopped it).
  func append(to sink: ExportSink) throws {
    try finish { try sink.append(contentsOf: $0) }
  }

  /// Waits for the part, then hands its file to `body`; the file is removed afterwards.
  func finish(_ body: (String) throws -> Void) throws {
    done.wait()
    defer { try? FileManager.default.removeItem(atPath: path) }
    if let failure = lock.withLock({ failure }) { throw failure }
    try body(path)
  }

  deinit {
    done.wait()
    try? FileManager.default.removeItem(atPath: path)
  }
}
