/// A function of the query language, with its typed signature and its
/// implementation. The built-in functions are values of this type, and plugins add
/// their own to a ``QueryEnvironment``; the checker, completion and `:help` read the
/// signature.
///
/// For example, a plugin function `initials(name)`:
///
/// ```swift
/// QueryFunction(name: "initials", parameters: [.exactly(.string)], result: .string,
///               summary: "The initials of a name.") { call in
///     guard case .string(let name) = call.arguments[0] else { return .null }
///     return .string(String(name.split(separator: " ").compactMap(\.first)))
/// }
/// ```
public struct QueryFunction: Sendable {
    /// What the implementation is given.
    public struct Call: Sendable {
        /// The argument values, in order.
        public var arguments: [QueryValue]
        /// The current row (inside `where`, `select`…), or `nil`.
        public var row: QueryValue?
        /// The corpus being queried.
        public var corpus: Corpus
    }

    /// The name used in queries.
    public var name: String
    /// The parameters, in order.
    public var parameters: [ParameterType]
    /// The result type.
    public var result: QueryType
    /// Whether the function needs a current article (`mentions(x)`, `near(a, b, n)`).
    public var needsArticle: Bool
    /// One line for `:help`.
    public var summary: String
    /// Computes the result; arguments have the checked types (or are `null`).
    public var implementation: @Sendable (Call) throws(QueryFailure) -> QueryValue
    /// For a built-in function the planner can answer from the indexes, which one it
    /// is; `nil` for every function a plugin makes.
    var indexMeaning: IndexedFunction?

    /// Creates a function.
    public init(
        name: String, parameters: [ParameterType], result: QueryType, needsArticle: Bool = false, summary: String,
        implementation: @escaping @Sendable (Call) throws(QueryFailure) -> QueryValue
    ) {
        self.name = name
        self.parameters = parameters
        self.result = result
        self.needsArticle = needsArticle
        self.summary = summary
        self.implementation = implementation
    }

    /// `near(String, String, Int) -> Bool`.
    public var signature: String {
        "\(name)(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)"
    }
}

/// A failure while a checked query runs: a value out of range, a cancelled query.
public struct QueryFailure: Error, Hashable, Sendable {
    /// What went wrong, lower-case.
    public var message: String

    /// Creates a failure.
    public init(_ message: String) {
        self.message = message
    }
}
