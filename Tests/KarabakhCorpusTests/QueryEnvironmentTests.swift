import Testing

@testable import KarabakhCorpus

/// Functions and stages a plugin adds: seen by the checker with their typed
/// signatures, run by the evaluator.
@Suite("Query environment")
struct QueryEnvironmentTests {
    static let environment: QueryEnvironment = {
        var environment = QueryEnvironment.standard
        environment.add(
            QueryFunction(
                name: "initials", parameters: [.exactly(.string)], result: .string, summary: "The initials of a name."
            ) { call in
                guard case .string(let name) = call.arguments[0] else { return .null }
                return .string(String(name.split(separator: " ").compactMap(\.first)))
            })
        environment.add(
            QueryStageDefinition(
                name: "every", parameters: [.exactly(.int)], summary: "Every n-th row.", output: { $0 }
            ) { call throws(QueryFailure) in
                guard case .int(let step) = call.arguments.first, step > 0 else {
                    throw QueryFailure("'every' needs a positive number")
                }
                return call.rows.enumerated().filter { $0.offset % step == 0 }.map(\.element)
            })
        return environment
    }()

    @Test("a plugin's function and stage run in queries")
    func pluginRuns() throws {
        let corpus = Corpus.sample
        let results = try corpus.run(
            "entities | where kind == person | every(2) | select name, initials(name) as initials | take 2",
            environment: Self.environment)
        let csv = ResultRenderer(corpus: corpus).render(try #require(results.first), as: .csv)
        #expect(csv == "name,initials\r\nTural Ganjaliyev,TG\r\nSamir Mammadov,SM\r\n")
    }

    @Test("the checker knows the plugin's signatures")
    func pluginChecked() {
        let corpus = Corpus.sample
        let wrongType = corpus.check("entities | every(\"two\")", environment: Self.environment)
        #expect(wrongType.map(\.message) == ["argument 1 of 'every' must be Int, not String"])
        let wrongCount = corpus.check("entities | every", environment: Self.environment)
        #expect(wrongCount.map(\.message) == ["'every' takes 1 argument, not 0"])
        let misspelt = corpus.check("entities | evrey(2)", environment: Self.environment)
        #expect(misspelt.first?.notes == ["did you mean 'every'?"])
        let withoutPlugin = corpus.check("entities | every(2)")
        #expect(withoutPlugin.map(\.message) == ["no stage named 'every'"])
    }

    @Test("a plugin stage's failure is an error of the query, not a crash")
    func pluginFailure() {
        #expect(throws: QueryError.self) {
            try Corpus.sample.run("entities | every(0)", environment: Self.environment)
        }
    }
}
