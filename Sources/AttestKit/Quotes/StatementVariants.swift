/// The same statement as several outlets report it: quotes grouped across articles despite
/// rewording, translation or partial quoting, with word-level differences and the attributions that
/// disagree.
///
/// Matching is on content-word stems ("calling" and "call", "stopped" and "stop"): two quotes from
/// different articles are one statement when their stem sets overlap by Jaccard ≥ 0.5, or when the
/// shorter is mostly (≥ 0.6) inside the longer with at least three shared stems.
///
/// ```swift
/// let groups = StatementVariants.groups(store.quotes())
/// for group in groups where group.speakersDiffer { print(group.variants.map(\.outlet)) }
/// ```
public enum StatementVariants {
  /// One reported statement: its quotes, earliest and longest first.
  public struct Group: Sendable {
    /// The quotes, the reference (earliest, then longest) first.
    public var variants: [StoredQuote]
    /// Whether outlets attribute it to different speakers.
    public var speakersDiffer: Bool {
      Set(variants.map(\.speaker)).count > 1
    }
    /// Whether a variant changes a number or a negation against the reference.
    public var meaningDiffers: Bool {
      guard let first = variants.first else { return false }
      let reference = StatementVariants.meaningMarks(first.text)
      return variants.dropFirst().contains { StatementVariants.meaningMarks($0.text) != reference }
    }
    /// Distinct outlets carrying it.
    public var outlets: [String] {
      Array(Set(variants.map(\.outlet))).sorted()
    }
  }

  static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "is", "are",
    "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "from",
    "we", "our", "they", "their", "he", "his", "she", "her", "i", "you", "all", "has", "have",
    "had", "will", "would", "there", "which", "who", "what", "also", "so", "but", "than",
  ]
  static let negations: Set<String> = ["not", "no", "never", "nor", "neither", "without", "cannot"]

  /// Lower-case words of a text (letters, digits and inner apostrophes).
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
      .map { String($0) }
  }

  /// A crude English stem: enough to meet "calling"/"call", "stopped"/"stop", "parties"/"party".
  static func stem(_ word: String) -> String {
    var w = word
    for suffix in ["ing", "ed", "es", "s", "ly"]
    where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
      w = String(w.dropLast(suffix.count))
      break
    }
    if w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" }
    if let last = w.last, w.count > 3, w.dropLast().last == last, !"lsz".contains(last) {
      w = String(w.dropLast())  // "stopp" → "stop"
    }
    return w
  }

  /// The content-word stems of a text.
  static func stems(_ text: String) -> Set<String> {
    Set(words(text).filter { !stopWords.contains($0) && $0.count > 1 }.map(stem))
  }

  /// Numbers and negations: what a faithful quote must keep.
  static func meaningMarks(_ text: String) -> [String] {
    words(text).filter { negations.contains($0) || $0.first?.isNumber == true }.sorted()
  }

  /// Groups quotes from different articles that report one statement; only groups carried by
  /// two or more articles are returned, largest first.
  ///
  /// Quotes are taken earliest and longest first; each joins the group whose reference (first
  /// quote) it matches best, or starts a group. Matching only against references keeps unrelated
  /// statements from chaining through a long quote that holds both.
  public static func groups(_ quotes: [StoredQuote]) -> [Group] {
    let order = quotes.indices.sorted {
      let (a, b) = (quotes[$0], quotes[$1])
      return (a.published ?? "9999", -a.text.count, a.id) < (
        b.published ?? "9999", -b.text.count, b.id
      )
    }
    let stemSets = quotes.map { stems($0.text) }
    var references: [Int] = []  // quote positions of group references
    var members: [[Int]] = []
    var index: [String: [Int]] = [:]  // stem → groups whose reference holds it
    for position in order {
      let set = stemSets[position]
      var shared: [Int: Int] = [:]
      if set.count >= 3 {
        for stem in set {
          guard let postings = index[stem], postings.count <= 500 else { continue }
          for group in postings where quotes[references[group]].doc != quotes[position].doc {
            shared[group, default: 0] += 1
          }
        }
      }
      var best: (group: Int, score: Double)?
      for group in shared.keys.sorted() {
        guard let count = shared[group] else { continue }
        let other = stemSets[references[group]]
        let jaccard = Double(count) / Double(set.count + other.count - count)
        let containment = Double(count) / Double(min(set.count, other.count))
        let matches = (jaccard >= 0.5 && count >= 3) || (containment >= 0.6 && count >= 4)
        if matches, jaccard > (best?.score ?? -1) { best = (group, jaccard) }
      }
      if let best {
        members[best.group].append(position)
      } else {
        let group = references.count
        references.append(position)
        members.append([position])
        for stem in set { index[stem, default: []].append(group) }
      }
    }
    var groups: [Group] = []
    for list in members where Set(list.map { quotes[$0].doc }).count > 1 {
      groups.append(Group(variants: list.map { quotes[$0] }))
    }
    return groups.sorted {
      ($0.variants.count, $1.variants.first?.id ?? 0) > (
        $1.variants.count, $0.variants.first?.id ?? 0
      )
    }
  }

  /// A word-level diff of `text` against `reference`: `[-removed-]` and `{+added+}` marks.
  public static func diff(_ reference: String, _ text: String) -> String {
    let a = reference.split(separator: " ").map(String.init)
    let b = text.split(separator: " ").map(String.init)
    func fold(_ word: String) -> String {
      String(word.lowercased().filter { $0.isLetter || $0.isNumber })
    }
    let fa = a.map(fold)
    let fb = b.map(fold)
    // Longest common subsequence on folded words (quotes are short).
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] =
          fa[i] == fb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var out: [String] = []
    var (i, j) = (0, 0)
    var removed: [String] = []
    var added: [String] = []
    func flush() {
      if !removed.isEmpty { out.append("[-" + removed.joined(separator: " ") + "-]") }
      if !added.isEmpty { out.append("{+" + added.joined(separator: " ") + "+}") }
      removed.removeAll()
      added.removeAll()
    }
    while i < a.count || j < b.count {
      if i < a.count && j < b.count && fa[i] == fb[j] {
        flush()
        out.append(b[j])
        i += 1
        j += 1
      } else if j < b.count && (i == a.count || table[i][j + 1] >= table[i + 1][j]) {
        added.append(b[j])
        j += 1
      } else {
        removed.append(a[i])
        i += 1
      }
    }
    flush()
    return out.joined(separator: " ")
  }

  /// The group as text: each variant with its outlet and speaker, the diff against the reference,
  /// and flags for differing attributions or meaning.
  public static func render(_ group: Group) -> String {
    guard let reference = group.variants.first else { return "" }
    var lines: [String] = []
    var flags: [String] = []
    if group.speakersDiffer {
      flags.append(
        "attributed differently: "
          + Array(Set(group.variants.map(\.speaker))).sorted()
          .joined(separator: " / "))
    }
    if group.meaningDiffers { flags.append("a number or negation differs") }
    lines.append(
      "statement carried by \(group.outlets.count) outlet\(group.outlets.count == 1 ? "" : "s")"
        + " in \(group.variants.count) quotes"
        + (flags.isEmpty ? "" : " — " + flags.joined(separator: "; ")))
    for (number, quote) in group.variants.enumerated() {
      lines.append(
        "  q\(quote.id)  \(quote.outlet) (\(quote.doc)\(quote.published.map { ", " + $0 } ?? ""))  "
          + "\(quote.speaker) [\(quote.type), \(quote.cue)]")
      lines.append(
        number == 0 ? "      “\(quote.text)”" : "      " + diff(reference.text, quote.text))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
