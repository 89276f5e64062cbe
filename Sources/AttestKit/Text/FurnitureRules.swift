/// The phrases that mark page furniture, read from `Data/lexicon/furniture.json`.
public struct FurnitureRules: Hashable, Sendable, Codable {
  /// Lines that open a block of links to other stories ("ALSO READ", "Related").
  public var blockHeaders: [String]
  /// Lines starting with one of these (case-folded) are furniture when short.
  public var linePrefixes: [String]
  /// Lines containing one of these (case-folded) are furniture whatever their length.
  public var lineContains: [String]
  /// Lines containing one of these (case-folded) are photo captions or credits.
  public var captionMarkers: [String]

  /// Creates rules.
  public init(
    blockHeaders: [String], linePrefixes: [String], lineContains: [String],
    captionMarkers: [String]
  ) {
    self.blockHeaders = blockHeaders
    self.linePrefixes = linePrefixes
    self.lineContains = lineContains
    self.captionMarkers = captionMarkers
  }

  /// No rules: every line is text.
  public static let none = FurnitureRules(
    blockHeaders: [], linePrefixes: [], lineContains: [], captionMarkers: [])
}
