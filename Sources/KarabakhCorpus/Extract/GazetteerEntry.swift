/// One entry of a gazetteer: a person, organization or place, its canonical name,
/// the other names it goes by, and the titles it holds.
///
/// For example, the gazetteer line
/// `Khankendi | Khankandi | Xankəndi | Stepanakert` under `[place]` is
/// `GazetteerEntry(kind: .place, name: "Khankendi", aliases: ["Khankandi", "Xankəndi", "Stepanakert"])`.
public struct GazetteerEntry: Hashable, Sendable {
    /// Person, organization or place.
    public var kind: EntityKind
    /// The canonical name.
    public var name: String
    /// Other spellings, transliterations, short forms and the names each side uses.
    public var aliases: [String]
    /// Titles and roles (`President of Azerbaijan`).
    public var roles: [String]

    /// Creates an entry.
    public init(kind: EntityKind, name: String, aliases: [String] = [], roles: [String] = []) {
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }

    /// The canonical name followed by the aliases.
    public var names: [String] { [name] + aliases }
}
