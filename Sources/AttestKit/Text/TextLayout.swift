/// A paragraph of an article's text and what it is.
public struct Paragraph: Hashable, Sendable {
  /// What a paragraph is, so that stages skip what is not article text.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Article prose, a transcript turn or a quoted paragraph.
    case body
    /// A title or section heading: no sentence punctuation, short.
    case heading
    /// Page furniture: related-link blocks, copyright and station lines, share lines, teasers.
    case furniture
    /// A photo caption or credit: never a speaker, a quote or a pronoun antecedent.
    case caption
    /// The `key: value` header block of a plain-text article.
    case header
  }

  /// The paragraph's text range (trimmed), in text offsets.
  public let range: Range<Int>
  /// What it is.
  public var kind: Kind
  /// Whether a blank line (or the start of the text) precedes it.
  public let followsBlankLine: Bool

  /// Creates a paragraph.
  public init(range: Range<Int>, kind: Kind, followsBlankLine: Bool) {
    self.range = range
    self.kind = kind
    self.followsBlankLine = followsBlankLine
  }

  /// Whether later stages read it as article text.
  public var isBody: Bool { kind == .body }
}

/// The paragraphs of an article: body text, headings and page furniture, with offsets intact.
public struct TextLayout: Hashable, Sendable {
  /// Every non-blank paragraph in text order.
  public let paragraphs: [Paragraph]
  /// Where the body starts (after a header block).
  public let bodyStart: Int

  /// Creates a layout from paragraphs already classified.
  public init(paragraphs: [Paragraph], bodyStart: Int) {
    self.paragraphs = paragraphs
    self.bodyStart = bodyStart
  }

  /// The paragraphs that are article text.
  public var bodyParagraphs: [Paragraph] { paragraphs.filter(\.isBody) }

  /// The text ranges of page furniture and captions, for stages that must skip them.
  public var furnitureRanges: [Range<Int>] {
    paragraphs.filter { $0.kind == .furniture || $0.kind == .caption }.map(\.range)
  }
}
