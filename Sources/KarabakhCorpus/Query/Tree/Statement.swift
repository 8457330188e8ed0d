/// One statement of a program: a `let` binding or a query.
public enum Statement: Hashable, Sendable {
    /// `let NAME = EXPR`: binds a name to a value or a query for later statements.
    case binding(String, QueryNode, SourceRange)
    /// A query or an expression whose result is printed.
    case query(QueryNode)

    /// The text the statement came from.
    public var range: SourceRange {
        switch self {
        case .binding(_, _, let range): range
        case .query(let node): node.range
        }
    }
}

/// A program: the statements of a `.kq` file or of one REPL entry, in order.
public struct Program: Hashable, Sendable {
    /// The statements.
    public var statements: [Statement]

    /// Creates a program.
    public init(_ statements: [Statement]) {
        self.statements = statements
    }
}
