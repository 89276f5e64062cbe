import Foundation
import ZIPFoundation

/// Writes an Excel workbook (Office Open XML) with ZIPFoundation.
///
/// A Quotes sheet and a Claims
/// sheet, each with a frozen bold header row, column widths, wrapped quote text, dates as dates
/// and numbers as numbers. Rows are streamed to a temporary file, so memory stays flat.
public enum XLSXExporter {
  private static let widths: [Double] = [7, 26, 18, 11, 24, 22, 9, 70, 12, 11, 9, 30, 16, 8]

  /// Writes the workbook to `path`.
  public static func write(_ sheet: QuoteSheet, options: ExportOptions, to path: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "attest-xlsx-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let quotesPath = folder.appendingPathComponent("sheet1.xml").path
    let quotes = try ExportSink(path: quotesPath)
    quotes.write(sheetHeader(columns: QuoteSheet.columns, widths: widths))
    var row = 1
    quotes.write(headerRow(QuoteSheet.columns))
    try sheet.forEachRow { quote, carriers in
      row += 1
      let cells = QuoteSheet.cells(quote, carriers: carriers)
      var xml = "<row r=\"\(row)\">"
      for (index, cell) in cells.enumerated() {
        let reference = column(index) + String(row)
        switch QuoteSheet.columns[index] {
        case "id", "outlets_carrying":
          xml += "<c r=\"\(reference)\"><v>\(cell)</v></c>"
        case "confidence":
          xml += "<c r=\"\(reference)\" s=\"4\"><v>\(cell)</v></c>"
        case "date":
          if let serial = excelDate(cell) {
            xml += "<c r=\"\(reference)\" s=\"3\"><v>\(serial)</v></c>"
          } else {
            xml += text(reference, cell, style: 0)
          }
        case "quote", "notes":
          xml += text(reference, cell, style: 2)
        default:
          xml += text(reference, cell, style: 0)
        }
      }
      quotes.write(xml + "</row>\n")
    }
    quotes.write("</sheetData></worksheet>\n")
    quotes.close()
    let claimsPath = folder.appendingPathComponent("sheet2.xml").path
    let claims = try ExportSink(path: claimsPath)
    claims.write(
      sheetHeader(
        columns: QuoteSheet.claimColumns,
        widths: [7, 24, 24, 18, 11, 50, 10, 16, 22, 7, 7, 9, 9, 20, 30, 30, 9, 80])
        + headerRow(QuoteSheet.claimColumns))
    row = 1
    try sheet.forEachClaim { claim in
      row += 1
      var xml = "<row r=\"\(row)\">"
      for (index, cell) in ClaimSheet.cells(claim).enumerated() {
        let reference = column(index) + String(row)
        switch QuoteSheet.claimColumns[index] {
        case "score", "score_low", "score_high":
          xml += "<c r=\"\(reference)\" s=\"4\"><v>\(cell)</v></c>"
        case "value" where Double(cell) != nil:
          xml += "<c r=\"\(reference)\"><v>\(cell)</v></c>"
        case "date":
          if let serial = excelDate(cell) {
            xml += "<c r=\"\(reference)\" s=\"3\"><v>\(serial)</v></c>"
          } else {
            xml += text(reference, cell, style: 0)
          }
        case "text", "explanation":
          xml += text(reference, cell, style: 2)
        default:
          xml += text(reference, cell, style: 0)
        }
      }
      claims.write(xml + "</row>\n")
    }
    claims.write("</sheetData></worksheet>\n")
    claims.close()

    try? FileManager.default.removeItem(atPath: path)
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    } catch {
      throw ExportError.unwritable(path: path, reason: "the workbook cannot be created")
    }
    let date =
      ISO8601DateFormatter().date(from: options.generatedAt) ?? Date(timeIntervalSince1970: 0)
    func add(_ name: String, _ content: String) throws {
      let data = Data(content.utf8)
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
        compressionMethod: .deflate
      ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
    }
    try add("[Content_Types].xml", contentTypes)
    try add("_rels/.rels", rootRelations)
    try add("xl/workbook.xml", workbook)
    try add("xl/_rels/workbook.xml.rels", workbookRelations)
    try add("xl/styles.xml", styles)
    try addFile("xl/worksheets/sheet1.xml", at: quotesPath, to: archive, date: date)
    try addFile("xl/worksheets/sheet2.xml", at: claimsPath, to: archive, date: date)
  }

  /// Adds a file to the archive in chunks, never whole in memory.
  private static func addFile(_ name: String, at path: String, to archive: Archive, date: Date)
    throws
  {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    try archive.addEntry(
      with: name, type: .file, uncompressedSize: Int64(size), modificationDate: date,
      compressionMethod: .deflate
    ) { position, chunk in
      try handle.seek(toOffset: UInt64(position))
      return handle.readData(ofLength: chunk)
    }
  }

  // MARK: - Cells

  /// The spreadsheet column letters of a 0-based index (0 → A, 26 → AA).
  public static func column(_ index: Int) -> String {
    var index = index
    var name = ""
    repeat {
      name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
      index = index / 26 - 1
    } while index >= 0
    return name
  }

  /// Days since 1899-12-30 for a `YYYY-MM-DD` day.
  public static func excelDate(_ day: String) -> Int? {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    var components = DateComponents()
    (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
    guard let date = calendar.date(from: components) else { return nil }
    return Int((date.timeIntervalSince1970 / 86_400).rounded()) + 25_569
  }

  private static func text(_ reference: String, _ value: String, style: Int) -> String {
    "<c r=\"\(reference)\" t=\"inlineStr\"\(style == 0 ? "" : " s=\"\(style)\"")><is><t xml:space=\"preserve\">"
      + xmlEscape(QuoteSheet.neutralised(value)) + "</t></is></c>"
  }

  private static func headerRow(_ columns: [String]) -> String {
    "<row r=\"1\">"
      + columns.enumerated().map { index, name in text(column(index) + "1", name, style: 1) }
      .joined()
      + "</row>\n"
  }

  /// Escapes XML text and drops characters XML 1.0 forbids.
  static func xmlEscape(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x26: out += Array("&amp;".utf8)
      case 0x3C: out += Array("&lt;".utf8)
      case 0x3E: out += Array("&gt;".utf8)
      case 0x22: out += Array("&quot;".utf8)
      case 0x09, 0x0A, 0x0D: out.append(byte)
      case 0..<0x20: break  // XML 1.0 forbids other control characters
      case 0xEF
      where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
        index += 2  // U+FFFE and U+FFFF are not XML characters
      default: out.append(byte)
      }
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - Package parts

  private static func sheetHeader(columns: [String], widths: [Double]) -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
      <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
      <cols>
      """
    for (index, width) in widths.prefix(columns.count).enumerated() {
      xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
    }
    return xml + "</cols><sheetData>\n"
  }

  private static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
    <Default Extension="xml" ContentType="application/xml"/>
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
    <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
    </Types>
    """

  private static let rootRelations = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
    </Relationships>
    """

  private static let workbook = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
    <sheets><sheet name="Quotes" sheetId="1" r:id="rId1"/><sheet name="Claims" sheetId="2" r:id="rId2"/></sheets>
    </workbook>
    """

  private static let workbookRelations = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
    </Relationships>
    """

  /// Styles: 0 default, 1 bold header, 2 wrapped text, 3 date, 4 decimal number.
  private static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
    <cellXfs count="5">
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
    <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
    </cellXfs>
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
    </styleSheet>
    """
}
