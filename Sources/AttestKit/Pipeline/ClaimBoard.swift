import Foundation

/// The scored claims of a corpus, addressable by id (`c12`) or claim key: what `attest claims`,
/// `explain`, `outlets` and `check` and the REPL's claim commands read.
///
/// ```swift
/// let board = try ClaimBoard(engine: engine, stored: store.storedClaims())
/// for row in board.rows where row.score.label == .contested { print(row.id, row.claim.text) }
/// ```
public struct ClaimBoard: Sendable {
  /// One scored mention: a view into the board's articles and scores (a workspace of 100,000
  /// articles has 1.8 million rows; copying each mention and score into its row doubled them).
  public struct Row: Sendable {
    /// `c` and a number: the workspace row id, or the position in a batch run.
    public let id: String
    /// The article's index.
    public let article: Int
    /// The claim's index in its article.
    public let index: Int
    private let storage: Storage
    /// The mention.
    public var claim: ClaimMention { storage.articles[article].claims[index] }
    /// Its score.
    public var score: ClaimScore { storage.scores[article][index] }

    fileprivate init(id: String, article: Int, index: Int, storage: Storage) {
      self.id = id
      self.article = article
      self.index = index
      self.storage = storage
    }
  }

  /// The articles and scores rows read, shared by every row.
  fileprivate final class Storage: Sendable {
    let articles: [ScoringArticle]
    let scores: [[ClaimScore]]

    init(articles: [ScoringArticle], scores: [[ClaimScore]]) {
      self.articles = articles
      self.scores = scores
    }
  }

  /// The articles scored.
  public let articles: [ScoringArticle]
  /// Every mention in article order.
  public let rows: [Row]
  /// Outlet standings and provenance.
  public let result: CorroborationResult
  /// The engine, for checks against the same evidence.
  public let engine: CorroborationEngine
  /// Verdicts that fed the update.
  public let verdicts: [ClaimVerdict]
  private let byID: [String: Int]
  /// Claim keys merged into another (`KeyAlignment`), for claims checked against the board.
  public let renames: [String: KeyAlignment.Target]

  /// Scores a batch: ids are `c1`, `c2`… in article order.
  public init(engine: CorroborationEngine, articles: [ScoringArticle]) {
    var number = 0
    let ids = articles.map { article in
      article.claims.map { _ in
        number += 1
        return "c\(number)"
      }
    }
    self.init(engine: engine, articles: articles, ids: ids, verdicts: [])
  }

  /// Scores a workspace: ids are `c` and the claim's row id.
  public init(engine: CorroborationEngine, stored: StoredClaims) {
    self.init(
      engine: engine, articles: stored.articles,
      ids: stored.claimIDs.map { $0.map { "c\($0)" } }, verdicts: stored.verdicts)
  }

  /// The workspace's board: its saved scores when its claims have not changed since they were
  /// saved, else scored now and (when `save`) saved for next time.
  ///
  /// Saved scores carry short ledgers (the strongest units); `withFullLedgers()` rebuilds them.
  /// Saving is a cache: a workspace that cannot be written (read-only) still gets its board.
  ///
  /// - Throws: `StorageError` when the workspace cannot be read.
  public static func load(engine: CorroborationEngine, store: Store, save: Bool = true) throws
    -> ClaimBoard
  {
    let stored = try PhaseClock.time("load claims") { try store.storedClaims() }
    if let saved = try store.storedScores() {
      let ids = stored.claimIDs.flatMap { $0 }
      if ids.allSatisfy({ saved.scores[$0] != nil }) {
        return ClaimBoard(engine: engine, stored: stored, saved: saved)
      }
    }
    let board = ClaimBoard(
      engine: engine.ledgers(CorroborationEngine.savedLedger), stored: stored)
    if save { PhaseClock.time("save scores") { _ = try? board.save(to: store) } }
    return board
  }

  /// Saves a workspace board's scores into a workspace holding the same claims (its own, or a
  /// copy of it).
  ///
  /// - Throws: `StorageError` when the workspace cannot be written.
  public func save(to store: Store) throws {
    let scores = rows.compactMap { row in
      Int64(row.id.dropFirst()).map { (id: $0, key: row.claim.key, score: row.score) }
    }
    try store.saveScores(
      scores, outlets: result.outlets, reliabilities: result.reliabilities)
  }

