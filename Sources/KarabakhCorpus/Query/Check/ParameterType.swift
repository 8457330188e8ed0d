/// What a function or stage parameter accepts, for the type checker.
public enum ParameterType: Hashable, Sendable, CustomStringConvertible {
    /// Exactly one type (a `String` parameter also takes `Text`).
    case exactly(QueryType)
    /// Any of several types.
    case oneOf([QueryType])
    /// Any list.
    case anyList
    /// Anything.
    case any

    /// Whether a value of a type may be passed.
    public func accepts(_ type: QueryType) -> Bool {
        if type == .null { return true }
        switch self {
        case .exactly(let expected): return expected == type || (expected == .string && type == .text)
        case .oneOf(let types): return types.contains(type) || (types.contains(.string) && type == .text)
        case .anyList:
            if case .list = type { return true }
            return false
        case .any: return true
        }
    }

    /// `String`, `String or Entity`, `a list`, `any value`.
    public var description: String {
        switch self {
        case .exactly(let type): type.description
        case .oneOf(let types): types.map(\.description).joined(separator: " or ")
        case .anyList: "a list"
        case .any: "any value"
        }
    }
}
