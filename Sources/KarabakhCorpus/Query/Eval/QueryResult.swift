/// What a query gives: a single value (`articles | count` is `5`) or rows.
public enum QueryResult: Hashable, Sendable {
    /// A single value.
    case value(QueryValue)
    /// Rows of a source or a table, with their columns.
    case rows(QueryRows)
}

/// Rows a query gives, with the columns they show.
public struct QueryRows: Hashable, Sendable {
    /// The kind of row.
    public var type: RowType
    /// The rows, in order.
    public var values: [QueryValue]

    /// Creates rows.
    public init(type: RowType, values: [QueryValue]) {
        self.type = type
        self.values = values
    }

    /// The columns shown in tables, JSON and CSV.
    public var columns: [String] { Schema.defaultColumns(of: type) }

    /// The value of each column of a row.
    public func cells(of row: QueryValue, in corpus: Corpus) -> [QueryValue] {
        columns.map { row.field($0, in: corpus) ?? .null }
    }
}
