import Foundation

/// Groups articles that are copies or rewrites of one story.
///
/// Design note §2: declared syndication credits, exact duplicates (64-bit FNV-1a of the normalised body), and near-duplicates (word
/// 5-gram shingles, MinHash 128 × 32-bit, LSH 32 bands × 4 rows, confirmed by Jaccard ≥ 0.5 or
/// containment ≥ 0.6). Hashes are explicit, so groups are the same on every run and machine.
public enum Provenance {
  /// What copy detection keeps of an article's body: an exact hash, the number of distinct
  /// shingles and a MinHash signature (stored in the workspace, so batch and stored runs agree).
  public struct Fingerprint: Hashable, Sendable {
    /// FNV-1a of the body's words.
    public var hash: UInt64
    /// Distinct word 5-grams.
    public var shingleCount: Int
    /// 128 minima.
    public var signature: [UInt32]

    /// The fingerprint of a body's words.
    public init(words: [String]) {
      let shingles = Provenance.shingles(words)
      hash = words.isEmpty ? 0 : Provenance.hash(words[...])
      shingleCount = shingles.count
      signature = Provenance.signature(shingles)
    }

    /// A fingerprint from stored parts.
    public init(hash: UInt64, shingleCount: Int, signature: [UInt32]) {
      self.hash = hash
      self.shingleCount = shingleCount
      self.signature = signature
    }

    /// The bytes stored in the workspace: hash, count, signature, little-endian.
    public var bytes: [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(12 + 4 * signature.count)
      for shift in stride(from: 0, to: 64, by: 8) {
        out.append(UInt8(truncatingIfNeeded: hash >> shift))
      }
      let count = UInt32(clamping: shingleCount)
      for shift in stride(from: 0, to: 32, by: 8) {
        out.append(UInt8(truncatingIfNeeded: count >> shift))
      }
      for value in signature {
        for shift in stride(from: 0, to: 32, by: 8) {
          out.append(UInt8(truncatingIfNeeded: value >> shift))
        }
      }
      return out
    }

