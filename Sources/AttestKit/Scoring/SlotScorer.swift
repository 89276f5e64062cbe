import Foundation

/// The values a slot's truth may take, as bins: single points (counts below 100, days, categories)
/// or half-open ranges `[a, b)` (2% log-bins above 100, 0.1 steps of a ratio).
public struct ValueDomain: Hashable, Sendable {
  /// Each bin's lower end and upper end (equal for a point).
  public let bins: [(Double, Double)]

  /// Creates a domain from bins in increasing order.
  public init(bins: [(Double, Double)]) { self.bins = bins }

  /// Hashable by the bins' ends.
  public static func == (lhs: ValueDomain, rhs: ValueDomain) -> Bool {
    lhs.bins.count == rhs.bins.count && zip(lhs.bins, rhs.bins).allSatisfy { $0 == $1 }
  }

  /// Hashes the bins' ends.
  public func hash(into hasher: inout Hasher) {
    for (a, b) in bins {
      hasher.combine(a)
      hasher.combine(b)
    }
  }

  /// The number of bins, |D|.
  public var count: Int { bins.count }

  /// The bins that share a value with `range` (bins are sorted and disjoint: a binary search finds
  /// the first, then a walk collects the rest).
  public func indices(of range: ValueRange) -> [Int] {
    // First bin whose upper end is not below the range's lower end.
    var low = 0
    var high = bins.count
    while low < high {
      let middle = (low + high) / 2
      if max(bins[middle].0, bins[middle].1) < range.lo { low = middle + 1 } else { high = middle }
    }
    var found: [Int] = []
    var index = low
    while index < bins.count && bins[index].0 <= range.hi {
      if range.overlapsBin(bins[index].0, bins[index].1) { found.append(index) }
      index += 1
    }
    return found
  }

  /// `n` categories (points 0 … n−1).
  public static func categorical(_ n: Int) -> ValueDomain {
    ValueDomain(bins: (0..<max(n, 1)).map { (Double($0), Double($0)) })
  }

  /// Counts: integer points below 100, then 2% log-bins, over `[low, high]`.
  public static func counts(low: Double, high: Double) -> ValueDomain {
    var bins: [(Double, Double)] = []
    var value = max(0, low.rounded(.down))
    let top = max(high, value + 1)
    while value < 100 && value <= top {
      bins.append((value, value))
      value += 1
    }
    if value < 100 { return ValueDomain(bins: bins) }
    var edge = max(100, value)
    while edge <= top {
      let next = (edge * 1.02 * 1_000).rounded() / 1_000
      bins.append((edge, next))
      edge = next
    }
    return ValueDomain(bins: bins)
  }

  /// Ratios in 0.1 steps over `[low, high)`, within [0, 1,000].
  public static func ratios(low: Double, high: Double) -> ValueDomain {
    var bins: [(Double, Double)] = []
    let (low, high) = (min(max(low, 0), 999), min(max(high, 0), 1_000))
    var step = Int((low * 10).rounded(.down))
    let top = max(Int((high * 10).rounded(.up)), step + 1)
    while step < top {
      bins.append((Double(step) / 10, Double(step + 1) / 10))
      step += 1
    }
    return ValueDomain(bins: bins)
  }
}

/// One unit of independence entering a slot: its reliability, assertion strength and the values
/// it supports.
public struct ScoringUnit: Hashable, Sendable {
  /// A stable identifier (ties in weight are broken by it).
  public var id: String
  /// Reliability r (clipped to [0.02, 0.98]).
  public var reliability: Double
  /// Reliability at the low and high end of its Beta band.
  public var reliabilityBand: ClosedRange<Double>
  /// Assertion strength h in [0, 1].
  public var strength: Double
  /// What it asserts.
  public var support: ValueRange
  /// What it rules out (everything outside).
  public var hard: ValueRange
  /// Whether it denies the proposition: it then supports everything outside `hard`.
  public var negated: Bool

  /// Creates a unit.
  public init(
    id: String, reliability: Double, reliabilityBand: ClosedRange<Double>? = nil,
    strength: Double, support: ValueRange, hard: ValueRange? = nil, negated: Bool = false
  ) {
    self.id = id
    self.reliability = reliability
    self.reliabilityBand = reliabilityBand ?? reliability...reliability
    self.strength = strength
    self.support = support
    self.hard = hard ?? support
    self.negated = negated
  }
}

