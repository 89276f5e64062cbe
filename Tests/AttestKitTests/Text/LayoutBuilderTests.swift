import Testing

@testable import AttestKit

struct LayoutBuilderTests {
  private func kinds(_ text: String) throws -> [(String, Paragraph.Kind)] {
    let article = try TestSupport.article(text)
    return article.layout.paragraphs.map { (article.string($0.range), $0.kind) }
  }

  @Test func marksAlsoReadBlockAndCopyrightLine() throws {
    let article = try TestSupport.article(
      try String(contentsOfFile: TestSupport.fixture("also-read-block.txt"), encoding: .utf8))
    let furniture = article.layout.paragraphs.filter { $0.kind == .furniture }.map {
      article.string($0.range)
    }
    #expect(
      furniture == [
        "ALSO READ:", "- Heatwave breaks records across the south",
        "- Five ways to prepare a home for fire season",
        "Copyright 2023 Coastal Courier. All rights reserved.",
      ])
    #expect(article.layout.paragraphs.first?.kind == .heading)
    #expect(article.layout.bodyParagraphs.count == 2)
  }

  @Test(arguments: [
    "Crowds gather in the square on Friday. /Harbor Images/Tomasz Wolny",
    "A rescue worker searches the rubble. (AP Photo/Dana Reyes)",
  ])
  func marksPhotoCaptions(caption: String) throws {
    let result = try kinds(
      "Officials said the search would go on.\n\n\(caption)\n\nMore rain is due.\n")
    #expect(result[1].1 == .caption)
    #expect(result[0].1 == .body && result[2].1 == .body)
  }

  @Test func marksRepeatedLinesAsCaptions() throws {
    let caption = "Volunteers fill sandbags by the river on Monday morning"
    let result = try kinds(
      "Water rose overnight.\n\n\(caption)\n\n\(caption)\n\nSchools stayed shut.\n")
    #expect(result.filter { $0.1 == .caption }.count == 2)
  }

  @Test func marksTeaserRunsButKeepsSingleHeadings() throws {
    let result = try kinds(
      "Storm hits the coast\n\nThe storm arrived at dawn.\n\nFish can drive\n\nNew bans on inks\n\n"
        + "Blue cows of the north\n\nRoads were closed.\n\nAftermath\n\nPower returned by noon.\n")
    #expect(
      result.map(\.1) == [
        .heading, .body, .furniture, .furniture, .furniture, .body, .heading, .body,
      ])
  }

  @Test(arguments: ["0:00 0:00", "800-555-0100 | 555-0199", "Listen Live", "Share this article"])
  func marksPlayerPhoneAndShareLines(line: String) throws {
    let result = try kinds("\(line)\n\nThe vote passed on Tuesday.\n")
    #expect(result[0].1 == .furniture)
  }

  @Test func joinsHardWrappedLines() throws {
    let result = try kinds(
      "The committee met on Tuesday and\nagreed to publish its report.\nIt runs to 80 pages.\n")
    #expect(
      result.map(\.0) == [
        "The committee met on Tuesday and\nagreed to publish its report.", "It runs to 80 pages.",
      ])
  }
}
