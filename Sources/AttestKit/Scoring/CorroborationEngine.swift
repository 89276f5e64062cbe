import Foundation

/// What the scorer needs of one article.
public struct ScoringArticle: Sendable {
  /// The article's name in output.
  public var doc: String
  /// Its publisher.
  public var outlet: String
  /// Its URL, for the outlet's rated domain.
  public var url: String?
  /// Its publication day (days since 1970-01-01).
  public var published: Int?
  /// The publisher a credit line names, for declared syndication.
  public var credit: String?
  /// Its body's fingerprint, for copy detection.
  public var fingerprint: Provenance.Fingerprint
  /// Its claim mentions.
  public var claims: [ClaimMention]

  /// Creates an article for scoring.
  public init(
    doc: String, outlet: String, url: String?, published: Int?, credit: String?,
    fingerprint: Provenance.Fingerprint, claims: [ClaimMention]
  ) {
    self.doc = doc
    self.outlet = outlet
    self.url = url
    self.published = published
    self.credit = credit
    self.fingerprint = fingerprint
    self.claims = claims
  }
}

/// The verdict labels of `interfaces.md`.
public enum ClaimLabel: String, Hashable, Sendable, Codable, CaseIterable {
  case corroborated
  case singleOrigin = "single-origin"
  case reportedNotAsserted = "reported-not-asserted"
  case contested
  case superseded
  case likelyError = "likely-error"
  case uncorroborated
}

/// A mention's score: probability with its band, label, the outlets on each side and the ledger
/// that explains it.
public struct ClaimScore: Hashable, Sendable, Codable {
  /// P(Q): the posterior probability that the truth lies in the mention's support.
  public var probability: Double
  /// P with every reliability at the end of its band that lowers P.
  public var low: Double
  /// P with every reliability at the end of its band that raises P.
  public var high: Double
  /// The verdict label.
  public var label: ClaimLabel
  /// Outlets carrying units whose support lies inside the mention's hard interval.
  public var supporting: [String]
  /// Outlets carrying units whose support the mention rules out.
  public var conflicting: [String]
  /// The day the slot was scored as of.
  public var asOf: Int
  /// The slot: key · category · scope.
  public var slot: String
  /// Supporting units after the dependence discount.
  public var effectiveUnits: Double
  /// The explanation ledger, one line each.
  public var explanation: [String]
  /// An analyst's verdict on this mention: verified (true) or rejected (false).
  public var verdict: Bool?
}

/// An analyst's verdict on one mention.
public struct ClaimVerdict: Hashable, Sendable {
  /// The article's index in the scored list.
  public var article: Int
  /// The claim's index in the article.
  public var claim: Int
  /// Verified (true) or rejected (false).
  public var isTrue: Bool

  /// Creates a verdict.
  public init(article: Int, claim: Int, isTrue: Bool) {
    self.article = article
    self.claim = claim
    self.isTrue = isTrue
  }
}

/// One outlet's credibility: its prior, its posterior and the evidence that moved it.
public struct OutletStanding: Hashable, Sendable, Codable {
  /// One piece of evidence: how a unit of this outlet fared against the rest.
  public struct Evidence: Hashable, Sendable, Codable {
    /// The claim key.
    public var key: String
    /// The article.
    public var doc: String
    /// P_{−u}(I_u): the support the others give this outlet's value.
    public var agreement: Double
    /// 1, 5 for an analyst's verdict, 0 for a relayed origin's fate (shown, not counted).
    public var weight: Double
    /// The origin this outlet relayed, when the evidence is about that origin.
    public var relayed: String?
  }

  /// The outlet.
  public var name: String
  /// Its reliability after the leave-one-out update.
  public var reliability: Reliability
  /// Articles it published.
  public var articles: Int
  /// Claim mentions in them.
  public var mentions: Int
  /// The evidence, by key then doc.
  public var evidence: [Evidence]
}

/// Everything scoring a corpus produced.
public struct CorroborationResult: Sendable {
  /// Per article, per claim: its score.
  public var scores: [[ClaimScore]]
  /// Outlets by name.
  public var outlets: [OutletStanding]
  /// Per article: its provenance group (the index of the group's first article).
  public var groups: [Int]
  /// Per article: why it joined its group.
  public var groupReasons: [[Provenance.Reason]]
  /// The reliabilities the scores used, by entity (`outlet:NPR`, `origin:Kazakh government`).
  public var reliabilities: [String: Reliability]
}

/// Scores claims across outlets (design note: origin-aware interval ACCU): copies and relays
/// collapse into units of independence, each unit adds evidence weighted by its reliability and
/// assertion strength, and reliabilities are updated leave-one-out from how units fare.
///
/// ```swift
/// let engine = try CorroborationEngine(data: data)
/// let result = engine.score(articles)
/// print(result.scores[0][0].label)
/// ```
public struct CorroborationEngine: Sendable {
  /// The claim lexicon (lattice, measure kinds).
  public let lexicon: ClaimLexicon
  /// Prior reliabilities.
  public let priors: ReliabilityPriors
  /// Rounds of the reliability update (0 keeps the priors).
  public var rounds = 5
  /// Units a ledger lists (the strongest first).
  public var ledgerUnits = fullLedger.units
  /// Mentions a ledger lists per unit.
  public var ledgerMentions = fullLedger.mentions
  /// The ledger `attest explain` prints.
  public static let fullLedger = (units: 10, mentions: 12)
  /// The ledger saved with a workspace's scores (short: one is kept per claim).
  public static let savedLedger = (units: 3, mentions: 2)

  /// The same engine writing ledgers of the given size.
  public func ledgers(_ size: (units: Int, mentions: Int)) -> CorroborationEngine {
    var engine = self
    engine.ledgerUnits = size.units
    engine.ledgerMentions = size.mentions
    return engine
  }
  /// Later figures a ledger lists one by one.
  static let laterLines = 3
  /// Per-day decay of a cumulative figure carried forward.
  static let carryDecay = 0.8

  /// Creates an engine with the lexicons and priors of `data`.
  ///
  /// - Throws: `DataError` when a lexicon is malformed.
  public init(data: AttestData) throws {
    lexicon = try ClaimLexicon(data: data)
    priors = try ReliabilityPriors(data: data)
  }

  // MARK: - Entries

  /// One mention placed in a slot, with its unit of independence.
  struct Entry {
    var article: Int
    var claim: Int
    /// The mention, kept in a box: entries are copied, filtered and sorted many times while
    /// slots are built, and a box is one reference count where a mention is a dozen strings.
    var mention: ClaimMention {
      get { boxed.value }
      set { boxed = MentionBox(newValue) }
    }
    private var boxed: MentionBox
    var unit: String
    var entity: String
    var group: Int
    var day: Int
    var fidelity: Double
    var derived: Bool
    var isOrigin: Bool

