/// The fields of each kind of row (SPEC §4), with their types.
///
/// For example: `Schema.fields(of: .article)["date"]` is `.day`.
enum Schema {
    /// The source names and the rows they give.
    static let sources: [String: RowType] = [
        "articles": .article, "entities": .entity, "mentions": .mention, "quotes": .quote,
    ]

    /// The fields of a row type, in the spec's order.
    static func fields(of row: RowType) -> [Column] {
        switch row {
        case .article:
            [
                Column("id", .string), Column("file", .string), Column("title", .string), Column("date", .day),
                Column("authors", .list(.string)), Column("author", .string), Column("source", .string),
                Column("dateline", .string), Column("url", .string), Column("text", .text), Column("words", .int),
                Column("entities", .list(.record(.entity))), Column("mentions", .list(.record(.mention))),
                Column("quotes", .list(.record(.quote))),
            ]
        case .entity:
            [
                Column("id", .string), Column("name", .string), Column("kind", .kind),
                Column("aliases", .list(.string)), Column("roles", .list(.string)), Column("articles", .int),
                Column("mentions", .int),
            ]
        case .mention:
            [
                Column("entity", .record(.entity)), Column("article", .record(.article)), Column("surface", .string),
                Column("sentence", .string), Column("start", .int), Column("end", .int),
            ]
        case .quote:
            [
                Column("text", .string), Column("speaker", .record(.entity)), Column("verb", .string),
                Column("kind", .quoteKind), Column("article", .record(.article)), Column("start", .int),
                Column("end", .int),
            ]
        case .table(let columns):
            columns
        case .ranked(let base):
            fields(of: base) + [Column("score", .decimal)]
        }
    }

    /// The type of a field of a row type, or `nil`.
    static func field(_ name: String, of row: RowType) -> QueryType? {
        fields(of: row).first { $0.name == name }?.type
    }

    /// The columns a table of rows shows by default.
    static func defaultColumns(of row: RowType) -> [String] {
        switch row {
        case .article: ["file", "date", "source", "title"]
        case .entity: ["name", "kind", "articles", "mentions"]
        case .mention: ["entity", "surface", "article"]
        case .quote: ["speaker", "verb", "text", "article"]
        case .table(let columns): columns.map(\.name)
        case .ranked(let base): defaultColumns(of: base) + ["score"]
        }
    }

    /// Named values usable in expressions: entity kinds and quote kinds.
    static let namedValues: [String: QueryType] = [
        "person": .kind, "organization": .kind, "place": .kind, "direct": .quoteKind, "partial": .quoteKind,
    ]
}
