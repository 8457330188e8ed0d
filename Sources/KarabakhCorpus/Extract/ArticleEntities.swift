/// The entities one article mentions and where, before they are merged across the corpus.
struct ArticleEntities: Sendable {
    /// An entity as this article knows it.
    struct Local: Hashable, Sendable {
        /// The corpus-wide id it will merge under: `person:tural-ganjaliyev`.
        var id: String
        /// The canonical name: the gazetteer's, or the longest form the article uses.
        var name: String
        /// Person, organization or place.
        var kind: EntityKind
        /// The gazetteer entry, if it has one.
        var entry: Int?
        /// Titles the article gives it: `Co-Chair`, `Personal Representative of the OSCE Chairperson-in-Office`.
        var roles: [String] = []
    }

    /// A mention of an entity: a token range of the article.
    struct Found: Hashable, Sendable {
        /// The index of the entity in ``entities``.
        var entity: Int
        /// The tokens of the mention.
        var tokens: Range<Int>
        /// Whether the mention stands inside a longer name (`Nagorno-Karabakh` inside
        /// `Azerbaijani Community of Nagorno-Karabakh`).
        var nested: Bool = false
        /// Whether it refers back rather than names: `the Community`, `the community`.
        var isReference: Bool = false
        /// Whether a longer name of another kind took its place (`France` in
        /// `France Square`); removed before the finder returns.
        var isRemoved: Bool = false
    }

    var entities: [Local] = []
    var mentions: [Found] = []
    private var indexByID: [String: Int] = [:]

    /// The index of the entity with an id, adding it if new.
    mutating func entity(_ local: Local) -> Int {
        if let index = indexByID[local.id] { return index }
        indexByID[local.id] = entities.count
        entities.append(local)
        return entities.count - 1
    }

    /// Adds a mention.
    mutating func add(_ found: Found) {
        mentions.append(found)
    }

    /// The mentions in text order, outer ones before the names nested in them.
    var sortedMentions: [Found] {
        mentions.sorted { ($0.tokens.lowerBound, $0.nested ? 1 : 0) < ($1.tokens.lowerBound, $1.nested ? 1 : 0) }
    }
}
