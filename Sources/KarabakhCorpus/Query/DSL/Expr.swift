/// A typed expression of the Swift DSL: a query-tree node whose value type the
/// compiler knows, so that `$0.date >= Day(2020, 3, 1)` compiles and
/// `$0.date >= "2020"` does not.
///
/// For example, `Expr<Day>` for `date`, `Expr<Bool>` for `mentions("OSCE")`.
public struct Expr<Value>: Sendable, CustomStringConvertible {
    /// The tree node it builds.
    public let node: QueryNode

    /// Wraps a node; the caller vouches for its type.
    public init(_ node: QueryNode) {
        self.node = node
    }

    /// The expression in the query language.
    public var description: String { node.description }

    /// A field of the current row.
    static func field(_ name: String) -> Expr { Expr(.name(name, .none)) }
}

/// A Swift value that stands for a literal of the query language.
public protocol QueryLiteral: Sendable {
    /// The literal's tree node.
    var queryNode: QueryNode { get }
}

extension String: QueryLiteral {
    /// `"text"`.
    public var queryNode: QueryNode { .string(self, .none) }
}

extension Int: QueryLiteral {
    /// `42`.
    public var queryNode: QueryNode { .integer(self, .none) }
}

extension Double: QueryLiteral {
    /// `0.5`.
    public var queryNode: QueryNode { .decimal(self, .none) }
}

extension Bool: QueryLiteral {
    /// `true` or `false`.
    public var queryNode: QueryNode { .boolean(self, .none) }
}

extension Day: QueryLiteral {
    /// `2020-03-30`.
    public var queryNode: QueryNode { .date(.day(self), .none) }
}

extension EntityKind: QueryLiteral {
    /// `person`, `organization`, `place`.
    public var queryNode: QueryNode { .name(rawValue, .none) }
}

extension QuoteKind: QueryLiteral {
    /// `direct` or `partial`.
    public var queryNode: QueryNode { .name(rawValue, .none) }
}

/// A month as a period, for comparisons with days: `Month(2020, 3)` is `2020-03`.
public struct Month: Hashable, Sendable, QueryLiteral {
    /// The year.
    public let year: Int
    /// The month, 1…12.
    public let month: Int

    /// Creates a month.
    public init(_ year: Int, _ month: Int) {
        precondition((1...12).contains(month), "\(month) is not a month")
        self.year = year
        self.month = month
    }

    /// `2020-03`.
    public var queryNode: QueryNode { .date(.month(year: year, month: month), .none) }
}

/// Values that can be compared with `<`, `<=`, `>`, `>=` in queries.
public protocol QueryOrdered {}
extension Int: QueryOrdered {}
extension Double: QueryOrdered {}
extension String: QueryOrdered {}
extension Day: QueryOrdered {}

/// Values that can be searched with a phrase pattern (`~`).
public protocol QueryText {}
extension String: QueryText {}

/// The text of an article, searched with `~` and `near`.
public struct ArticleText: Sendable, QueryText {}