    /// Reads stored bytes; `nil` when they are not a fingerprint.
    public init?(bytes: [UInt8]) {
      guard bytes.count == 12 + 4 * Provenance.signatureLength else { return nil }
      var hash: UInt64 = 0
      for index in 0..<8 { hash |= UInt64(bytes[index]) << (8 * UInt64(index)) }
      var count: UInt32 = 0
      for index in 0..<4 { count |= UInt32(bytes[8 + index]) << (8 * UInt32(index)) }
      var signature: [UInt32] = []
      for item in 0..<Provenance.signatureLength {
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[12 + 4 * item + index]) << (8 * UInt32(index)) }
        signature.append(value)
      }
      self.init(hash: hash, shingleCount: Int(count), signature: signature)
    }

    /// Estimated Jaccard similarity and containment of two bodies.
    public func overlap(with other: Fingerprint) -> (jaccard: Double, containment: Double) {
      var same = 0
      for (a, b) in zip(signature, other.signature) where a == b { same += 1 }
      return Provenance.overlap(
        same: same, of: signature.count, counts: (shingleCount, other.shingleCount),
        identical: hash == other.hash)
    }
  }

  /// What provenance needs of an article.
  public struct Input: Hashable, Sendable {
    /// The publisher.
    public var outlet: String
    /// The outlet a credit line names as the original publisher, if it differs.
    public var credit: String?
    /// The body's fingerprint.
    public var fingerprint: Fingerprint

    /// Creates an input.
    public init(outlet: String, credit: String?, fingerprint: Fingerprint) {
      self.outlet = outlet
      self.credit = credit
      self.fingerprint = fingerprint
    }
  }

  /// Why two articles share a group.
  public enum Reason: String, Hashable, Sendable, Codable {
    /// A credit line names the other's publisher.
    case syndication
    /// The same normalised body.
    case exactDuplicate
    /// Shingle overlap above the thresholds.
    case nearDuplicate
  }

  /// Hash functions of the MinHash signature.
  public static let signatureLength = 128
  static let bands = 32
  static let rows = 4

  /// The FNV-1a hash of a word sequence, words separated by a space.
  static func hash(_ words: ArraySlice<String>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    var first = true
    for word in words {
      if !first {
        value ^= 0x20
        value = value &* 0x0000_0100_0000_01B3
      }
      first = false
      for byte in word.utf8 {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
      }
    }
    return value
  }

  /// The article's shingles: hashes of every word 5-gram, sorted and unique.
  public static func shingles(_ words: [String]) -> [UInt64] {
    guard words.count >= 5 else { return words.isEmpty ? [] : [hash(words[...])] }
    var values = Set<UInt64>()
    for start in 0...(words.count - 5) { values.insert(hash(words[start..<(start + 5)])) }
    return values.sorted()
  }

  /// Multiply-add constants of the signature's hash functions, from a fixed SplitMix64 seed.
  private static let coefficients: [(UInt64, UInt64)] = {
    var generator = SplitMix64(seed: 0x4154_5445_5354)  // "ATTEST"
    return (0..<signatureLength).map { _ in (generator.next() | 1, generator.next()) }
  }()

  /// A 128 × 32-bit MinHash signature of shingles: h_i(x) = high 32 bits of a_i·x + b_i.
  public static func signature(_ shingles: [UInt64]) -> [UInt32] {
    var signature = [UInt32](repeating: .max, count: signatureLength)
    let coefficients = Self.coefficients
    for shingle in shingles {
      for index in 0..<signatureLength {
        let (a, b) = coefficients[index]
        let value = UInt32(truncatingIfNeeded: (a &* shingle &+ b) >> 32)
        if value < signature[index] { signature[index] = value }
      }
    }
    return signature
  }

  /// The group of each article: the index of the earliest article it is a copy of (itself when
  /// none), and the reasons that joined it.
  public static func groups(_ inputs: [Input]) -> [(group: Int, reasons: [Reason])] {
    // A union-find forest and each article's reasons, changed only through static functions
    // (no closure captures them, so no access to them is checked at run time).
    var parent = Array(inputs.indices)
    var reasons = [[Reason]](repeating: [], count: inputs.count)
    let prints = inputs.map(\.fingerprint)
    // Exact duplicates.
    var byHash: [UInt64: Int] = [:]
    for (index, print) in prints.enumerated() where print.shingleCount > 0 {
      if let first = byHash[print.hash] {
        join(first, index, .exactDuplicate, &parent, &reasons)
      } else {
        byHash[print.hash] = index
      }
    }
    // Near duplicates through LSH bands, confirmed on the signatures' estimate. Every pair
    // sharing a band is a candidate; the confirmed ones are joined, and each article of one is
    // marked a near duplicate, whatever order the pairs are met in.
    let table = SignatureTable(prints)
    for (a, b) in PhaseClock.time("copies: near duplicates", { nearDuplicatePairs(table) }) {
      join(a, b, .nearDuplicate, &parent, &reasons)
    }
    // Declared syndication: a carrier joins the credited publisher's article that shares text.
    var byOutlet: [String: [Int]] = [:]
    for (index, input) in inputs.enumerated() {
      byOutlet[input.outlet, default: []].append(index)
      if let credit = input.credit { byOutlet[credit, default: []].append(index) }
    }
    let carriers = inputs.indices.filter { index in
      inputs[index].credit.map { $0 != inputs[index].outlet } ?? false
    }
    // A carrier's matches as one bit per article of the credited outlet (a templated corpus
    // gives a carrier thousands of matches), joined in order; each article is marked once.
    let found = ResultSlots<[UInt64]>(count: carriers.count)
    let outletArticles = byOutlet
    PhaseClock.time("copies: syndication") {
      DispatchQueue.concurrentPerform(iterations: carriers.count) { position in
        let index = carriers[position]
        let others = outletArticles[inputs[index].credit ?? ""] ?? []
        found.set(position, table.matches(index, among: others, threshold: syndicationThreshold))
      }
    }
    var syndicated = [Bool](repeating: false, count: inputs.count)
    for (position, index) in carriers.enumerated() {
      let others = byOutlet[inputs[index].credit ?? ""] ?? []
      for (word, bits) in (found.take(position) ?? []).enumerated() {
        var rest = bits
        while rest != 0 {
          let other = others[word * 64 + rest.trailingZeroBitCount]
          rest &= rest - 1
          if !syndicated[index] {
            syndicated[index] = true
            reasons[index].append(.syndication)
          }
          if !syndicated[other] {
            syndicated[other] = true
            reasons[other].append(.syndication)
          }
          link(index, other, &parent)
        }
      }
    }
    return inputs.indices.map { (root($0, &parent), reasons[$0]) }
  }

  /// Joins the groups of `a` and `b` under the smaller root and marks both with `reason`.
  static func join(
    _ a: Int, _ b: Int, _ reason: Reason, _ parent: inout [Int], _ reasons: inout [[Reason]]
  ) {
    if !reasons[a].contains(reason) { reasons[a].append(reason) }
    if !reasons[b].contains(reason) { reasons[b].append(reason) }
    link(a, b, &parent)
  }

  /// Joins the groups of `a` and `b` under the smaller root.
  static func link(_ a: Int, _ b: Int, _ parent: inout [Int]) {
    let (ra, rb) = (root(a, &parent), root(b, &parent))
    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
  }

  /// The confirmed near-duplicate pairs among articles sharing an LSH band: enough to join
  /// every group and mark every article that has one (a pair adding neither is left out).
  static func nearDuplicatePairs(_ table: SignatureTable) -> [(Int, Int)] {
    var entries: [(key: UInt64, index: Int)] = []
    entries.reserveCapacity(table.counts.count * bands)
    for index in table.counts.indices where table.counts[index] > 0 {
      for band in 0..<bands {
        var key = UInt64(band) &* 0x100_0000_01B3
        for row in 0..<rows {
          key = SplitMix64.mix(
            key ^ UInt64(table.minima[index * signatureLength + band * rows + row]))
        }
        entries.append((key, index))
      }
    }
    entries.sort { ($0.key, $0.index) < ($1.key, $1.index) }
    var buckets: [[Int]] = []
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count && entries[end].key == entries[start].key { end += 1 }
      if end - start > 1 { buckets.append(entries[start..<end].map(\.index)) }
      start = end
    }
    let found = ResultSlots<[(Int, Int)]>(count: buckets.count)
    let members = buckets
    DispatchQueue.concurrentPerform(iterations: members.count) { position in
      found.set(position, table.confirmedPairs(members[position]))
    }
    return members.indices.flatMap { found.take($0) ?? [] }
  }

  /// The estimates a pair must reach to be near duplicates (either one).
  static let nearDuplicateThreshold = (jaccard: 0.5, containment: 0.6)
  /// The estimates a carrier must reach with the credited publisher's article.
  static let syndicationThreshold = (jaccard: 0.2, containment: 0.3)

  /// Signatures laid out for comparing many pairs: every minimum, and its low byte, one
  /// signature after another.
  ///
  /// A pair is compared on the low bytes first (16 at a time): the places where they agree bound
  /// the places where the minima agree, and both estimates grow with that number, so a pair the
  /// bound rejects needs nothing more. Templated copy, where every article shares a band with
  /// thousands of others, costs a few nanoseconds a pair.
  struct SignatureTable: Sendable {
    /// Every signature's minima (zero for an article with no shingles).
    var minima: [UInt32]
    /// The low byte of every minimum.
    var low: [UInt8]
    /// Distinct shingles of each article (0: never a copy).
    var counts: [Int]
    /// Each article's exact hash.
    var hashes: [UInt64]

    init(_ prints: [Fingerprint]) {
      minima = [UInt32](repeating: 0, count: prints.count * signatureLength)
      low = [UInt8](repeating: 0, count: prints.count * signatureLength)
      counts = prints.map { $0.signature.count == signatureLength ? $0.shingleCount : 0 }
      hashes = prints.map(\.hash)
      for (index, print) in prints.enumerated() where counts[index] > 0 {
        for row in 0..<signatureLength {
          minima[index * signatureLength + row] = print.signature[row]
          low[index * signatureLength + row] = UInt8(truncatingIfNeeded: print.signature[row])
        }
      }
    }

    /// Whether articles `a` and `b` reach `threshold`, bounding their agreement on the low
    /// bytes first when `bounded` (worth it where most pairs fall far short).
    func reach(
      _ a: Int, _ b: Int, _ threshold: (jaccard: Double, containment: Double), bounded: Bool,
      low: UnsafeRawBufferPointer, minima: UnsafeRawBufferPointer
    ) -> Bool {
      let counts = (self.counts[a], self.counts[b])
      guard counts.0 > 0, counts.1 > 0 else { return false }
      let identical = hashes[a] == hashes[b]
      func reached(_ same: Int) -> Bool {
        let (jaccard, containment) = overlap(
          same: same, of: signatureLength, counts: counts, identical: identical)
        return jaccard >= threshold.jaccard || containment >= threshold.containment
      }
      if bounded {
        let (rowA, rowB) = (a * signatureLength, b * signatureLength)
        var agree = SIMD16<UInt8>()
        for offset in stride(from: 0, to: signatureLength, by: 16) {
          let x = low.loadUnaligned(fromByteOffset: rowA + offset, as: SIMD16<UInt8>.self)
          let y = low.loadUnaligned(fromByteOffset: rowB + offset, as: SIMD16<UInt8>.self)
          agree &+= SIMD16<UInt8>(repeating: 1).replacing(with: 0, where: x .!= y)
        }
        guard reached(Int(agree.wrappedSum())) else { return false }
      }
      let (rowA, rowB) = (4 * a * signatureLength, 4 * b * signatureLength)
      var agree = SIMD4<UInt32>()
      for offset in stride(from: 0, to: 4 * signatureLength, by: 16) {
        let x = minima.loadUnaligned(fromByteOffset: rowA + offset, as: SIMD4<UInt32>.self)
        let y = minima.loadUnaligned(fromByteOffset: rowB + offset, as: SIMD4<UInt32>.self)
        agree &+= SIMD4<UInt32>(repeating: 1).replacing(with: 0, where: x .!= y)
      }
      return reached(Int(agree.wrappedSum()))
    }

    /// Which articles of `others` other than `index` it reaches `threshold` with: bit `i % 64`
    /// of word `i / 64` for `others[i]`.
    func matches(
      _ index: Int, among others: [Int], threshold: (jaccard: Double, containment: Double)
    ) -> [UInt64] {
      var bits = [UInt64](repeating: 0, count: (others.count + 63) / 64)
      low.withUnsafeBytes { low in
        minima.withUnsafeBytes { minima in
          for (position, other) in others.enumerated()
          where other != index
            && reach(index, other, threshold, bounded: false, low: low, minima: minima)
          {
            bits[position / 64] |= 1 << UInt64(position % 64)
          }
        }
      }
      return bits
    }

    /// The confirmed near-duplicate pairs of one bucket (`members` in article order), leaving
    /// out a pair already joined through earlier pairs of the bucket (both of its articles are
    /// then marked near duplicates already, and their group is the same).
    func confirmedPairs(_ members: [Int]) -> [(Int, Int)] {
      var parent = Array(members.indices)
      var pairs: [(Int, Int)] = []
      low.withUnsafeBytes { low in
        minima.withUnsafeBytes { minima in
          for i in members.indices.dropFirst() {
            for j in 0..<i where members[j] != members[i] {
              if root(i, &parent) == root(j, &parent) { continue }
              guard
                reach(
                  members[j], members[i], nearDuplicateThreshold, bounded: true, low: low,
                  minima: minima)
              else { continue }
              pairs.append((members[j], members[i]))
              link(i, j, &parent)
            }
          }
        }
      }
      return pairs
    }
  }

  /// The root of `index` in a union-find forest, compressing the path.
  static func root(_ index: Int, _ parent: inout [Int]) -> Int {
    var root = index
    while parent[root] != root { root = parent[root] }
    var node = index
    while parent[node] != root {
      let next = parent[node]
      parent[node] = root
      node = next
    }
    return root
  }

  /// Estimated Jaccard similarity and containment of two bodies with `counts` distinct
  /// shingles whose signatures of `length` minima agree in `same` places (both grow with `same`).
  static func overlap(same: Int, of length: Int, counts: (Int, Int), identical: Bool)
    -> (jaccard: Double, containment: Double)
  {
    guard counts.0 > 0, counts.1 > 0 else { return (0, 0) }
    if identical { return (1, 1) }
    let jaccard = Double(same) / Double(length)
    let union = Double(counts.0 + counts.1) / (1 + jaccard)
    let shared = jaccard * union
    return (jaccard, min(1, shared / Double(min(counts.0, counts.1))))
  }

  /// Jaccard similarity and containment (of the smaller in the larger) of two sorted sets.
  public static func overlap(_ a: [UInt64], _ b: [UInt64]) -> (Double, Double) {
    guard !a.isEmpty, !b.isEmpty else { return (0, 0) }
    var (i, j, shared) = (0, 0, 0)
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let union = a.count + b.count - shared
    return (Double(shared) / Double(union), Double(shared) / Double(min(a.count, b.count)))
  }
}

/// SplitMix64: the seeded generator of the property tests and the mixer of MinHash.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state = state &+ 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser.
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
