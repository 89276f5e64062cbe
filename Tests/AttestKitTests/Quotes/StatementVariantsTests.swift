import AttestKit
import Foundation
import Testing

/// One statement across outlets: grouping despite rewording, diffs, differing attributions.
@Suite struct StatementVariantsTests {
  static func quote(
    _ id: Int64, _ doc: String, _ outlet: String, _ speaker: String, _ text: String
  ) -> StoredQuote {
    StoredQuote(
      id: id, doc: doc, outlet: outlet, published: "2023-03-0\(id % 9 + 1)", speaker: speaker,
      mention: speaker, role: nil, type: "direct", cue: "said", text: text, start: 0, end: 1,
      line: 1, column: 1, confidence: 0.9, tags: [], isFlagged: false, notes: [])
  }

  @Test("A reworded statement is one group and a differing attribution is flagged")
  func rewordedAndReattributed() {
    let quotes = [
      Self.quote(
        1, "a.txt", "Harbour Gazette", "Marta Quispe",
        "We are calling for calm from all sides and a negotiated end to the stoppage."),
      Self.quote(
        2, "b.txt", "Andes Wire", "dockers' union",
        "We call on all sides to show calm and negotiate an end to the stoppage."),
      Self.quote(3, "b.txt", "Andes Wire", "Marta Quispe", "The port will stay closed tomorrow."),
    ]
    let groups = StatementVariants.groups(quotes)
    #expect(groups.count == 1)
    #expect(groups.first?.variants.map(\.id).sorted() == [1, 2])
    #expect(groups.first?.speakersDiffer == true)
    #expect(groups.first?.outlets == ["Andes Wire", "Harbour Gazette"])
  }

  @Test("Numbers and negations that change are flagged")
  func meaningChanges() {
    let quotes = [
      Self.quote(
        1, "a.txt", "One", "Lena Ortiz", "We have detained 40 people who attacked the depot."),
      Self.quote(
        2, "b.txt", "Two", "Lena Ortiz", "We have detained 14 people who attacked the depot."),
    ]
    #expect(StatementVariants.groups(quotes).first?.meaningDiffers == true)
  }

  @Test("Word-level diff marks removed and added words")
  func diff() {
    #expect(
      StatementVariants.diff("The violence must stop now", "Violence must be stopped now")
        == "[-The-] Violence must [-stop-] {+be stopped+} now")
  }

  @Test("Quotes within one article are never a cross-outlet statement")
  func sameArticle() {
    let quotes = [
      Self.quote(1, "a.txt", "One", "Lena Ortiz", "The strike will continue until wages rise."),
      Self.quote(2, "a.txt", "One", "Lena Ortiz", "The strike will continue until wages rise."),
    ]
    #expect(StatementVariants.groups(quotes).isEmpty)
  }
}
