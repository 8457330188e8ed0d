/// The query tree: one value type that the parser and the Swift DSL both build, and
/// that the printer, the type checker and the evaluator walk.
///
/// Every node carries the ``SourceRange`` it was parsed from (``SourceRange/none``
/// when built in Swift); ranges never take part in equality, so
/// `parse(print(tree)) == tree`.
///
/// For example, `articles | where date >= 2020-03-01 | take 2` is
///
/// ```swift
/// .pipeline(
///     .name("articles", r),
///     [.filter(.binary(.greaterOrEqual, .name("date", r), .date(.day(Day(2020, 3, 1)), r), r), r),
///      .take(2, r)],
///     r)
/// ```
public indirect enum QueryNode: Hashable, Sendable {
    /// An identifier: a source (`articles`), a field (`date`), a `let` name, or a
    /// named value such as a kind (`person`).
    case name(String, SourceRange)
    /// A string literal, without its quotes and with escapes resolved.
    case string(String, SourceRange)
    /// An integer literal.
    case integer(Int, SourceRange)
    /// A decimal literal (`0.5`).
    case decimal(Double, SourceRange)
    /// A date literal: a day (`2020-03-01`) or a month (`2020-03`).
    case date(DateLiteral, SourceRange)
    /// `true` or `false`.
    case boolean(Bool, SourceRange)
    /// `null`: a missing value.
    case null(SourceRange)
    /// A list literal: `["OSCE", "UN"]`.
    case list([QueryNode], SourceRange)
    /// A field of a value: `entity.kind`, `speaker.name`.
    case member(QueryNode, String, SourceRange)
    /// A function call: `mentions("OSCE")`, `near("peace", "talks", 5)`.
    case call(String, [QueryNode], SourceRange)
    /// `not x`.
    case not(QueryNode, SourceRange)
    /// `x and y`, `x == y`, `text ~ "coexist*"`, `date in 2020-03`.
    case binary(BinaryOperator, QueryNode, QueryNode, SourceRange)
    /// An inclusive range, the right side of `in`: `2020-03-01..2020-04-30`.
    case range(QueryNode, QueryNode, SourceRange)
    /// A source or a value followed by stages: `articles | where … | count`.
    case pipeline(QueryNode, [QueryStage], SourceRange)

    /// The text the node came from.
    public var range: SourceRange {
        switch self {
        case .name(_, let range), .string(_, let range), .integer(_, let range), .decimal(_, let range),
            .date(_, let range), .boolean(_, let range), .null(let range), .list(_, let range),
            .member(_, _, let range), .call(_, _, let range), .not(_, let range), .binary(_, _, _, let range),
            .range(_, _, let range), .pipeline(_, _, let range):
            range
        }
    }
}
