import AttestKit
import Foundation
import Testing

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The real `Data/` registries and lexicons.
  static func data() throws -> AttestData {
    try AttestData.load(from: root.appendingPathComponent("Data"))
  }

  /// The path of a fixture file or folder.
  static func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return url.appendingPathComponent(name).path
  }

  /// A new empty folder for one test.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("attest-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `bytes` to a file named `name` in a new folder and returns its path.
  static func write(_ bytes: [UInt8], named name: String, in folder: URL? = nil) throws -> String {
    let folder = try folder ?? temporaryFolder()
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Reads one article from a string written to a temporary file.
  static func article(_ text: String, named name: String = "story.txt") throws -> Article {
    let path = try write(Array(text.utf8), named: name)
    let outcome = ArticleReader(data: try data()).read(paths: [path])
    #expect(outcome.errors.isEmpty, "\(outcome.errors)")
    return try #require(outcome.articles.first)
  }
}

/// Compares output with `Golden/<suite>/<name>`; `RECORD_GOLDEN=1` rewrites it and fails loudly.
enum Golden {
  static func check(
    _ actual: String, suite: String, name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let folder = TestSupport.root.appendingPathComponent("Tests/AttestKitTests/Golden/\(suite)")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "recorded golden file \(suite)/\(name); unset RECORD_GOLDEN and run again",
        sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
      actual == expected, "output differs from Golden/\(suite)/\(name)",
      sourceLocation: sourceLocation)
  }
}