    init(
      article: Int, claim: Int, mention: ClaimMention, unit: String, entity: String, group: Int,
      day: Int, fidelity: Double, derived: Bool, isOrigin: Bool
    ) {
      self.article = article
      self.claim = claim
      self.boxed = MentionBox(mention)
      self.unit = unit
      self.entity = entity
      self.group = group
      self.day = day
      self.fidelity = fidelity
      self.derived = derived
      self.isOrigin = isOrigin
    }
  }

  /// An immutable mention shared by the entries copied from one another.
  final class MentionBox: Sendable {
    let value: ClaimMention
    init(_ value: ClaimMention) { self.value = value }
  }

  /// A slot's identity: key, value kind, category, scope.
  struct SlotID: Hashable, Comparable {
    var key: String
    var kind: String
    var category: String
    var scope: String

    static func < (lhs: SlotID, rhs: SlotID) -> Bool {
      (lhs.key, lhs.kind, lhs.category, lhs.scope) < (rhs.key, rhs.kind, rhs.category, rhs.scope)
    }

    var label: String {
      [key, category, scope].filter { !$0.isEmpty }.joined(separator: " · ")
    }
  }

  /// The prepared corpus: entries by slot, reliabilities' priors, provenance.
  struct Prepared {
    var slots: [SlotID: [Entry]]
    var order: [SlotID]
    var priors: [String: Reliability]
    var groups: [(group: Int, reasons: [Provenance.Reason])]
    var groupOutlet: [Int: String]
    var articles: [ScoringArticle]
    /// Article names by index.
    var docs: [String]
    /// Each slot's reports (they do not depend on reliabilities: computed once).
    var reports: [SlotID: [Report]] = [:]
  }

  func prepare(_ articles: [ScoringArticle]) -> Prepared {
    let groups = PhaseClock.time("copies") {
      Provenance.groups(
        articles.map {
          Provenance.Input(outlet: $0.outlet, credit: $0.credit, fingerprint: $0.fingerprint)
        })
    }
    let start = PhaseClock.now()
    defer { PhaseClock.report("slots", since: start) }
    var groupOutlet: [Int: String] = [:]
    // A group's original is its earliest member (then by outlet and name), whatever the input
    // order: the outlet whose reliability the group's own statements carry.
    var original: [Int: Int] = [:]
    for index in articles.indices {
      let group = groups[index].group
      if let current = original[group] {
        let (a, b) = (articles[index], articles[current])
        if (a.published ?? .max, a.outlet, a.doc) < (b.published ?? .max, b.outlet, b.doc) {
          original[group] = index
        }
      } else {
        original[group] = index
      }
    }
    let outletNames = Set(articles.map(\.outlet))
    for (group, index) in original {
      let article = articles[index]
      groupOutlet[group] =
        article.credit.flatMap { credit in
          outletNames.contains(credit) ? credit : nil
        } ?? article.outlet
    }
    var priorsByEntity: [String: Reliability] = [:]
    var roles: [String: [String]] = [:]
    for article in articles {
      for claim in article.claims where claim.assertedBy != "outlet" {
        if let role = claim.originRole { roles[claim.assertedBy, default: []].append(role) }
      }
    }
    var slots: [SlotID: [Entry]] = [:]
    for (index, article) in articles.enumerated() {
      let group = groups[index].group
      let outlet = groupOutlet[group] ?? article.outlet
      if priorsByEntity["outlet:" + outlet] == nil {
        let url = articles[original[group] ?? group].url ?? article.url
        priorsByEntity["outlet:" + outlet] = priors.outlet(outlet, url: url)
      }
      var local: [(SlotID, Entry)] = []
      let (unit, entity) = ("outlet:g\(group)", "outlet:" + outlet)
      for (number, claim) in article.claims.enumerated() {
        let slot = slotID(claim)
        var entry = Entry(
          article: index, claim: number, mention: claim, unit: unit,
          entity: entity, group: group, day: article.published ?? claim.day ?? 0,
          fidelity: claim.approximate ? 0.7 : 1, derived: false, isOrigin: false)
        if claim.assertedBy != "outlet" {
          let family = priors.family(of: claim.assertedBy)
          entry.unit = "origin:" + family
          entry.entity = "origin:" + family
          entry.isOrigin = true
          if priorsByEntity[entry.entity] == nil {
            priorsByEntity[entry.entity] = priors.origin(
              claim.assertedBy, roles: roles[claim.assertedBy] ?? [], key: claim.key)
          }
        }
        local.append((slot, entry))
      }
      // A value stated bare and attributed in one article is one unit: the origin's.
      for i in local.indices where !local[i].1.isOrigin {
        if let j = local.indices.first(where: {
          local[$0].1.isOrigin && local[$0].0 == local[i].0
            && !local[$0].1.mention.support.isDisjoint(from: local[i].1.mention.support)
        }) {
          local[i].1.unit = local[j].1.unit
          local[i].1.entity = local[j].1.entity
          local[i].1.isOrigin = true
        }
      }
      for (slot, entry) in local { slots[slot, default: []].append(entry) }
    }
    // The lattice: a count in a sub-category or a city is a lower bound for the slots above it.
    let existing = Set(slots.keys)
    var derived: [SlotID: [Entry]] = [:]
    for slot in existing.sorted() where slot.kind == ClaimValueKind.count.rawValue {
      // The slots above, once per measure found in the slot.
      var above: [String: [SlotID]] = [:]
      for entry in slots[slot] ?? [] {
        let measure = entry.mention.measure
        let targets =
          above[measure]
          ?? ancestors(of: slot, measure: measure).filter { existing.contains($0) }
        above[measure] = targets
        for target in targets {
          var copy = entry
          copy.derived = true
          copy.fidelity = 0.7
          var mention = entry.mention
          let support = mention.support
          let top = support.hi.isFinite ? 3 * support.hi : 3 * support.lo
          mention.support = ValueRange(support.lo, max(top, support.lo), loOpen: support.loOpen)
          mention.hard = ValueRange(mention.hard.lo, .infinity, loOpen: mention.hard.loOpen)
          copy.mention = mention
          derived[target, default: []].append(copy)
        }
      }
    }
    for (slot, entries) in derived { slots[slot, default: []] += entries }
    var prepared = Prepared(
      slots: slots, order: slots.keys.sorted(), priors: priorsByEntity, groups: groups,
      groupOutlet: groupOutlet, articles: articles, docs: articles.map(\.doc))
    // Each slot's reports on every core.
    let order = prepared.order
    let found = ResultSlots<[Report]>(count: order.count)
    let bySlot = slots
    DispatchQueue.concurrentPerform(iterations: order.count) { position in
      found.set(position, reports(bySlot[order[position]] ?? []))
    }
    for (position, slot) in order.enumerated() { prepared.reports[slot] = found.take(position) }
    return prepared
  }

