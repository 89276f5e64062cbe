import AttestKit
import Foundation
import Testing

/// The thirteen properties of the scoring model (design note §12), on seeded generators.
@Suite struct CorroborationPropertyTests {
  let engine: CorroborationEngine

  init() throws {
    engine = try CorroborationEngine(data: TestSupport.data())
  }

  static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34]

  /// Scores by (doc, claim index), for comparing runs whose article order or set differs.
  func scores(_ articles: [ScoringArticle], engine: CorroborationEngine? = nil) -> [String:
    ClaimScore]
  {
    let result = (engine ?? self.engine).score(articles)
    var byKey: [String: ClaimScore] = [:]
    for (article, scores) in zip(articles, result.scores) {
      for (index, score) in scores.enumerated() { byKey["\(article.doc)#\(index)"] = score }
    }
    return byKey
  }

  @Test("1. Copy invariance: copies (syndicated or duplicate) move no score", arguments: seeds)
  func copyInvariance(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let corpus = ScoringFixtures.corpus(
      &generator, articles: Int.random(in: 2...5, using: &generator))
    let before = scores(corpus)
    var copied = corpus
    for number in 0..<Int.random(in: 1...4, using: &generator) {
      let original = corpus[Int.random(in: 0..<corpus.count, using: &generator)]
      let syndicated = number % 2 == 0
      copied.append(
        ScoringArticle(
          doc: "copy\(number).txt", outlet: "Carrier \(number)", url: nil,
          published: original.published, credit: syndicated ? original.outlet : nil,
          fingerprint: original.fingerprint, claims: original.claims))
    }
    let after = scores(copied)
    for (key, score) in before {
      let moved = abs((after[key]?.probability ?? -1) - score.probability)
      #expect(moved <= 1e-12, "\(key) moved by \(moved)")
      #expect(after[key]?.label == score.label)
    }
  }

  @Test("2. Relay collapse: N relays of one origin never beat its own report, and grow with N")
  func relayCollapse() {
    var previous = 0.0
    let origin = Reliability(prior: 0.65, source: "").mean
    for count in 1...6 {
      let relays = (0..<count).map { index in
        ScoringFixtures.article(
          "r\(index).txt", outlet: "Relay \(index)",
          claims: [
            ScoringFixtures.exact(13) {
              $0.assertedBy = "Kazakh state media"
              $0.cueClass = .neutral
            }
          ])
      }
      let p = engine.score(relays).scores[0][0].probability
      #expect(p <= origin + 1e-12, "\(count) relays gave \(p) > \(origin)")
      #expect(p > previous, "\(count) relays gave \(p), not more than \(previous)")
      #expect(p < 1)
      previous = p
    }
  }

  @Test("3. Calibration identity: one unhedged report with BF ≥ 1 gives P(I) = r", arguments: seeds)
  func calibration(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<50 {
      let r = Double.random(in: 0.05...0.95, using: &generator)
      let high = Double(Int.random(in: 20...500, using: &generator))
      let domain = ValueDomain.counts(low: 0, high: high)
      let lo = Double(Int.random(in: 0...15, using: &generator))
      let support = ValueRange(lo, lo + Double(Int.random(in: 0...8, using: &generator)))
      let k = Double(domain.indices(of: support).count)
      let n = Double(domain.count)
      guard k > 0, k < n, r / (1 - r) * (n - k) / k >= 1 else { continue }
      let unit = ScoringUnit(id: "u", reliability: r, strength: 1, support: support)
      let p = SlotScorer.posterior(units: [unit], domain: domain).probability(of: support)
      #expect(abs(p - r) < 1e-9, "r \(r), k \(k), |D| \(n): P \(p)")
    }
  }

  /// Random independent units on a domain of counts 0…60.
  static func units(_ generator: inout SplitMix64, count: Int) -> [ScoringUnit] {
    (0..<count).map { index in
      let lo = Double(Int.random(in: 0...55, using: &generator))
      return ScoringUnit(
        id: "u\(index)", reliability: Double.random(in: 0.3...0.95, using: &generator),
        strength: Double.random(in: 0.1...1, using: &generator),
        support: ValueRange(lo, lo + Double(Int.random(in: 0...5, using: &generator))))
    }
  }

  @Test(
    "4. Monotonicity: a supporting unit never lowers P(Q), a conflicting one never raises it",
    arguments: seeds)
  func monotonicity(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let domain = ValueDomain.counts(low: 0, high: 60)
    for _ in 0..<40 {
      let units = Self.units(&generator, count: Int.random(in: 1...7, using: &generator))
      let lo = Double(Int.random(in: 0...50, using: &generator))
      let query = ValueRange(lo, lo + Double(Int.random(in: 0...8, using: &generator)))
      let base = SlotScorer.posterior(units: units, domain: domain).probability(of: query)
      let inside = Double(Int.random(in: Int(query.lo)...Int(query.hi), using: &generator))
      let supporter = ScoringUnit(
        id: "s", reliability: Double.random(in: 0.3...0.95, using: &generator),
        strength: Double.random(in: 0.1...1, using: &generator),
        support: ValueRange(inside, min(query.hi, inside + 1)))
      let raised = SlotScorer.posterior(units: units + [supporter], domain: domain)
        .probability(of: query)
      #expect(raised >= base - 1e-12, "supporting unit lowered \(base) to \(raised)")
      let outside = query.hi + 1 <= 60 ? query.hi + 1 : max(0, query.lo - 2)
      guard ValueRange.exactly(outside).isDisjoint(from: query) else { continue }
      let conflicter = ScoringUnit(
        id: "c", reliability: Double.random(in: 0.3...0.95, using: &generator),
        strength: Double.random(in: 0.1...1, using: &generator), support: .exactly(outside))
      let lowered = SlotScorer.posterior(units: units + [conflicter], domain: domain)
        .probability(of: query)
      #expect(lowered <= base + 1e-12, "conflicting unit raised \(base) to \(lowered)")
    }
  }

  @Test(
    "5. Symmetry and determinism: permuted input, renamed equal-prior outlets", arguments: seeds)
  func symmetry(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let corpus = ScoringFixtures.corpus(
      &generator, articles: Int.random(in: 2...6, using: &generator))
    let reference = scores(corpus)
    var permuted = corpus
    permuted.shuffle(using: &generator)
    let shuffled = scores(permuted)
    // Unrated outlets have equal priors: renaming them changes nothing.
    let renamed = corpus.map { article -> ScoringArticle in
      var copy = article
      copy.outlet = "Renamed " + String(article.outlet.reversed())
      copy.url = nil
      return copy
    }
    let unrated = corpus.map { article -> ScoringArticle in
      var copy = article
      copy.url = nil
      return copy
    }
    let unratedScores = scores(unrated)
    let renamedScores = scores(renamed)
    for (key, score) in reference {
      #expect(shuffled[key]?.probability == score.probability, "\(key) differs after shuffling")
      #expect(shuffled[key]?.label == score.label)
      #expect(shuffled[key]?.explanation == score.explanation)
      #expect(renamedScores[key]?.probability == unratedScores[key]?.probability)
    }
    #expect(scores(corpus) == reference)
  }

  @Test(
    "6. Hedge monotonicity: a weaker cue never raises support; h = 0 is removal",
    arguments: seeds)
  func hedgeMonotonicity(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let domain = ValueDomain.counts(low: 0, high: 60)
    for _ in 0..<40 {
      var units = Self.units(&generator, count: Int.random(in: 1...6, using: &generator))
      let target = Int.random(in: 0..<units.count, using: &generator)
      let query = units[target].support
      let strong = SlotScorer.posterior(units: units, domain: domain).probability(of: query)
      units[target].strength *= Double.random(in: 0...1, using: &generator)
      let weak = SlotScorer.posterior(units: units, domain: domain).probability(of: query)
      #expect(weak <= strong + 1e-12)
      units[target].strength = 0
      let silenced = SlotScorer.posterior(units: units, domain: domain).probabilities
      var removed = units
      removed.remove(at: target)
      #expect(SlotScorer.posterior(units: removed, domain: domain).probabilities == silenced)
    }
  }

  @Test(
    "7. Specificity: a vaguer report from the same unit never gives a value more",
    arguments: seeds)
  func specificity(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let domain = ValueDomain.counts(low: 0, high: 60)
    for _ in 0..<40 {
      var units = Self.units(&generator, count: Int.random(in: 1...6, using: &generator))
      let target = Int.random(in: 0..<units.count, using: &generator)
      let value = ValueRange.exactly(units[target].support.lo)
      let specific = SlotScorer.posterior(units: units, domain: domain).probability(of: value)
      let widen = Double(Int.random(in: 1...6, using: &generator))
      units[target].support = ValueRange(
        max(0, units[target].support.lo - widen), units[target].support.hi + widen)
      let vague = SlotScorer.posterior(units: units, domain: domain).probability(of: value)
      #expect(vague <= specific + 1e-12, "vaguer report raised \(specific) to \(vague)")
    }
  }

  @Test("8. Temporal: a later higher toll never contradicts; a later lower one notes a revision")
  func temporal() {
    let early = ScoringFixtures.article(
      "early.txt", outlet: "Early Wire", claims: [ScoringFixtures.exact(13)])
    let higher = ScoringFixtures.article(
      "later.txt", outlet: "Later Post", day: ScoringFixtures.day + 2,
      claims: [ScoringFixtures.exact(18)])
    let result = engine.score([early, higher])
    #expect(result.scores[0][0].conflicting.isEmpty)
    #expect(result.scores[1][0].conflicting.isEmpty)
    #expect(result.scores[0][0].label != .contested)
    #expect(result.scores[1][0].label != .contested)
    let lower = ScoringFixtures.article(
      "lower.txt", outlet: "Later Post", day: ScoringFixtures.day + 2,
      claims: [ScoringFixtures.exact(10)])
    let revised = engine.score([early, lower])
    #expect(revised.scores[0][0].explanation.contains { $0.contains("downward revision") })
  }

  @Test("9. Lattice: sub-scope and sub-category figures are not contradictions; 12 vs 10 police is")
  func lattice() {
    let almaty = ScoringFixtures.article(
      "almaty.txt", outlet: "City Desk", claims: [ScoringFixtures.exact(13) { $0.scope = "Almaty" }]
    )
    let country = ScoringFixtures.article(
      "country.txt", outlet: "National Desk", claims: [ScoringFixtures.exact(13)])
    let scoped = engine.score([almaty, country])
    #expect(scoped.scores[0][0].conflicting.isEmpty && scoped.scores[1][0].conflicting.isEmpty)
    let police = ScoringFixtures.article(
      "police.txt", outlet: "Police Beat",
      claims: [ScoringFixtures.exact(12) { $0.category = "police" }])
    let security = ScoringFixtures.article(
      "security.txt", outlet: "Security Desk", claims: [ScoringFixtures.exact(13)])
    let nested = engine.score([police, security])
    #expect(nested.scores[0][0].conflicting.isEmpty && nested.scores[1][0].conflicting.isEmpty)
    #expect(nested.scores[0][0].label != .contested && nested.scores[1][0].label != .contested)
    let other = ScoringFixtures.article(
      "other.txt", outlet: "Other Beat",
      claims: [ScoringFixtures.exact(10) { $0.category = "police" }])
    let clash = engine.score([police, other])
    #expect(clash.scores[0][0].conflicting == ["Other Beat"])
    #expect(clash.scores[1][0].conflicting == ["Police Beat"])
  }

  @Test(
    "10. Irrelevant evidence: with reliabilities frozen, other slots leave a slot alone",
    arguments: seeds)
  func irrelevantEvidence(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    var frozen = engine
    frozen.rounds = 0
    let corpus = ScoringFixtures.corpus(
      &generator, articles: Int.random(in: 2...5, using: &generator))
    let before = scores(corpus, engine: frozen)
    let unrelated = (0..<3).map { index in
      ScoringFixtures.article(
        "u\(index).txt", outlet: "Outlet \(index)",
        claims: [
          ScoringFixtures.mention(
            key: "injured-total", measure: "injured", category: "people",
            support: .exactly(Double(100 + index)))
        ])
    }
    let after = scores(corpus + unrelated, engine: frozen)
    for (key, score) in before { #expect(after[key]?.probability == score.probability) }
  }

  @Test("11. Bounds: 0 ≤ P_low ≤ P ≤ P_high ≤ 1, posteriors sum to 1", arguments: seeds)
  func bounds(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let corpus = ScoringFixtures.corpus(
      &generator, articles: Int.random(in: 1...6, using: &generator))
    for score in scores(corpus).values {
      #expect(0 <= score.low && score.low <= score.probability)
      #expect(score.probability <= score.high && score.high <= 1)
    }
    let domain = ValueDomain.counts(low: 0, high: 300)
    let posterior = SlotScorer.posterior(
      units: Self.units(&generator, count: 6), domain: domain)
    #expect(abs(posterior.probabilities.reduce(0, +) - 1) <= 1e-12)
  }

  @Test("12. Incremental = batch: articles saved one by one then scored equal one batch run")
  func incrementalEqualsBatch() throws {
    let data = try TestSupport.data()
    let analyzer = try Analyzer(data: data)
    let samples = TestSupport.root.appendingPathComponent("Data/samples").path
    let store = try Store.open(path: ":memory:")
    var batch: [ScoringArticle] = []
    _ = try analyzer.stream(paths: [samples], store: nil) { analysis, _ in
      batch.append(ScoringArticle(analysis))
      try store.save(analysis)
    }
    let stored = try store.storedClaims()
    #expect(stored.articles.count == batch.count)
    let one = engine.score(batch)
    let other = engine.score(stored.articles)
    #expect(one.scores.flatMap { $0 }.count > 10)
    for (a, b) in zip(one.scores.flatMap { $0 }, other.scores.flatMap { $0 }) {
      #expect(a.probability == b.probability && a.label == b.label)
    }
  }

  @Test("13. Boilerplate: ALSO READ and related-link blocks give no mentions")
  func boilerplate() throws {
    let article = try TestSupport.article(
      """
      published: 2023-05-02

      Floods swept through the valley on Monday. Officials said 14 people had died.

      ALSO READ:
      - 12 killed, 60 injured as bus overturns
      - Storm leaves 3,000 homes without power

      Related: 40 arrested after stadium clashes
      """)
    let claims = try Analyzer(data: TestSupport.data()).analyze(article).claims
    #expect(claims.map(\.value) == [14])
    let furniture = article.layout.furnitureRanges
    for claim in claims {
      #expect(!furniture.contains { $0.contains(claim.span.start) })
    }
  }

  @Test("Leave-one-out by prefix sums equals rescoring without the unit", arguments: seeds)
  func leaveOneOutMatchesRescoring(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let domain = ValueDomain.counts(low: 0, high: 60)
    for _ in 0..<20 {
      let units = Self.units(&generator, count: Int.random(in: 2...9, using: &generator))
      let fast = SlotScorer.leaveOneOut(units: units, domain: domain)
      for index in units.indices {
        var others = units
        others.remove(at: index)
        let slow = SlotScorer.posterior(units: others, domain: domain)
          .probability(of: units[index].support)
        #expect(abs(fast[index] - slow) < 1e-9, "unit \(index): \(fast[index]) vs \(slow)")
      }
    }
  }

  @Test(
    "The band basis gives the same band as rescoring with shifted reliabilities", arguments: seeds)
  func bandBasisMatchesShiftedPosteriors(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let domain = ValueDomain.counts(low: 0, high: 60)
    for _ in 0..<30 {
      var units = Self.units(&generator, count: Int.random(in: 1...12, using: &generator))
      for index in units.indices {
        let r = units[index].reliability
        units[index].reliabilityBand = (r - 0.2 * r)...min(0.98, r + 0.1)
        // Some wide units, so that bins are shared by supporting and other units.
        if Bool.random(using: &generator) {
          units[index].support = ValueRange(units[index].support.lo, units[index].support.lo + 20)
        }
      }
      let basis = BandBasis(units: units, domain: domain)
      for _ in 0..<5 {
        let lo = Double(Int.random(in: 0...58, using: &generator))
        let query = ValueRange(lo, lo + Double(Int.random(in: 0...6, using: &generator)))
        let slow = SlotScorer.score(units: units, domain: domain, query: query)
        let p = slow.probability
        #expect(max(0, min(p, basis.shifted(query, raise: false))) == slow.low)
        #expect(min(1, max(p, basis.shifted(query, raise: true))) == slow.high)
      }
    }
  }
}
