extension Corpus {
    /// Runs a typed query and returns its rows.
    ///
    /// For example: `let articles: [Article] = try corpus.run(Query.articles.prefix(2))`.
    public func run<Row: QueryRow>(_ query: Query<Row>, environment: QueryEnvironment = .standard)
        throws(QueryError) -> [Row]
    {
        let results = try run(Program([.query(query.node)]), source: query.description, environment: environment)
        guard case .rows(let rows) = results.first else { return [] }
        return rows.values.compactMap(Row.row(from:))
    }

    /// Runs a counting query: `try corpus.run(Query.articles.count())` is `5` on the sample.
    public func run(_ query: Query<Int>, environment: QueryEnvironment = .standard) throws(QueryError) -> Int {
        let results = try run(Program([.query(query.node)]), source: query.description, environment: environment)
        if case .value(.int(let count)) = results.first { return count }
        return 0
    }
}