  func slotID(_ claim: ClaimMention) -> SlotID {
    SlotID(
      key: claim.key, kind: claim.valueKind.rawValue, category: claim.category,
      scope: claim.scope)
  }

  /// The slots above a count slot: ancestor categories, and the country above a city.
  func ancestors(of slot: SlotID, measure: String) -> [SlotID] {
    var categories = [slot.category]
    var current = slot.category
    while let parent = lexicon.parentOf[current], categories.count < 16 {
      categories.append(parent)
      current = parent
    }
    var result: [SlotID] = []
    for (level, category) in categories.enumerated() {
      let family = lexicon.familyOf[category] ?? category
      let key = measure == family ? measure : measure + "-" + family
      let scopes = slot.scope.isEmpty ? [""] : [slot.scope, ""]
      for scope in scopes where level > 0 || scope != slot.scope {
        result.append(SlotID(key: key, kind: slot.kind, category: category, scope: scope))
      }
    }
    return result
  }

  // MARK: - Scoring

  /// Scores every mention of `articles`; verdicts feed the reliability update.
  public func score(_ articles: [ScoringArticle], verdicts: [ClaimVerdict] = [])
    -> CorroborationResult
  {
    score(articles, verdicts: verdicts, probes: []).0
  }

  /// Scores `articles` and, against their evidence without adding to it, each probe (a claim an
  /// analyst typed): its slot, or the slot of the same key with the most evidence; `nil` when the
  /// corpus holds nothing on it.
  public func score(
    _ articles: [ScoringArticle], verdicts: [ClaimVerdict], probes: [ClaimMention],
    reliabilities frozen: [String: Reliability]? = nil
  ) -> (CorroborationResult, [ClaimScore?]) {
    let prepared = prepare(articles)
    var reliabilities = prepared.priors
    var evidence: [String: [OutletStanding.Evidence]] = [:]
    let verdictByMention = Dictionary(
      verdicts.map { ("\($0.article)/\($0.claim)", $0.isTrue) }, uniquingKeysWith: { $1 })
    if let frozen {
      reliabilities.merge(frozen) { _, given in given }
    } else {
      PhaseClock.time("reliabilities") {
        for _ in 0..<rounds {
          let (updated, found) = updateReliabilities(
            prepared, current: reliabilities, verdicts: verdictByMention)
          let change =
            updated.map { key, value in abs(value.mean - (reliabilities[key]?.mean ?? value.mean)) }
            .max() ?? 0
          reliabilities = updated
          evidence = found
          if change < 1e-3 { break }
        }
      }
    }
    var scores = articles.map { article in
      [ClaimScore?](repeating: nil, count: article.claims.count)
    }
    var evaluations: [SlotID: [Settled]] = [:]
    var probeScores = [ClaimScore?](repeating: nil, count: probes.count)
    var probesBySlot: [SlotID: [Int]] = [:]
    for (index, probe) in probes.enumerated() {
      var slot = slotID(probe)
      if prepared.slots[slot] == nil {
        let candidates = prepared.order.filter {
          $0.key == slot.key && $0.kind == slot.kind
        }
        guard
          let best = candidates.max(by: {
            (prepared.slots[$0]?.count ?? 0, $1) < (prepared.slots[$1]?.count ?? 0, $0)
          })
        else { continue }
        slot = best
      }
      probesBySlot[slot, default: []].append(index)
    }
    // Slots are independent given the reliabilities: scored on every core, each into its own
    // place; everything that combines them runs after, in slot order.
    let outcomes = ResultSlots<[Evaluation]>(count: prepared.order.count)
    let frozenReliabilities = reliabilities
    let probeSlots = Set(probesBySlot.keys)
    PhaseClock.time("evaluate") {
      DispatchQueue.concurrentPerform(iterations: prepared.order.count) { position in
        let slot = prepared.order[position]
        var results = evaluate(slot, prepared.slots[slot] ?? [], prepared, frozenReliabilities)
        // Only a slot a probe waits on keeps its latest day in full.
        if !probeSlots.contains(slot), let last = results.indices.last { results[last].shed() }
        outcomes.set(position, results)
      }
    }
    for (position, slot) in prepared.order.enumerated() {
      let results = outcomes.take(position) ?? []
      if let waiting = probesBySlot[slot], let last = results.indices.last {
        for index in waiting {
          var probe = probes[index]
          probe.category = slot.category
          probe.scope = slot.scope
          let entry = Entry(
            article: -1, claim: index, mention: probe, unit: "probe", entity: "probe", group: -1,
            day: results[last].day, fidelity: 1, derived: false, isOrigin: false)
          probeScores[index] = score(entry, unitIndex: -1, results[last], slot, prepared)
        }
      }
      // Labels across days and slots need only each day's scores and best value: the units,
      // posteriors and caches are let go slot by slot.
      evaluations[slot] = results.map {
        Settled(day: $0.day, scores: $0.scores, bestValue: $0.bestValue)
      }
      for evaluation in results {
        for (entry, score) in evaluation.scores {
          var score = score
          if let verdict = verdictByMention["\(entry.article)/\(entry.claim)"] {
            score.verdict = verdict
            score.explanation.insert(
              " analyst: \(verdict ? "verified" : "rejected") (weight 5 in the reliability update)",
              at: min(2, score.explanation.count))
          }
          scores[entry.article][entry.claim] = score
        }
      }
    }
    PhaseClock.time("labels") {
      applySupersession(&scores, evaluations, prepared)
      applySiblingErrors(&scores, evaluations, prepared)
    }
    var outlets: [String: OutletStanding] = [:]
    for (index, article) in articles.enumerated() {
      let name = article.outlet
      let entity = "outlet:" + (prepared.groupOutlet[prepared.groups[index].group] ?? name)
      var standing =
        outlets[name]
        ?? OutletStanding(
          name: name,
          reliability: reliabilities["outlet:" + name] ?? reliabilities[entity]
            ?? priors.outlet(name, url: article.url),
          articles: 0, mentions: 0, evidence: evidence["outlet:" + name] ?? [])
      standing.articles += 1
      standing.mentions += article.claims.count
      outlets[name] = standing
    }
    let result = CorroborationResult(
      scores: scores.map { $0.compactMap { $0 } },
      outlets: outlets.keys.sorted().compactMap { outlets[$0] },
      groups: prepared.groups.map(\.group), groupReasons: prepared.groups.map(\.reasons),
      reliabilities: reliabilities)
    return (result, probeScores)
  }

