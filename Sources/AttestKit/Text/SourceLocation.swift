/// A line and column (both 1-based, column counted in characters) in an article's source file.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The 1-based line number.
  public let line: Int
  /// The 1-based column, in Unicode scalars.
  public let column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The location of a byte offset in UTF-8 bytes.
  public init(offset: Int, in bytes: [UInt8]) {
    var line = 1
    var column = 1
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// Line starts of a file, so that locating many offsets costs a binary search each instead of a
/// scan from the top.
public struct LineIndex: Sendable {
  private let bytes: [UInt8]
  private let starts: [Int]

  /// Indexes `bytes`.
  public init(_ bytes: [UInt8]) {
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    self.bytes = bytes
    self.starts = starts
  }

  /// The same location `SourceLocation(offset:in:)` gives.
  public func location(of offset: Int) -> SourceLocation {
    let target = min(max(offset, 0), bytes.count)
    var low = 0
    var high = starts.count
    while low + 1 < high {
      let middle = (low + high) / 2
      if starts[middle] <= target { low = middle } else { high = middle }
    }
    var column = 1
    var index = starts[low]
    while index < target {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(line: low + 1, column: column)
  }
}

/// A byte range in an article's source file with its start location, so any result can point at
/// the text it came from.
public struct TextSpan: Hashable, Sendable, Codable {
  /// The first byte (UTF-8 offset into the file as read).
  public let start: Int
  /// One past the last byte.
  public let end: Int
  /// Where `start` stands in the source file.
  public let location: SourceLocation

  /// Creates a span.
  public init(start: Int, end: Int, location: SourceLocation) {
    self.start = start
    self.end = end
    self.location = location
  }
}

/// A warning about an input file that Attest could still use, located compiler-style.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file as the user named it.
  public let path: String
  /// Where the problem is, when it has a place.
  public let location: SourceLocation?
  /// What is wrong and what Attest did about it.
  public let message: String

  /// Creates a diagnostic.
  public init(path: String, location: SourceLocation?, message: String) {
    self.path = path
    self.location = location
    self.message = message
  }

  /// `path:line:column: warning: message`.
  public var description: String {
    if let location {
      return "\(path):\(location): warning: \(message)"
    }
    return "\(path): warning: \(message)"
  }
}
