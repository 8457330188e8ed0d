/// What an entity is: a person, an organization or a place.
///
/// For example: `entities | where kind == person`.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A person: `Tural Ganjaliyev`.
    case person
    /// An organization: a party, ministry, parliament, agency, outlet or international body.
    case organization
    /// A place: a country, region, district, city, town, corridor or road.
    case place

    /// The kind's name in the query language: `person`, `organization`, `place`.
    public var description: String { rawValue }
}
