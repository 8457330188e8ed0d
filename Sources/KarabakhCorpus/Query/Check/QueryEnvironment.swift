/// The functions and stages a query may use, with their typed signatures: the
/// built-ins, and whatever plugins add. The type checker, the evaluator, completion
/// and `:help` all read it.
///
/// For example:
///
/// ```swift
/// var environment = QueryEnvironment.standard
/// environment.add(myFunction)
/// try corpus.run("articles | where initials(author) == \"AM\"", environment: environment)
/// ```
public struct QueryEnvironment: Sendable {
    /// The functions by name.
    public private(set) var functions: [String: QueryFunction] = [:]
    /// The stages plugins added, by name.
    public private(set) var stages: [String: QueryStageDefinition] = [:]

    /// An environment with no functions.
    public init() {}

    /// Adds a function, replacing one of the same name.
    public mutating func add(_ function: QueryFunction) {
        functions[function.name] = function
    }

    /// Adds a stage, replacing one of the same name. A stage cannot take the name of a
    /// built-in stage (`where`, `count`…), which the parser reads as its own.
    public mutating func add(_ stage: QueryStageDefinition) {
        stages[stage.name] = stage
    }

    /// The built-in functions of SPEC §6.
    public static let standard: QueryEnvironment = {
        var environment = QueryEnvironment()
        for function in BuiltinFunctions.all { environment.add(function) }
        return environment
    }()
}
