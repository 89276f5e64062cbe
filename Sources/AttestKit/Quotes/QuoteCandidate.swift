/// A quote found by a frame, before its speaker is resolved.
struct QuoteCandidate {
  /// Direct, indirect or mixed.
  var type: QuoteType
  /// The body paragraph it is in.
  var paragraph: Int
  /// Text offsets of the quoted content.
  var content: Range<Int>
  /// The cue as printed.
  var cue: String
  /// Who the frame names; `nil` to inherit the previous quote's speaker.
  var mention: Mention?
  /// Where the mention is (for pronoun recency).
  var mentionOffset: Int
  /// How much the frame itself is trusted.
  var frameWeight: Double
  /// Index of the outermost quoted span, for direct quotes.
  var span: Int?
}
