/// The binary operators of the query language, from loosest to tightest:
/// `or`; `and`; then the comparisons, which do not chain.
public enum BinaryOperator: String, Hashable, Sendable, CaseIterable {
    /// `or`
    case or = "or"
    /// `and`
    case and = "and"
    /// `==`; between an entity and a string, true when the string is one of its names.
    case equal = "=="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
    /// `~`: a phrase pattern matches the text.
    case matches = "~"
    /// `!~`: a phrase pattern does not match the text.
    case notMatches = "!~"
    /// `in`: membership of a list, a sub-query's values, a month or a range.
    case `in` = "in"

    /// The operator as written.
    public var symbol: String { rawValue }

    /// How tightly it binds: `or` 1, `and` 2, comparisons 3.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        default: 3
        }
    }
}