  /// One round of the leave-one-out update: every unit of a resolved slot adds P_{−u}(I_u) to
  /// its entity's agreement and the rest to its disagreement.
  func updateReliabilities(
    _ prepared: Prepared, current: [String: Reliability], verdicts: [String: Bool]
  ) -> ([String: Reliability], [String: [OutletStanding.Evidence]]) {
    var updated = prepared.priors
    var evidence: [String: [OutletStanding.Evidence]] = [:]
    var pending: [String: [(Double, Double)]] = [:]
    // Each slot's evidence on every core, merged in slot order.
    let found = ResultSlots<SlotEvidence>(count: prepared.order.count)
    DispatchQueue.concurrentPerform(iterations: prepared.order.count) { position in
      let slot = prepared.order[position]
      var pending: [(String, (Double, Double))] = []
      var evidence: [(String, OutletStanding.Evidence)] = []
      let entries = prepared.slots[slot] ?? []
      // The slot as of its latest day (every report, earlier tolls carried forward) decides
      // whether it is resolved: one evaluation per slot and round.
      for evaluation in evaluate(
        slot, entries, prepared, current, scoreMentions: false, latestOnly: true)
      {
        let verdict = evaluation.members.flatMap { $0 }.compactMap {
          entry -> (Bool, ClaimMention)? in
          guard !entry.derived, let value = verdicts["\(entry.article)/\(entry.claim)"] else {
            return nil
          }
          return (value, entry.mention)
        }.first
        let resolved =
          verdict != nil
          || evaluation.units.indices.contains {
            evaluation.posterior.probability(of: evaluation.units[$0].support) >= 0.8
          }
        guard resolved, evaluation.units.count >= 2 || verdict != nil else { continue }
        let others =
          verdict == nil
          ? SlotScorer.leaveOneOut(units: evaluation.units, domain: evaluation.domain) : []
        for (index, unit) in evaluation.units.enumerated() {
          let members = evaluation.members[index].filter { !$0.derived }
          guard let first = members.first else { continue }
          var agreement: Double
          var weight = 1.0
          if let (isTrue, mention) = verdict {
            let overlaps = !unit.support.isDisjoint(from: mention.support)
            agreement = overlaps == isTrue ? 1 : 0
            weight = 5
          } else {
            agreement = others[index]
          }
          agreement = min(1, max(0, agreement))
          let entity = first.entity
          pending.append((entity, (weight * agreement, weight * (1 - agreement))))
          evidence.append(
            (
              entity,
              OutletStanding.Evidence(
                key: slot.key, doc: prepared.articles[first.article].doc, agreement: agreement,
                weight: weight, relayed: nil)
            ))
          // Outlets relaying an origin are shown its fate; their reliability is not charged
          // with it (copies and relays credit the origin).
          if first.isOrigin {
            var seen = Set<String>()
            for member in members {
              let article = prepared.articles[member.article]
              guard seen.insert(article.doc).inserted else { continue }
              evidence.append(
                (
                  "outlet:" + article.outlet,
                  OutletStanding.Evidence(
                    key: slot.key, doc: article.doc, agreement: agreement, weight: 0,
                    relayed: String(first.entity.dropFirst("origin:".count)))
                ))
            }
          }
        }
      }
      found.set(position, SlotEvidence(pending: pending, evidence: evidence))
    }
    for position in prepared.order.indices {
      guard let slotEvidence = found.take(position) else { continue }
      for (entity, term) in slotEvidence.pending { pending[entity, default: []].append(term) }
      for (entity, item) in slotEvidence.evidence { evidence[entity, default: []].append(item) }
    }
    // Sums over sorted terms: the same evidence gives the same reliability in any order.
    for (entity, terms) in pending {
      var next = updated[entity] ?? Reliability(prior: 0.6, source: "unrated")
      next.agree += terms.map(\.0).sorted().reduce(0, +)
      next.disagree += terms.map(\.1).sorted().reduce(0, +)
      updated[entity] = next
    }
    for key in evidence.keys {
      evidence[key]?.sort {
        ($0.key, $0.doc, $0.agreement, $0.weight) < ($1.key, $1.doc, $1.agreement, $1.weight)
      }
    }
    return (updated, evidence)
  }

  /// What later labelling reads of a slot scored as of one day.
  struct Settled {
    var day: Int
    var scores: [(Entry, ClaimScore)]
    /// The most probable value.
    var bestValue: Double
  }

  /// One slot's share of a reliability update round.
  struct SlotEvidence {
    var pending: [(String, (Double, Double))]
    var evidence: [(String, OutletStanding.Evidence)]
  }

  /// A slot scored as of one day.
  struct Evaluation {
    var day: Int
    var units: [ScoringUnit]
    /// Per unit: its entries.
    var members: [[Entry]]
    /// Per unit: whether its entries disagree among themselves.
    var inconsistent: [Bool]
    var domain: ValueDomain
    var posterior: SlotPosterior
    var scores: [(Entry, ClaimScore)]
    var places: [String]
    /// P(Q) with its band by query: mentions with the same support share one computation.
    var bands = BandCache()
    /// The most probable value.
    var bestValue = 0.0

    /// Drops what only scoring this day's mentions needed.
    mutating func shed() {
      units = []
      members = []
      inconsistent = []
      places = []
      posterior = SlotPosterior(
        domain: ValueDomain(bins: []), probabilities: [], contributions: [], weights: [],
        bayesFactors: [])
      domain = ValueDomain(bins: [])
      bands = BandCache()
    }
  }

  /// A mention's hard interval and negation: mentions sharing them share their sides.
  struct SideKey: Hashable {
    var hard: ValueRange
    var negated: Bool
  }

  /// The units on each side of a mention, and their outlets.
  struct Sides {
    var supporting: [Int]
    var conflicting: [Int]
    var supportingOutlets: [String]
    var conflictingOutlets: [String]
  }

  /// What a slot's evaluation computes once for all its mentions: scores by query interval, the
  /// ledger's unit order, and each unit's outlets.
  final class BandCache {
    var results: [ValueRange: (Double, Double, Double)] = [:]
    var basis: BandBasis?
    /// P of each unit's own support.
    var unitProbabilities: [Double]?
    /// Per (hard interval, negation): the units supporting and ruled out, and their outlets.
    var sides: [SideKey: Sides] = [:]
    /// Per unit: the mentions its ledger lists.
    var sortedMembers: [Int: [Entry]] = [:]
    var order: [Int]?
    var unitOutlets: [[String]]?
    /// Per unit: whether at least two units (itself included) lie inside its hard interval.
    var isBacked: [Bool?] = []
  }

