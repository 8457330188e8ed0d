/// A conversation with a corpus: programs run one after another, and the names one
/// binds with `let` are known to the next. The REPL keeps one session.
///
/// For example:
///
/// ```swift
/// var session = QuerySession(corpus: .sample)
/// _ = try session.run("let recent = articles | where date >= 2020-03")
/// let results = try session.run("recent | count")   // [.value(.int(2))]
/// ```
public struct QuerySession: Sendable {
    /// The corpus queried.
    public var corpus: Corpus
    /// The functions and stages available.
    public var environment: QueryEnvironment
    /// The types of the names bound so far.
    public private(set) var bindingTypes: [String: QueryType] = [:]
    /// The values of the names bound so far.
    public private(set) var bindings: [String: QueryResult] = [:]

    /// Creates a session.
    public init(corpus: Corpus, environment: QueryEnvironment = .standard) {
        self.corpus = corpus
        self.environment = environment
    }

    /// Parses, checks and runs a program, keeping its bindings; returns the results
    /// of its queries. Nothing runs, and nothing is bound, unless the whole program checks.
    ///
    /// `isCancelled` is asked while the query runs (Ctrl-C in the REPL); when it says
    /// yes the query stops with the error `the query was cancelled`.
    public mutating func run(
        _ text: String, file: String = "<repl>", isCancelled: @escaping @Sendable () -> Bool = { Task.isCancelled }
    ) throws(QueryError) -> [QueryResult] {
        try run(QueryParser.parseProgram(text, file: file), source: text, file: file, isCancelled: isCancelled)
    }

    /// Checks and runs a parsed program, keeping its bindings; `source` is the text its
    /// diagnostics point into.
    public mutating func run(
        _ program: Program, source: String, file: String = "<repl>",
        isCancelled: @escaping @Sendable () -> Bool = { Task.isCancelled }
    ) throws(QueryError) -> [QueryResult] {
        var checker = TypeChecker(environment: environment, corpus: corpus, bindings: bindingTypes)
        _ = checker.check(program)
        guard checker.diagnostics.isEmpty else {
            throw QueryError(diagnostics: checker.diagnostics, source: source, file: file)
        }
        let evaluator = Evaluator(
            corpus: corpus, environment: environment, bindings: bindings, isCancelled: isCancelled)
        var results: [QueryResult] = []
        for statement in program.statements {
            do {
                if let result = try evaluator.run(statement) { results.append(result) }
            } catch {
                throw QueryError(
                    diagnostics: [Diagnostic(id: "runtime", message: error.message, range: statement.range)],
                    source: source, file: file)
            }
        }
        bindingTypes = checker.bindings
        bindings = evaluator.bindings
        return results
    }

    /// The diagnostics of a program, with the session's bindings known.
    public func check(_ text: String) -> [Diagnostic] {
        let parsed = QueryParser.parse(text)
        guard parsed.diagnostics.isEmpty else { return parsed.diagnostics }
        var checker = TypeChecker(environment: environment, corpus: corpus, bindings: bindingTypes)
        _ = checker.check(parsed.program)
        return checker.diagnostics
    }

    /// How each query of a program would run, without running it: the plan of each
    /// pipeline over a source, one step a line (see `:explain` in the REPL).
    ///
    /// For example, `session.explain(#"articles | where mentions("OSCE") | count"#)`
    /// gives, one entry per statement:
    ///
    /// ```
    /// articles from the indexes:
    ///   mentions("OSCE")  [entity postings]  ~2 articles
    /// count from the indexes: no row is read
    /// ```
    public func explain(_ text: String, file: String = "<repl>") throws(QueryError) -> [String] {
        let program = try QueryParser.parseProgram(text, file: file)
        var checker = TypeChecker(environment: environment, corpus: corpus, bindings: bindingTypes)
        _ = checker.check(program)
        guard checker.diagnostics.isEmpty else {
            throw QueryError(diagnostics: checker.diagnostics, source: text, file: file)
        }
        let evaluator = Evaluator(corpus: corpus, environment: environment, bindings: bindings)
        return program.statements.map { statement in
            let node: QueryNode
            switch statement {
            case .binding(_, let value, _): node = value
            case .query(let value): node = value
            }
            guard case .pipeline(.name(let name, _), let stages, _) = node, checker.bindings[name] == nil,
                let source = Schema.sources[name]
            else { return "evaluate \(node) directly" }
            return evaluator.planner.plan(source, stages).explanation(stages, index: corpus.index)
                .joined(separator: "\n")
        }
    }

    /// Forgets every binding.
    public mutating func clearBindings() {
        bindingTypes = [:]
        bindings = [:]
    }
}
