import Foundation
import Testing

@testable import AttestKit

struct ArticleReaderTests {
  private func read(_ paths: [String], stdin: [UInt8] = []) throws -> ReadOutcome {
    ArticleReader(data: try TestSupport.data()).read(paths: paths, standardInput: { stdin })
  }

  @Test func readsHeaderBlockAndKeepsFileOffsets() throws {
    let path = try TestSupport.fixture("header-block.txt")
    let article = try #require(try read([path]).articles.first)
    #expect(article.metadata.outlet == "Harbour Gazette")
    #expect(article.metadata.published == "2023-03-14")
    #expect(article.metadata.title == "Council approves bridge repairs")
    #expect(article.metadata.byline == "Sam Oyelaran")
    #expect(article.metadata.url == "https://harbourgazette.example/local/bridge")
    let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let body = try #require(article.layout.bodyParagraphs.first)
    let span = article.span(of: body.range)
    #expect(Array(file[span.start..<span.end]) == Array(article.text[body.range]))
    #expect(article.string(body.range).hasPrefix("The city council voted"))
    #expect(span.location == SourceLocation(line: 7, column: 1))
  }

  @Test func htmlKeepsBodyTextAndDropsFurniture() throws {
    let path = try TestSupport.fixture("page-with-furniture.html")
    let article = try #require(try read([path]).articles.first)
    let text = String(decoding: article.text, as: UTF8.self)
    #expect(text.contains("Flood waters began to fall on Tuesday & residents returned"))
    #expect(text.contains("“We lost everything on the ground floor,” said Marta Quintero"))
    for dropped in ["never a quote", "Subscribe", "Photo by Lena", "Related:", "Home", "color"] {
      #expect(!text.contains(dropped), "kept \(dropped)")
    }
    #expect(article.metadata.outlet == "Valley Times")
    #expect(article.metadata.published == "2023-05-02")
    #expect(article.metadata.byline == "Ruth Nakamura")
    #expect(article.metadata.url == "https://valleytimes.example/floods")
    #expect(article.layout.bodyParagraphs.count == 3)
    // Every span maps back to the file's bytes, entities included.
    let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let name = try #require(text.range(of: "Marta Quintero"))
    let start = text.utf8.distance(from: text.startIndex, to: name.lowerBound)
    let span = article.span(of: start..<(start + "Marta Quintero".utf8.count))
    #expect(String(decoding: file[span.start..<span.end], as: UTF8.self) == "Marta Quintero")
    let amp = try #require(text.range(of: "& residents"))
    let ampStart = text.utf8.distance(from: text.startIndex, to: amp.lowerBound)
    let ampSpan = article.span(of: ampStart..<(ampStart + 1))
    #expect(String(decoding: file[ampSpan.start..<ampSpan.end], as: UTF8.self) == "&amp;")
  }

  @Test func readsJSONLinesWithIDsAndInfersOutletFromURL() throws {
    let outcome = try read([try TestSupport.fixture("articles.jsonl")])
    #expect(outcome.errors.isEmpty)
    #expect(outcome.articles.map(\.doc) == ["rail-1", "articles.jsonl:2"])
    #expect(outcome.articles.map(\.outletName) == ["Metro Wire", "NPR"])
    #expect(outcome.articles[0].metadata.published == "2023-09-01")
  }

  @Test func manifestSuppliesMetadataByFileName() throws {
    let outcome = try read([try TestSupport.fixture("manifest-folder")])
    let article = try #require(outcome.articles.first)
    #expect(article.outletName == "Grain Report")
    #expect(article.metadata.published == "2023-06-10")
    #expect(article.metadata.outletEvidence == "manifest")
  }

