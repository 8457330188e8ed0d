/// A row of a table that `select`, `count(by:)`, `distinct`, `kwic`, `collocates` and
/// `timeline` give: values by column name.
///
/// For example: `try corpus.run(Query.articles.count { [$0.source] })` gives rows whose
/// `self["count"]` is a number.
public struct TableRow: Hashable, Sendable, QueryRow {
    /// The column names, in order.
    public let columns: [String]
    /// The values, in column order.
    public let values: [QueryValue]

    /// The value of a column, or `nil` when there is no such column.
    public subscript(column: String) -> QueryValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// The columns of the current row, by name and type: `$0.column("count", as: Int.self)`.
    public struct Fields: Sendable {
        /// A column as a typed expression; the type checker verifies the name and type when the query runs.
        public func column<Value>(_ name: String, as type: Value.Type = Value.self) -> Expr<Value> {
            .field(name)
        }
    }

    /// The columns of the current row.
    public static var fields: Fields { Fields() }

    /// The table row a value holds.
    public static func row(from value: QueryValue) -> TableRow? {
        if case .record(let columns, let values) = value { return TableRow(columns: columns, values: values) }
        return nil
    }
}

/// A column of `select` or `count(by:)`: an expression and an optional name.
public struct Selection: Sendable {
    /// The tree's projection.
    public let projection: Projection

    /// A column named after its expression.
    public init<Value>(_ expression: Expr<Value>) {
        projection = Projection(expression.node)
    }

    /// A column with a name: `select year(date) as year`.
    public init<Value>(_ expression: Expr<Value>, as name: String) {
        projection = Projection(expression.node, alias: name)
    }
}

extension Expr {
    /// This expression as a named column: `$0.date.year.named("year")`.
    public func named(_ name: String) -> Selection { Selection(self, as: name) }

    /// This expression as a column named after it.
    public var column: Selection { Selection(self) }
}

extension Query where Row: QueryRow {
    /// `select a, b as name`: a table of the columns.
    public func select(_ columns: (Row.Fields) -> [Selection]) -> Query<TableRow> {
        adding(.select(columns(Row.fields).map(\.projection), .none))
    }

    /// `count by a, b`: the keys and `count`, most frequent first.
    public func count(by keys: (Row.Fields) -> [Selection]) -> Query<TableRow> {
        adding(.count(keys(Row.fields).map(\.projection), .none))
    }

    /// `distinct a`: the different values, in order of first appearance.
    public func distinct<Value>(_ value: (Row.Fields) -> Expr<Value>) -> Query<TableRow> {
        adding(.distinct(value(Row.fields).node, .none))
    }

    /// `timeline by month`: a row per period from the first to the last, zeros included.
    public func timeline(by period: TimelinePeriod = .month) -> Query<TableRow> {
        adding(.timeline(period, .none))
    }
}

extension Query where Row: QueryRow, Row.Fields == Article.Fields {
    /// `kwic "pattern" window n`: a row per match with `article`, `left`, `match`, `right`.
    public func kwic(_ pattern: String, window: Int? = nil) -> Query<TableRow> {
        adding(.kwic(pattern, window: window, .none))
    }

    /// `collocates "pattern" window n`: the words near the matches, strongest first.
    public func collocates(_ pattern: String, window: Int? = nil) -> Query<TableRow> {
        adding(.collocates(pattern, window: window, .none))
    }
}