/// A slot's posterior over its domain and each unit's weight in it.
public struct SlotPosterior: Sendable {
  /// The domain.
  public let domain: ValueDomain
  /// P(v) per bin; sums to 1.
  public let probabilities: [Double]
  /// Per unit (input order): its log-odds contribution c_u before discounting.
  public let contributions: [Double]
  /// Per unit (input order): c'_u after the dependence discount, at its first value.
  public let weights: [Double]
  /// Per unit (input order): the Bayes factor of "truth ∈ I_u".
  public let bayesFactors: [Double]

  /// P(Q) for an interval `query`.
  public func probability(of query: ValueRange) -> Double {
    let total = domain.indices(of: query).reduce(0.0) { $0 + probabilities[$1] }
    return min(1, max(0, total))
  }

  /// The index of the most probable bin (lowest index on ties).
  public var bestBin: Int {
    var best = 0
    for index in probabilities.indices where probabilities[index] > probabilities[best] {
      best = index
    }
    return best
  }
}

/// The origin-aware interval ACCU score of one slot (design note §6): each unit adds
/// `ln(1 + h(BF − 1))` log-odds to the bins it supports, discounted by its dependence on the
/// units before it; the posterior is the softmax over the domain.
public enum SlotScorer {
  /// Weight of a suspected copy: c'_u = c_u · Π (1 − copyWeight · δ).
  public static let copyWeight = 0.8
  /// Residual dependence of any two units (an unseen common source).
  public static let baseDependence = 0.2

  /// The posterior of a slot.
  ///
  /// `dependence(u, v)` gives P_dep beyond the residual δ0 (none by default).
  public static func posterior(
    units: [ScoringUnit], domain: ValueDomain,
    dependence: ((ScoringUnit, ScoringUnit) -> Double)? = nil
  ) -> SlotPosterior {
    let n = domain.count
    let (contributions, factors, binSets) = weigh(units, domain)
    // Discount in order of weight, then id (no dependence on input order), and per value: a
    // unit is discounted only by the earlier units that support the same value. (Discounting by
    // every earlier unit, as design note §6 writes it, lets a strong unforeseen unit on one value
    // lower another value's rivals and raise it: property 4 fails. Per value, a bin's score is
    // Σ c_(i) · 0.84^(i−1) over its units sorted by weight, which only grows when a unit is added.)
    let order = rank(units, contributions)
    var weights = [Double](repeating: 0, count: units.count)
    var scores = [Double](repeating: 0, count: n)
    var factor = [Double](repeating: 1, count: n)
    var earlier = [[Int]](repeating: [], count: dependence == nil ? 0 : n)
    let residual = 1 - copyWeight * baseDependence
    for index in order {
      let c = contributions[index]
      guard c > 0 else { continue }
      for (position, bin) in binSets[index].enumerated() {
        var weight: Double
        if let dependence {
          weight = c
          for other in earlier[bin] {
            weight *= 1 - copyWeight * max(baseDependence, dependence(units[index], units[other]))
          }
          earlier[bin].append(index)
        } else {
          weight = c * factor[bin]
          factor[bin] *= residual
        }
        scores[bin] += weight
        if position == 0 { weights[index] = weight }
      }
    }
    let top = scores.max() ?? 0
    let exps = scores.map { exp($0 - top) }
    let total = exps.reduce(0, +)
    return SlotPosterior(
      domain: domain, probabilities: exps.map { $0 / total }, contributions: contributions,
      weights: weights, bayesFactors: factors)
  }

  /// Each unit's log-odds contribution c_u = max(0, ln(1 + h(BF − 1))), its Bayes factor and its
  /// bins: the one place both the posterior and the leave-one-out read them from.
  static func weigh(_ units: [ScoringUnit], _ domain: ValueDomain) -> (
    [Double], [Double], [[Int]]
  ) {
    let n = domain.count
    var contributions = [Double](repeating: 0, count: units.count)
    var factors = [Double](repeating: 0, count: units.count)
    var binSets: [[Int]] = []
    for (index, unit) in units.enumerated() {
      let bins = supportBins(unit, domain)
      binSets.append(bins)
      let k = bins.count
      let r = min(0.98, max(0.02, unit.reliability))
      guard k > 0, k < n else { continue }
      let bayes = (r / (1 - r)) * Double(n - k) / Double(k)
      factors[index] = bayes
      contributions[index] = max(0, log(1 + unit.strength * (bayes - 1)))
    }
    return (contributions, factors, binSets)
  }

