/// The DSL's operators, as static functions in constrained extensions (so that the
/// compiler only considers them for matching types).
extension Expr {
    /// `a == b`.
    public static func == (lhs: Expr, rhs: Value) -> Expr<Bool> where Value: QueryLiteral {
        Expr<Bool>(.binary(.equal, lhs.node, rhs.queryNode, .none))
    }

    /// `a != b`.
    public static func != (lhs: Expr, rhs: Value) -> Expr<Bool> where Value: QueryLiteral {
        Expr<Bool>(.binary(.notEqual, lhs.node, rhs.queryNode, .none))
    }

    /// `a == b` between two expressions of one type.
    public static func == (lhs: Expr, rhs: Expr) -> Expr<Bool> {
        Expr<Bool>(.binary(.equal, lhs.node, rhs.node, .none))
    }

    /// `a == null`: the value is missing.
    public var isNull: Expr<Bool> { Expr<Bool>(.binary(.equal, node, .null(.none), .none)) }

    /// `a in [b, c]`.
    public func isIn(_ values: [Value]) -> Expr<Bool> where Value: QueryLiteral {
        Expr<Bool>(.binary(.in, node, .list(values.map(\.queryNode), .none), .none))
    }

    /// `sort a`: ascending, the default, printed without a keyword.
    public var ascending: SortTerm { SortTerm(SortKey(node)) }

    /// `sort a desc`.
    public var descending: SortTerm { SortTerm(SortKey(node, order: .descending)) }
}

extension Expr where Value: QueryOrdered & QueryLiteral {
    /// `a < b`.
    public static func < (lhs: Expr, rhs: Value) -> Expr<Bool> { compare(.less, lhs, rhs.queryNode) }
    /// `a <= b`.
    public static func <= (lhs: Expr, rhs: Value) -> Expr<Bool> { compare(.lessOrEqual, lhs, rhs.queryNode) }
    /// `a > b`.
    public static func > (lhs: Expr, rhs: Value) -> Expr<Bool> { compare(.greater, lhs, rhs.queryNode) }
    /// `a >= b`.
    public static func >= (lhs: Expr, rhs: Value) -> Expr<Bool> { compare(.greaterOrEqual, lhs, rhs.queryNode) }

    private static func compare(_ op: BinaryOperator, _ lhs: Expr, _ rhs: QueryNode) -> Expr<Bool> {
        Expr<Bool>(.binary(op, lhs.node, rhs, .none))
    }
}

extension Expr where Value == Day {
    /// `date >= 2020-03`: from the month's first day.
    public static func >= (lhs: Expr, rhs: Month) -> Expr<Bool> {
        Expr<Bool>(.binary(.greaterOrEqual, lhs.node, rhs.queryNode, .none))
    }

    /// `date <= 2020-03`: to the month's last day.
    public static func <= (lhs: Expr, rhs: Month) -> Expr<Bool> {
        Expr<Bool>(.binary(.lessOrEqual, lhs.node, rhs.queryNode, .none))
    }

    /// `date in 2020-03`.
    public func isIn(_ month: Month) -> Expr<Bool> {
        Expr<Bool>(.binary(.in, node, month.queryNode, .none))
    }

    /// `date in 2020-03-01..2020-04-30`, both ends included.
    public func isIn(_ range: ClosedRange<Day>) -> Expr<Bool> {
        Expr<Bool>(.binary(.in, node, .range(range.lowerBound.queryNode, range.upperBound.queryNode, .none), .none))
    }

    /// `year(date)`.
    public var year: Expr<Int> { Expr<Int>(.call("year", [node], .none)) }
}

extension Expr where Value: QueryText {
    /// `text ~ "peaceful coexist*"`: the phrase pattern occurs.
    public func matches(_ pattern: String) -> Expr<Bool> {
        Expr<Bool>(.binary(.matches, node, .string(pattern, .none), .none))
    }

    /// `text !~ "pattern"`.
    public func doesNotMatch(_ pattern: String) -> Expr<Bool> {
        Expr<Bool>(.binary(.notMatches, node, .string(pattern, .none), .none))
    }
}

extension Expr where Value == String {
    /// `lower(s)`.
    public var lowercased: Expr<String> { Expr<String>(.call("lower", [node], .none)) }
    /// `upper(s)`.
    public var uppercased: Expr<String> { Expr<String>(.call("upper", [node], .none)) }
    /// `length(s)`.
    public var length: Expr<Int> { Expr<Int>(.call("length", [node], .none)) }
}

extension Expr where Value == Entity {
    /// `speaker == "Ganjaliyev"`: true when the string is one of the entity's names.
    public static func == (lhs: Expr, rhs: String) -> Expr<Bool> {
        Expr<Bool>(.binary(.equal, lhs.node, rhs.queryNode, .none))
    }

    /// The entity's canonical name.
    public var name: Expr<String> { Expr<String>(.member(node, "name", .none)) }
    /// The entity's kind.
    public var kind: Expr<EntityKind> { Expr<EntityKind>(.member(node, "kind", .none)) }
}

/// `a and b`, `a or b`, `not a`.
extension Expr where Value == Bool {
    /// `a and b`.
    public static func && (lhs: Expr, rhs: Expr) -> Expr { Expr(.binary(.and, lhs.node, rhs.node, .none)) }
    /// `a or b`.
    public static func || (lhs: Expr, rhs: Expr) -> Expr { Expr(.binary(.or, lhs.node, rhs.node, .none)) }
    /// `not a`.
    public static prefix func ! (operand: Expr) -> Expr { Expr(.not(operand.node, .none)) }
}

/// One key of `sorted`: an expression and its order.
public struct SortTerm: Sendable {
    /// The tree's sort key.
    public let key: SortKey

    /// Wraps a sort key.
    public init(_ key: SortKey) {
        self.key = key
    }
}
