import Foundation

/// What reading a set of paths gave: the articles, and the files that could not be used.
public struct ReadOutcome: Sendable {
  /// Articles in input order (folders in sorted path order).
  public var articles: [Article]
  /// One error per file that was skipped.
  public var errors: [IngestionError]
}

/// Reads articles from files, folders, JSON Lines and standard input.
///
/// ```swift
/// let reader = ArticleReader(data: data)
/// let outcome = reader.read(paths: ["Data/samples"])
/// ```
public struct ArticleReader: Sendable {
  /// The largest article file read, in bytes.
  public static let defaultByteLimit = 256 * 1_048_576
  static let extensions: Set<String> = ["txt", "md", "html", "htm", "jsonl"]

  private let layoutBuilder: LayoutBuilder
  private let inferrer: OutletInferrer
  private let byteLimit: Int

  /// Creates a reader with the furniture rules and outlets of `data`.
  public init(data: AttestData, byteLimit: Int = ArticleReader.defaultByteLimit) {
    layoutBuilder = LayoutBuilder(rules: data.furniture)
    inferrer = OutletInferrer(registry: data.outlets)
    self.byteLimit = byteLimit
  }

  /// Reads every path; `-` reads one article from `standardInput`.
  public func read(paths: [String], standardInput: () -> [UInt8] = { [] }) -> ReadOutcome {
    var articles: [Article] = []
    let errors = forEach(paths: paths, standardInput: standardInput) {
      articles.append($0)
      return true
    }
    return ReadOutcome(articles: articles, errors: errors)
  }

  /// Reads every path and hands each article to `visit` as soon as it is read, so that a run
  /// over a large corpus holds one file at a time.
  ///
  /// `visit` returns `false` to stop the run early (Ctrl-C in the REPL).
  ///
  /// - Returns: one error per file that could not be used (the others are still visited).
  public func forEach(
    paths: [String], standardInput: () -> [UInt8] = { [] }, _ visit: (Article) -> Bool
  ) -> [IngestionError] {
    var errors: [IngestionError] = []
    var stopped = false
    func collect(_ body: () throws -> [Article]) {
      guard !stopped else { return }
      do {
        for article in try body() where !stopped { stopped = !visit(article) }
      } catch let error as IngestionError {
        errors.append(error)
      } catch let error as JSONLinesErrors {
        for article in error.articles where !stopped { stopped = !visit(article) }
        errors += error.errors
      } catch {
        errors.append(.unreadable(path: "?", reason: String(describing: error)))
      }
    }
    for path in paths {
      if path == "-" {
        collect {
          try articles(
            fromBytes: standardInput(), path: "<stdin>", doc: "stdin", source: nil, manifest: nil)
        }
        continue
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        errors.append(.unreadable(path: path, reason: "no such file or folder"))
        continue
      }
      if isFolder.boolValue {
        let files = Self.articleFiles(in: path)
        guard !files.isEmpty else {
          errors.append(.emptyFolder(path: path))
          continue
        }
        var manifests: [String: Manifest?] = [:]
        for file in files {
          let folder = (file as NSString).deletingLastPathComponent
          if manifests[folder] == nil { manifests[folder] = .some(Manifest.load(folder: folder)) }
          collect { try articles(fromFile: file, manifest: manifests[folder] ?? nil) }
        }
      } else {
        let manifest = Manifest.load(folder: (path as NSString).deletingLastPathComponent)
        collect { try articles(fromFile: path, manifest: manifest) }
      }
    }
    return errors
  }