  func strength(_ cueClass: CueClass) -> Double {
    switch cueClass {
    case .bare, .neutral, .factive: 1
    case .hedge: 0.5
    case .probable: 0.6
    case .possible: 0.2
    case .distancing: 0.3
    case .doubt: 0.1
    case .future: 0
    }
  }

  /// One report of a unit: the unit's mentions that agree on a value.
  ///
  /// An origin that gives 13 on
  /// one day and 18 the next made two reports; an article that gives two disjoint values in one
  /// slot is internally inconsistent.
  struct Report {
    var id: String
    var members: [Entry]
    var representative: Entry
    var day: Int
    var inconsistent: Bool
  }

  func reports(_ entries: [Entry]) -> [Report] {
    var byUnit: [String: [Entry]] = [:]
    for entry in entries { byUnit[entry.unit, default: []].append(entry) }
    var reports: [Report] = []
    for unitID in byUnit.keys.sorted() {
      guard let group = byUnit[unitID] else { continue }
      let direct = group.filter { !$0.derived }.sorted(by: specificity)
      var clusters: [[Entry]] = []
      // The first cluster whose first entry's support meets a support: an origin relayed by
      // thousands of articles asks with the same few supports again and again. Clusters are only
      // added, so a found answer stays the first; a miss rescans only the clusters added since.
      var firstMeeting: [ValueRange: (found: Int?, scanned: Int)] = [:]
      func cluster(meeting support: ValueRange) -> Int? {
        var (found, scanned) = firstMeeting[support] ?? (nil, 0)
        if found == nil {
          while scanned < clusters.count {
            defer { scanned += 1 }
            if !clusters[scanned][0].mention.support.isDisjoint(from: support) {
              found = scanned
              break
            }
          }
          firstMeeting[support] = (found, scanned)
        }
        return found
      }
      for entry in direct {
        if let index = cluster(meeting: entry.mention.support) {
          clusters[index].append(entry)
        } else {
          clusters.append([entry])
        }
      }
      for entry in group.filter(\.derived).sorted(by: specificity) {
        if let index = cluster(meeting: entry.mention.support) {
          clusters[index].append(entry)
        } else if clusters.isEmpty {
          clusters.append([entry])
        } else {
          clusters[0].append(entry)
        }
      }
      // A cluster is inconsistent when one of its articles also gives another cluster's value.
      var clustersOf: [Int: Int] = [:]
      for cluster in clusters {
        for article in Set(cluster.filter { !$0.derived }.map(\.article)) {
          clustersOf[article, default: 0] += 1
        }
      }
      for (number, cluster) in clusters.enumerated() {
        let inconsistent = cluster.contains {
          !$0.derived && clustersOf[$0.article, default: 0] > 1
        }
        reports.append(
          Report(
            id: clusters.count > 1 ? unitID + "#\(number)" : unitID, members: cluster,
            representative: cluster[0], day: cluster.map(\.day).min() ?? 0,
            inconsistent: inconsistent))
      }
    }
    return reports
  }

  func evaluate(
    _ slot: SlotID, _ entries: [Entry], _ prepared: Prepared,
    _ reliabilities: [String: Reliability],
    scoreMentions: Bool = true, latestOnly: Bool = false
  ) -> [Evaluation] {
    let cumulative = lexicon.kind(of: entries.first?.mention.measure ?? "") == .cumulative
    let reports = prepared.reports[slot] ?? self.reports(entries)
    let allDays =
      cumulative ? Array(Set(reports.map(\.day))).sorted() : [reports.map(\.day).max() ?? 0]
    let days = latestOnly ? Array(allDays.suffix(1)) : allDays
    let places = Array(Set(entries.compactMap(\.mention.place))).sorted()
    // Days are independent (each sees the reports up to it): evaluated on every core when a
    // cumulative slot has many.
    let byDay = ResultSlots<Evaluation?>(count: days.count)
    let lastDay = days.last
    @Sendable func evaluateDay(_ day: Int) -> Evaluation? {
      var units: [ScoringUnit] = []
      var members: [[Entry]] = []
      var inconsistent: [Bool] = []
      var current: [Bool] = []
      for report in reports {
        if cumulative && report.day > day { continue }
        let representative = report.representative
        let entity = representative.entity
        let reliability =
          reliabilities[entity] ?? prepared.priors[entity]
          ?? Reliability(prior: 0.6, source: "unrated")
        // Relay confidence α over the distinct provenance groups carrying an origin's report.
        var alpha = 1.0
        if representative.isOrigin {
          var fidelity: [Int: Double] = [:]
          for entry in report.members {
            fidelity[entry.group] = max(fidelity[entry.group] ?? 0, entry.fidelity)
          }
          // Factors sorted by value: the product does not depend on input order.
          let misses = fidelity.keys.map { groupID -> Double in
            let outlet = prepared.groupOutlet[groupID] ?? prepared.articles[groupID].outlet
            let r =
              (reliabilities["outlet:" + outlet] ?? prepared.priors["outlet:" + outlet])?.mean
              ?? ReliabilityPriors.unknownOutletPrior
            return 1 - r * (fidelity[groupID] ?? 1)
          }.sorted()
          alpha = 1 - misses.reduce(1, *)
        }
        // A hedge names no origin to relay: its strength is the hedge's alone.
        let relayed = representative.isOrigin && representative.mention.cueClass != .hedge
        var h = strength(representative.mention.cueClass) * (relayed ? alpha : 1)
        if report.inconsistent { h /= 2 }
        var support = representative.mention.support
        var hard = representative.mention.hard
        if cumulative && report.day < day {
          let top = support.hi.isFinite ? 3 * support.hi : 3 * support.lo
          support = ValueRange(support.lo, top, loOpen: support.loOpen)
          hard = ValueRange(hard.lo, .infinity, loOpen: hard.loOpen)
          h *= pow(Self.carryDecay, Double(day - report.day))
        }
        if representative.mention.valueKind == .place, let place = representative.mention.place,
          let index = places.firstIndex(of: place)
        {
          support = .exactly(Double(index))
          hard = support
        }
        units.append(
          ScoringUnit(
            id: report.id, reliability: reliability.mean, reliabilityBand: reliability.band,
            strength: h, support: support, hard: hard, negated: representative.mention.negated))
        members.append(report.members)
        inconsistent.append(report.inconsistent)
        current.append(!cumulative || report.day == day)
      }
      guard !units.isEmpty else { return nil }
      let domain = self.domain(slot, units, places: places)
      let posterior = SlotScorer.posterior(units: units, domain: domain)
      var evaluation = Evaluation(
        day: day, units: units, members: members, inconsistent: inconsistent, domain: domain,
        posterior: posterior, scores: [], places: places)
      if scoreMentions {
        for (index, group) in members.enumerated() where current[index] {
          for entry in group where !entry.derived {
            evaluation.scores.append(
              (entry, score(entry, unitIndex: index, evaluation, slot, prepared)))
          }
        }
        // Kept evaluations are read for labels across days, not rescored: free the bins.
        evaluation.bands.basis = nil
        evaluation.bands.sides = [:]
        evaluation.bands.sortedMembers = [:]
        evaluation.bands.isBacked = []
      }
      evaluation.bestValue = evaluation.domain.bins[evaluation.posterior.bestBin].0
      // Only the latest day is read again in full (probes, the reliability update); earlier
      // days of a cumulative slot keep their scores and best value, so memory stays in
      // proportion to the slot, not to its days × its reports.
      if scoreMentions && day != lastDay { evaluation.shed() }
      return evaluation
    }
    if days.count >= 8 {
      DispatchQueue.concurrentPerform(iterations: days.count) { index in
        byDay.set(index, evaluateDay(days[index]))
      }
      return days.indices.compactMap { byDay.take($0) ?? nil }
    }
    return days.compactMap(evaluateDay)
  }

