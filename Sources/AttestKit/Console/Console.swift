import Foundation

/// What one REPL command produced.
public struct ConsoleOutput: Hashable, Sendable {
  /// Text for the output (screen or `.output` file).
  public var text: String
  /// Error messages, one per line, for standard error.
  public var errors: [String]
  /// Whether the REPL should exit.
  public var quits: Bool

  /// Creates an output.
  public init(text: String = "", errors: [String] = [], quits: Bool = false) {
    self.text = text
    self.errors = errors
    self.quits = quits
  }
}

/// The REPL's command language, without a terminal.
///
/// It parses a line, runs it against the workspace and returns text. The executable's line
/// editor and scripted mode both drive it.
///
/// ```swift
/// var console = Console(store: store, analyzer: analyzer, clock: { "2026-01-01T00:00:00Z" })
/// let output = console.run(".quotes \"Jen Psaki\"")
/// ```
public struct Console: Sendable {
  /// The workspace.
  public let store: Store
  private let analyzer: Analyzer
  private let clock: @Sendable () -> String
  private let isCancelled: @Sendable () -> Bool
  /// How lists print.
  public private(set) var mode: ConsoleTable.Mode = .table
  /// Where output goes (`.output FILE`); `nil` for the screen.
  public private(set) var outputPath: String?
  /// Whether to print run times (`.timing on`).
  public private(set) var isTiming = false
  /// Whether long output goes through a pager on a terminal (`.pager on|off`).
  public private(set) var isPaging = true
  private var readDepth = 0
  private let engine: CorroborationEngine?
  /// The scored claims, rebuilt after `.load` and `.verify`.
  private var board: ClaimBoard?
  /// The version written into exports.
  public static let version = "0.1.0"

  /// Creates a console over a workspace; `clock` stamps annotations (ISO 8601) and
  /// `isCancelled` reports Ctrl-C to long commands.
  public init(
    store: Store, analyzer: Analyzer, clock: @escaping @Sendable () -> String,
    isCancelled: @escaping @Sendable () -> Bool = { false }
  ) {
    self.store = store
    self.analyzer = analyzer
    self.clock = clock
    self.isCancelled = isCancelled
    engine = try? CorroborationEngine(data: analyzer.data)
  }

  /// Runs one line.
  ///
  /// Blank lines and `--` or `#` comments do nothing.
  @discardableResult
  public mutating func run(_ line: String) -> ConsoleOutput {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.hasPrefix("--"), !trimmed.hasPrefix("#") else {
      return ConsoleOutput()
    }
    guard let words = CommandLineWords.split(trimmed) else {
      return ConsoleOutput(errors: [ConsoleError.unclosedQuote.description])
    }
    guard let name = words.first else { return ConsoleOutput() }
    guard let spec = CommandTable.command(named: name) else {
      return ConsoleOutput(errors: [ConsoleError.unknownCommand(name).description])
    }
    do {
      return try execute(spec, Array(words.dropFirst()))
    } catch let error as ConsoleError {
      return ConsoleOutput(errors: [error.description])
    } catch let error as AnalysisError {
      return ConsoleOutput(errors: [error.description])
    } catch let error as ExportError {
      return ConsoleOutput(errors: [error.description])
    } catch {
      return ConsoleOutput(errors: [String(describing: error)])
    }
  }

  // MARK: - Dispatch

