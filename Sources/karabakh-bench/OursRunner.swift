import Foundation
import KarabakhCorpus

/// Our side of the benchmark: ingest with `Corpus.load` (read, parse, extract, index),
/// save and open through ``SavedCorpus``, and the fixed queries, on the opened corpus,
/// through the public query API.
///
/// Each query is parsed once, as FTS5's statements are prepared once; every timed run
/// checks and runs the program (`corpus.run(program, source:)`) and builds its result
/// rows.
///
/// For example:
///
/// ```swift
/// let (ours, seconds) = try OursRunner.ingest(folder)
/// let (latency, answer) = try ours.measure(query, iterations: 30)
/// ```
struct OursRunner: Sendable {
    /// The corpus the queries run on.
    let corpus: Corpus

    /// Loads a folder; returns the runner and the wall time of the load, in seconds.
    static func ingest(_ folder: URL) throws -> (runner: OursRunner, seconds: Double) {
        var corpus: Corpus?
        let seconds = try Latency.time { corpus = try Corpus.load(contentsOf: folder) }
        guard let corpus else { throw BenchFailure("the corpus did not load") }
        return (OursRunner(corpus: corpus), seconds)
    }

    /// Saves the corpus; returns the wall time, in seconds.
    func save(to url: URL) throws -> Double {
        try Latency.time { try SavedCorpus.save(corpus, to: url) }
    }

    /// Opens a saved corpus and answers a first query; returns the runner over the
    /// opened corpus, the wall time of both, in seconds, and the answer.
    static func open(_ url: URL, first query: BenchQuery) throws -> (
        runner: OursRunner, seconds: Double, answer: BenchAnswer
    ) {
        var results: [QueryResult] = []
        var opened: Corpus?
        let seconds = try Latency.time {
            let corpus = try SavedCorpus.open(url)
            results = try corpus.run(query.ours)
            opened = corpus
        }
        guard let opened else { throw BenchFailure("the saved corpus did not open") }
        return (OursRunner(corpus: opened), seconds, try answer(results, shape: query.shape))
    }

    /// Times a query: warm-ups, then `iterations` runs; returns the latency and the answer.
    func measure(_ query: BenchQuery, iterations: Int) throws -> (latency: Latency, answer: BenchAnswer) {
        let program = try QueryParser.parseProgram(query.ours, file: query.name)
        var results: [QueryResult] = []
        let corpus = self.corpus
        let latency = try Latency.measure(iterations: iterations) {
            results = try corpus.run(program, source: query.ours, file: query.name)
        }
        return (latency, try Self.answer(results, shape: query.shape))
    }

    /// The answer a query's results give.
    static func answer(_ results: [QueryResult], shape: BenchQuery.Shape) throws -> BenchAnswer {
        switch (shape, results.last) {
        case (.count, .value(.int(let count))?):
            return .count(count)
        case (.groups, .rows(let rows)?):
            return .groups(
                rows.values.map { row in
                    if case .record(_, let values) = row, case .int(let count)? = values.last { return count }
                    return -1
                })
        case (.lines, .rows(let rows)?):
            return .lines(rows.values.count)
        case (.ranked, .rows(let rows)?):
            return .ranked(rows.values.map(articleID(of:)))
        default:
            throw BenchFailure("unexpected result for a \(shape) question: \(String(describing: results.last))")
        }
    }

    private static func articleID(of row: QueryValue) -> String {
        switch row {
        case .scored(let base, _): articleID(of: base)
        case .article(let article): article.id
        default: row.text
        }
    }
}
