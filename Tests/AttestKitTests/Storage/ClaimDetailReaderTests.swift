import Foundation
import Testing

@testable import AttestKit

/// Stored claims read back by the fast reader equal what `JSONDecoder` reads, field for field;
/// what the reader does not know falls back to `JSONDecoder`.
struct ClaimDetailReaderTests {
  static func mention(
    text: String, value: Double? = 12, support: ValueRange = .exactly(12),
    place: String? = nil, role: String? = nil, day: Int? = nil
  ) -> ClaimMention {
    var mention = ClaimMention(
      key: "deaths-police", measure: "deaths", category: "police", scope: "Port Alder",
      country: "Valdoria", valueKind: .count, value: value, valueMax: nil, unit: "deaths-police",
      place: place, support: support, hard: ValueRange(support.lo, .infinity, loOpen: true),
      text: text, span: TextSpan(start: 40, end: 57, location: SourceLocation(line: 3, column: 9)),
      assertedBy: "Mira Castell", cue: "said", cueClass: .neutral, hedged: true,
      negated: false, approximate: true, scareQuoted: false, day: day)
    mention.originRole = role
    return mention
  }

  static let cases: [ClaimMention] = [
    mention(text: "12 officers were killed"),
    mention(text: "\"at least 12\" officers, she said \\ wrote / noted", role: "spokeswoman"),
    mention(text: "line one\nline two\ttabbed\u{1}\u{7F}", place: "Kestrel Bay", day: 19_000),
    mention(text: "Zoë Ñúñez — “twelve” 🚒 officers", value: nil, support: ValueRange(10, 14)),
    mention(
      text: "more than 1,000", value: 1_000, support: ValueRange(1_000, .infinity, loOpen: true)),
    mention(text: "", value: -3.5e-7, support: ValueRange(-.infinity, 0.000_001, hiOpen: true)),
  ]

  @Test(arguments: cases)
  func readsWhatTheEncoderWrote(_ claim: ClaimMention) throws {
    let stored = try Store.encodedDetail(claim)
    let read = try #require(ClaimDetailReader.mention(stored))
    #expect(read == claim)
    #expect(read == (try Store.claimDecoder.decode(ClaimMention.self, from: Data(stored.utf8))))
    #expect(read.originRole == claim.originRole)
  }

  @Test func readsNotANumber() throws {
    let stored = try Store.encodedDetail(Self.mention(text: "n", value: .nan))
    let read = try #require(ClaimDetailReader.mention(stored))
    #expect(read.value?.isNaN == true)
  }

  @Test(arguments: [
    ("\"key\":", "\"extra\":1,\"key\":"),  // a field it does not know
    ("\"hedged\":true,", ""),  // a field missing
    ("\"hedged\":true", "\"hedged\":1"),  // a value of another type
    ("\"line\":3", "\"line\":3.5"),  // a fraction where a count belongs
  ])
  func leavesAnotherShapeToTheDecoder(_ change: (String, String)) throws {
    let claim = Self.mention(text: "12 officers")
    let stored = try Store.encodedDetail(claim)
    #expect(stored.contains(change.0))
    let altered = stored.replacingOccurrences(of: change.0, with: change.1)
    #expect(ClaimDetailReader.mention(altered) == nil)
    // Whatever JSONDecoder reads of it is what a workspace gets.
    let decoded = try? Store.claimDecoder.decode(ClaimMention.self, from: Data(altered.utf8))
    #expect(Store.decodeClaims([altered]) == [decoded])
  }

  @Test func rejectsBrokenText() {
    for broken in ["", "{", "{\"key\":\"a", "[1]", "{\"key\":\"\\uD83D\"}", "null"] {
      #expect(ClaimDetailReader.mention(broken) == nil, "\(broken)")
    }
  }
}