  private mutating func execute(_ spec: CommandSpec, _ arguments: [String]) throws -> ConsoleOutput
  {
    func usage(_ problem: String) -> ConsoleError {
      .usage(command: spec.name, usage: spec.usage, problem: problem)
    }
    switch spec.name {
    case ".load":
      guard !arguments.isEmpty else { throw usage("name a file or folder to load") }
      return try load(arguments)
    case ".articles":
      let rows = try store.articles().map {
        [$0.doc, $0.outlet, $0.published ?? "", String($0.quotes), $0.title ?? ""]
      }
      return table(["doc", "outlet", "published", "quotes", "title"], rows)
    case ".quotes":
      return try quotes(arguments, usage: usage)
    case ".show":
      return ConsoleOutput(text: try show(try quoteID(arguments.first, usage: usage)))
    case ".speakers":
      let rows = try store.speakers().map {
        [
          $0.name, $0.kind.rawValue, String($0.quotes), $0.outlets.joined(separator: ", "),
          $0.aliases.joined(separator: "; "),
        ]
      }
      return table(["speaker", "kind", "quotes", "outlets", "aliases"], rows)
    case ".outlets":
      let standings = try claimBoard().result.outlets
      return table(
        ["outlet", "articles", "quotes", "claims", "prior", "reliability", "evidence"],
        try store.outlets().map { outlet in
          let standing = standings.first { $0.name == outlet.name }
          let counted = standing?.evidence.filter { $0.weight > 0 }.count ?? 0
          return [
            outlet.name, String(outlet.articles), String(outlet.quotes),
            String(standing?.mentions ?? 0),
            standing.map { JSONLines.number($0.reliability.prior) } ?? "",
            standing.map { JSONLines.number($0.reliability.mean) } ?? "",
            "\(counted) resolved claim\(counted == 1 ? "" : "s")",
          ]
        })
    case ".claims":
      return try claims(arguments, usage: usage)
    case ".explain":
      guard let argument = arguments.first else {
        throw usage("give a claim id or key (see .claims)")
      }
      let board = try claimBoard()
      guard !board.rows(matching: argument).isEmpty else {
        throw usage("no claim '\(argument)'; see .claims for ids")
      }
      let full = board.withFullLedgers()
      return ConsoleOutput(
        text: full.rows(matching: argument).map(full.explanation).joined(separator: "\n"))
    case ".verify":
      guard arguments.count == 2, ["true", "false"].contains(arguments[1]) else {
        throw usage("give a claim id and true or false")
      }
      let digits = arguments[0].hasPrefix("c") ? String(arguments[0].dropFirst()) : arguments[0]
      guard let id = Int64(digits) else { throw usage("'\(arguments[0])' is not a claim id") }
      try store.verify(claimID: id, isTrue: arguments[1] == "true", at: clock())
      board = nil
      let row = try claimBoard().rows(matching: "c\(id)").first
      let now =
        row.map {
          " Its score stays the evidence's (P \(JSONLines.number($0.score.probability)), "
            + "\($0.score.label.rawValue)); the verdict weighs 5 in its outlets' reliability."
        } ?? ""
      return ConsoleOutput(
        text: "Marked c\(id) \(arguments[1] == "true" ? "verified" : "rejected").\(now)\n")
    case ".check":
      guard !arguments.isEmpty else {
        throw usage("type the claim, e.g. .check 13 police officers were killed")
      }
      let checks = ClaimChecker(analyzer: analyzer).check(
        [arguments.joined(separator: " ")], against: try claimBoard())
      return ConsoleOutput(text: checks.map(\.answer).joined())
    case ".variants":
      let id = try quoteID(arguments.first, usage: usage)
      _ = try store.quote(id: id)
      let groups = StatementVariants.groups(try store.quotes()).filter {
        $0.variants.contains { $0.id == id }
      }
      guard let group = groups.first else {
        return ConsoleOutput(text: "Quote \(id): no other outlet carries this statement.\n")
      }
      return ConsoleOutput(text: StatementVariants.render(group))
    case ".alias":
      guard let arrow = arguments.firstIndex(of: "=>"), arrow > 0, arrow < arguments.count - 1
      else {
        throw usage("write the mention, =>, then the speaker")
      }
      let mention = arguments[..<arrow].joined(separator: " ")
      let speaker = arguments[(arrow + 1)...].joined(separator: " ")
      let moved = try store.alias(mention, to: speaker)
      return ConsoleOutput(
        text:
          "\(moved) quote\(moved == 1 ? "" : "s") now attributed to \(speaker); later loads keep it.\n"
      )
    case ".find":
      guard !arguments.isEmpty else { throw usage("give words to search for") }
      let found = try store.search(arguments.joined(separator: " "))
      var output = table(
        ["kind", "id", "match"], found.rows.map { [$0.kind, String($0.id), $0.snippet] })
      if let newest = found.rankedNewest, mode == .table {
        output.text +=
          "(\(found.total) matches: the best of the newest \(newest) shown; add words to narrow it)\n"
      }
      return output
    case ".annotate":
      let id = try quoteID(arguments.first, usage: usage)
      guard arguments.count > 1 else { throw usage("write the note after the id") }
      try store.annotate(
        quoteID: id, kind: .note, body: arguments.dropFirst().joined(separator: " "), at: clock())
      return ConsoleOutput(text: "Noted on quote \(id).\n")
    case ".tag", ".untag":
      let id = try quoteID(arguments.first, usage: usage)
      let tags = arguments.dropFirst()
      guard !tags.isEmpty else { throw usage("name at least one tag") }
      for tag in tags {
        if spec.name == ".tag" {
          try store.annotate(quoteID: id, kind: .tag, body: tag, at: clock())
        } else {
          try store.untag(quoteID: id, tag: tag)
        }
      }
      return ConsoleOutput(
        text:
          "\(spec.name == ".tag" ? "Tagged" : "Untagged") quote \(id): \(tags.joined(separator: ", ")).\n"
      )
    case ".flag":
      let id = try quoteID(arguments.first, usage: usage)
      try store.annotate(
        quoteID: id, kind: .flag, body: arguments.dropFirst().joined(separator: " "), at: clock())
      return ConsoleOutput(text: "Flagged quote \(id).\n")
    case ".notes":
      let rows = try store.annotations().map { note in
        [
          String(note.id), note.kind.rawValue, note.quoteID.map(String.init) ?? "orphan", note.body,
          note.anchorText ?? "", note.createdAt,
        ]
      }
      return table(["id", "kind", "quote", "text", "on", "at"], rows)
    case ".export":
      return try export(arguments, usage: usage)
    case ".mode":
      guard let word = arguments.first, let chosen = ConsoleTable.Mode(rawValue: word) else {
        throw usage("choose table, csv, json or markdown")
      }
      mode = chosen
      return ConsoleOutput()
    case ".output":
      outputPath = arguments.first
      return ConsoleOutput()
    case ".timing":
      guard let word = arguments.first, word == "on" || word == "off" else {
        throw usage("say on or off")
      }
      isTiming = word == "on"
      return ConsoleOutput()
    case ".pager":
      guard let word = arguments.first, word == "on" || word == "off" else {
        throw usage("say on or off")
      }
      isPaging = word == "on"
      return ConsoleOutput()
    case ".read":
      guard let path = arguments.first else { throw usage("name the file to read") }
      return try read(path)
    case ".help":
      return ConsoleOutput(text: try help(arguments.first, usage: usage))
    case ".quit":
      return ConsoleOutput(quits: true)
    default:
      throw ConsoleError.unknownCommand(spec.name)
    }
  }

