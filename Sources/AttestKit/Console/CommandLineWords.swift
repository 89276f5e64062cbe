/// Splits a REPL line into words: white space separates, double quotes group, `\"` escapes.
public enum CommandLineWords {
  /// The words of `line`, or `nil` when a quote is left open.
  public static func split(_ line: String) -> [String]? {
    var words: [String] = []
    var current = ""
    var inQuotes = false
    var hasWord = false
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" && inQuotes {
        escaped = true
      } else if character == "\"" {
        inQuotes.toggle()
        hasWord = true
      } else if character.isWhitespace && !inQuotes {
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      } else {
        current.append(character)
        hasWord = true
      }
    }
    if inQuotes { return nil }
    if hasWord { words.append(current) }
    return words
  }
}
