/// What a command's argument is, for completion.
public enum ArgumentKind: Hashable, Sendable {
  /// A quote id.
  case quoteID
  /// A claim id or claim key.
  case claimID
  /// A speaker name.
  case speaker
  /// An outlet name.
  case outlet
  /// A tag.
  case tag
  /// A file or folder path.
  case path
  /// One of fixed words.
  case choice([String])
  /// Free text.
  case text
}

/// One REPL command: its name, usage, help and argument kinds.
public struct CommandSpec: Hashable, Sendable {
  /// The command as typed (`.quotes`).
  public var name: String
  /// Usage line.
  public var usage: String
  /// One-line summary.
  public var summary: String
  /// An example.
  public var example: String
  /// Options it takes (`--speaker`), for completion.
  public var options: [String: ArgumentKind]
  /// What its positional arguments are.
  public var arguments: [ArgumentKind]
}

/// The one table that drives dispatch, `.help` and completion.
public enum CommandTable {
  /// Every command, in help order.
  public static let commands: [CommandSpec] = [
    CommandSpec(
      name: ".load", usage: ".load PATH...",
      summary: "Read articles (files, folders, .jsonl) into the workspace.",
      example: ".load Data/samples", options: [:], arguments: [.path]),
    CommandSpec(
      name: ".articles", usage: ".articles", summary: "List the articles in the workspace.",
      example: ".articles", options: [:], arguments: []),
    CommandSpec(
      name: ".quotes",
      usage: ".quotes [SPEAKER] [--outlet O] [--type T] [--text WORDS] [--tag T] [--limit N]",
      summary: "List quotes, filtered by speaker, outlet, type, text or tag.",
      example: ".quotes \"Jen Psaki\" --type direct",
      options: [
        "--speaker": .speaker, "--outlet": .outlet,
        "--type": .choice(["direct", "indirect", "mixed"]),
        "--text": .text, "--tag": .tag, "--limit": .text,
      ], arguments: [.speaker]),
    CommandSpec(
      name: ".show", usage: ".show ID",
      summary: "Show a quote in its context, the span highlighted.",
      example: ".show 12", options: [:], arguments: [.quoteID]),
    CommandSpec(
      name: ".speakers", usage: ".speakers",
      summary: "List speakers with their quote counts and aliases.",
      example: ".speakers", options: [:], arguments: []),
    CommandSpec(
      name: ".outlets", usage: ".outlets",
      summary: "List outlets: articles, quotes, and reliability (prior → after their claims).",
      example: ".outlets", options: [:], arguments: []),
    CommandSpec(
      name: ".claims",
      usage: ".claims [KEY] [--label L] [--outlet O] [--text WORDS] [--limit N]",
      summary: "List claim mentions with their score and label, filtered.",
      example: ".claims deaths-police --label single-origin",
      options: [
        "--label": .choice(ClaimLabel.allCases.map(\.rawValue)), "--outlet": .outlet,
        "--text": .text, "--limit": .text,
      ], arguments: [.claimID]),
    CommandSpec(
      name: ".explain", usage: ".explain CLAIM",
      summary: "Explain a claim's score: units, reliabilities, cues, contributions.",
      example: ".explain c7", options: [:], arguments: [.claimID]),
    CommandSpec(
      name: ".verify", usage: ".verify CLAIM true|false",
      summary: "Record your verdict on a claim; it feeds the outlets' reliability.",
      example: ".verify c7 true", options: [:],
      arguments: [.claimID, .choice(["true", "false"])]),
    CommandSpec(
      name: ".check", usage: ".check CLAIM TEXT",
      summary: "Score a claim you type against the workspace's evidence.",
      example: ".check 13 police officers were killed", options: [:], arguments: [.text]),
    CommandSpec(
      name: ".variants", usage: ".variants ID",
      summary: "The quote's statement as every outlet reports it, with word-level diffs.",
      example: ".variants 12", options: [:], arguments: [.quoteID]),
    CommandSpec(
      name: ".alias", usage: ".alias MENTION => SPEAKER",
      summary: "Attribute a mention (or speaker) to a speaker, now and on every reload.",
      example: ".alias \"the President\" => \"Kassym-Jomart Tokayev\"", options: [:],
      arguments: [.speaker, .text, .speaker]),
    CommandSpec(
      name: ".find", usage: ".find WORDS",
      summary:
        "Full-text search over quotes, notes and articles, best first (among the newest 5,000 matches when more match).",
      example: ".find restraint", options: [:], arguments: [.text]),
    CommandSpec(
      name: ".annotate", usage: ".annotate ID NOTE", summary: "Add a note to a quote.",
      example: ".annotate 12 check against the video", options: [:], arguments: [.quoteID, .text]),
    CommandSpec(
      name: ".tag", usage: ".tag ID TAG...", summary: "Tag a quote.", example: ".tag 12 follow-up",
      options: [:], arguments: [.quoteID, .tag]),
    CommandSpec(
      name: ".untag", usage: ".untag ID TAG...", summary: "Remove tags from a quote.",
      example: ".untag 12 follow-up",
      options: [:], arguments: [.quoteID, .tag]),
    CommandSpec(
      name: ".flag", usage: ".flag ID", summary: "Flag a quote for attention.", example: ".flag 12",
      options: [:], arguments: [.quoteID]),
    CommandSpec(
      name: ".notes", usage: ".notes", summary: "List every note, tag and flag, orphans included.",
      example: ".notes", options: [:], arguments: []),
    CommandSpec(
      name: ".export",
      usage: ".export csv|json|jsonl|md|html|xlsx FILE [--speaker S] [--outlet O] [--tag T]",
      summary: "Write an annotated quote sheet, as `attest export` does.",
      example: ".export html sheet.html --tag follow-up",
      options: ["--speaker": .speaker, "--outlet": .outlet, "--tag": .tag],
      arguments: [.choice(["csv", "json", "jsonl", "md", "html", "xlsx"]), .path]),
    CommandSpec(
      name: ".mode", usage: ".mode table|csv|json|markdown",
      summary: "Choose how lists are printed.",
      example: ".mode csv", options: [:],
      arguments: [.choice(["table", "csv", "json", "markdown"])]),
    CommandSpec(
      name: ".output", usage: ".output [FILE]",
      summary: "Send output to FILE; alone, back to the screen.",
      example: ".output quotes.csv", options: [:], arguments: [.path]),
    CommandSpec(
      name: ".pager", usage: ".pager on|off",
      summary: "Page long output through $PAGER (terminal only).",
      example: ".pager off", options: [:], arguments: [.choice(["on", "off"])]),
    CommandSpec(
      name: ".read", usage: ".read FILE", summary: "Run the commands in FILE.",
      example: ".read session.txt",
      options: [:], arguments: [.path]),
    CommandSpec(
      name: ".timing", usage: ".timing on|off", summary: "Print how long each command takes.",
      example: ".timing on", options: [:], arguments: [.choice(["on", "off"])]),
    CommandSpec(
      name: ".help", usage: ".help [COMMAND]",
      summary: "List commands, or show one command's usage and example.",
      example: ".help .quotes", options: [:], arguments: [.choice([])]),
    CommandSpec(
      name: ".quit", usage: ".quit", summary: "Leave the REPL (Ctrl-D works too).",
      example: ".quit",
      options: [:], arguments: []),
  ]

  /// The command named `name` (with or without its leading dot).
  public static func command(named name: String) -> CommandSpec? {
    let dotted = name.hasPrefix(".") ? name : "." + name
    return commands.first { $0.name == dotted }
  }
}
