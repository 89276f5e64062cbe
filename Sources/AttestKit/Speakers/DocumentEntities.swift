/// The people one article names, with where it names them, for resolving surnames, roles and
/// pronouns.
struct DocumentEntities: Sendable {
  /// A person the article names.
  struct Entity: Hashable, Sendable {
    /// The full name as printed.
    var name: String
    /// The last word of the name.
    var surname: String
    /// The matching key of the surname.
    var surnameKey: String
    /// Gender, from the registry, the forename, an honorific or a gendered role.
    var gender: Gender
    /// Roles the article gives them (lower case), with their groups.
    var roleGroups: Set<String>
    /// The first role printed with them.
    var role: String?
  }

  /// A place where a person is named.
  struct Occurrence: Hashable, Sendable {
    /// Index into `entities`.
    var entity: Int
    /// Text offset.
    var offset: Int
  }

  private(set) var entities: [Entity] = []
  private(set) var occurrences: [Occurrence] = []

  /// The entity with this full name or surname, adding one for a new full name.
  @discardableResult
  mutating func note(_ mention: Mention, at offset: Int) -> Int? {
    switch mention.kind {
    case .person:
      let key = SpeakerRegistry.key(mention.name)
      let index: Int
      if let existing = entities.firstIndex(where: { SpeakerRegistry.key($0.name) == key }) {
        index = existing
      } else if let longer = entities.firstIndex(where: {
        SpeakerRegistry.key($0.name).hasSuffix(" " + key)
      }) {
        index = longer
      } else {
        let surname = mention.name.split(separator: " ").last.map(String.init) ?? mention.name
        entities.append(
          Entity(
            name: mention.name, surname: surname, surnameKey: SpeakerRegistry.key(surname),
            gender: mention.gender, roleGroups: [],
            role: mention.role))
        index = entities.count - 1
      }
      if entities[index].gender == .unknown { entities[index].gender = mention.gender }
      if entities[index].role == nil { entities[index].role = mention.role }
      occurrences.append(Occurrence(entity: index, offset: offset))
      return index
    case .surname:
      guard let index = entity(withSurname: mention.name, before: offset) else { return nil }
      if entities[index].gender == .unknown { entities[index].gender = mention.gender }
      occurrences.append(Occurrence(entity: index, offset: offset))
      return index
    case .role, .organisation, .media, .pronoun, .unknown:
      return nil
    }
  }

  /// Gives entity `index` a role group.
  mutating func addRole(_ group: String, to index: Int) {
    entities[index].roleGroups.insert(group)
  }

  /// The entity with this surname.
  ///
  /// When several people share it ("Rosa Almeida" and "her daughter, Inês Almeida"), the surname
  /// alone is the one the article has named most so far — its subject — and of equals the one
  /// named first.
  func entity(withSurname surname: String, before offset: Int) -> Int? {
    let key = SpeakerRegistry.key(surname)
    let matching = entities.indices.filter { entities[$0].surnameKey == key }
    guard !matching.isEmpty else { return nil }
    if matching.count == 1 { return matching[0] }
    var counts: [Int: Int] = [:]
    for occurrence in occurrences
    where occurrence.offset < offset && matching.contains(occurrence.entity) {
      counts[occurrence.entity, default: 0] += 1
    }
    return matching.max { (counts[$0] ?? 0, $1) < (counts[$1] ?? 0, $0) } ?? matching[0]
  }

  /// The entity given a role of this group.
  func entity(withRole group: String) -> Int? {
    let matching = entities.indices.filter { entities[$0].roleGroups.contains(group) }
    return matching.count == 1 ? matching[0] : matching.first
  }

  /// The most recent person named before `offset` whose gender agrees.
  func antecedent(before offset: Int, gender: Gender, skipping: (Int) -> Bool = { _ in false })
    -> Int?
  {
    occurrences.last {
      $0.offset < offset && entities[$0.entity].gender.agrees(with: gender) && !skipping($0.offset)
    }?
    .entity
  }
}
