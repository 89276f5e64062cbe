import Foundation
import GRDB

/// The workspace: articles, outlets, speakers, quotes, claims and analysts' annotations in SQLite.
///
/// Every write is one transaction. A file workspace runs in WAL mode, so several processes (two
/// REPLs, a REPL and a batch run) can share it; a busy database is waited on, not an error.
public struct Store: Sendable {
  let writer: any DatabaseWriter
  /// The workspace path as given (`:memory:` for a throwaway one).
  public let path: String
  /// How many matching rows make a limited listing walk the workspace in order.
  ///
  /// From this many on, `.quotes` and `.claims --label` with a limit walk the workspace in order
  /// and stop at the limit rather than sorting every match. On 100,000 articles a speaker's
  /// 135,000 quotes sorted took 0.2 s and walked 1 ms; 672 quotes sorted took 3 ms and walked
  /// 45 ms.
  public var orderedWalkThreshold = 4_000

  /// Opens (creating if needed) the workspace at `path`; `:memory:` makes a throwaway one.
  ///
  /// - Throws: `StorageError` when the file is not a workspace, is damaged, or cannot be opened.
  public static func open(path: String) throws -> Store {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.foreignKeysEnabled = true
    if path == ":memory:" {
      let queue = try DatabaseQueue(configuration: configuration)
      try Schema.migrator.migrate(queue)
      return Store(writer: queue, path: path)
    }
    try checkHeader(path)
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      try pool.read { db in try checkOwnership(db, path: path) }
      try Schema.migrator.migrate(pool)
      return Store(writer: pool, path: path)
    } catch let error as StorageError {
      throw error
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: path)
    }
  }

  /// Refuses a file that is not SQLite before SQLite touches it.
  private static func checkHeader(_ path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let folder = (path as NSString).deletingLastPathComponent
      if FileManager.default.fileExists(atPath: path) {
        throw StorageError.unavailable(path: path, reason: "permission denied")
      }
      if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
        throw StorageError.unavailable(path: path, reason: "folder '\(folder)' does not exist")
      }
      return
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if !head.isEmpty && !head.starts(with: Array("SQLite format 3\u{0}".utf8)) {
      throw StorageError.notADatabase(path: path)
    }
  }

  /// Refuses another program's database: tables but none of ours.
  private static func checkOwnership(_ db: Database, path: String) throws {
    let tables = try String.fetchAll(
      db,
      sql:
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    guard !tables.isEmpty else { return }
    guard tables.contains("grdb_migrations") else {
      throw StorageError.foreignDatabase(path: path, tables: tables)
    }
    let applied = try Schema.migrator.appliedIdentifiers(db)
    guard applied.contains(Schema.firstMigration) else {
      throw StorageError.foreignDatabase(path: path, tables: tables)
    }
    if try Schema.migrator.hasBeenSuperseded(db) {
      throw StorageError.newerWorkspace(path: path)
    }
  }

  static func storageError(_ error: DatabaseError, path: String) -> StorageError {
    switch error.resultCode {
    case .SQLITE_NOTADB:
      .notADatabase(path: path)
    case .SQLITE_CORRUPT:
      .corrupt(path: path, reason: error.message ?? "corrupt")
    default:
      .unavailable(path: path, reason: error.message ?? "\(error.resultCode)")
    }
  }

  /// Runs a write transaction, mapping SQLite errors to `StorageError`.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.write(body)
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: path)
    }
  }

  /// Runs a read, mapping SQLite errors to `StorageError`.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try writer.read(body)
    } catch let error as DatabaseError {
      throw Self.storageError(error, path: path)
    }
  }
}
