import GRDB

/// A speaker in the workspace with how often and in what forms they are quoted.
public struct SpeakerSummary: Hashable, Sendable, Codable {
  /// The canonical name.
  public var name: String
  /// Person, organisation, media or unknown.
  public var kind: SpeakerKind
  /// Quotes attributed to them.
  public var quotes: Int
  /// Outlets that quote them.
  public var outlets: [String]
  /// Every surface form the articles used.
  public var aliases: [String]
}

extension Store {
  /// Every speaker with at least one quote, most quoted first.
  public func speakers() throws -> [SpeakerSummary] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.id, s.name, s.kind, COUNT(q.id) AS quotes,
                 GROUP_CONCAT(DISTINCT o.name) AS outlets
          FROM speaker s
          JOIN quote q ON q.speakerId = s.id
          JOIN article a ON a.id = q.articleId
          JOIN outlet o ON o.id = a.outletId
          GROUP BY s.id
          ORDER BY quotes DESC, s.name
          """)
      return try rows.map { row in
        let id: Int64 = row["id"]
        let aliases = try String.fetchAll(
          db, sql: "SELECT mention FROM alias WHERE speakerId = ? ORDER BY mention", arguments: [id]
        )
        let outlets =
          (row["outlets"] as String?)?.split(separator: ",").map(String.init).sorted() ?? []
        return SpeakerSummary(
          name: row["name"], kind: SpeakerKind(rawValue: row["kind"]) ?? .unknown,
          quotes: row["quotes"],
          outlets: outlets, aliases: aliases)
      }
    }
  }
}
