/// One real-world person, organization or place across a corpus, with every name and
/// title it was found under.
///
/// Spellings and references resolve to one entity: `Ganjaliyev`, `Tural Ganjaliyev`
/// and `the chairman` are all Tural Ganjaliyev; `Khankendi`, `Khankandi` and
/// `Stepanakert` are one place.
///
/// For example: `entities | where kind == person | top 5 by articles`.
public struct Entity: Hashable, Sendable, Identifiable {
    /// A stable id from the kind and the canonical name: `person:tural-ganjaliyev`.
    public var id: String
    /// The canonical name.
    public var name: String
    /// Person, organization or place.
    public var kind: EntityKind
    /// The other names: the gazetteer's aliases and the spellings found in the corpus.
    public var aliases: [String]
    /// Titles seen with the name (`MP from Khankendi`), and the gazetteer's roles.
    public var roles: [String]
    /// The number of articles that mention the entity.
    public var articles: Int
    /// The number of mentions across the corpus.
    public var mentions: Int

    /// Creates an entity.
    public init(
        id: String, name: String, kind: EntityKind, aliases: [String] = [], roles: [String] = [], articles: Int = 0,
        mentions: Int = 0
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.articles = articles
        self.mentions = mentions
    }

    /// The id of an entity of a kind with a canonical name: `person:tural-ganjaliyev`.
    public static func id(kind: EntityKind, name: String) -> String {
        var slug = ""
        var dash = false
        for scalar in Token.key(name).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if dash, !slug.isEmpty { slug.unicodeScalars.append("-") }
                slug.unicodeScalars.append(scalar)
                dash = false
            } else if scalar != "'" {
                dash = true
            }
        }
        return "\(kind):\(slug)"
    }

    /// Whether a name is the entity's name or one of its aliases, ignoring case:
    /// the meaning of `speaker == "Ganjaliyev"` in the query language.
    public func isNamed(_ name: some StringProtocol) -> Bool {
        let key = Gazetteer.key(name)
        return Gazetteer.key(self.name) == key || aliases.contains { Gazetteer.key($0) == key }
    }
}
