import Foundation

/// The people of `Data/speakers.json`: canonical names, aliases, gender and roles with dates.
///
/// The registry merges variants and resolves roles a text never names; it is never required.
public struct SpeakerRegistry: Sendable {
  /// One known person.
  public struct Person: Hashable, Sendable, Decodable {
    /// A role held between two dates (inclusive; `nil` is open).
    public struct Role: Hashable, Sendable, Decodable {
      /// The title as usually printed.
      public var title: String
      /// The organisation or country.
      public var organisation: String?
      /// First day, `YYYY-MM-DD`.
      public var from: String?
      /// Last day, `YYYY-MM-DD`.
      public var to: String?
    }

    /// The canonical full name.
    public var name: String
    /// Other forms.
    public var aliases: [String]
    /// `male`, `female` or `nil`.
    public var gender: String?
    /// Roles held.
    public var roles: [Role]
  }

  /// Every person.
  public let people: [Person]
  private let byKey: [String: Person]

  /// Creates a registry from people.
  public init(people: [Person]) {
    self.people = people
    var byKey: [String: Person] = [:]
    for person in people {
      for form in [person.name] + person.aliases { byKey[Self.key(form)] = person }
    }
    self.byKey = byKey
  }

  /// Loads `speakers.json` from `data`; empty when it is absent.
  public init(data: AttestData) throws {
    self.init(people: try data.decode([Person].self, "speakers.json") ?? [])
  }

  /// The person a printed name or alias refers to.
  public func person(named name: String) -> Person? { byKey[Self.key(name)] }

  /// The person who held a role of `group` (from the title) at `organisation` on `date`.
  func holder(ofRole group: String, organisation: String?, on date: String?) -> Person? {
    let matches = people.filter { person in
      person.roles.contains { role in
        role.title.lowercased().contains(group)
          && (organisation == nil || role.organisation == organisation)
          && (date == nil
            || ((role.from ?? "0000") <= (date ?? "") && (date ?? "") <= (role.to ?? "9999")))
      }
    }
    return matches.count == 1 ? matches.first : nil
  }

  /// The matching key of a name: case and diacritics folded, hyphens and spaces unified.
  public static func key(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x2E && $0 != 0x27 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(name.utf8.count)
      for byte in name.utf8 {
        if byte == 0x2D || byte == 0x20 {
          if bytes.last != 0x20 && !bytes.isEmpty { bytes.append(0x20) }
        } else {
          bytes.append(ByteClass.isUpper(byte) ? byte + 32 : byte)
        }
      }
      if bytes.last == 0x20 { bytes.removeLast() }
      return String(decoding: bytes, as: UTF8.self)
    }
    var key = ""
    for scalar in name.lowercased().unicodeScalars {
      if scalar == "-" || scalar == " " || scalar == "\u{00A0}" {
        if key.last != " " { key.append(" ") }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        key.append(String(scalar).applyingFoldedDiacritics)
      }
    }
    return key.trimmingCharacters(in: .whitespaces)
  }
}

extension String {
  /// The string with diacritics removed (é → e), for matching only.
  fileprivate var applyingFoldedDiacritics: String {
    String(
      String.UnicodeScalarView(
        decomposedScalars.filter {
          !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark
        }))
  }

  private var decomposedScalars: [Unicode.Scalar] {
    Array(decomposedStringWithCanonicalMapping.unicodeScalars)
  }
}
