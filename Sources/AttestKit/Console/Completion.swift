/// Workspace values TAB can complete.
public struct CompletionValues: Hashable, Sendable {
  /// Speaker names.
  public var speakers: [String]
  /// Outlet names.
  public var outlets: [String]
  /// Tags in use.
  public var tags: [String]
  /// Quote ids.
  public var quoteIDs: [String]
  /// Claim ids (`c12`) and claim keys.
  public var claimIDs: [String]

  /// Creates values.
  public init(
    speakers: [String] = [], outlets: [String] = [], tags: [String] = [], quoteIDs: [String] = [],
    claimIDs: [String] = []
  ) {
    self.speakers = speakers
    self.outlets = outlets
    self.tags = tags
    self.quoteIDs = quoteIDs
    self.claimIDs = claimIDs
  }
}

/// TAB completion from the command table: commands, options, and values by argument kind.
public enum Completion {
  /// Whether the word being completed is a file path (`.load`, `.read`, `.output`).
  public static func wantsPath(linePrefix: String) -> Bool {
    kind(linePrefix: linePrefix) == .path
  }

  /// Candidates for `word`, given the line before it.
  public static func candidates(linePrefix: String, word: String, values: CompletionValues)
    -> [String]
  {
    let words =
      CommandLineWords.split(linePrefix) ?? linePrefix.split(separator: " ").map(String.init)
    let typed = word.hasPrefix("\"") ? String(word.dropFirst()) : word
    func matching(_ options: [String]) -> [String] {
      options.filter { $0.lowercased().hasPrefix(typed.lowercased()) }.sorted()
    }
    guard let first = words.first else {
      return matching(CommandTable.commands.map(\.name))
    }
    guard let spec = CommandTable.command(named: first) else { return [] }
    if typed.hasPrefix("--") { return matching(Array(spec.options.keys)) }
    switch kind(linePrefix: linePrefix) {
    case .speaker: return matching(values.speakers)
    case .outlet: return matching(values.outlets)
    case .tag: return matching(values.tags)
    case .quoteID: return matching(values.quoteIDs)
    case .claimID: return matching(values.claimIDs)
    case .choice(let choices):
      return matching(spec.name == ".help" ? CommandTable.commands.map(\.name) : choices)
    case .path, .text, .none: return []
    }
  }

  private static func kind(linePrefix: String) -> ArgumentKind? {
    let words =
      CommandLineWords.split(linePrefix) ?? linePrefix.split(separator: " ").map(String.init)
    guard let first = words.first, let spec = CommandTable.command(named: first) else { return nil }
    if let last = words.last, words.count >= 2, let option = spec.options[last] { return option }
    let position = words.count - 1
    if spec.name == ".alias" { return .speaker }  // both sides of "=>" are speakers
    guard !spec.arguments.isEmpty else { return nil }
    return spec.arguments[min(position, spec.arguments.count - 1)]
  }
}