  /// Orders a unit's entries: narrowest support, then earliest, then text order.
  func specificity(_ a: Entry, _ b: Entry) -> Bool {
    func width(_ entry: Entry) -> Double {
      let range = entry.mention.support
      return range.hi.isFinite ? range.hi - range.lo : 1e18
    }
    func key(_ entry: Entry) -> (Double, Int, Double, Double, String, Int) {
      (
        width(entry), entry.day, -strength(entry.mention.cueClass), entry.mention.support.lo,
        entry.mention.text, entry.claim
      )
    }
    return key(a) < key(b)
  }

  /// The slot's domain D (design note §4).
  func domain(_ slot: SlotID, _ units: [ScoringUnit], places: [String]) -> ValueDomain {
    let kind = ClaimValueKind(rawValue: slot.kind) ?? .event
    let ends = units.flatMap { [$0.support.lo, $0.support.hi] }.filter(\.isFinite)
    let low = ends.min() ?? 0
    let high = ends.max() ?? 1
    switch kind {
    case .event:
      return .categorical(10)
    case .place:
      return .categorical(max(10, places.count))
    case .ratio:
      return .ratios(low: min(1, low), high: max(4, high))
    case .date:
      let sorted = ends.sorted()
      let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
      let first = min(median - 7, low)
      let last = max(median + 7, high)
      return ValueDomain(bins: stride(from: first, through: last, by: 1).map { ($0, $0) })
    case .count, .percent, .duration:
      return .counts(low: low / 3, high: 3 * max(high, 1))
    }
  }

  // MARK: - Labels

  func score(
    _ entry: Entry, unitIndex: Int, _ evaluation: Evaluation, _ slot: SlotID, _ prepared: Prepared
  ) -> ClaimScore {
    var query = entry.mention.support
    var hard = entry.mention.hard
    if entry.mention.valueKind == .place, let place = entry.mention.place,
      let index = evaluation.places.firstIndex(of: place)
    {
      query = .exactly(Double(index))
      hard = query
    }
    let units = evaluation.units
    let band: (Double, Double, Double)
    if let cached = evaluation.bands.results[query] {
      band = cached
    } else {
      let p = evaluation.posterior.probability(of: query)
      let basis = evaluation.bands.basis ?? BandBasis(units: units, domain: evaluation.domain)
      evaluation.bands.basis = basis
      let low = min(p, basis.shifted(query, raise: false))
      let high = max(p, basis.shifted(query, raise: true))
      band = (p, max(0, low), min(1, high))
      evaluation.bands.results[query] = band
    }
    let p = band.0
    let side = sides(hard: hard, negated: entry.mention.negated, evaluation, prepared)
    var supporting = side.supporting
    var conflicting = side.conflicting
    var (supportingOutlets, conflictingOutlets) = (side.supportingOutlets, side.conflictingOutlets)
    // A mention's own unit supports it, whatever its interval: its outlets join the supporting
    // ones (the side's are kept; only a unit leaving the conflicting side recounts them).
    if unitIndex >= 0 && units[unitIndex].negated == entry.mention.negated {
      let at = supporting.firstIndex { $0 >= unitIndex } ?? supporting.count
      if at == supporting.count || supporting[at] != unitIndex {
        supporting.insert(unitIndex, at: at)
        let own = outlets([unitIndex], evaluation, prepared)
        supportingOutlets = Array(Set(supportingOutlets).union(own)).sorted()
        if conflicting.contains(unitIndex) {
          conflicting.removeAll { $0 == unitIndex }
          conflictingOutlets = outlets(conflicting, evaluation, prepared)
        }
      }
    }
    let posterior = evaluation.posterior
    // N_eff: supporting units counted with the residual-dependence discount, strongest first
    // (Σ residual^i over the units that add weight).
    let residual = 1 - SlotScorer.copyWeight * SlotScorer.baseDependence
    let adding = supporting.count { posterior.contributions[$0] > 0 }
    let effective = (0..<adding).reduce(0.0) { $0 + pow(residual, Double($1)) }
    let unitP =
      evaluation.bands.unitProbabilities ?? units.map { posterior.probability(of: $0.support) }
    evaluation.bands.unitProbabilities = unitP
    var label: ClaimLabel
    let alternatives = conflicting.filter { !units[$0].negated }
    // Only a weak mention can be a likely error: the O(units²) backer count runs only then.
    // Each unit's backer count is computed once per evaluation and shared by its mentions.
    func hasStrongAlternative() -> Bool {
      let cache = evaluation.bands
      if cache.isBacked.count != units.count {
        cache.isBacked = Array(repeating: nil, count: units.count)
      }
      return alternatives.contains { index in
        guard unitP[index] >= 2 * p else { return false }
        if let known = cache.isBacked[index] { return known }
        let backed =
          units.indices.lazy.filter { units[index].hard.covers(units[$0].support) }
          .prefix(2).count >= 2
        cache.isBacked[index] = backed
        return backed
      }
    }
    if p < 0.3 && hasStrongAlternative() {
      label = .likelyError
    } else if unitIndex >= 0 && evaluation.inconsistent[unitIndex] && supporting.count == 1
      && p < 0.5
    {
      label = .likelyError
    } else if p >= 0.2 && alternatives.contains(where: { unitP[$0] >= 0.2 }) {
      label = .contested
    } else if !supporting.isEmpty && supporting.allSatisfy({ units[$0].strength < 0.3 }) {
      label = .reportedNotAsserted
    } else if p >= 0.9 && supporting.count >= 2 && effective >= 1.5 {
      label = .corroborated
    } else if supporting.count == 1 && p >= 0.5 {
      label = .singleOrigin
    } else {
      label = .uncorroborated
    }
    var score = ClaimScore(
      probability: p, low: band.1, high: band.2, label: label,
      supporting: supportingOutlets, conflicting: conflictingOutlets, asOf: evaluation.day,
      slot: slot.label, effectiveUnits: effective, explanation: [])
    score.explanation = explain(
      entry, score, supporting: supporting, conflicting: conflicting, evaluation, prepared)
    return score
  }

