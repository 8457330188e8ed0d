/// A stage a plugin adds to the query language, with its typed signature and its
/// implementation: `articles | sample(2)`. The type checker checks its arguments and
/// asks it what rows it gives; the evaluator runs it.
///
/// For example, a stage that keeps every n-th row:
///
/// ```swift
/// QueryStageDefinition(name: "every", parameters: [.exactly(.int)], summary: "Every n-th row.",
///                      output: { $0 }) { call in
///     guard case .int(let n) = call.arguments.first, n > 0 else { throw QueryFailure("'every' needs a positive number") }
///     return call.rows.enumerated().filter { $0.offset % n == 0 }.map(\.element)
/// }
/// ```
public struct QueryStageDefinition: Sendable {
    /// What the implementation is given.
    public struct Call: Sendable {
        /// The rows coming in.
        public var rows: [QueryValue]
        /// Their kind.
        public var rowType: RowType
        /// The argument values, in order.
        public var arguments: [QueryValue]
        /// The corpus being queried.
        public var corpus: Corpus
        /// Whether the query was cancelled (Ctrl-C in the REPL, or its task). A stage
        /// that takes long should ask now and then, and throw a ``QueryFailure`` on yes.
        public var isCancelled: @Sendable () -> Bool
    }

    /// The stage's name in queries.
    public var name: String
    /// The parameters, in order; a stage without parameters is written without parentheses.
    public var parameters: [ParameterType]
    /// One line for `:help`.
    public var summary: String
    /// The rows the stage gives for the rows it takes, or `nil` when it cannot take them.
    public var output: @Sendable (RowType) -> RowType?
    /// Runs the stage.
    public var implementation: @Sendable (Call) throws(QueryFailure) -> [QueryValue]

    /// Creates a stage.
    public init(
        name: String, parameters: [ParameterType] = [], summary: String,
        output: @escaping @Sendable (RowType) -> RowType?,
        implementation: @escaping @Sendable (Call) throws(QueryFailure) -> [QueryValue]
    ) {
        self.name = name
        self.parameters = parameters
        self.summary = summary
        self.output = output
        self.implementation = implementation
    }

    /// `every(Int)`.
    public var signature: String {
        parameters.isEmpty ? name : "\(name)(\(parameters.map(\.description).joined(separator: ", ")))"
    }
}
