import Foundation

/// The registries and lexicons in `Data/`, loaded once and passed to every stage.
public struct AttestData: Sendable {
  /// Known outlets.
  public var outlets: OutletRegistry
  /// Page-furniture phrases.
  public var furniture: FurnitureRules
  /// Known speakers, speech verbs, titles and name lists, as JSON documents by file name, read by the
  /// stages that need them.
  public var documents: [String: Data]

  /// Creates data from values (tests use this with small registries).
  public init(outlets: OutletRegistry, furniture: FurnitureRules, documents: [String: Data] = [:]) {
    self.outlets = outlets
    self.furniture = furniture
    self.documents = documents
  }

  /// No registries and no lexicons.
  public static let empty = AttestData(outlets: .empty, furniture: .none)

  /// Loads every JSON file of a `Data/` folder.
  ///
  /// - Throws: `DataError` naming the file that is missing or malformed.
  public static func load(from folder: URL) throws -> AttestData {
    let fileManager = FileManager.default
    var isFolder: ObjCBool = false
    guard fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
    else { throw DataError.missingFolder(folder.path) }
    var documents: [String: Data] = [:]
    for relative in ["outlets.json", "speakers.json"] {
      documents[relative] = try read(folder.appendingPathComponent(relative))
    }
    // The outlet priors are optional: without them every outlet starts at the unknown prior.
    if let priors = try? Data(contentsOf: folder.appendingPathComponent("outlets.csv")) {
      documents["outlets.csv"] = priors
    }
    let lexicon = folder.appendingPathComponent("lexicon")
    let names = (try? fileManager.contentsOfDirectory(atPath: lexicon.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") {
      documents["lexicon/" + name] = try read(lexicon.appendingPathComponent(name))
    }
    let decoder = JSONDecoder()
    let outlets: [OutletEntry] = try decode(
      [OutletEntry].self, documents["outlets.json"], "outlets.json", folder, decoder)
    let furniture = try decode(
      FurnitureRules.self, documents["lexicon/furniture.json"], "lexicon/furniture.json", folder,
      decoder)
    return AttestData(
      outlets: OutletRegistry(entries: outlets), furniture: furniture, documents: documents)
  }

  /// Decodes one of the loaded documents.
  public func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
    guard let data = documents[name] else { return nil }
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch {
      throw DataError.malformed(name, String(describing: error))
    }
  }

  private static func read(_ url: URL) throws -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw DataError.missingFile(url.path)
    }
  }

  private static func decode<Value: Decodable>(
    _ type: Value.Type, _ data: Data?, _ name: String, _ folder: URL, _ decoder: JSONDecoder
  ) throws -> Value {
    guard let data else { throw DataError.missingFile(folder.appendingPathComponent(name).path) }
    do {
      return try decoder.decode(type, from: data)
    } catch {
      throw DataError.malformed(folder.appendingPathComponent(name).path, String(describing: error))
    }
  }
}

/// Why `Data/` could not be loaded.
public enum DataError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder does not exist.
  case missingFolder(String)
  /// A required file is missing.
  case missingFile(String)
  /// A file is not the JSON its schema in `Data/README.md` describes.
  case malformed(String, String)

  /// What went wrong, then what to do.
  public var description: String {
    switch self {
    case .missingFolder(let path):
      "data folder '\(path)' not found. Pass --data DIR or set ATTEST_DATA to Attest's Data folder."
    case .missingFile(let path):
      "data file '\(path)' is missing. Restore it from the Attest repository."
    case .malformed(let path, let reason):
      "data file '\(path)' is malformed (\(reason)). Fix it as Data/README.md describes."
    }
  }
}