  private init(engine: CorroborationEngine, stored: StoredClaims, saved: StoredScores) {
    var scores: [[ClaimScore]] = []
    for ids in stored.claimIDs {
      scores.append(ids.compactMap { saved.scores[$0] })
    }
    let result = CorroborationResult(
      scores: scores, outlets: saved.outlets, groups: [], groupReasons: [],
      reliabilities: saved.reliabilities)
    self.init(
      engine: engine.ledgers(CorroborationEngine.savedLedger), articles: stored.articles,
      ids: stored.claimIDs.map { $0.map { "c\($0)" } }, verdicts: stored.verdicts, result: result
    )
  }

  /// The same board with every ledger in full (scored again with the board's reliabilities, no
  /// update).
  public func withFullLedgers() -> ClaimBoard {
    let size = CorroborationEngine.fullLedger
    if engine.ledgerUnits >= size.units && engine.ledgerMentions >= size.mentions { return self }
    let full = engine.ledgers(size)
    var (rescored, _) = full.score(
      articles, verdicts: verdicts, probes: [], reliabilities: result.reliabilities)
    rescored.outlets = result.outlets
    rescored.reliabilities = result.reliabilities
    var ids = articles.map { _ in [String]() }
    for row in rows { ids[row.article].append(row.id) }
    return ClaimBoard(
      engine: full, articles: articles, ids: ids, verdicts: verdicts, result: rescored,
      aligned: renames)
  }

  private init(
    engine: CorroborationEngine, articles: [ScoringArticle], ids: [[String]],
    verdicts: [ClaimVerdict], result given: CorroborationResult? = nil,
    aligned: [String: KeyAlignment.Target]? = nil
  ) {
    // One quantity keyed by different words in different articles is one claim (articles
    // already aligned come with their renames).
    var articles = articles
    let renames = aligned ?? PhaseClock.time("align keys") { KeyAlignment.renames(articles) }
    if aligned == nil { KeyAlignment.apply(renames, to: &articles) }
    let result = given ?? engine.score(articles, verdicts: verdicts)
    var rows: [Row] = []
    var byID: [String: Int] = [:]
    let storage = Storage(articles: articles, scores: result.scores)
    for (articleIndex, article) in articles.enumerated() {
      for claimIndex in article.claims.indices {
        let id = ids[articleIndex][claimIndex]
        byID[id] = rows.count
        rows.append(Row(id: id, article: articleIndex, index: claimIndex, storage: storage))
      }
    }
    self.articles = articles
    self.rows = rows
    self.result = result
    self.engine = engine
    self.verdicts = verdicts
    self.byID = byID
    self.renames = renames
  }

  /// The rows an argument names: an id (`c12`, or `12`), else every mention of a claim key.
  public func rows(matching argument: String) -> [Row] {
    let trimmed = argument.trimmingCharacters(in: .whitespaces)
    let id = trimmed.hasPrefix("c") ? trimmed : "c" + trimmed
    if let index = byID[id] { return [rows[index]] }
    return rows.filter { $0.claim.key == trimmed.lowercased() }
  }

  /// The JSON Lines record of a row (the `attest claims` contract).
  public func jsonLine(_ row: Row) -> String {
    let article = articles[row.article]
    return JSONLines.claim(
      row.claim, id: row.id, doc: article.doc, outlet: article.outlet, score: row.score)
  }

  /// The two-line text form of a row.
  public func textLines(_ row: Row) -> String {
    let article = articles[row.article]
    let claim = row.claim
    let value = claim.value == nil ? "—" : claim.printedValue
    let source =
      claim.assertedBy == "outlet" ? article.outlet : "\(claim.assertedBy) via \(article.outlet)"
    return
      "\(row.id)  \(article.doc):\(claim.span.location)  \(claim.key) = \(value)  "
      + "P \(JSONLines.number(row.score.probability)) \(row.score.label.rawValue)\n"
      + "    “\(claim.text)”  (\(source)\(claim.cue.isEmpty ? "" : ", " + claim.cue)"
      + "\(claim.hedged ? ", hedged" : "")"
      + (row.score.verdict.map { $0 ? ", verified by analyst" : ", rejected by analyst" } ?? "")
      + ")\n"
  }

