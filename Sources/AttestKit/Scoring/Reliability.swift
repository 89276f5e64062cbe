import Foundation

/// A reliability as a Beta posterior: prior pseudo-counts plus evidence.
public struct Reliability: Hashable, Sendable, Codable {
  /// Prior mean.
  public var prior: Double
  /// Where the prior came from ("domain_pc1 npr.org 0.931", "government on its own casualties").
  public var source: String
  /// Evidence for (sum of P_{−u}).
  public var agree: Double
  /// Evidence against.
  public var disagree: Double

  /// Prior strength a0 + b0.
  public static let priorStrength = 10.0

  /// Creates a reliability with no evidence yet.
  public init(prior: Double, source: String) {
    self.prior = prior
    self.source = source
    agree = 0
    disagree = 0
  }

  /// Beta α.
  public var alpha: Double { prior * Self.priorStrength + agree }
  /// Beta β.
  public var beta: Double { (1 - prior) * Self.priorStrength + disagree }

  /// The posterior mean, clipped to [0.02, 0.98].
  public var mean: Double { min(0.98, max(0.02, alpha / (alpha + beta))) }

  /// The 5th–95th percentile band, μ ± 1.645σ, clipped.
  public var band: ClosedRange<Double> {
    let total = alpha + beta
    let sigma = (alpha * beta / (total * total * (total + 1))).squareRoot()
    let low = min(0.98, max(0.02, mean - 1.645 * sigma))
    let high = min(0.98, max(0.02, mean + 1.645 * sigma))
    return min(low, mean)...max(high, mean)
  }
}

/// Prior reliabilities: outlets from `Data/outlets.csv` (domain quality ratings), origins from the
/// `origins` section of `Data/lexicon/claims.json`.
public struct ReliabilityPriors: Sendable {
  struct OriginsDocument: Decodable {
    struct Kind: Decodable {
      var kind: String
      var prior: Double
      var words: [String]
    }
    var kinds: [Kind]
    var headOfStateRoles: [String]
    var headOfStatePrior: Double
    var headOfStateOwnPrior: Double
    var expertRoles: [String]
    var expertPrior: Double
    var personPrior: Double
    var anonymousPrior: Double
    var adversaryFamilies: [String]
  }

  private struct ClaimsDocument: Decodable {
    var origins: OriginsDocument?
  }

  /// Prior mean of an outlet whose domain is not rated.
  public static let unknownOutletPrior = 0.60
  private let pc1: [String: Double]
  private let registry: OutletRegistry
  let origins: OriginsDocument
  /// Country adjectives, to fold "Kazakh state media" and "Kazakh Health Ministry" into one
  /// government family.
  private let adjectives: Set<String>

  /// Loads the priors of `data`.
  ///
  /// - Throws: `DataError` when a file is malformed.
  public init(data: AttestData) throws {
    var pc1: [String: Double] = [:]
    if let csv = data.documents["outlets.csv"] {
      let text = String(decoding: csv, as: UTF8.self)
      for (number, line) in text.split(separator: "\n").enumerated() where number > 0 {
        let fields = line.split(separator: ",")
        guard fields.count >= 2, let value = Double(fields[1]) else {
          throw DataError.malformed("outlets.csv", "line \(number + 1) is not domain,pc1,prior")
        }
        pc1[String(fields[0])] = value
      }
    }
    self.pc1 = pc1
    registry = data.outlets
    origins =
      try data.decode(ClaimsDocument.self, "lexicon/claims.json")?.origins
      ?? OriginsDocument(
        kinds: [], headOfStateRoles: [], headOfStatePrior: 0.3, headOfStateOwnPrior: 0.65,
        expertRoles: [], expertPrior: 0.8, personPrior: 0.65, anonymousPrior: 0.5,
        adversaryFamilies: [])
    let lexicon = try MentionLexicon(data: data)
    adjectives = Set(lexicon.countries.values.map(\.adjective))
  }

  /// The prior of an outlet: its rated domain (from the registry or its URL), else 0.60.
  public func outlet(_ name: String, url: String?) -> Reliability {
    var hosts: [String] = []
    if let url, let host = URL(string: url)?.host ?? URL(string: "https://" + url)?.host {
      hosts.append(host.lowercased())
    }
    for entry in registry.entries where entry.name == name { hosts += entry.domains }
    if name.contains("."), !name.contains(" ") { hosts.append(name.lowercased()) }
    for host in hosts {
      var labels = host.split(separator: ".").map(String.init)
      if labels.first == "www" { labels.removeFirst() }
      while labels.count >= 2 {
        let domain = labels.joined(separator: ".")
        if let value = pc1[domain] {
          return Reliability(
            prior: 0.55 + 0.40 * value,
            source: "domain quality pc1 \(domain) \(JSONLines.number(value))")
        }
        labels.removeFirst()
      }
    }
    return Reliability(prior: Self.unknownOutletPrior, source: "unrated outlet")
  }

  /// The family an origin belongs to: "Kazakh state media" and "Kazakh authorities" are both the
  /// Kazakh government; anything else is itself.
  public func family(of origin: String) -> String {
    let words = origin.split(separator: " ").map(String.init)
    guard let first = words.first, adjectives.contains(first), words.count > 1 else {
      return origin
    }
    let rest = words.dropFirst().joined(separator: " ").lowercased()
    for kind in origins.kinds where kind.kind == "government" || kind.kind == "ministry" {
      if kind.words.contains(where: { rest.contains($0) }) { return first + " government" }
    }
    return origin
  }

  /// The prior of an origin: by what it is (ministry, government, head of state on adversaries,
  /// expert, unnamed), given the roles the corpus gives it and the claim key.
  public func origin(_ origin: String, roles: [String], key: String) -> Reliability {
    if origin == "unknown" {
      return Reliability(prior: origins.anonymousPrior, source: "unnamed source")
    }
    let lower = origin.lowercased()
    for kind in origins.kinds where kind.words.contains(where: { lower.contains($0) }) {
      return Reliability(prior: kind.prior, source: kind.kind)
    }
    let roleText = roles.joined(separator: " ").lowercased()
    if origins.headOfStateRoles.contains(where: { roleText.contains($0) }) {
      if origins.adversaryFamilies.contains(where: { key.hasPrefix($0) || key.hasSuffix($0) }) {
        return Reliability(prior: origins.headOfStatePrior, source: "head of state on adversaries")
      }
      return Reliability(prior: origins.headOfStateOwnPrior, source: "head of state")
    }
    if origins.expertRoles.contains(where: { roleText.contains($0) }) {
      return Reliability(prior: origins.expertPrior, source: "named expert")
    }
    return Reliability(prior: origins.personPrior, source: "named source")
  }
}
