/// A word, number, punctuation mark or quotation mark of a paragraph, with its byte range.
public struct Token: Hashable, Sendable {
  /// What a token is.
  public enum Kind: Hashable, Sendable {
    /// Letters (with inner hyphens, apostrophes and abbreviation periods).
    case word
    /// Digits (with inner `,` and `.`).
    case number
    /// A punctuation mark other than a quotation mark.
    case punctuation
    /// A quotation mark (or an apostrophe standing alone).
    case mark(QuoteGlyph)
  }

  /// The token's text range, in text offsets.
  public let range: Range<Int>
  /// What it is.
  public let kind: Kind
  /// The token as printed.
  public let text: String
  /// The token in lower case.
  public let lower: String
  /// Whether white space (or the paragraph start) comes right before it.
  public let spaceBefore: Bool
  /// Whether white space (or the paragraph end) comes right after it.
  public var spaceAfter: Bool
  /// Whether it is a word starting with an upper-case letter.
  public let isCapitalised: Bool
  /// Whether it is a word written wholly in capitals (two letters or more).
  public let isAllCaps: Bool

  /// Creates a token; case facts are computed once here.
  public init(range: Range<Int>, kind: Kind, text: String, spaceBefore: Bool, spaceAfter: Bool) {
    self.range = range
    self.kind = kind
    self.text = text
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
    guard kind == .word else {
      lower = text
      isCapitalised = false
      isAllCaps = false
      return
    }
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 < 0x80 }) {
      var lowered = [UInt8]()
      lowered.reserveCapacity(utf8.count)
      var letters = 0
      var hasLower = false
      for byte in utf8 {
        if ByteClass.isUpper(byte) {
          lowered.append(byte + 32)
          letters += 1
        } else {
          if ByteClass.isLower(byte) {
            hasLower = true
            letters += 1
          }
          lowered.append(byte)
        }
      }
      lower = String(decoding: lowered, as: UTF8.self)
      isCapitalised = utf8.first.map(ByteClass.isUpper) ?? false
      isAllCaps = !hasLower && letters >= 2
    } else {
      lower = text.lowercased()
      isCapitalised = text.unicodeScalars.first?.properties.isUppercase ?? false
      var letters = 0
      var hasLower = false
      for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
        if scalar.properties.isLowercase { hasLower = true }
        letters += 1
      }
      isAllCaps = !hasLower && letters >= 2
    }
  }

  /// Whether this is the punctuation mark `mark`.
  public func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && text == mark }

  /// Whether this is a sentence-ending mark: a period, `!`, `?` or an ellipsis.
  public var isTerminal: Bool {
    kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…")
  }
}

/// The quotation-mark glyphs Attest pairs.
public enum QuoteGlyph: Hashable, Sendable {
  /// `"`
  case straightDouble
  /// `'`
  case straightSingle
  /// `“`
  case leftDouble
  /// `”`
  case rightDouble
  /// `‘`
  case leftSingle
  /// `’`
  case rightSingle
  /// `„`
  case lowDouble
  /// `«`
  case leftGuillemet
  /// `»`
  case rightGuillemet
  /// `‹`
  case leftSingleGuillemet
  /// `›`
  case rightSingleGuillemet

  /// Whether the glyph belongs to the double-mark family (pairs with other doubles).
  public var isDouble: Bool {
    switch self {
    case .straightDouble, .leftDouble, .rightDouble, .lowDouble, .leftGuillemet, .rightGuillemet:
      true
    case .straightSingle, .leftSingle, .rightSingle, .leftSingleGuillemet, .rightSingleGuillemet:
      false
    }
  }
}
