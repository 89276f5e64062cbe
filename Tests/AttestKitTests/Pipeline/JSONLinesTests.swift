import AttestKit
import Foundation
import Testing

struct JSONLinesTests {
  @Test(arguments: [
    "plain text", "", "she said \"no\"", "back\\slash", "line\nbreak\r\ttab", "bell\u{07}nul\u{0}",
    "separators \u{2028} and \u{2029}", "ellipsis … and “curly” quotes", "emoji 🇰🇿 ok",
    "\u{E2}\u{80}", "e\u{301} combining",
  ])
  func stringRoundTripsThroughAJSONParser(text: String) throws {
    let literal = JSONLines.string(text)
    let parsed = try JSONSerialization.jsonObject(
      with: Data(("[" + literal + "]").utf8), options: [])
    let array = try #require(parsed as? [String])
    #expect(array == [text])
    #expect(!literal.unicodeScalars.contains { $0.value < 0x20 })
    #expect(!literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
  }
}
