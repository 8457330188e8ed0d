/// A value the evaluator computes: a scalar, a row of a source or table, or a list.
public indirect enum QueryValue: Hashable, Sendable {
    /// A missing value.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fraction.
    case decimal(Double)
    /// A string, or an article's text.
    case string(String)
    /// A day.
    case day(Day)
    /// A month: the period of its days.
    case month(year: Int, month: Int)
    /// An entity kind.
    case kind(EntityKind)
    /// A quote kind.
    case quoteKind(QuoteKind)
    /// An article.
    case article(Article)
    /// An entity.
    case entity(Entity)
    /// A mention, with the article it is in.
    case mention(Mention, Article)
    /// A quote, with the article it is in.
    case quote(Quote, Article)
    /// A row of a table: its values by column, in column order.
    case record([String], [QueryValue])
    /// A row with a relevance score.
    case scored(QueryValue, Double)
    /// A list.
    case list([QueryValue])

    /// Whether the value is missing.
    public var isNull: Bool { self == .null }

    /// The value as plain text for tables and CSV: names for entities, files for
    /// articles, `2020-03-30` for days, items joined by `, ` for lists, empty for null.
    public var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .decimal(let value): QueryValue.format(value)
        case .string(let value): value
        case .day(let day): day.description
        case .month(let year, let month): DateLiteral.month(year: year, month: month).description
        case .kind(let kind): kind.rawValue
        case .quoteKind(let kind): kind.rawValue
        case .article(let article): article.file
        case .entity(let entity): entity.name
        case .mention(let mention, _): mention.surface
        case .quote(let quote, _): quote.text
        case .record(_, let values): values.map(\.text).joined(separator: ", ")
        case .scored(let base, _): base.text
        case .list(let items): items.map(\.text).joined(separator: ", ")
        }
    }

    /// A decimal with at most four places and no trailing zeros: `3.2189`, `14`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
