extension Corpus {
    /// Parses, checks and runs a program of the query language, returning the result
    /// of each statement that is a query (a `let` gives none).
    ///
    /// Nothing runs unless the whole program checks; the error then carries every
    /// diagnostic. For example:
    ///
    /// ```swift
    /// let results = try Corpus.sample.run("articles | count")   // [.value(.int(5))]
    /// ```
    public func run(_ text: String, file: String = "<query>", environment: QueryEnvironment = .standard)
        throws(QueryError) -> [QueryResult]
    {
        let program = try QueryParser.parseProgram(text, file: file)
        return try run(program, source: text, file: file, environment: environment)
    }

    /// Checks and runs a parsed program.
    public func run(
        _ program: Program, source: String = "", file: String = "<query>", environment: QueryEnvironment = .standard
    ) throws(QueryError) -> [QueryResult] {
        var checker = TypeChecker(environment: environment, corpus: self)
        _ = checker.check(program)
        guard checker.diagnostics.isEmpty else {
            throw QueryError(diagnostics: checker.diagnostics, source: source, file: file)
        }
        let evaluator = Evaluator(corpus: self, environment: environment)
        var results: [QueryResult] = []
        for statement in program.statements {
            do {
                if let result = try evaluator.run(statement) { results.append(result) }
            } catch {
                let diagnostic = Diagnostic(id: "runtime", message: error.message, range: statement.range)
                throw QueryError(diagnostics: [diagnostic], source: source, file: file)
            }
        }
        return results
    }

    /// The diagnostics of a program, without running it.
    public func check(_ text: String, environment: QueryEnvironment = .standard) -> [Diagnostic] {
        let parsed = QueryParser.parse(text)
        guard parsed.diagnostics.isEmpty else { return parsed.diagnostics }
        var checker = TypeChecker(environment: environment, corpus: self)
        _ = checker.check(parsed.program)
        return checker.diagnostics
    }
}
