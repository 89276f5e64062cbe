/// Writes a quote sheet from the workspace in any export format.
///
/// ```swift
/// try SheetExporter.export(.csv, store: store, options: options, to: "sheet.csv")
/// ```
public enum SheetExporter {
  /// Exports to the file at `path`; returns how many quotes were written.
  @discardableResult
  public static func export(
    _ format: ExportFormat, store: Store, options: ExportOptions, to path: String,
    engine: CorroborationEngine? = nil
  ) throws
    -> Int
  {
    let sheet = try QuoteSheet(store: store, options: options, engine: engine)
    if format == .xlsx {
      try XLSXExporter.write(sheet, options: options, to: path)
      return sheet.count
    }
    let sink = try ExportSink(path: path)
    defer { sink.close() }
    try write(format, sheet: sheet, store: store, options: options, to: sink)
    return sheet.count
  }

  /// Writes a text format into a sink (tests use an in-memory one).
  public static func write(
    _ format: ExportFormat, sheet: QuoteSheet, store: Store, options: ExportOptions,
    to sink: ExportSink
  ) throws {
    switch format {
    case .csv: try TextExporters.csv(sheet, options: options, to: sink)
    case .json: try TextExporters.json(sheet, options: options, to: sink)
    case .jsonl: try TextExporters.jsonl(sheet, to: sink)
    case .md: try TextExporters.markdown(sheet, options: options, to: sink)
    case .html: try HTMLExporter.write(sheet, options: options, to: sink)
    case .xlsx: throw ExportError.unwritable(path: "(memory)", reason: "XLSX is written to a file")
    }
  }
}