  /// The units a mention's hard interval covers and those it rules out (its own unit aside).
  func sides(hard: ValueRange, negated: Bool, _ evaluation: Evaluation, _ prepared: Prepared)
    -> Sides
  {
    let key = SideKey(hard: hard, negated: negated)
    if let cached = evaluation.bands.sides[key] { return cached }
    var supporting: [Int] = []
    var conflicting: [Int] = []
    for (index, unit) in evaluation.units.enumerated() {
      if negated != unit.negated {
        if !unit.support.isDisjoint(from: hard) || unit.negated { conflicting.append(index) }
        continue
      }
      if hard.covers(unit.support) {
        supporting.append(index)
      } else if unit.support.isDisjoint(from: hard) {
        conflicting.append(index)
      }
    }
    let sides = Sides(
      supporting: supporting, conflicting: conflicting,
      supportingOutlets: outlets(supporting, evaluation, prepared),
      conflictingOutlets: outlets(conflicting, evaluation, prepared))
    evaluation.bands.sides[key] = sides
    return sides
  }

  /// The outlets carrying the units `indices`, sorted.
  func outlets(_ indices: [Int], _ evaluation: Evaluation, _ prepared: Prepared) -> [String] {
    let unitOutlets: [[String]]
    if let cached = evaluation.bands.unitOutlets {
      unitOutlets = cached
    } else {
      unitOutlets = evaluation.members.map { members in
        Array(Set(members.map { prepared.articles[$0.article].outlet })).sorted()
      }
      evaluation.bands.unitOutlets = unitOutlets
    }
    var names = Set<String>()
    for index in indices { names.formUnion(unitOutlets[index]) }
    return names.sorted()
  }

  /// Cumulative slots: a later day's best figure, higher and corroborated or from the same origin,
  /// supersedes an earlier one; a later lower one is noted as a downward revision.
  func applySupersession(
    _ scores: inout [[ClaimScore?]], _ evaluations: [SlotID: [Settled]], _ prepared: Prepared
  ) {
    for slot in prepared.order {
      guard let list = evaluations[slot], list.count > 1 else { continue }
      // Each day's best-supported mention, found once per day (not once per earlier mention).
      let bests = list.map { later in
        later.scores.max(by: {
          let (a, b) = (prepared.articles[$0.0.article].doc, prepared.articles[$1.0.article].doc)
          return ($0.1.probability, b, $1.0.claim) < ($1.1.probability, a, $0.0.claim)
        })
      }
      for (position, earlier) in list.enumerated() {
        for (entry, _) in earlier.scores {
          guard var score = scores[entry.article][entry.claim] else { continue }
          var laterReports = 0
          for (offset, later) in list[(position + 1)...].enumerated() {
            guard let (best, bestScore) = bests[position + 1 + offset] else { continue }
            let higher = best.mention.support.lo > entry.mention.support.hi
            let lower = best.mention.support.hi < entry.mention.support.lo
            if higher && (bestScore.label == .corroborated || best.entity == entry.entity)
              && score.label != .likelyError && score.label != .contested
            {
              score.label = .superseded
            }
            let verb = higher ? "later, higher" : lower ? "later, lower (downward revision)" : nil
            if verb != nil { laterReports += 1 }
            // The first few later figures, then a count: a toll revised daily for a year
            // must not grow every earlier mention's ledger by a line a day.
            if let verb, laterReports <= Self.laterLines {
              score.explanation.append(
                " → \(verb): \"\(Self.clip(best.mention.text))\" (\(prepared.articles[best.article].doc), "
                  + "\(CalendarDay.iso(later.day)), \(bestScore.label.rawValue))")
            }
          }
          if laterReports > Self.laterLines {
            score.explanation.append(
              " → … and \(laterReports - Self.laterLines) later figures (attest claims KEY lists them)"
            )
          }
          scores[entry.article][entry.claim] = score
        }
      }
    }
  }

  /// A figure equal to a well-supported figure of a sibling measure (deaths = injured) while its
  /// own slot prefers a disjoint value is a likely error.
  func applySiblingErrors(
    _ scores: inout [[ClaimScore?]], _ evaluations: [SlotID: [Settled]], _ prepared: Prepared
  ) {
    // Well-supported figures by category family, then measure, each list in slot order: a weak
    // figure looks only where a sibling can be, and takes the first in slot order. A figure with
    // the key, scope and support of an earlier one in its list can never be taken before it, so
    // it is not listed; weak figures asking the same question share the answer.
    struct Supported {
      var order: Int
      var slot: SlotID
      var mention: ClaimMention
    }
    struct Question: Hashable {
      var family: String
      var measure: String
      var key: String
      var scope: String
      var support: ValueRange
    }
    var wellSupported: [String: [String: [Supported]]] = [:]
    var listed = Set<Question>()
    func familyKey(_ category: String) -> String { lexicon.familyOf[category] ?? "\u{0}" }
    var order = 0
    for slot in prepared.order where slot.kind == ClaimValueKind.count.rawValue {
      for evaluation in evaluations[slot] ?? [] {
        for (entry, score) in evaluation.scores where score.probability >= 0.6 {
          let family = familyKey(slot.category)
          let measure = entry.mention.measure
          guard
            listed.insert(
              Question(
                family: family, measure: measure, key: slot.key, scope: slot.scope,
                support: entry.mention.support)
            ).inserted
          else { continue }
          wellSupported[family, default: [:]][measure, default: []]
            .append(Supported(order: order, slot: slot, mention: entry.mention))
          order += 1
        }
      }
    }
    guard !wellSupported.isEmpty else { return }
    var answers: [Question: Supported?] = [:]
    for slot in prepared.order where slot.kind == ClaimValueKind.count.rawValue {
      let familyName = familyKey(slot.category)
      guard let family = wellSupported[familyName] else { continue }
      for evaluation in evaluations[slot] ?? [] {
        let bestValue = evaluation.bestValue
        for (entry, _) in evaluation.scores {
          guard var score = scores[entry.article][entry.claim], score.probability < 0.5,
            score.label != .likelyError, !entry.mention.hard.contains(bestValue)
          else { continue }
          let question = Question(
            family: familyName, measure: entry.mention.measure, key: slot.key,
            scope: slot.scope, support: entry.mention.support)
          let answer: Supported?
          if let known = answers[question] {
            answer = known
          } else {
            var sibling: Supported?
            for (measure, candidates) in family where measure != entry.mention.measure {
              guard
                let found = candidates.lazy.prefix(while: { $0.order < (sibling?.order ?? .max) })
                  .first(where: { candidate in
                    candidate.slot.key != slot.key
                      && (candidate.slot.scope == slot.scope || candidate.slot.scope.isEmpty)
                      && !candidate.mention.support.isDisjoint(from: entry.mention.support)
                  })
              else { continue }
              sibling = found
            }
            answers[question] = .some(sibling)
            answer = sibling
          }
          if let sibling = answer {
            score.label = .likelyError
            score.explanation.append(
              " ! equals a well-supported figure of \(sibling.slot.label): "
                + "\"\(Self.clip(sibling.mention.text))\" while this slot prefers "
                + JSONLines.number(bestValue))
            scores[entry.article][entry.claim] = score
          }
        }
      }
    }
  }

