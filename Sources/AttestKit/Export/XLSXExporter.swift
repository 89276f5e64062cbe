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
    let claims = ParallelPart { part in try writeClaims(sheet, to: part) }
    let quotesPath = folder.appendingPathComponent("sheet1.xml").path
    let quotes = try ExportSink(path: quotesPath)
    quotes.write(sheetHeader(columns: QuoteSheet.columns, widths: widths))
    var row = 1
    quotes.write(headerRow(QuoteSheet.columns))
    try sheet.forEachRow { quote, carriers in
      row += 1
      quotes.write(rowXML(row, QuoteSheet.cells(quote, carriers: carriers), quoteKinds))
    }
    quotes.write("</sheetData></worksheet>\n")
    quotes.close()
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
    try claims.finish { try addFile("xl/worksheets/sheet2.xml", at: $0, to: archive, date: date) }
  }

  /// The Claims sheet's XML.
  private static func writeClaims(_ sheet: QuoteSheet, to claims: ExportSink) throws {
    claims.write(
      sheetHeader(
        columns: QuoteSheet.claimColumns,
        widths: [7, 24, 24, 18, 11, 50, 10, 16, 22, 7, 7, 9, 9, 20, 30, 30, 9, 80])
        + headerRow(QuoteSheet.claimColumns))
    var row = 1
    try sheet.forEachClaim { claim in
      row += 1
      claims.write(rowXML(row, ClaimSheet.cells(claim), claimKinds))
    }
    claims.write("</sheetData></worksheet>\n")
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

  /// How a column's cells are written.
  private enum CellKind {
    case text, wrapped, integer, decimal, date, numberOrText
  }

  private static let quoteKinds: [CellKind] = QuoteSheet.columns.map { name in
    switch name {
    case "id", "outlets_carrying": .integer
    case "confidence": .decimal
    case "date": .date
    case "quote", "notes": .wrapped
    default: .text
    }
  }

  private static let claimKinds: [CellKind] = QuoteSheet.claimColumns.map { name in
    switch name {
    case "score", "score_low", "score_high": .decimal
    case "value": .numberOrText
    case "date": .date
    case "text", "explanation": .wrapped
    default: .text
    }
  }

  private static let letters = (0..<32).map(column)

  /// One `<row>` element, cells typed by column.
  private static func rowXML(_ row: Int, _ cells: [String], _ kinds: [CellKind]) -> String {
    let number = String(row)
    var xml = "<row r=\"" + number + "\">"
    xml.reserveCapacity(cells.reduce(64) { $0 + $1.utf8.count + 48 })
    for (index, cell) in cells.enumerated() {
      let reference = (index < letters.count ? letters[index] : column(index)) + number
      switch kinds[index] {
      case .integer:
        xml += "<c r=\"" + reference + "\"><v>" + cell + "</v></c>"
      case .decimal:
        xml += "<c r=\"" + reference + "\" s=\"4\"><v>" + cell + "</v></c>"
      case .numberOrText where Double(cell) != nil:
        xml += "<c r=\"" + reference + "\"><v>" + cell + "</v></c>"
      case .date:
        if let serial = excelDate(cell) {
          xml += "<c r=\"" + reference + "\" s=\"3\"><v>" + String(serial) + "</v></c>"
        } else {
          xml += text(reference, cell, style: 0)
        }
      case .wrapped:
        xml += text(reference, cell, style: 2)
      case .text, .numberOrText:
        xml += text(reference, cell, style: 0)
      }
    }
    return xml + "</row>\n"
  }

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
    guard day.utf8.count == 10 else { return nil }
    return CalendarDay.parse(day).map { $0 + 25_569 }
  }

  private static func text(_ reference: String, _ value: String, style: Int) -> String {
    "<c r=\"" + reference
      + (style == 0 ? "\" t=\"inlineStr\">" : "\" t=\"inlineStr\" s=\"\(style)\">")
      + "<is><t xml:space=\"preserve\">" + xmlEscape(QuoteSheet.neutralised(value))
      + "</t></is></c>"
  }

  private static func headerRow(_ columns: [String]) -> String {
    "<row r=\"1\">"
      + columns.enumerated().map { index, name in text(column(index) + "1", name, style: 1) }
      .joined()
      + "</row>\n"
  }

  /// Escapes XML text and drops characters XML 1.0 forbids.
  static func xmlEscape(_ text: String) -> String {
    let plain = text.utf8.allSatisfy {
      $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0xEF
        || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D
    }
    if plain { return text }
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
