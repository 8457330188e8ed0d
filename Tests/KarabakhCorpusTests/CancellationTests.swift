import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Cancellation (SPEC §13): a running query asks whether to stop as it goes, row by
/// row, not only between stages, and stops at the first yes, whether the yes comes
/// from its `isCancelled` (Ctrl-C in the REPL) or from its task being cancelled.
@Suite("Cancelling a running query")
struct CancellationTests {
    /// The sample articles twenty times over: 100 articles, a few thousand mentions.
    static let corpus: Corpus = {
        do {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let names = try FileManager.default.contentsOfDirectory(atPath: Corpus.sampleFolder.path)
                .filter { $0.hasSuffix(".txt") }
            for copy in 0..<20 {
                for name in names {
                    let text = try String(
                        contentsOf: Corpus.sampleFolder.appendingPathComponent(name), encoding: .utf8)
                    try folder.write("\(copy)/\(name)", text)
                }
            }
            return try Corpus.load(contentsOf: folder.url)
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    /// Queries whose work is spread over many rows, each reaching a different loop.
    static let slowQueries = [
        "mentions | where article.text ~ \"a* a* zzz\" | count",
        "articles | where lower(text) ~ \"the*\" | count by source",
        "mentions | select surface, article.title | sort surface",
        "quotes | where text !~ \"zzz\" | count by speaker.name",
        "articles | where near(\"the\", \"of\", 3) and text !~ \"zzz\" | kwic \"the\" window 2 | count",
        "mentions | where entity.kind == place | distinct article.source",
        "quotes | collocates \"the\" window 3 | take 5",
        "quotes | rank \"the war\" | take 3",
        "articles | kwic \"the\" window 2 | count",
    ]

    /// Counts the times a query asks whether to stop, and says yes on the asking `at`.
    final class Asker: @unchecked Sendable {
        private let lock = NSLock()
        private var asked = 0
        let at: Int
        let cancelsTask: Bool

        init(at: Int, cancelsTask: Bool = false) {
            self.at = at
            self.cancelsTask = cancelsTask
        }

        var count: Int { lock.withLock { asked } }

        func ask() -> Bool {
            let now = lock.withLock {
                asked += 1
                return asked
            }
            guard now >= at else { return false }
            if cancelsTask {
                withUnsafeCurrentTask { $0?.cancel() }
                return false
            }
            return true
        }
    }

    @Test("a query asks as it goes and stops at the first yes", arguments: slowQueries)
    func stopsAtTheFirstYes(query: String) throws {
        let counter = Asker(at: .max)
        var session = QuerySession(corpus: Self.corpus)
        let whole = try session.run(query, isCancelled: { counter.ask() })
        #expect(!whole.isEmpty)
        // Asked many times over the query, not once per stage.
        #expect(counter.count >= 8, "asked only \(counter.count) times")

        let stopper = Asker(at: 3)
        #expect {
            try session.run(query, isCancelled: { stopper.ask() })
        } throws: { error in
            (error as? QueryError)?.diagnostics.map(\.message) == ["the query was cancelled"]
        }
        #expect(stopper.count == 3)
    }

    @Test("cancelling the task a query runs in stops it mid-way", arguments: slowQueries)
    func taskCancellation(query: String) async throws {
        let asker = Asker(at: 2, cancelsTask: true)
        let corpus = Self.corpus
        let task = Task { () throws -> [QueryResult] in
            var session = QuerySession(corpus: corpus)
            return try session.run(query, isCancelled: { asker.ask() })
        }
        let outcome = await task.result
        #expect(throws: QueryError.self) { try outcome.get() }
        #expect(asker.count == 2)
    }

    @Test("a query in a task cancelled before it starts does not run, with the default check")
    func cancelledBeforeStart() async {
        let task = Task { () throws -> [QueryResult] in
            while !Task.isCancelled { await Task.yield() }
            var session = QuerySession(corpus: .sample)
            return try session.run("articles | where words > 0 | count")
        }
        task.cancel()
        let outcome = await task.result
        #expect {
            try outcome.get()
        } throws: { error in
            (error as? QueryError)?.diagnostics.map(\.message) == ["the query was cancelled"]
        }
    }

    @Test("after a cancelled query the session runs the next one, its bindings intact")
    func sessionGoesOn() throws {
        var session = QuerySession(corpus: Self.corpus)
        _ = try session.run("let many = articles | where words > 100")
        #expect(throws: QueryError.self) {
            try session.run("let broken = mentions | select surface | sort surface", isCancelled: { true })
        }
        #expect(session.bindingTypes["broken"] == nil)
        let counted = try session.run("many | count")
        #expect(counted == [.value(.int(100))])
    }
}