  /// Units by weight, then id: the discount order, independent of input order.
  static func rank(_ units: [ScoringUnit], _ contributions: [Double]) -> [Int] {
    units.indices.sorted {
      contributions[$0] != contributions[$1]
        ? contributions[$0] > contributions[$1] : units[$0].id < units[$1].id
    }
  }

  /// The bins a unit adds weight to: its support, or everything outside `hard` when negated.
  static func supportBins(_ unit: ScoringUnit, _ domain: ValueDomain) -> [Int] {
    if unit.negated {
      let ruled = Set(domain.indices(of: unit.hard))
      return domain.bins.indices.filter { !ruled.contains($0) }
    }
    return domain.indices(of: unit.support)
  }

  /// P(Q) with its band: every unit at its low or high reliability, in the direction that lowers
  /// or raises P(Q) (supporting units are those sharing a bin with Q).
  public static func score(
    units: [ScoringUnit], domain: ValueDomain, query: ValueRange,
    dependence: ((ScoringUnit, ScoringUnit) -> Double)? = nil
  ) -> (probability: Double, low: Double, high: Double, posterior: SlotPosterior) {
    let posterior = self.posterior(units: units, domain: domain, dependence: dependence)
    let p = posterior.probability(of: query)
    let queryBins = Set(domain.indices(of: query))
    func shifted(_ raise: Bool) -> Double {
      let moved = units.map { unit -> ScoringUnit in
        var copy = unit
        let supports = !Set(supportBins(unit, domain)).isDisjoint(with: queryBins)
        copy.reliability =
          supports == raise ? unit.reliabilityBand.upperBound : unit.reliabilityBand.lowerBound
        return copy
      }
      return self.posterior(units: moved, domain: domain, dependence: dependence)
        .probability(of: query)
    }
    let low = min(p, shifted(false))
    let high = max(p, shifted(true))
    return (p, max(0, low), min(1, high), posterior)
  }

  /// P_{−u}(I_u) for every unit: what the other units give its support.
  ///
  /// The reliability update needs it. Exact and linear in the slot's size: with the per-value discount a
  /// unit only moves the values it supports, and each value's score without it comes from prefix
  /// and suffix sums of that value's ranked units.
  public static func leaveOneOut(units: [ScoringUnit], domain: ValueDomain) -> [Double] {
    let n = domain.count
    guard units.count > 1, n > 0 else { return units.map { _ in 0 } }
    let (contributions, _, binSets) = weigh(units, domain)
    let order = rank(units, contributions)
    let residual = 1 - copyWeight * baseDependence
    // Per value: its units in rank order, and each unit's position there.
    var lists = [[Int]](repeating: [], count: n)
    // Per unit, aligned with its bins: its position in that value's list (−1 when it adds nothing).
    var positions = binSets.map { [Int](repeating: -1, count: $0.count) }
    for index in order where contributions[index] > 0 {
      for (offset, bin) in binSets[index].enumerated() {
        positions[index][offset] = lists[bin].count
        lists[bin].append(index)
      }
    }
    var scores = [Double](repeating: 0, count: n)
    var prefix = [[Double]](repeating: [], count: n)  // Σ_{i<p} c_i r^i
    var suffix = [[Double]](repeating: [], count: n)  // Σ_{i>p} c_i r^(i−1)
    for bin in 0..<n {
      let list = lists[bin]
      guard !list.isEmpty else { continue }
      var before = [Double](repeating: 0, count: list.count + 1)
      var power = 1.0
      for (position, index) in list.enumerated() {
        before[position + 1] = before[position] + contributions[index] * power
        power *= residual
      }
      var after = [Double](repeating: 0, count: list.count + 1)
      power = pow(residual, Double(max(0, list.count - 2)))
      for position in stride(from: list.count - 1, through: 1, by: -1) {
        after[position - 1] = after[position] + contributions[list[position]] * power
        power /= residual
      }
      prefix[bin] = before
      suffix[bin] = after
      scores[bin] = before[list.count]
    }
    let top = scores.max() ?? 0
    let total = scores.reduce(0.0) { $0 + exp($1 - top) }
    return units.indices.map { index in
      var inside = 0.0
      var insideWithout = 0.0
      for (offset, bin) in binSets[index].enumerated() {
        inside += exp(scores[bin] - top)
        let position = positions[index][offset]
        if position >= 0 {
          let without = prefix[bin][position] + suffix[bin][position]
          insideWithout += exp(without - top)
        } else {
          insideWithout += exp(scores[bin] - top)
        }
      }
      let denominator = total - inside + insideWithout
      return denominator > 0 ? min(1, max(0, insideWithout / denominator)) : 0
    }
  }
}

