/// Rows the REPL prints, in the mode the analyst chose.
public struct ConsoleTable: Hashable, Sendable {
  /// Output modes (`.mode`), shared with the batch `--format`s.
  public enum Mode: String, Hashable, Sendable, CaseIterable {
    /// Aligned columns.
    case table
    /// RFC 4180 CSV with a header row.
    case csv
    /// One JSON array of objects.
    case json
    /// A Markdown table.
    case markdown
  }

  /// Column names.
  public var columns: [String]
  /// Rows of cells.
  public var rows: [[String]]

  /// Creates a table.
  public init(columns: [String], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }

  /// The table rendered in `mode`.
  public func rendered(_ mode: Mode, width: Int = 60) -> String {
    switch mode {
    case .table:
      let cells = ([columns] + rows).map { $0.map { Self.clip($0, width) } }
      let widths = columns.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
      return cells.enumerated().map { index, row in
        let line = row.enumerated().map { column, cell in
          column == row.count - 1
            ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
        }.joined(separator: "  ")
        return index == 0
          ? line + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
          : line
      }.joined(separator: "\n") + "\n"
    case .csv:
      return ([columns] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(
        separator: "\r\n") + "\r\n"
    case .json:
      let objects = rows.map { row in
        JSONLines.object(zip(columns, row).map { ($0, JSONLines.string($1)) })
      }
      return "[" + objects.joined(separator: ",\n ") + "]\n"
    case .markdown:
      func line(_ cells: [String]) -> String {
        "| "
          + cells.map {
            $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
          }
          .joined(separator: " | ") + " |"
      }
      return ([line(columns), line(columns.map { _ in "---" })] + rows.map(line)).joined(
        separator: "\n") + "\n"
    }
  }

  /// A CSV field, quoted when needed (RFC 4180).
  public static func csvField(_ value: String) -> String {
    // Bytes, not characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
    guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else { return value }
    var out: [UInt8] = [0x22]
    out.reserveCapacity(value.utf8.count + 8)
    for byte in value.utf8 {
      out.append(byte)
      if byte == 0x22 { out.append(0x22) }
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  private static func clip(_ text: String, _ width: Int) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ")
    return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
  }
}
