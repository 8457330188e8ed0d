/// One stage of a pipeline: what comes after a `|`.
public enum QueryStage: Hashable, Sendable {
    /// `where EXPR`: keeps the rows for which the expression is true.
    case filter(QueryNode, SourceRange)
    /// `sort EXPR [asc|desc], …`: orders rows; missing values sort last.
    case sort([SortKey], SourceRange)
    /// `take N`: the first N rows.
    case take(Int, SourceRange)
    /// `skip N`: all but the first N rows.
    case skip(Int, SourceRange)
    /// `select EXPR [as NAME], …`: a table of the expressions.
    case select([Projection], SourceRange)
    /// `count` (an Int) or `count by EXPR [as NAME], …` (rows of keys and `count`,
    /// most frequent first).
    case count([Projection], SourceRange)
    /// `top N by EXPR`: `sort EXPR desc | take N`.
    case top(Int, QueryNode, SourceRange)
    /// `distinct EXPR`: the different values of the expression, in first-seen order.
    case distinct(QueryNode, SourceRange)
    /// `kwic "PATTERN" [window N]`: a row per match with `article`, `left`, `match`, `right`.
    case kwic(String, window: Int?, SourceRange)
    /// `collocates "PATTERN" [window N]`: words near the matches, strongest first.
    case collocates(String, window: Int?, SourceRange)
    /// `timeline [by day|week|month|year]`: a row per period, zeros included.
    case timeline(TimelinePeriod?, SourceRange)
    /// `rank "WORDS"`: orders by BM25 relevance, adding a `score` column.
    case rank(String, SourceRange)
    /// `NAME [(ARGS)]`: a stage a plugin registered. `arguments` is `nil` without parentheses.
    case custom(String, arguments: [QueryNode]?, SourceRange)

    /// The text the stage came from.
    public var range: SourceRange {
        switch self {
        case .filter(_, let range), .sort(_, let range), .take(_, let range), .skip(_, let range),
            .select(_, let range), .count(_, let range), .top(_, _, let range), .distinct(_, let range),
            .kwic(_, _, let range), .collocates(_, _, let range), .timeline(_, let range), .rank(_, let range),
            .custom(_, _, let range):
            range
        }
    }
}

/// One key of a `sort` stage.
public struct SortKey: Hashable, Sendable {
    /// What to sort by.
    public var expression: QueryNode
    /// `asc`, `desc`, or `nil` when the query does not say (ascending).
    public var order: SortOrder?

    /// Creates a key.
    public init(_ expression: QueryNode, order: SortOrder? = nil) {
        self.expression = expression
        self.order = order
    }
}

/// Ascending or descending.
public enum SortOrder: String, Hashable, Sendable {
    /// `asc`
    case ascending = "asc"
    /// `desc`
    case descending = "desc"
}

/// One column of a `select` or `count by` stage.
public struct Projection: Hashable, Sendable {
    /// The value of the column.
    public var expression: QueryNode
    /// The name given with `as`, or `nil`.
    public var alias: String?

    /// Creates a column.
    public init(_ expression: QueryNode, alias: String? = nil) {
        self.expression = expression
        self.alias = alias
    }
}

/// The period of a `timeline` row.
public enum TimelinePeriod: String, Hashable, Sendable, CaseIterable {
    /// `day`
    case day
    /// `week`: ISO weeks, from Monday.
    case week
    /// `month`
    case month
    /// `year`
    case year
}