/// What a slot's posterior needs to answer many queries' bands cheaply: each bin's score with
/// every unit at the low and at the high end of its reliability band, and the units on each bin.
///
/// A query's shifted posterior (supporting units at one end, the rest at the other) equals the
/// all-low or all-high scores on every bin except those shared by a supporting unit and a
/// non-supporting one; only those bins are recomputed. Identical to `SlotScorer.score`'s two
/// extra posteriors, at a cost of O(|D| + the mixed bins' units) per query instead of
/// O(units · bins).
public struct BandBasis: Sendable {
  let domain: ValueDomain
  let units: [ScoringUnit]
  let binSets: [[Int]]
  /// Per bin: the units adding weight to it.
  let lists: [[Int]]
  let lowContributions: [Double]
  let highContributions: [Double]
  let lowScores: [Double]
  let highScores: [Double]

  /// Prepares the bands of `units` over `domain`.
  public init(units: [ScoringUnit], domain: ValueDomain) {
    self.domain = domain
    self.units = units
    func at(_ end: (ScoringUnit) -> Double) -> [ScoringUnit] {
      units.map { unit in
        var copy = unit
        copy.reliability = end(unit)
        return copy
      }
    }
    let (low, _, bins) = SlotScorer.weigh(at { $0.reliabilityBand.lowerBound }, domain)
    let (high, _, _) = SlotScorer.weigh(at { $0.reliabilityBand.upperBound }, domain)
    binSets = bins
    lowContributions = low
    highContributions = high
    var lists = [[Int]](repeating: [], count: domain.count)
    for (index, bins) in bins.enumerated() {
      for bin in bins { lists[bin].append(index) }
    }
    self.lists = lists
    lowScores = Self.scores(lists, low)
    highScores = Self.scores(lists, high)
  }

  /// Each bin's score Σ c_(i) · residual^(i−1) over its units ranked by contribution.
  static func scores(_ lists: [[Int]], _ contributions: [Double]) -> [Double] {
    lists.map { list in binScore(list) { contributions[$0] } }
  }

  static func binScore(_ list: [Int], _ contribution: (Int) -> Double) -> Double {
    let residual = 1 - SlotScorer.copyWeight * SlotScorer.baseDependence
    // Ranked by contribution; units tied on it add the same terms in either order, so the values
    // alone are sorted (the id that breaks ties elsewhere cannot change this sum).
    var ranked: [Double] = []
    ranked.reserveCapacity(list.count)
    for unit in list {
      let c = contribution(unit)
      if c > 0 { ranked.append(c) }
    }
    ranked.sort(by: >)
    var score = 0.0
    var factor = 1.0
    for c in ranked {
      score += c * factor
      factor *= residual
    }
    return score
  }

  /// P(Q) with every supporting unit (one sharing a bin with Q) at the end of its band given by
  /// `raise` and every other unit at the other end.
  public func shifted(_ query: ValueRange, raise: Bool) -> Double {
    let queryBins = domain.indices(of: query)
    guard !queryBins.isEmpty else { return 0 }
    let n = domain.count
    var inQuery = [Bool](repeating: false, count: n)
    for bin in queryBins { inQuery[bin] = true }
    var supports = [Bool](repeating: false, count: units.count)
    for bin in queryBins { for index in lists[bin] { supports[index] = true } }
    let (own, other) = raise ? (highScores, lowScores) : (lowScores, highScores)
    var scores = other
    for bin in queryBins { scores[bin] = own[bin] }
    var mixed = [Bool](repeating: false, count: n)
    for bin in queryBins {
      for index in lists[bin] {
        for shared in binSets[index] where !inQuery[shared] && !mixed[shared] {
          mixed[shared] = true
          scores[shared] = Self.binScore(lists[shared]) { unit in
            supports[unit] == raise ? highContributions[unit] : lowContributions[unit]
          }
        }
      }
    }
    // The same operations in the same order as `SlotPosterior`: bit-identical results.
    let top = scores.max() ?? 0
    let weights = scores.map { exp($0 - top) }
    let total = weights.reduce(0, +)
    let inside = queryBins.reduce(0.0) { $0 + weights[$1] / total }
    return min(1, max(0, inside))
  }
}
