/// How a quotation is reported.
public enum QuoteType: String, Hashable, Sendable, Codable, CaseIterable {
  /// Wholly inside quotation marks (transcript turns too).
  case direct
  /// Reported speech with no quotation marks.
  case indirect
  /// A paraphrase holding quoted fragments.
  case mixed
}

/// What kind of speaker a quote is attributed to.
public enum SpeakerKind: String, Hashable, Sendable, Codable {
  /// A named person.
  case person
  /// An institution speaking through an unnamed spokesperson.
  case organisation
  /// A class of media source ("Kazakh state media").
  case media
  /// Nobody could be named.
  case unknown
}

/// One quotation, attributed, with the exact span it came from.
public struct Quote: Hashable, Sendable, Codable {
  /// Direct, indirect or mixed.
  public var type: QuoteType
  /// The quoted text exactly as in the source (between the marks for direct quotes).
  public var text: String
  /// The speech verb as printed, `according to`, `transcript`, or `none`.
  public var cue: String
  /// The canonical speaker: a person's full name, an organisation, a media class, or `unknown`.
  public var speaker: String
  /// What kind of speaker it is.
  public var speakerKind: SpeakerKind
  /// The mention as printed ("he", "the President", "LEONARD").
  public var mention: String
  /// The speaker's role as the article gives it ("spokesman"), if any.
  public var role: String?
  /// Where the quoted text is in the source file.
  public var span: TextSpan
  /// How sure the extractor is, in [0, 1].
  public var confidence: Double

  /// Creates a quote.
  public init(
    type: QuoteType, text: String, cue: String, speaker: String, speakerKind: SpeakerKind,
    mention: String, role: String?, span: TextSpan, confidence: Double
  ) {
    self.type = type
    self.text = text
    self.cue = cue
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.mention = mention
    self.role = role
    self.span = span
    self.confidence = confidence
  }
}