  /// The explanation of a row: the scoring ledger, then who supports and who conflicts.
  public func explanation(_ row: Row) -> String {
    var lines = ["\(row.id)  \(articles[row.article].doc)  “\(row.claim.text)”"]
    lines += row.score.explanation
    if !row.score.supporting.isEmpty {
      lines.append(" supporting: " + row.score.supporting.joined(separator: ", "))
    }
    if !row.score.conflicting.isEmpty {
      lines.append(" conflicting: " + row.score.conflicting.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Outlet credibility: prior, posterior with its band, and the evidence behind it.
  public func outletReport(format: OutletFormat) -> String {
    var out = ""
    for standing in result.outlets {
      let reliability = standing.reliability
      let band = reliability.band
      switch format {
      case .jsonl:
        let evidence = standing.evidence.map {
          JSONLines.object([
            ("claim", JSONLines.string($0.key)), ("doc", JSONLines.string($0.doc)),
            ("agreement", JSONLines.number($0.agreement)), ("weight", JSONLines.number($0.weight)),
            ("relayed", $0.relayed.map(JSONLines.string) ?? "null"),
          ])
        }
        out +=
          JSONLines.object([
            ("outlet", JSONLines.string(standing.name)),
            ("reliability", JSONLines.number(reliability.mean)),
            ("low", JSONLines.number(band.lowerBound)),
            ("high", JSONLines.number(band.upperBound)),
            ("prior", JSONLines.number(reliability.prior)),
            ("prior_source", JSONLines.string(reliability.source)),
            ("articles", String(standing.articles)), ("mentions", String(standing.mentions)),
            ("evidence", "[" + evidence.joined(separator: ",") + "]"),
          ]) + "\n"
      case .text:
        out +=
          "\(standing.name)  reliability \(JSONLines.number(reliability.mean)) "
          + "[\(JSONLines.number(band.lowerBound))–\(JSONLines.number(band.upperBound))]  "
          + "prior \(JSONLines.number(reliability.prior)) (\(reliability.source))  "
          + "\(standing.articles) article\(standing.articles == 1 ? "" : "s"), "
          + "\(standing.mentions) claim mention\(standing.mentions == 1 ? "" : "s")\n"
        if standing.evidence.isEmpty {
          out += "    no resolved claims yet: the prior stands\n"
        }
        for item in standing.evidence {
          out +=
            "    \(item.key) (\(item.doc)): agreement \(JSONLines.number(item.agreement))"
            + (item.weight > 1 ? " ×\(JSONLines.number(item.weight)) (analyst verdict)" : "")
            + (item.relayed.map { " — relayed from \($0), not counted" } ?? "") + "\n"
        }
      }
    }
    return out
  }

  /// Output formats of the outlet report.
  public enum OutletFormat: String, Sendable {
    case text, jsonl
  }
}

/// Checks a claim an analyst types against a corpus's evidence, with the claim extractor the
/// corpus went through.
public struct ClaimChecker: Sendable {
  /// One checked claim.
  public struct Check: Sendable {
    /// The text as typed.
    public var text: String
    /// The claim extracted from it, if any.
    public var claim: ClaimMention?
    /// Its score against the corpus, if the corpus holds that slot.
    public var score: ClaimScore?
    /// Ids of corpus mentions in the same slot.
    public var evidence: [String]
    /// The best-supported mention of each other slot of the same claim key.
    public var related: [String] = []

    /// A plain answer: score, label and evidence, or what is missing.
    public var answer: String {
      guard let claim else {
        return "“\(text)”: no figure, date or event found in it. Phrase it as a statement, "
          + "e.g. \"13 police officers were killed\".\n"
      }
      guard let score else {
        return "“\(text)” (\(claim.key)): the corpus holds nothing on it.\n"
      }
      var lines = [
        "“\(text)” → \(score.slot)   P = \(JSONLines.number(score.probability)) "
          + "[\(JSONLines.number(score.low))–\(JSONLines.number(score.high))]  \(score.label.rawValue)"
      ]
      if !score.supporting.isEmpty {
        lines.append(" supported by: " + score.supporting.joined(separator: ", "))
      }
      if !score.conflicting.isEmpty {
        lines.append(" contradicted by: " + score.conflicting.joined(separator: ", "))
      }
      lines += score.explanation.dropFirst(2)
      if !evidence.isEmpty { lines.append(" mentions: " + evidence.joined(separator: " ")) }
      for other in related { lines.append(" related: " + other) }
      return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON Lines record of the check.
    public var jsonLine: String {
      JSONLines.object([
        ("text", JSONLines.string(text)),
        ("claim", claim.map { JSONLines.string($0.key) } ?? "null"),
        ("value", claim?.value.map(JSONLines.number) ?? "null"),
        ("value_max", claim?.valueMax.map(JSONLines.number) ?? "null"),
        ("unit", claim.map { JSONLines.string($0.unit) } ?? "null"),
        ("found", score == nil ? "false" : "true"),
        ("score", score.map { JSONLines.number($0.probability) } ?? "null"),
        ("score_low", score.map { JSONLines.number($0.low) } ?? "null"),
        ("score_high", score.map { JSONLines.number($0.high) } ?? "null"),
        ("label", score.map { JSONLines.string($0.label.rawValue) } ?? "null"),
        (
          "supporting",
          "[" + (score?.supporting ?? []).map(JSONLines.string).joined(separator: ",") + "]"
        ),
        (
          "conflicting",
          "[" + (score?.conflicting ?? []).map(JSONLines.string).joined(separator: ",") + "]"
        ),
        ("evidence", "[" + evidence.map(JSONLines.string).joined(separator: ",") + "]"),
      ])
    }
  }

  private let analyzer: Analyzer
  private let reader: ArticleReader

  /// Creates a checker with the lexicons of `data`.
  ///
  /// - Throws: `DataError` when a lexicon is malformed.
  public init(data: AttestData) throws {
    self.init(analyzer: try Analyzer(data: data))
  }

  /// Creates a checker on an analyzer already built (the REPL's), loading nothing again.
  public init(analyzer: Analyzer) {
    self.analyzer = analyzer
    reader = ArticleReader(data: analyzer.data)
  }

  /// Checks each line of `texts` against `board`'s evidence.
  public func check(_ texts: [String], against board: ClaimBoard) -> [Check] {
    let latest = board.articles.compactMap(\.published).max()
    var claims: [ClaimMention?] = []
    for text in texts {
      var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if let last = body.last, !".!?".contains(last) { body += "." }
      let header = latest.map { "published: \(CalendarDay.iso($0))\n\n" } ?? ""
      let article = try? reader.textArticle(
        bytes: Array((header + body + "\n").utf8), path: "<check>", doc: "<check>",
        source: "<check>", manifest: nil)
      var claim = article.flatMap { analyzer.analyze($0).claims.first }
      if var found = claim {
        KeyAlignment.apply(board.renames, to: &found)
        claim = found
      }
      claims.append(claim)
    }
    let probes = claims.compactMap { $0 }
    // The board's reliabilities, frozen: a check never re-runs the update.
    let (_, scores) = board.engine.score(
      board.articles, verdicts: board.verdicts, probes: probes,
      reliabilities: board.result.reliabilities)
    var checks: [Check] = []
    var next = 0
    for (text, claim) in zip(texts, claims) {
      guard var claim else {
        checks.append(Check(text: text, claim: nil, score: nil, evidence: []))
        continue
      }
      claim.assertedBy = "analyst"
      let score = scores[next]
      next += 1
      let evidence = board.rows.filter {
        $0.claim.key == claim.key && $0.score.slot == score?.slot
      }.map(\.id)
      var related: [String] = []
      var bestBySlot: [String: ClaimBoard.Row] = [:]
      for row in board.rows where row.claim.key == claim.key && row.score.slot != score?.slot {
        if let best = bestBySlot[row.score.slot], best.score.probability >= row.score.probability {
          continue
        }
        bestBySlot[row.score.slot] = row
      }
      for slot in bestBySlot.keys.sorted() {
        guard let row = bestBySlot[slot] else { continue }
        related.append(
          "\(slot): “\(row.claim.text)” \(row.id) P \(JSONLines.number(row.score.probability)) "
            + row.score.label.rawValue)
      }
      checks.append(
        Check(text: text, claim: claim, score: score, evidence: evidence, related: related))
    }
    return checks
  }
}
