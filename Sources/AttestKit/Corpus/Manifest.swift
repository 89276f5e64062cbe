import Foundation

/// A folder's `manifest.json`: metadata for its files by `file` name.
struct Manifest: Sendable {
  private struct Document: Decodable {
    struct Entry: Decodable {
      var file: String
      var outlet: String?
      var published: String?
      var byline: String?
      var url: String?
      var title: String?
    }
    var articles: [Entry]
  }

  private let entries: [String: ArticleMetadata]

  /// The manifest of a folder, or `nil` when it has none or it cannot be parsed.
  static func load(folder: String) -> Manifest? {
    let path = (folder.isEmpty ? "." : folder) + "/manifest.json"
    guard let data = FileManager.default.contents(atPath: path),
      let document = try? JSONDecoder().decode(Document.self, from: data)
    else { return nil }
    var entries: [String: ArticleMetadata] = [:]
    for entry in document.articles {
      entries[entry.file] = ArticleMetadata(
        outlet: entry.outlet, url: entry.url,
        published: entry.published.flatMap(PublicationDate.day(fromTimestamp:)), title: entry.title,
        byline: entry.byline, outletEvidence: entry.outlet == nil ? nil : "manifest")
    }
    return Manifest(entries: entries)
  }

  /// The metadata listed for a file name.
  func metadata(for file: String) -> ArticleMetadata? { entries[file] }
}

/// The articles of a JSON Lines file that could be read, with the lines that could not.
struct JSONLinesErrors: Error {
  var articles: [Article]
  var errors: [IngestionError]
}

/// Reads `.jsonl` files: one `{"id"?, "outlet"?, "url"?, "published"?, "title"?, "text"}` a line.
///
/// Spans of JSON Lines articles are byte offsets into the UTF-8 of the record's `text` value.
struct JSONLinesReader {
  let reader: ArticleReader

  func articles(bytes: [UInt8], path: String, source: String) throws -> [Article] {
    var articles: [Article] = []
    var errors: [IngestionError] = []
    let name = (path as NSString).lastPathComponent
    var lineNumber = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      guard line.contains(where: { !ByteClass.isSpace($0) }) else { continue }
      do {
        articles.append(
          try article(Data(line), path: path, name: name, line: lineNumber, source: source))
      } catch let error as IngestionError {
        errors.append(error)
      }
    }
    if articles.isEmpty && errors.isEmpty { throw IngestionError.empty(path: path) }
    if !errors.isEmpty { throw JSONLinesErrors(articles: articles, errors: errors) }
    return articles
  }

  private func article(_ line: Data, path: String, name: String, line number: Int, source: String)
    throws -> Article
  {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: line)
    } catch {
      throw IngestionError.malformedJSON(path: path, line: number, reason: "not valid JSON")
    }
    guard let record = object as? [String: Any] else {
      throw IngestionError.malformedJSON(path: path, line: number, reason: "not a JSON object")
    }
    guard let text = record["text"] as? String else {
      throw IngestionError.malformedJSON(path: path, line: number, reason: "no \"text\" string")
    }
    let id = (record["id"] as? String) ?? (record["id"] as? Int).map(String.init)
    let metadata = ArticleMetadata(
      outlet: record["outlet"] as? String, url: record["url"] as? String,
      published: (record["published"] as? String).flatMap(PublicationDate.day(fromTimestamp:)),
      title: record["title"] as? String, byline: record["byline"] as? String,
      outletEvidence: record["outlet"] is String ? "jsonl" : nil)
    do {
      return try reader.textArticle(
        bytes: Array(text.utf8), path: "\(path):\(number)", doc: id ?? "\(name):\(number)",
        source: source + "#" + (id ?? "line\(number)"), manifest: nil, extraMetadata: metadata)
    } catch IngestionError.empty {
      throw IngestionError.malformedJSON(path: path, line: number, reason: "\"text\" is empty")
    }
  }
}
