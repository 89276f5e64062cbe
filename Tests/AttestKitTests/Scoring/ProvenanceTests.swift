import AttestKit
import Testing

/// Copy detection on many articles equals the design note's definition applied pair by pair.
@Suite struct ProvenanceTests {
  static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13]

  /// The design note §2, comparing every pair: exact duplicates, then every pair sharing one of
  /// 32 bands of 4 minima confirmed by Jaccard ≥ 0.5 or containment ≥ 0.6, then declared
  /// syndication.
  static func reference(_ inputs: [Provenance.Input]) -> [(
    group: Int, reasons: [Provenance.Reason]
  )] {
    var parent = Array(inputs.indices)
    var reasons = [[Provenance.Reason]](repeating: [], count: inputs.count)
    func find(_ index: Int) -> Int {
      parent[index] == index ? index : find(parent[index])
    }
    func union(_ a: Int, _ b: Int, _ reason: Provenance.Reason) {
      if !reasons[a].contains(reason) { reasons[a].append(reason) }
      if !reasons[b].contains(reason) { reasons[b].append(reason) }
      let (ra, rb) = (find(a), find(b))
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    let prints = inputs.map(\.fingerprint)
    var byHash: [UInt64: Int] = [:]
    for (index, print) in prints.enumerated() where print.shingleCount > 0 {
      if let first = byHash[print.hash] {
        union(first, index, .exactDuplicate)
      } else {
        byHash[print.hash] = index
      }
    }
    let bands = prints.map { print in
      (0..<32).map { band in
        var key = UInt64(band) &* 0x100_0000_01B3
        for row in 0..<4 { key = SplitMix64.mix(key ^ UInt64(print.signature[band * 4 + row])) }
        return key
      }
    }
    for a in prints.indices where prints[a].shingleCount > 0 {
      for b in prints.indices where b > a && prints[b].shingleCount > 0 {
        guard zip(bands[a], bands[b]).contains(where: { $0 == $1 }) else { continue }
        let (jaccard, containment) = prints[a].overlap(with: prints[b])
        if jaccard >= 0.5 || containment >= 0.6 { union(a, b, .nearDuplicate) }
      }
    }
    for (index, input) in inputs.enumerated() {
      guard let credit = input.credit, credit != input.outlet else { continue }
      for other in inputs.indices
      where other != index && (inputs[other].outlet == credit || inputs[other].credit == credit) {
        let (jaccard, containment) = prints[index].overlap(with: prints[other])
        if jaccard >= 0.2 || containment >= 0.3 { union(index, other, .syndication) }
      }
    }
    return inputs.indices.map { (find($0), reasons[$0]) }
  }

  /// Articles rewritten from a few stories that share a boilerplate paragraph: every rate of
  /// rewording from none (copies) to most words, cuts (one body inside another), bodies too short
  /// to shingle, and credit lines naming another outlet.
  static func corpus(seed: UInt64, count: Int) -> [Provenance.Input] {
    var generator = SplitMix64(seed: seed)
    let boilerplate = (0..<40).map { "common\($0)" }
    let stories = (0..<5).map { story in (0..<80).map { "story\(story)word\($0)" } + boilerplate }
    let outlets = ["North Post", "South Wire", "East Daily", "West Herald"]
    return (0..<count).map { _ in
      var words = stories[Int.random(in: 0..<stories.count, using: &generator)]
      let rate = [0, 0.02, 0.1, 0.2, 0.3, 0.5][Int.random(in: 0..<6, using: &generator)]
      for index in words.indices where Double.random(in: 0..<1, using: &generator) < rate {
        words[index] = "new\(Int.random(in: 0..<1_000_000, using: &generator))"
      }
      switch Int.random(in: 0..<8, using: &generator) {
      case 0: words = Array(words.prefix(Int.random(in: 0..<6, using: &generator)))
      case 1, 2: words = Array(words.prefix(Int.random(in: 30...words.count, using: &generator)))
      default: break
      }
      let outlet = outlets[Int.random(in: 0..<outlets.count, using: &generator)]
      let credit =
        Int.random(in: 0..<5, using: &generator) == 0
        ? outlets[Int.random(in: 0..<outlets.count, using: &generator)] : nil
      return Provenance.Input(
        outlet: outlet, credit: credit, fingerprint: Provenance.Fingerprint(words: words))
    }
  }

  @Test("Groups and reasons equal comparing every pair", arguments: seeds)
  func groupsEqualEveryPairCompared(seed: UInt64) {
    let inputs = Self.corpus(seed: seed, count: 160)
    let expected = Self.reference(inputs)
    let found = Provenance.groups(inputs)
    #expect(found.map(\.group) == expected.map(\.group))
    #expect(found.map(\.reasons) == expected.map(\.reasons))
    // The corpus exercises every rule and leaves articles apart.
    let reasons = expected.flatMap(\.reasons)
    #expect(reasons.contains(.exactDuplicate))
    #expect(reasons.contains(.nearDuplicate))
    #expect(reasons.contains(.syndication))
    #expect(Set(expected.map(\.group)).count > 10)
  }
}
