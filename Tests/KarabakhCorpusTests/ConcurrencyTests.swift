import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Many tasks querying one corpus (SPEC §13): a corpus is an immutable value, its
/// indexes are built once however many tasks ask for them first, and every task
/// gets the answers one task alone gets.
@Suite("Many tasks querying one corpus")
struct ConcurrencyTests {
    /// Queries that reach every index and every kind of stage.
    static let queries = [
        "articles | count",
        "articles | where date >= 2020-03-01 | sort date | select file, date",
        "quotes | where speaker == \"Tural Ganjaliyev\" | count",
        "entities | where kind == person | top 5 by articles",
        "mentions | where entity.kind == organization | count by entity.name",
        "articles | where mentions(\"OSCE Minsk Group\") and not mentions(\"UN Security Council\")",
        "articles | where text ~ \"peaceful coexist*\" | kwic \"coexist*\" window 6",
        "articles | timeline by month",
        "articles | collocates \"occupied\" window 4 | take 10",
        "mentions | where entity == \"Khankendi\" | count by article.source, surface",
        "articles | rank \"ceasefire violation\" | take 3",
        "articles | where near(\"Azerbaijan\", \"Armenia\", 5) | select id",
        "entities | where name in (quotes | select speaker.name) | select name",
        "let recent = articles | where date >= 2020-03\nrecent | count by source",
        "quotes | distinct speaker",
        "mentions | where article.text ~ \"the*\" | count by entity.kind",
    ]

    /// What one task alone gets, each query on a session of its own.
    static func answers(on corpus: Corpus) throws -> [[QueryResult]] {
        try queries.map { query in
            var session = QuerySession(corpus: corpus)
            return try session.run(query)
        }
    }

    @Test("64 tasks, each asking every query in its own order, get what one task gets")
    func manyTasks() async throws {
        let expected = try Self.answers(on: Corpus.loadSample())
        // A corpus of its own, so that its indexes are first asked for by many tasks at once.
        let shared = try Corpus.loadSample()
        let answers = try await withThrowingTaskGroup(of: [Int: [QueryResult]].self) { group in
            for task in 0..<64 {
                group.addTask {
                    var random = SplitMix64(seed: UInt64(task))
                    var order = Array(Self.queries.indices)
                    order.shuffle(using: &random)
                    var got: [Int: [QueryResult]] = [:]
                    for index in order {
                        var session = QuerySession(corpus: shared)
                        got[index] = try session.run(Self.queries[index])
                    }
                    return got
                }
            }
            var all: [[Int: [QueryResult]]] = []
            for try await got in group { all.append(got) }
            return all
        }
        #expect(answers.count == 64)
        for got in answers {
            for (index, query) in Self.queries.enumerated() {
                #expect(got[index] == expected[index], "\(query)")
            }
        }
    }

    @Test("one session's bindings are its own: tasks binding the same name do not see each other's")
    func bindingsStayApart() async throws {
        let corpus = Corpus.sample
        let counts = try await withThrowingTaskGroup(of: (Int, QueryResult?).self) { group in
            for year in 2019...2022 {
                group.addTask {
                    var session = QuerySession(corpus: corpus)
                    _ = try session.run("let picked = articles | where year(date) == \(year)")
                    await Task.yield()
                    return (year, try session.run("picked | count").first)
                }
            }
            var counts: [Int: QueryResult?] = [:]
            for try await (year, result) in group { counts[year] = result }
            return counts
        }
        for year in 2019...2022 {
            var alone = QuerySession(corpus: corpus)
            let expected = try alone.run("articles | where year(date) == \(year) | count").first
            #expect(counts[year] == expected, "\(year)")
        }
    }

    @Test("loading on many tasks at once gives equal corpora")
    func concurrentLoads() async throws {
        let expected = try Self.answers(on: Corpus.sample)
        let answers = try await withThrowingTaskGroup(of: [[QueryResult]].self) { group in
            for _ in 0..<8 {
                group.addTask { try Self.answers(on: Corpus.loadSample()) }
            }
            var all: [[[QueryResult]]] = []
            for try await got in group { all.append(got) }
            return all
        }
        #expect(answers.count == 8)
        for got in answers { #expect(got == expected) }
    }
}
