/// A query built in Swift and checked by the compiler: a source and stages, typed by
/// the rows it gives. It builds the same tree as the parser and prints as the same
/// text.
///
/// For example:
///
/// ```swift
/// let query = Query.articles
///     .where { $0.date >= Day(2020, 3, 1) && $0.mentions("Tural Ganjaliyev") }
///     .sorted { $0.date.descending }
///     .prefix(10)
/// print(query)   // articles | where date >= 2020-03-01 and mentions("Tural Ganjaliyev") | sort date desc | take 10
/// let articles: [Article] = try corpus.run(query)
/// ```
public struct Query<Row>: Sendable, CustomStringConvertible {
    /// The source's name.
    public let source: String
    /// The stages, in order.
    public let stages: [QueryStage]

    init(source: String, stages: [QueryStage] = []) {
        self.source = source
        self.stages = stages
    }

    /// The query tree.
    public var node: QueryNode {
        stages.isEmpty ? .name(source, .none) : .pipeline(.name(source, .none), stages, .none)
    }

    /// The query in the query language.
    public var description: String { node.description }

    func adding<Other>(_ stage: QueryStage) -> Query<Other> {
        Query<Other>(source: source, stages: stages + [stage])
    }
}

extension Query where Row == Article {
    /// `articles`
    public static var articles: Query<Article> { Query(source: "articles") }
}

extension Query where Row == Entity {
    /// `entities`
    public static var entities: Query<Entity> { Query(source: "entities") }
}

extension Query where Row == Mention {
    /// `mentions`
    public static var mentions: Query<Mention> { Query(source: "mentions") }
}

extension Query where Row == Quote {
    /// `quotes`
    public static var quotes: Query<Quote> { Query(source: "quotes") }
}

extension Query where Row: QueryRow {
    /// `where …`: keeps the rows for which the condition holds.
    public func `where`(_ condition: (Row.Fields) -> Expr<Bool>) -> Query {
        adding(.filter(condition(Row.fields).node, .none))
    }

    /// `sort … asc|desc`.
    public func sorted(by key: (Row.Fields) -> SortTerm) -> Query {
        adding(.sort([key(Row.fields).key], .none))
    }

    /// `take n`.
    public func prefix(_ count: Int) -> Query { adding(.take(count, .none)) }

    /// `skip n`.
    public func dropFirst(_ count: Int) -> Query { adding(.skip(count, .none)) }

    /// `top n by …`.
    public func top<Value>(_ count: Int, by key: (Row.Fields) -> Expr<Value>) -> Query {
        adding(.top(count, key(Row.fields).node, .none))
    }

    /// `count`: the number of rows.
    public func count() -> Query<Int> { adding(.count([], .none)) }

    /// `rank "words"`: the rows that contain any of the words, most relevant first.
    public func ranked(by words: String) -> Query { adding(.rank(words, .none)) }
}