  @Test func infersOutletFromTranscriptCredit() throws {
    let article = try #require(
      try read([try TestSupport.fixture("transcript-credit.txt")]).articles.first)
    #expect(article.outletName == "Hillside Radio")
    #expect(
      article.metadata.outletEvidence == "credit line 'Transcript provided by Hillside Radio'")
  }

  @Test func outletIsUnknownWithoutEvidence() throws {
    let article = try TestSupport.article("Rain is expected across the region on Thursday.\n")
    #expect(article.outletName == "unknown")
  }

  @Test func readsStandardInput() throws {
    let outcome = try read(["-"], stdin: Array("Markets closed higher on Monday.\n".utf8))
    #expect(outcome.articles.map(\.doc) == ["stdin"])
  }

  @Test(arguments: [
    (
      [UInt8]([0x00, 0x01, 0x02, 0x41]), "a.txt",
      "'PATH' is binary data (a NUL byte at offset 0), not an article. Pass a plain-text, Markdown, HTML or JSON Lines article."
    ),
    (
      Array("%PDF-1.7 whatever".utf8), "b.txt",
      "'PATH' is a PDF file, not an article. Pass a plain-text, Markdown, HTML or JSON Lines article."
    ),
    (
      [], "c.txt",
      "'PATH' has no article text. Pass an HTML or plain-text article, or '-' for standard input."
    ),
    (
      Array("  \n\n \t\n".utf8), "d.txt",
      "'PATH' has no article text. Pass an HTML or plain-text article, or '-' for standard input."
    ),
  ])
  func refusesUnusableFilesWithOneClearMessage(bytes: [UInt8], name: String, message: String) throws
  {
    let path = try TestSupport.write(bytes, named: name)
    let outcome = try read([path])
    #expect(outcome.articles.isEmpty)
    #expect(
      outcome.errors.map(\.description) == [message.replacingOccurrences(of: "PATH", with: path)])
  }

  @Test func reportsMissingPath() throws {
    let outcome = try read(["/nonexistent/story.txt"])
    #expect(
      outcome.errors.map(\.description) == [
        "cannot read '/nonexistent/story.txt': no such file or folder. Check the path and its permissions."
      ])
  }

  @Test func reportsMalformedJSONLinesAndKeepsTheRest() throws {
    let text = "{\"id\": \"ok\", \"text\": \"Fine text here.\"}\n{not json}\n{\"id\": \"x\"}\n"
    let path = try TestSupport.write(Array(text.utf8), named: "mixed.jsonl")
    let outcome = try read([path])
    #expect(outcome.articles.map(\.doc) == ["ok"])
    #expect(
      outcome.errors.map(\.description) == [
        "\(path):2: not valid JSON. Each line must be one JSON object with a \"text\" field.",
        "\(path):3: no \"text\" string. Each line must be one JSON object with a \"text\" field.",
      ])
  }

  @Test func readsInvalidUTF8WithLocatedWarningAndUnchangedOffsets() throws {
    var bytes = Array("First line.\nThe caf".utf8)
    bytes += [0xE9]  // Latin-1 é
    bytes += Array(" opened, she said.\n".utf8)
    let path = try TestSupport.write(bytes, named: "latin1.txt")
    let article = try #require(try read([path]).articles.first)
    #expect(article.text.count == bytes.count)
    #expect(
      article.warnings.map(\.description) == [
        "\(path):2:8: warning: 1 byte(s) of invalid UTF-8 read as '?' (offsets unchanged); "
          + "re-save the file as UTF-8 to keep those characters"
      ])
  }

  @Test func badFileAmongManyIsSkippedAndTheRestRead() throws {
    let folder = try TestSupport.temporaryFolder()
    _ = try TestSupport.write(Array("Good article one.\n".utf8), named: "a.txt", in: folder)
    _ = try TestSupport.write([0, 0, 0, 1], named: "b.txt", in: folder)
    _ = try TestSupport.write(Array("Good article two.\n".utf8), named: "c.txt", in: folder)
    let outcome = try read([folder.path])
    #expect(outcome.articles.map(\.doc) == ["a.txt", "c.txt"])
    #expect(outcome.errors.count == 1)
    #expect(outcome.errors.first?.path.hasSuffix("b.txt") == true)
  }

  @Test func emptyFolderIsAnError() throws {
    let folder = try TestSupport.temporaryFolder()
    let outcome = try read([folder.path])
    #expect(outcome.errors == [.emptyFolder(path: folder.path)])
  }

  @Test func hostileHTMLNeverFails() throws {
    let hostile =
      "<html><body><p>Start" + String(repeating: "<a <b <<", count: 20_000)
      + "<!-- open comment <script>alert(1)"
    let path = try TestSupport.write(Array(hostile.utf8), named: "hostile.html")
    let outcome = try read([path])
    #expect(outcome.errors.isEmpty)
    #expect(outcome.articles.count == 1)
  }
}
