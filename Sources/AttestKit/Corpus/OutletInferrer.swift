import Foundation

/// Infers an article's outlet from its text when the input names none: a transcript credit, a
/// wire dateline, a copyright line, then the URL's host.
///
/// Photo credits ("/Reuters/Jane Doe") name who took a picture, not who published the article,
/// so they are never evidence.
public struct OutletInferrer: Sendable {
  /// Known outlets, to canonicalise names and map domains.
  public let registry: OutletRegistry

  /// Creates an inferrer.
  public init(registry: OutletRegistry) {
    self.registry = registry
  }

  /// The outlet and the evidence for it, or `nil`.
  public func outlet(in text: [UInt8], layout: TextLayout, url: String?) -> (String, String)? {
    // Credit and copyright lines are page furniture; datelines open the first paragraphs.
    let furniture = layout.paragraphs.filter { $0.kind == .furniture }.map {
      String(decoding: text[$0.range], as: UTF8.self)
    }
    let opening = layout.paragraphs.filter { $0.kind == .body }.prefix(6).map {
      String(decoding: text[$0.range.prefix(200)], as: UTF8.self)
    }
    for line in furniture {
      if let name = after("transcript provided by ", in: line) {
        return (registry.canonicalName(name), "credit line 'Transcript provided by \(name)'")
      }
    }
    for line in opening {
      if let name = dateline(line) {
        return (registry.canonicalName(name), "dateline '(\(name))'")
      }
    }
    for line in furniture {
      if let name = copyrightHolder(line) {
        return (registry.canonicalName(name), "copyright line '\(line.prefix(60))'")
      }
    }
    if let url, let host = URL(string: url)?.host ?? URL(string: "https://" + url)?.host {
      if let name = registry.outlet(forHost: host) {
        return (name, "URL host \(host)")
      }
      let bare = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
      return (bare, "URL host \(host)")
    }
    return nil
  }

  /// The publisher a credit line or wire dateline names ("Transcript provided by NPR",
  /// "ALMATY, Jan 6 (Reuters) -"), canonicalised: declared syndication when it differs from the
  /// article's own outlet.
  public func credit(in text: [UInt8], layout: TextLayout) -> String? {
    let marker = Array("rovided by".utf8)
    for paragraph in layout.paragraphs where paragraph.kind == .furniture {
      // A byte search first: most furniture lines hold no credit.
      guard text[paragraph.range].firstRange(of: marker) != nil else { continue }
      let line = String(decoding: text[paragraph.range], as: UTF8.self)
      if let name = after("transcript provided by ", in: line) {
        return registry.canonicalName(name)
      }
    }
    for paragraph in layout.paragraphs.filter({ $0.kind == .body }).prefix(6) {
      let line = String(decoding: text[paragraph.range.prefix(200)], as: UTF8.self)
      if let name = dateline(line) { return registry.canonicalName(name) }
    }
    return nil
  }

  private func after(_ marker: String, in line: String) -> String? {
    guard let range = line.range(of: marker, options: .caseInsensitive) else { return nil }
    return cleanName(line[range.upperBound...])
  }

  /// `CITY, Jan 6 (Outlet) -` or `(Outlet) —` near the start of a paragraph.
  private func dateline(_ line: String) -> String? {
    guard let open = line.prefix(80).firstIndex(of: "("),
      let close = line[open...].firstIndex(of: ")")
    else { return nil }
    let rest = line[line.index(after: close)...].drop(while: { $0 == " " })
    guard let dash = rest.first, "-–—".contains(dash) else { return nil }
    let name = String(line[line.index(after: open)..<close])
    let words = name.split(separator: " ")
    guard !words.isEmpty, words.count <= 4,
      words.allSatisfy({ $0.first?.isUppercase == true })
    else { return nil }
    return name
  }

  private func copyrightHolder(_ line: String) -> String? {
    guard line.count < 160 else { return nil }
    let lowered = line.lowercased()
    guard lowered.hasPrefix("©") || lowered.hasPrefix("copyright") || lowered.hasPrefix("(c)")
    else { return nil }
    var rest = Substring(line)
    for prefix in ["©", "Copyright", "COPYRIGHT", "copyright", "(c)", "(C)"]
    where rest.hasPrefix(prefix) {
      rest = rest.dropFirst(prefix.count)
    }
    rest = rest.drop(while: { $0 == " " || $0 == "©" || $0.isNumber || $0 == "-" || $0 == "," })
    return cleanName(rest)
  }

  private func cleanName(_ text: Substring) -> String? {
    var name = text
    for stop in [",", ".", ";", "|", "(", " All rights", " all rights"] {
      if let cut = name.range(of: stop) { name = name[..<cut.lowerBound] }
    }
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
    return trimmed
  }
}