  // MARK: - Commands

  /// The workspace's claims, scored once and kept until `.load` or `.verify` changes them.
  private mutating func claimBoard() throws -> ClaimBoard {
    if let board { return board }
    guard let engine else {
      throw ConsoleError.unavailable("claim scoring (Data/ lexicons failed to load)")
    }
    let fresh = try ClaimBoard.load(engine: engine, store: store)
    board = fresh
    return fresh
  }

  private mutating func claims(_ arguments: [String], usage: (String) -> ConsoleError) throws
    -> ConsoleOutput
  {
    var key: String?
    var label: ClaimLabel?
    var outlet: String?
    var text: String?
    var limit = Int.max
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      guard word.hasPrefix("--") else {
        key = word
        index += 1
        continue
      }
      guard index + 1 < arguments.count else { throw usage("\(word) needs a value") }
      let value = arguments[index + 1]
      switch word {
      case "--label":
        guard let chosen = ClaimLabel(rawValue: value) else {
          throw usage(
            "--label is one of " + ClaimLabel.allCases.map(\.rawValue).joined(separator: ", "))
        }
        label = chosen
      case "--outlet": outlet = value
      case "--text": text = value.lowercased()
      case "--limit":
        guard let number = Int(value), number > 0 else {
          throw usage("--limit takes a positive number")
        }
        limit = number
      default: throw usage("unknown option \(word)")
      }
      index += 2
    }
    var rows: [[String]] = []
    if board == nil, try !store.scoresAreStale() {
      // Fresh saved scores answer at once, from the database; the board is built only when a
      // command needs ledgers or rescoring.
      let query = ClaimQuery(
        outlet: outlet, handle: key, label: label, text: text,
        limit: limit == Int.max ? nil : limit)
      try store.forEachScoredClaim(query, explained: false) { claim in
        rows.append([
          claim.id, claim.key, claim.value == nil ? "—" : claim.printedValue,
          JSONLines.number(claim.score.probability), claim.score.label.rawValue, claim.outlet,
          claim.assertedBy, claim.text,
        ])
      }
      return table(["id", "claim", "value", "P", "label", "outlet", "asserted by", "text"], rows)
    }
    let board = try claimBoard()
    for row in board.rows {
      guard rows.count < limit else { break }
      if let key, row.claim.key != key && row.id != key && "c" + key != row.id { continue }
      if let label, row.score.label != label { continue }
      let article = board.articles[row.article]
      if let outlet, article.outlet.lowercased() != outlet.lowercased() { continue }
      if let text, !row.claim.text.lowercased().contains(text) { continue }
      let value = row.claim.value == nil ? "—" : row.claim.printedValue
      rows.append([
        row.id, row.claim.key, value, JSONLines.number(row.score.probability),
        row.score.label.rawValue,
        article.outlet, row.claim.assertedBy, row.claim.text,
      ])
    }
    return table(["id", "claim", "value", "P", "label", "outlet", "asserted by", "text"], rows)
  }

  private mutating func load(_ paths: [String]) throws -> ConsoleOutput {
    board = nil
    let run = try analyzer.run(paths: paths, store: store, isCancelled: isCancelled)
    var counts: [String: Int] = [:]
    for save in run.saves {
      switch save {
      case .inserted: counts["new", default: 0] += 1
      case .unchanged: counts["unchanged", default: 0] += 1
      case .replaced(let reanchored, let orphaned):
        counts["updated", default: 0] += 1
        counts["re-anchored notes", default: 0] += reanchored
        counts["orphaned notes", default: 0] += orphaned
      }
    }
    let quotes = run.analyses.reduce(0) { $0 + $1.quotes.count }
    let detail = ["new", "unchanged", "updated", "re-anchored notes", "orphaned notes"].compactMap {
      key in
      counts[key].map { "\($0) \(key)" }
    }.joined(separator: ", ")
    let text =
      "Loaded \(run.analyses.count) article\(run.analyses.count == 1 ? "" : "s") (\(detail)), \(quotes) quotes.\n"
    return ConsoleOutput(text: text, errors: run.errors.map(\.description))
  }

  private func quotes(_ arguments: [String], usage: (String) -> ConsoleError) throws
    -> ConsoleOutput
  {
    var filter = QuoteFilter()
    var index = 0
    var loose: [String] = []
    while index < arguments.count {
      let word = arguments[index]
      if word.hasPrefix("--") {
        guard index + 1 < arguments.count else { throw usage("\(word) needs a value") }
        let value = arguments[index + 1]
        switch word {
        case "--speaker": filter.speaker = value
        case "--outlet": filter.outlet = value
        case "--type":
          guard ["direct", "indirect", "mixed"].contains(value) else {
            throw usage("--type is direct, indirect or mixed")
          }
          filter.type = value
        case "--text": filter.text = value
        case "--tag": filter.tag = value
        case "--limit":
          guard let limit = Int(value), limit > 0 else {
            throw usage("--limit takes a positive number")
          }
          filter.limit = limit
        default: throw usage("unknown option \(word)")
        }
        index += 2
      } else {
        loose.append(word)
        index += 1
      }
    }
    if !loose.isEmpty { filter.speaker = loose.joined(separator: " ") }
    // A screenful by default: a large workspace answers at once; --limit asks for more.
    let shown = filter.limit ?? Self.defaultQuoteRows
    filter.limit = shown + 1
    var quotes = try store.quotes(filter)
    let more = quotes.count > shown
    if more { quotes.removeLast() }
    let rows = quotes.map { quote in
      [
        String(quote.id), quote.speaker, quote.outlet, quote.type, quote.text,
        (quote.tags + (quote.isFlagged ? ["⚑"] : [])).joined(separator: " "),
      ]
    }
    var output = table(["id", "speaker", "outlet", "type", "quote", "tags"], rows)
    if more { output.text += "(the first \(shown) quotes; --limit N shows more)\n" }
    return output
  }

  /// Quotes `.quotes` lists without `--limit`.
  static let defaultQuoteRows = 50

  private func show(_ id: Int64) throws -> String {
    let quote = try store.quote(id: id)
    let text = try store.articleText(ofQuote: id)
    var context = "⟦" + quote.text + "⟧"
    if let around = QuoteContext.around(quote.text, in: text, at: quote.start..<quote.end) {
      context = around.before + "⟦" + around.quote + "⟧" + around.after
    }
    var out =
      "quote \(quote.id)  \(quote.speaker)  [\(quote.type), \(quote.cue), \"\(quote.mention)\"]\n"
    out +=
      "\(quote.outlet)  \(quote.doc):\(quote.line):\(quote.column)  bytes \(quote.start)..<\(quote.end)"
    out += "  confidence \(JSONLines.number(quote.confidence))\n"
    if let role = quote.role { out += "role: \(role)\n" }
    if !quote.tags.isEmpty { out += "tags: \(quote.tags.joined(separator: ", "))\n" }
    if quote.isFlagged { out += "flagged\n" }
    for note in quote.notes { out += "note: \(note)\n" }
    return out + "\n"
      + context.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
      + "\n"
  }

  private func export(_ arguments: [String], usage: (String) -> ConsoleError) throws
    -> ConsoleOutput
  {
    guard arguments.count >= 2, let format = ExportFormat(rawValue: arguments[0]) else {
      throw usage("name a format (csv, json, jsonl, md, html, xlsx) and a file")
    }
    var filter = QuoteFilter()
    var index = 2
    while index < arguments.count {
      guard index + 1 < arguments.count else { throw usage("\(arguments[index]) needs a value") }
      switch arguments[index] {
      case "--speaker": filter.speaker = arguments[index + 1]
      case "--outlet": filter.outlet = arguments[index + 1]
      case "--tag": filter.tag = arguments[index + 1]
      default: throw usage("unknown option \(arguments[index])")
      }
      index += 2
    }
    let options = ExportOptions(
      filter: filter, generatedAt: clock(), workspace: store.path, version: Self.version)
    let count = try SheetExporter.export(
      format, store: store, options: options, to: arguments[1], engine: engine)
    return ConsoleOutput(text: "Wrote \(count) quote\(count == 1 ? "" : "s") to \(arguments[1]).\n")
  }

  private mutating func read(_ path: String) throws -> ConsoleOutput {
    guard readDepth < 8 else { return ConsoleOutput(errors: ["\(path): .read nests too deeply"]) }
    guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
      return ConsoleOutput(errors: ["cannot read '\(path)'. Check the path."])
    }
    readDepth += 1
    defer { readDepth -= 1 }
    var output = ConsoleOutput()
    for (number, line) in contents.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let result = run(String(line))
      output.text += result.text
      output.errors += result.errors.map { "\(path):\(number + 1): error: \($0)" }
      if result.quits { break }
    }
    return output
  }

  private func help(_ name: String?, usage: (String) -> ConsoleError) throws -> String {
    guard let name else {
      let width = CommandTable.commands.map(\.name.count).max() ?? 0
      return CommandTable.commands.map {
        $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary
      }
      .joined(separator: "\n") + "\nType .help COMMAND for its usage and an example.\n"
    }
    guard let spec = CommandTable.command(named: name) else {
      throw ConsoleError.unknownCommand(name)
    }
    return "\(spec.usage)\n  \(spec.summary)\n  example: \(spec.example)\n"
  }

  private func quoteID(_ word: String?, usage: (String) -> ConsoleError) throws -> Int64 {
    guard let word else { throw usage("give a quote id (see .quotes)") }
    guard let id = Int64(word.hasPrefix("q") ? String(word.dropFirst()) : word) else {
      throw usage("'\(word)' is not a quote id")
    }
    return id
  }

  private func table(_ columns: [String], _ rows: [[String]]) -> ConsoleOutput {
    if rows.isEmpty && mode == .table { return ConsoleOutput(text: "(no rows)\n") }
    return ConsoleOutput(text: ConsoleTable(columns: columns, rows: rows).rendered(mode))
  }

  // MARK: - Completion values

  /// The values TAB completes from this workspace.
  public func completionValues() -> CompletionValues {
    CompletionValues(
      speakers: (try? store.speakers().map(\.name)) ?? [],
      outlets: (try? store.outlets().map(\.name)) ?? [],
      tags: (try? store.tags()) ?? [],
      quoteIDs: ((try? store.quotes(QuoteFilter(limit: 5_000))) ?? []).map { String($0.id) },
      claimIDs: (try? store.claimHandles()) ?? [])
  }
}
