/// A known outlet, from `Data/outlets.json`.
public struct OutletEntry: Hashable, Sendable, Codable {
  /// The outlet's canonical name.
  public var name: String
  /// Web domains it publishes on (`npr.org`).
  public var domains: [String]
  /// Other names it goes by (`National Public Radio`).
  public var aliases: [String]
  /// Country of the publisher, when known.
  public var country: String?

  /// Creates an entry.
  public init(name: String, domains: [String] = [], aliases: [String] = [], country: String? = nil)
  {
    self.name = name
    self.domains = domains
    self.aliases = aliases
    self.country = country
  }

  private enum CodingKeys: String, CodingKey { case name, domains, aliases, country }

  /// Decodes an entry; `domains` and `aliases` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    domains = try container.decodeIfPresent([String].self, forKey: .domains) ?? []
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    country = try container.decodeIfPresent(String.self, forKey: .country)
  }
}

/// The outlets Attest knows by name and domain.
///
/// Knowing an outlet is never required.
public struct OutletRegistry: Hashable, Sendable {
  /// Every entry.
  public let entries: [OutletEntry]
  private let byDomain: [String: String]
  private let byName: [String: String]

  /// Creates a registry.
  public init(entries: [OutletEntry]) {
    self.entries = entries
    var byDomain: [String: String] = [:]
    var byName: [String: String] = [:]
    for entry in entries {
      for domain in entry.domains { byDomain[domain.lowercased()] = entry.name }
      for name in [entry.name] + entry.aliases { byName[name.lowercased()] = entry.name }
    }
    self.byDomain = byDomain
    self.byName = byName
  }

  /// An empty registry.
  public static let empty = OutletRegistry(entries: [])

  /// The canonical name for a printed outlet name, or the name itself.
  public func canonicalName(_ name: String) -> String {
    byName[name.lowercased()] ?? name
  }

  /// Whether the registry knows this printed name.
  public func knows(_ name: String) -> Bool { byName[name.lowercased()] != nil }

  /// The outlet publishing at a host (`www.npr.org` and `text.npr.org` both give NPR).
  public func outlet(forHost host: String) -> String? {
    var parts = host.lowercased().split(separator: ".")
    while parts.count >= 2 {
      if let name = byDomain[parts.joined(separator: ".")] { return name }
      parts.removeFirst()
    }
    return nil
  }
}
