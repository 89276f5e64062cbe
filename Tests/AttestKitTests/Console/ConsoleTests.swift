import AttestKit
import Foundation
import Testing

struct ConsoleTests {
  private let article = """
    outlet: Harbour Gazette
    published: 2023-03-14

    "The bridge will reopen in May," said Mayor Ines Varga.

    Engineer Paul Okoro said the repairs had been "harder than expected".

    """

  private func console(path: String = ":memory:") throws -> (Console, String) {
    let store = try Store.open(path: path)
    let console = Console(
      store: store, analyzer: try Analyzer(data: TestSupport.data()),
      clock: { "2026-01-01T00:00:00Z" })
    let file = try TestSupport.write(Array(article.utf8), named: "bridge.txt")
    return (console, file)
  }

  @Test func loadsArticlesAndFiltersQuotesBySpeaker() throws {
    var (console, file) = try console()
    #expect(console.run(".load \(file)").text == "Loaded 1 article (1 new), 2 quotes.\n")
    console.run(".mode csv")
    let output = console.run(".quotes \"Ines Varga\"")
    #expect(output.errors.isEmpty)
    #expect(
      output.text
        == "id,speaker,outlet,type,quote,tags\r\n1,Ines Varga,Harbour Gazette,direct,\"The bridge will reopen in May,\",\r\n"
    )
  }

  @Test(arguments: [
    (".nope", "unknown command '.nope'. Type .help for the list."),
    (".show", "give a quote id (see .quotes). Usage: .show ID (see .help .show)"),
    (
      ".quotes --type maybe",
      "--type is direct, indirect or mixed. Usage: .quotes [SPEAKER] [--outlet O] [--type T] [--text WORDS] [--tag T] [--limit N] (see .help .quotes)"
    ),
    (
      ".mode fancy",
      "choose table, csv, json or markdown. Usage: .mode table|csv|json|markdown (see .help .mode)"
    ),
    (".tag \"12", "unclosed double quote. Close it, or escape it as \\\"."),
    (".show 99", "no quote with id 99. List them with .quotes."),
    (".pager maybe", "say on or off. Usage: .pager on|off (see .help .pager)"),
  ])
  func wrongInputSaysWhatToTypeInstead(line: String, message: String) throws {
    var (console, _) = try console()
    #expect(console.run(line).errors == [message])
  }

  @Test func settingsCommandsChangeTheConsole() throws {
    var (console, _) = try console()
    #expect(console.isPaging)
    console.run(".pager off")
    console.run(".timing on")
    console.run(".output sheet.txt")
    #expect(!console.isPaging && console.isTiming && console.outputPath == "sheet.txt")
    console.run(".output")
    #expect(console.outputPath == nil)
  }

  @Test func helpGivesUsageAndExample() throws {
    var (console, _) = try console()
    #expect(
      console.run(".help .tag").text
        == ".tag ID TAG...\n  Tag a quote.\n  example: .tag 12 follow-up\n")
    #expect(console.run(".help").text.contains(".annotate"))
  }

  @Test func annotationsSurviveReopeningAndReloadingAChangedArticle() throws {
    // Given a file workspace with annotated quotes
    let path = try TestSupport.temporaryFolder().appendingPathComponent("w.sqlite").path
    var (console, file) = try console(path: path)
    console.run(".load \(file)")
    console.run(".tag 1 follow-up")
    console.run(".annotate 2 call the engineer")
    // When the workspace is reopened and the article changes (first quote kept, second gone)
    var (reopened, _) = try self.console(path: path)
    try Data(
      (article.replacingOccurrences(
        of: "Engineer Paul Okoro said the repairs had been \"harder than expected\".", with: ""))
        .utf8
    )
    .write(to: URL(fileURLWithPath: file))
    let reload = reopened.run(".load \(file)")
    // Then the tag follows its quote and the note is kept as an orphan
    #expect(
      reload.text
        == "Loaded 1 article (1 updated, 1 re-anchored notes, 1 orphaned notes), 1 quotes.\n")
    reopened.run(".mode csv")
    let notes = reopened.run(".notes").text
    #expect(notes.contains("tag,1,follow-up,\"The bridge will reopen in May,\""))
    #expect(notes.contains("note,orphan,call the engineer"))
  }

  @Test func aliasReattributesAtOnceAndOnReload() throws {
    var (console, file) = try console()
    console.run(".load \(file)")
    #expect(
      console.run(".alias \"Mayor Ines Varga\" => \"Inés Varga-Solís\"").text.hasPrefix(
        "1 quote now attributed"))
    console.run(".mode csv")
    #expect(console.run(".quotes --text bridge").text.contains("Inés Varga-Solís"))
  }

  @Test func findSearchesQuotesNotesAndArticles() throws {
    var (console, file) = try console()
    console.run(".load \(file)")
    console.run(".annotate 1 verify the reopening date")
    console.run(".mode csv")
    let found = console.run(".find reopening").text
    #expect(found.contains("note,"))
    #expect(console.run(".find expected").text.contains("quote,2,"))
  }

  @Test func readRunsAFileAndLocatesErrors() throws {
    var (console, file) = try console()
    let script = try TestSupport.write(
      Array(".load \(file)\n.bogus\n.speakers\n".utf8), named: "s.txt")
    let output = console.run(".read \(script)")
    #expect(
      output.errors == ["\(script):2: error: unknown command '.bogus'. Type .help for the list."])
    #expect(output.text.contains("Ines Varga"))
  }

  @Test func twoConsolesShareOneWorkspace() throws {
    let path = try TestSupport.temporaryFolder().appendingPathComponent("shared.sqlite").path
    var (first, file) = try console(path: path)
    var (second, _) = try console(path: path)
    first.run(".load \(file)")
    #expect(second.run(".tag 1 shared").errors.isEmpty)
    first.run(".mode csv")
    #expect(first.run(".quotes --tag shared").text.contains("Ines Varga"))
  }

  @Test(arguments: [
    ("", ".sp", [".speakers"]),
    (".quotes ", "Jen", ["Jen Psaki", "Jens Holm"]),
    (".quotes ", "\"Jen P", ["Jen Psaki"]),
    (".quotes --", "--ty", ["--type"]),
    (".quotes --type ", "d", ["direct"]),
    (".tag 3 ", "fo", ["follow-up"]),
    (".help ", ".ta", [".tag"]),
  ])
  func completesCommandsOptionsAndValues(prefix: String, word: String, expected: [String]) {
    let values = CompletionValues(
      speakers: ["Jen Psaki", "Jens Holm", "Josep Borrell"], outlets: ["NPR"], tags: ["follow-up"],
      quoteIDs: ["1", "2"])
    #expect(Completion.candidates(linePrefix: prefix, word: word, values: values) == expected)
  }

  @Test func completesPathsForFileCommands() {
    #expect(Completion.wantsPath(linePrefix: ".load "))
    #expect(Completion.wantsPath(linePrefix: ".output "))
    #expect(!Completion.wantsPath(linePrefix: ".quotes "))
  }

  @Test(arguments: [
    (".quotes \"Jen Psaki\" --type direct", [".quotes", "Jen Psaki", "--type", "direct"]),
    (".alias he => \"Ana \\\"Q\\\" Lee\"", [".alias", "he", "=>", "Ana \"Q\" Lee"]),
    ("  .speakers  ", [".speakers"]),
  ])
  func splitsCommandLines(line: String, words: [String]) {
    #expect(CommandLineWords.split(line) == words)
  }

  @Test func claimCommandsScoreExplainVerifyAndCheck() throws {
    let store = try Store.open(path: ":memory:")
    var console = Console(
      store: store, analyzer: try Analyzer(data: TestSupport.data()),
      clock: { "2026-01-01T00:00:00Z" })
    let fixture = try TestSupport.fixture("claims.jsonl")
    #expect(console.run(".load \(fixture)").errors.isEmpty)
    console.run(".mode csv")
    let claims = console.run(".claims price-change-freight")
    #expect(claims.errors.isEmpty)
    #expect(
      claims.text.components(separatedBy: "\r\n").filter { $0.contains("freight") }.count == 2)
    let explained = console.run(".explain price-change-freight")
    #expect(explained.text.contains("label: "))
    #expect(explained.text.contains("Andes Wire"))
    let id = try #require(store.claimHandles().first { $0.hasPrefix("c") })
    #expect(console.run(".verify \(id) true").text.hasPrefix("Marked \(id) verified."))
    #expect(console.run(".explain \(id)").text.contains("analyst: verified"))
    let checked = console.run(".check 23 people were arrested")
    #expect(checked.text.contains("arrests-total"))
    #expect(console.run(".check the sky is green").text.contains("no figure, date or event"))
    #expect(console.run(".verify \(id) maybe").errors.first?.contains("true or false") == true)
    #expect(console.run(".claims --label nonsense").errors.first?.contains("corroborated") == true)
  }

  @Test(arguments: [
    "", "--label single-origin", "--label uncorroborated --limit 2", "arrests-total", "c3", "3",
    "--outlet \"andes wire\"", "--text PEOPLE", "--limit 1",
  ])
  func claimsFromSavedScoresMatchTheScoredBoard(arguments: String) throws {
    // Given a workspace whose scores are saved
    let store = try Store.open(path: ":memory:")
    let data = try TestSupport.data()
    _ = try Analyzer(data: data).run(
      paths: [try TestSupport.fixture("claims.jsonl")], store: store)
    _ = try ClaimBoard.load(engine: try CorroborationEngine(data: data), store: store)
    #expect(try !store.scoresAreStale())
    func console() throws -> Console {
      var console = Console(
        store: store, analyzer: try Analyzer(data: data), clock: { "2026-01-01T00:00:00Z" })
      console.run(".mode csv")
      return console
    }
    // When one console answers from the database and another from its loaded board
    var fromDatabase = try console()
    var fromBoard = try console()
    #expect(fromBoard.run(".explain c1").errors.isEmpty)
    let quick = fromDatabase.run(".claims \(arguments)")
    let scored = fromBoard.run(".claims \(arguments)")
    // Then both list the same rows
    #expect(quick.errors.isEmpty && scored.errors.isEmpty)
    #expect(quick.text == scored.text)
    #expect(quick.text.split(separator: "\r\n").count > 1, "no claim rows for \(arguments)")
  }
}
