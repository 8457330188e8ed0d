/// A kind of row a typed query gives: `Article`, `Entity`, `Mention`, `Quote`, or
/// `TableRow` for `select`. Its `Fields` is the namespace `$0` stands for in
/// `.where { $0.date >= … }`.
public protocol QueryRow: Sendable {
    /// The fields of the row, as typed expressions.
    associatedtype Fields: Sendable
    /// The fields of the current row.
    static var fields: Fields { get }
    /// The row from an evaluated value, or `nil` when it is another kind.
    static func row(from value: QueryValue) -> Self?
}

extension Article: QueryRow {
    /// The fields of an article: `$0.date`, `$0.source`, `$0.mentions("OSCE")`.
    public struct Fields: Sendable {
        let base: QueryNode?

        func field<Value>(_ name: String) -> Expr<Value> {
            Expr(base.map { .member($0, name, .none) } ?? .name(name, .none))
        }

        /// `id`
        public var id: Expr<String> { field("id") }
        /// `file`
        public var file: Expr<String> { field("file") }
        /// `title`
        public var title: Expr<String> { field("title") }
        /// `date`
        public var date: Expr<Day> { field("date") }
        /// `author`: the first author.
        public var author: Expr<String> { field("author") }
        /// `source`
        public var source: Expr<String> { field("source") }
        /// `dateline`
        public var dateline: Expr<String> { field("dateline") }
        /// `url`
        public var url: Expr<String> { field("url") }
        /// `text`
        public var text: Expr<ArticleText> { field("text") }
        /// `words`
        public var words: Expr<Int> { field("words") }

        /// `mentions("Tural Ganjaliyev")`: the article mentions an entity with that name or alias.
        public func mentions(_ name: String) -> Expr<Bool> {
            Expr(.call("mentions", [name.queryNode], .none))
        }

        /// `near("peace", "talks", 5)`: two phrases within n words.
        public func near(_ first: String, _ second: String, within words: Int) -> Expr<Bool> {
            Expr(.call("near", [first.queryNode, second.queryNode, words.queryNode], .none))
        }
    }

    /// The fields of the current article.
    public static var fields: Fields { Fields(base: nil) }

    /// The article a value holds.
    public static func row(from value: QueryValue) -> Article? {
        switch value {
        case .article(let article): article
        case .scored(let base, _): row(from: base)
        default: nil
        }
    }
}

extension Entity: QueryRow {
    /// The fields of an entity: `$0.name`, `$0.kind`, `$0.articles`.
    public struct Fields: Sendable {
        /// `id`
        public var id: Expr<String> { .field("id") }
        /// `name`
        public var name: Expr<String> { .field("name") }
        /// `kind`
        public var kind: Expr<EntityKind> { .field("kind") }
        /// `articles`: how many articles mention it.
        public var articles: Expr<Int> { .field("articles") }
        /// `mentions`: how many mentions it has.
        public var mentions: Expr<Int> { .field("mentions") }
    }

    /// The fields of the current entity.
    public static var fields: Fields { Fields() }

    /// The entity a value holds.
    public static func row(from value: QueryValue) -> Entity? {
        if case .entity(let entity) = value { return entity }
        return nil
    }
}

extension Mention: QueryRow {
    /// The fields of a mention: `$0.entity`, `$0.surface`, `$0.article.source`.
    public struct Fields: Sendable {
        /// `entity`
        public var entity: Expr<Entity> { .field("entity") }
        /// `surface`
        public var surface: Expr<String> { .field("surface") }
        /// `sentence`
        public var sentence: Expr<String> { .field("sentence") }
        /// `article`: the fields of the mention's article.
        public var article: Article.Fields { Article.Fields(base: .name("article", .none)) }
    }

    /// The fields of the current mention.
    public static var fields: Fields { Fields() }

    /// The mention a value holds.
    public static func row(from value: QueryValue) -> Mention? {
        if case .mention(let mention, _) = value { return mention }
        return nil
    }
}

extension Quote: QueryRow {
    /// The fields of a quote: `$0.speaker`, `$0.text`, `$0.kind`, `$0.article.date`.
    public struct Fields: Sendable {
        /// `text`
        public var text: Expr<String> { .field("text") }
        /// `speaker`
        public var speaker: Expr<Entity> { .field("speaker") }
        /// `verb`
        public var verb: Expr<String> { .field("verb") }
        /// `kind`
        public var kind: Expr<QuoteKind> { .field("kind") }
        /// `article`: the fields of the quote's article.
        public var article: Article.Fields { Article.Fields(base: .name("article", .none)) }
    }

    /// The fields of the current quote.
    public static var fields: Fields { Fields() }

    /// The quote a value holds.
    public static func row(from value: QueryValue) -> Quote? {
        if case .quote(let quote, _) = value { return quote }
        return nil
    }
}
