/// A reference to a speaker as printed: a name, a title, an organisation or a pronoun.
struct Mention: Hashable, Sendable {
  /// What the mention is.
  enum Kind: Hashable, Sendable {
    /// A full personal name ("Kassym-Jomart Tokayev").
    case person
    /// A surname alone or after an honorific or title ("Mr. Tokayev").
    case surname
    /// A role with no name ("the President").
    case role
    /// An institution ("the European Union", "a EU spokesperson").
    case organisation
    /// A class of media ("Kazakh state media").
    case media
    /// he, she, they, it.
    case pronoun
    /// Nobody in particular ("reports", an agentless passive).
    case unknown
  }

  /// Its kind.
  var kind: Kind
  /// The mention as printed.
  var text: String
  /// The name it carries: a full name, a surname, an organisation or media label, a pronoun.
  var name: String
  /// A role printed with it ("White House press secretary"), if any.
  var role: String?
  /// The role group for role mentions ("president").
  var roleGroup: String?
  /// Gender, for pronoun agreement.
  var gender: Gender
}
