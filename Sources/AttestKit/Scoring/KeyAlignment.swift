/// One quantity that two outlets key by different words, brought under one claim key.
///
/// The extractor keys a figure by the words around it, article by article: one outlet's "losses
/// of at least 900 million euros" is `money-loss`, another's "the estimate of 900 million euros"
/// `money-estimate`; "The union's 9% demand" and "demanding a 9% pay rise". Across a corpus the
/// same exact value, unit and measure under two keys in different articles, told compatibly, is
/// the strongest sign the keys name one quantity, so they are merged — unless one article uses
/// both keys (it tells them apart), or either marks a time relation (`-earlier`, `-new`,
/// `-change`) or a rate (`-per-`). ("Nearly 30 years" and "thirty years" share a number but no
/// value: not merged.)
///
/// ```swift
/// let renames = KeyAlignment.renames(articles)  // ["money-estimate": "money-loss"]
/// KeyAlignment.apply(renames, to: &articles)
/// ```
public enum KeyAlignment {
  /// Most distinct keys one exact value may join: a value many keys share is a common number,
  /// not evidence.
  static let bucketLimit = 6
  /// Key parts that relate a figure to another time or scale; such keys are never merged.
  static let relational = ["-earlier", "-new", "-change", "-per-", "-previous"]

  private struct Bucket: Hashable {
    var measure: String
    var unit: String
    var value: Double
    var valueMax: Double?
  }

  /// The key and category a merged key's mentions take.
  public struct Target: Hashable, Sendable {
    /// The claim key.
    public var key: String
    /// The category of that key's earliest mention: one slot for every merged mention.
    public var category: String
  }

  /// Each key to rename and what it becomes; keys not listed stay as they are.
  ///
  /// Deterministic: the same articles in any order give the same renames.
  public static func renames(_ articles: [ScoringArticle]) -> [String: Target] {
    // Which articles use each exact value under each key.
    var buckets: [Bucket: [String: [(article: Int, support: ValueRange)]]] = [:]
    var mentionsOfKey: [String: Int] = [:]
    var firstReport: [String: Report] = [:]
    var firstCategory: [String: String] = [:]
    for (index, article) in articles.enumerated() {
      let report = Report(day: article.published ?? .max, doc: article.doc)
      for claim in article.claims {
        mentionsOfKey[claim.key, default: 0] += 1
        if firstReport[claim.key].map({ report < $0 }) ?? true {
          firstReport[claim.key] = report
          firstCategory[claim.key] = claim.category
        }
        guard let value = claim.value, claim.valueKind != .date, !claim.negated,
          !relational.contains(where: { claim.key.contains($0) })
        else { continue }
        let bucket = Bucket(
          measure: claim.measure, unit: claim.unit, value: value, valueMax: claim.valueMax)
        buckets[bucket, default: [:]][claim.key, default: []].append((index, claim.support))
      }
    }
    // Candidate pairs: two keys of one value in different articles, told compatibly ("nearly
    // 30 years" and "thirty years" share the number, not a value).
    var pairs = Set<Pair>()
    for keys in buckets.values where keys.count > 1 && keys.count <= bucketLimit {
      let sorted = keys.keys.sorted()
      for (i, a) in sorted.enumerated() {
        for b in sorted[(i + 1)...] {
          let (left, right) = (keys[a] ?? [], keys[b] ?? [])
          let compatible = left.contains { x in
            right.contains { y in x.article != y.article && !x.support.isDisjoint(from: y.support) }
          }
          if compatible { pairs.insert(Pair(a, b)) }
        }
      }
    }
    if pairs.isEmpty { return [:] }
    // Keys one article uses together are told apart by it; only pairs among candidates matter.
    var partners: [String: Set<String>] = [:]
    for pair in pairs {
      partners[pair.a, default: []].insert(pair.b)
      partners[pair.b, default: []].insert(pair.a)
    }
    var parent: [String: String] = [:]
    func root(_ key: String) -> String {
      var key = key
      while let next = parent[key], next != key { key = next }
      return key
    }
    // Candidate components, to record every pair an article uses together inside one.
    for pair in pairs.sorted() {
      let (a, b) = (root(pair.a), root(pair.b))
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var together = Set<Pair>()
    for article in articles {
      let keys = Set(article.claims.map(\.key)).filter { partners[$0] != nil }.sorted()
      guard keys.count > 1 else { continue }
      for (i, a) in keys.enumerated() {
        for b in keys[(i + 1)...] where root(a) == root(b) { together.insert(Pair(a, b)) }
      }
    }
    // Merge pair by pair, in a fixed order, while no article tells the two sides apart.
    parent = [:]
    var members: [String: [String]] = [:]
    for pair in pairs.sorted() {
      let (a, b) = (root(pair.a), root(pair.b))
      guard a != b else { continue }
      let left = members[a] ?? [a]
      let right = members[b] ?? [b]
      let apart = left.contains { x in right.contains { y in together.contains(Pair(x, y)) } }
      if apart { continue }
      let (kept, merged) = (min(a, b), max(a, b))
      parent[merged] = kept
      members[kept] = left + right
      members[merged] = nil
    }
    // Each merged group takes its most used key, then the key of its earliest report.
    var renames: [String: Target] = [:]
    for (_, group) in members where group.count > 1 {
      let chosen = group.sorted {
        let (a, b) = (firstReport[$0] ?? Report.last, firstReport[$1] ?? Report.last)
        return (-(mentionsOfKey[$0] ?? 0), a.day, a.doc, $0) < (
          -(mentionsOfKey[$1] ?? 0), b.day, b.doc, $1
        )
      }[0]
      let target = Target(key: chosen, category: firstCategory[chosen] ?? "")
      for key in group where key != chosen { renames[key] = target }
    }
    return renames
  }

  /// Renames the claim keys of `articles`.
  public static func apply(_ renames: [String: Target], to articles: inout [ScoringArticle]) {
    if renames.isEmpty { return }
    for index in articles.indices {
      for claim in articles[index].claims.indices {
        apply(renames, to: &articles[index].claims[claim])
      }
    }
  }

  /// Renames the key and category of one mention (also a claim an analyst typed).
  public static func apply(_ renames: [String: Target], to claim: inout ClaimMention) {
    if let target = renames[claim.key] {
      claim.key = target.key
      claim.category = target.category
    }
  }

  /// When and where a key first appears: publication day, then article name.
  private struct Report: Comparable {
    static let last = Report(day: .max, doc: "")
    var day: Int
    var doc: String

    static func < (lhs: Report, rhs: Report) -> Bool { (lhs.day, lhs.doc) < (rhs.day, rhs.doc) }
  }

  /// Two keys, in order.
  private struct Pair: Hashable, Comparable {
    var a: String
    var b: String

    init(_ x: String, _ y: String) {
      (a, b) = x < y ? (x, y) : (y, x)
    }

    static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.a, lhs.b) < (rhs.a, rhs.b) }
  }
}
