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
        var session = QuerySession(corpus: self, environment: environment)
        return try session.run(text, file: file)
    }

    /// Checks and runs a parsed program.
    public func run(
        _ program: Program, source: String = "", file: String = "<query>", environment: QueryEnvironment = .standard
    ) throws(QueryError) -> [QueryResult] {
        var session = QuerySession(corpus: self, environment: environment)
        return try session.run(program, source: source, file: file)
    }

    /// The diagnostics of a program, without running it.
    public func check(_ text: String, environment: QueryEnvironment = .standard) -> [Diagnostic] {
        QuerySession(corpus: self, environment: environment).check(text)
    }
}
