import KarabakhCorpus
import KarabakhREPL
import KarabakhTestSupport
import Testing

/// Random REPL sessions with a fixed seed: what `Tests/Fuzz`'s `fuzz-repl` looks for,
/// kept on every run of the suite. Queries are cut across lines at random places, mixed
/// with meta-commands, Ctrl-C and lines that are not queries at all.
@Suite("Random REPL sessions, fixed seed")
struct RandomSessionTests {
    static let otherLines = [
        ":help", ":help stages", ":format json", ":format jsonl", ":format csv", ":format markdown", ":format tsv",
        ":format table", ":format nope", ":history", ":schema", ":plugins", ":stats", ":timing", ":explain articles",
        ":explain", ":let", ":let y = 2", ":frmat", ":", "::", ": help", "y", "let z = quotes | count", "z", "| count",
        "| take 1", "articles |", "articles | where (", ")", "\"", "\"Ilham", "]", "((((((((", "#", "# comment", "   ",
        "articles | where text ~ \"a* a* a* c\" | count", "quotes | where speaker == \"Ganj",
        "entities | top 3 by articles",
        "mentions | where entity.kind == place | count by entity.name", "\u{3}", "\u{1B}[A", "ə ü 🇦🇲", "\t|\t",
    ]

    /// The events of a line as text, errors prefixed with `!`.
    static func text(_ events: [ReplEvent]) -> String {
        events.map {
            switch $0 {
            case .output(let output): output
            case .error(let error): "! " + error
            case .quit: "(quit)\n"
            }
        }.joined()
    }

    @Test("random sessions: every line is taken, completion stays in the line, the session goes on")
    func randomSessions() throws {
        var random = SplitMix64(seed: 0x5245_504C)
        var queries = RandomQuery(seed: 5)
        for session in 0..<40 {
            var engine = ReplEngine(corpus: .sample, width: [20, 40, 80, 200][session % 4])
            for _ in 0..<30 {
                var lines: [String]
                if Bool.random(using: &random) {
                    // A query, cut into lines at random places.
                    let query = Array(queries.query())
                    var cuts = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                        Int.random(in: 0...query.count, using: &random)
                    }.sorted()
                    cuts = [0] + cuts + [query.count]
                    lines = zip(cuts, cuts.dropFirst()).map { String(query[$0..<$1]) }
                } else {
                    lines = [Self.otherLines.randomElement(using: &random)!]
                }
                for line in lines {
                    let count = line.count
                    for cursor in [0, count / 2, count, count + 3, -2] {
                        let completion = engine.complete(line, cursor: cursor)
                        #expect((0...count).contains(completion.replaceFrom), "\(line.debugDescription) at \(cursor)")
                        #expect(!completion.candidates.contains(""), "\(line.debugDescription) at \(cursor)")
                    }
                    if line == "\u{3}" {
                        _ = engine.interrupt()
                        #expect(!engine.isContinuing)
                    } else {
                        _ = engine.handle(line)
                    }
                }
            }
            // Whatever came before, Ctrl-C clears the statement and the session answers.
            _ = engine.interrupt()
            _ = engine.handle(":format table")
            #expect(Self.text(engine.handle("articles | count")).contains("5"), "session \(session)")
            #expect(engine.endOfInput() == [.quit])
        }
    }
}