  /// The bytes of a file, read with one `open`/`fstat`/`read` sequence (Foundation's `Data`
  /// reader costs as much as extracting a short article).
  static func contents(of path: String, limit: Int) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
      throw IngestionError.unreadable(path: path, reason: reason)
    }
    defer { Glibc.close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw IngestionError.unreadable(path: path, reason: String(cString: strerror(errno)))
    }
    let size = Int(status.st_size)
    guard size <= limit else {
      throw IngestionError.tooLarge(path: path, bytes: size, limit: limit)
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress?.advanced(by: filled), size - filled)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        if count == 0 { break }
        throw IngestionError.unreadable(path: path, reason: String(cString: strerror(errno)))
      }
      filled += count
    }
    return filled == size ? bytes : Array(bytes[..<filled])
  }

  /// The article files below a folder, recursively, in sorted path order.
  static func articleFiles(in folder: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased())
      else { continue }
      files.append((folder as NSString).appendingPathComponent(relative))
    }
    return files.sorted()
  }

  /// Reads the articles in `bytes` as if they were the file at `path` (its extension picks the
  /// format): the entry point of the fuzz target.
  ///
  /// - Throws: `IngestionError` when the bytes cannot be used as an article.
  public func articles(bytes: [UInt8], path: String) throws -> [Article] {
    let name = (path as NSString).lastPathComponent
    return try articles(fromBytes: bytes, path: path, doc: name, source: path, manifest: nil)
  }

  // MARK: - One file

  private func articles(fromFile path: String, manifest: Manifest?) throws -> [Article] {
    let url = URL(fileURLWithPath: path)
    let bytes = try Self.contents(of: path, limit: byteLimit)
    let name = url.lastPathComponent
    return try articles(
      fromBytes: bytes, path: path, doc: name, source: url.standardizedFileURL.path,
      manifest: manifest?.metadata(for: name))
  }

  private func articles(
    fromBytes bytes: [UInt8], path: String, doc: String, source: String?, manifest: ArticleMetadata?
  ) throws -> [Article] {
    guard bytes.count <= byteLimit else {
      throw IngestionError.tooLarge(path: path, bytes: bytes.count, limit: byteLimit)
    }
    if let kind = BinarySniffer.binaryKind(of: bytes) {
      throw IngestionError.binary(path: path, kind: kind)
    }
    let source = source ?? "stdin:" + FNV1a.hex(FNV1a.hash(bytes))
    switch Self.format(of: path, bytes: bytes) {
    case .jsonl:
      return try JSONLinesReader(reader: self).articles(bytes: bytes, path: path, source: source)
    case .html:
      return [
        try htmlArticle(bytes: bytes, path: path, doc: doc, source: source, manifest: manifest)
      ]
    case .text:
      return [
        try textArticle(bytes: bytes, path: path, doc: doc, source: source, manifest: manifest)
      ]
    }
  }

  enum Format { case text, html, jsonl }

  static func format(of path: String, bytes: [UInt8]) -> Format {
    switch (path as NSString).pathExtension.lowercased() {
    case "jsonl": return .jsonl
    case "html", "htm": return .html
    case "txt", "md": return .text
    default:
      let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
      let opening = head.drop(while: { $0.isWhitespace })
      if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") || head.contains("<body")
      {
        return .html
      }
      return opening.hasPrefix("{") ? .jsonl : .text
    }
  }

  /// A plain-text or Markdown article, with its optional header block.
  func textArticle(
    bytes: [UInt8], path: String, doc: String, source: String, manifest: ArticleMetadata?,
    extraMetadata: ArticleMetadata? = nil
  ) throws -> Article {
    let (text, invalid) = UTF8Cleaner.clean(bytes)
    var warnings = Self.encodingWarnings(invalid, path: path, bytes: text)
    var metadata = ArticleMetadata()
    var bodyStart = 0
    if let header = HeaderBlock.parse(text) {
      metadata = header.metadata
      metadata.outletEvidence = metadata.outlet == nil ? nil : "header"
      bodyStart = header.bodyStart
      if let line = header.badDate {
        warnings.append(
          Diagnostic(
            path: path, location: SourceLocation(offset: line, in: text),
            message: "'published' is not a YYYY-MM-DD date; the article has no publication date"))
      }
    }
    if let extraMetadata { metadata = metadata.filling(from: extraMetadata) }
    if let manifest {
      metadata = metadata.filling(
        from: ArticleMetadata(
          outlet: manifest.outlet, url: manifest.url, published: manifest.published,
          title: manifest.title, byline: manifest.byline, outletEvidence: "manifest"))
    }
    let layout = layoutBuilder.layout(of: text, bodyStart: bodyStart)
    return try finish(
      Article(
        doc: doc, source: source, path: path, text: text, sourceOffsets: nil, sourceBytes: nil,
        metadata: metadata, contentHash: FNV1a.hash(bytes), layout: layout, warnings: warnings))
  }

  private func htmlArticle(
    bytes: [UInt8], path: String, doc: String, source: String, manifest: ArticleMetadata?
  ) throws -> Article {
    let (clean, invalid) = UTF8Cleaner.clean(bytes)
    let warnings = Self.encodingWarnings(invalid, path: path, bytes: clean)
    let extracted = HTMLTextExtractor.extract(clean)
    var metadata = extracted.metadata
    metadata.outletEvidence = metadata.outlet == nil ? nil : "html"
    if let manifest {
      metadata = manifest.filling(from: metadata)
      if manifest.outlet != nil { metadata.outletEvidence = "manifest" }
    }
    let layout = layoutBuilder.layout(of: extracted.text)
    return try finish(
      Article(
        doc: doc, source: source, path: path, text: extracted.text,
        sourceOffsets: extracted.offsets, sourceBytes: clean, metadata: metadata,
        contentHash: FNV1a.hash(bytes), layout: layout, warnings: warnings))
  }

  /// Refuses an article with no text and infers a missing outlet.
  private func finish(_ article: Article) throws -> Article {
    guard article.layout.paragraphs.contains(where: { $0.kind == .body || $0.kind == .heading })
    else { throw IngestionError.empty(path: article.path) }
    var article = article
    if article.metadata.outlet == nil {
      if let (name, evidence) = inferrer.outlet(
        in: article.text, layout: article.layout, url: article.metadata.url)
      {
        article.metadata.outlet = name
        article.metadata.outletEvidence = evidence
      }
    } else if let outlet = article.metadata.outlet {
      article.metadata.outlet = inferrer.registry.canonicalName(outlet)
    }
    return article
  }

  private static func encodingWarnings(_ invalid: [Int], path: String, bytes: [UInt8])
    -> [Diagnostic]
  {
    guard let first = invalid.first else { return [] }
    return [
      Diagnostic(
        path: path, location: SourceLocation(offset: first, in: bytes),
        message: "\(invalid.count) byte(s) of invalid UTF-8 read as '?' (offsets unchanged); "
          + "re-save the file as UTF-8 to keep those characters")
    ]
  }
}