  // MARK: - Explanations

  static func clip(_ text: String, _ limit: Int = 70) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
  }

  func explain(
    _ entry: Entry, _ score: ClaimScore, supporting: [Int], conflicting: [Int],
    _ evaluation: Evaluation, _ prepared: Prepared
  ) -> [String] {
    // Both lists are in unit order: a unit is looked up, not hashed into a set per mention (a
    // slot of thousands of units has thousands of mentions).
    func has(_ sorted: [Int], _ unit: Int) -> Bool {
      var (low, high) = (0, sorted.count)
      while low < high {
        let middle = (low + high) / 2
        if sorted[middle] < unit { low = middle + 1 } else { high = middle }
      }
      return low < sorted.count && sorted[low] == unit
    }
    let number = JSONLines.number
    var lines: [String] = []
    let scopeName = entry.mention.scope.isEmpty ? entry.mention.country : entry.mention.scope
    var head = [entry.mention.key]
    if !entry.mention.category.isEmpty { head.append(entry.mention.category) }
    if !scopeName.isEmpty { head.append(scopeName) }
    head.append("as of " + CalendarDay.iso(evaluation.day))
    lines.append(
      head.joined(separator: " · ") + "   P = \(number(score.probability))  "
        + "[\(number(score.low))–\(number(score.high))]")
    let origins = supporting.count
    lines.append(
      " label: \(score.label.rawValue) — \(origins) supporting unit\(origins == 1 ? "" : "s") "
        + "(N_eff = \(number(score.effectiveUnits))), |D| = \(evaluation.domain.count)")
    let posterior = evaluation.posterior
    // Strongest first; ties by what the analyst sees (entity, then the first mention), never by
    // input order.
    let order: [Int]
    if let cached = evaluation.bands.order {
      order = cached
    } else {
      let keys = evaluation.units.indices.map { index in
        (
          -posterior.contributions[index], evaluation.members[index].first?.entity ?? "",
          evaluation.members[index].map { prepared.docs[$0.article] }.min() ?? "",
          evaluation.units[index].support.lo
        )
      }
      order = evaluation.units.indices.sorted { keys[$0] < keys[$1] }
      evaluation.bands.order = order
    }
    // The strongest units, and every unit on the mention's side of a conflict, up to a screenful.
    let shownUnits = ledgerUnits
    if order.count > shownUnits {
      lines.append(" (\(order.count) units; the \(shownUnits) strongest shown)")
    }
    for index in order.prefix(shownUnits) {
      let unit = evaluation.units[index]
      let members = evaluation.members[index]
      guard let first = members.first else { continue }
      let sign = has(supporting, index) ? "+" : has(conflicting, index) ? "−" : "~"
      let entity =
        first.entity.hasPrefix("origin:")
        ? "origin " + first.entity.dropFirst("origin:".count)
        : "outlet " + first.entity.dropFirst("outlet:".count)
      let prior = prepared.priors[first.entity]
      let k = SlotScorer.supportBins(unit, evaluation.domain).count
      lines.append(
        " \(sign) \(entity) (r \(number(unit.reliability))\(prior.map { ", prior \(number($0.prior)) from \($0.source)" } ?? ""))"
          + " · h \(number(unit.strength)) · BF \(number(posterior.bayesFactors[index])) (k = \(k))"
          + " → +\(number(posterior.contributions[index])) log-odds"
          + (evaluation.inconsistent[index] ? " · internally inconsistent, h halved" : ""))
      let docs = prepared.docs
      let listed = ledgerMentions
      if members.count > listed {
        lines.append("     (\(members.count) mentions; the first \(listed) by article)")
      }
      let sortedMembers: [Entry]
      if let cached = evaluation.bands.sortedMembers[index] {
        sortedMembers = cached
      } else {
        sortedMembers = Array(
          members.sorted(by: {
            (docs[$0.article], $0.claim, $0.derived ? 1 : 0) < (
              docs[$1.article], $1.claim, $1.derived ? 1 : 0
            )
          }).prefix(listed))
        evaluation.bands.sortedMembers[index] = sortedMembers
      }
      for member in sortedMembers {
        let article = prepared.articles[member.article]
        let cue = member.mention.cue.isEmpty ? "own voice" : "cue: " + member.mention.cue
        let via =
          member.derived
          ? " (lower bound from \(member.mention.category)"
            + (member.mention.scope.isEmpty ? "" : ", \(member.mention.scope)") + ")" : ""
        let copies =
          prepared.groups[member.article].group != member.article
          ? " [copy of \(prepared.articles[prepared.groups[member.article].group].doc)]" : ""
        lines.append(
          "     \(article.outlet) \(article.doc)\(copies)  \"\(Self.clip(member.mention.text))\"  \(cue)\(via)"
        )
      }
    }
    return lines
  }
}

extension ScoringArticle {
  /// The scoring view of an analysed article.
  public init(_ analysis: ArticleAnalysis) {
    let article = analysis.article
    self.init(
      doc: article.doc, outlet: article.outletName, url: article.metadata.url,
      published: CalendarDay.parse(article.metadata.published), credit: analysis.credit,
      fingerprint: analysis.fingerprint, claims: analysis.claims)
  }

  /// The body's words in lower case (letters and digits; furniture and captions left out).
  static func words(_ article: Article) -> [String] {
    var words: [String] = []
    for paragraph in article.layout.paragraphs where paragraph.isBody {
      var current: [UInt8] = []
      for byte in article.text[paragraph.range] {
        if ByteClass.isLower(byte) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
          current.append(byte)
        } else if ByteClass.isUpper(byte) {
          current.append(byte + 32)
        } else if !current.isEmpty {
          words.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    }
    return words
  }
}
