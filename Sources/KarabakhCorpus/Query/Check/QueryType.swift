/// The type of a value or of a query's result, as the type checker sees it.
///
/// Every value may be missing (`null`); types do not track that.
public indirect enum QueryType: Hashable, Sendable, CustomStringConvertible {
    /// A short string: a title, a name.
    case string
    /// An article's text, searched with `~`, `near`, `kwic`.
    case text
    /// A whole number.
    case int
    /// A number with a fraction.
    case decimal
    /// `true` or `false`.
    case bool
    /// A calendar day.
    case day
    /// A month, a period of days.
    case period
    /// An entity kind: `person`, `organization`, `place`.
    case kind
    /// A quote kind: `direct`, `partial`.
    case quoteKind
    /// `null` itself.
    case null
    /// One row of a source or a table: an article, an entity, a mention, a quote, a record.
    case record(RowType)
    /// A list of values.
    case list(QueryType)
    /// The rows a query gives.
    case rows(RowType)

    /// The type's name in messages: `String`, `Date`, `[Entity]`, `articles`.
    public var description: String {
        switch self {
        case .string: "String"
        case .text: "Text"
        case .int: "Int"
        case .decimal: "Decimal"
        case .bool: "Bool"
        case .day: "Date"
        case .period: "Month"
        case .kind: "Kind"
        case .quoteKind: "QuoteKind"
        case .null: "null"
        case .record(let row): row.singular
        case .list(let element): "[\(element)]"
        case .rows(let row): row.plural
        }
    }

    /// Whether values of the type are text (`String` or `Text`).
    var isTextual: Bool { self == .string || self == .text }

    /// Whether values of the type are numbers.
    var isNumeric: Bool { self == .int || self == .decimal }

    /// Whether values of the type are dates (days or months).
    var isDate: Bool { self == .day || self == .period }
}

/// The kind of row a query gives: one of the sources, or a table of named columns.
public indirect enum RowType: Hashable, Sendable {
    /// Articles (`articles`).
    case article
    /// Entities (`entities`).
    case entity
    /// Mentions (`mentions`).
    case mention
    /// Quotes (`quotes`).
    case quote
    /// A table, as `select`, `count by` and the text stages make.
    case table([Column])
    /// Rows of another type with a relevance `score`, as `rank` makes.
    case ranked(RowType)

    /// `article`, `entity`, …, or `row`.
    var singular: String {
        switch self {
        case .article: "Article"
        case .entity: "Entity"
        case .mention: "Mention"
        case .quote: "Quote"
        case .table: "Row"
        case .ranked(let base): base.singular
        }
    }

    /// `articles`, `entities`, …, or `rows`.
    var plural: String {
        switch self {
        case .article: "articles"
        case .entity: "entities"
        case .mention: "mentions"
        case .quote: "quotes"
        case .table(let columns): "rows of (\(columns.map(\.name).joined(separator: ", ")))"
        case .ranked(let base): base.plural
        }
    }
}

/// A named, typed column of a table.
public struct Column: Hashable, Sendable {
    /// The column's name: an `as` name, or the expression as written.
    public var name: String
    /// The column's type.
    public var type: QueryType

    /// Creates a column.
    public init(_ name: String, _ type: QueryType) {
        self.name = name
        self.type = type
    }
}
