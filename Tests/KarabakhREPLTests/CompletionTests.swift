import KarabakhCorpus
import KarabakhREPL
import Testing

/// Completion as a table: the line with `|` marking the cursor, and what Tab offers.
@Suite("Completion")
struct CompletionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        let candidates: [String]
        let replaceFrom: Int
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "articles | cou", candidates: ["count"], replaceFrom: 11),
        Case(line: "articles | t", candidates: ["take", "timeline", "top"], replaceFrom: 11),
        Case(line: "articles | where da", candidates: ["date", "dateline", "day"], replaceFrom: 17),
        Case(line: "quotes | where sp", candidates: ["speaker"], replaceFrom: 15),
        Case(line: "quotes | where speaker.na", candidates: ["name"], replaceFrom: 23),
        Case(
            line: "articles | where mentions(\"Tural Ga", candidates: ["Tural Ganjaliev", "Tural Ganjaliyev"],
            replaceFrom: 27),
        Case(line: "articles | where ment", candidates: ["mentions"], replaceFrom: 17),
        Case(line: "ent", candidates: ["entities"], replaceFrom: 0),
        Case(line: ":form", candidates: ["format"], replaceFrom: 1),
        Case(line: ":format js", candidates: ["json", "jsonl"], replaceFrom: 8),
        Case(line: ":schema q", candidates: ["quotes"], replaceFrom: 8),
        Case(line: "entities | where kind == pe", candidates: ["person"], replaceFrom: 25),
    ]

    @Test("each line completes to its candidates", arguments: cases)
    func completes(_ example: Case) {
        let engine = ReplEngine(corpus: .sample)
        let completion = engine.complete(example.line, cursor: example.line.count)
        #expect(completion.candidates == example.candidates)
        #expect(completion.replaceFrom == example.replaceFrom)
    }

    @Test("let names complete once bound")
    func letNames() {
        var engine = ReplEngine(corpus: .sample)
        _ = engine.handle("let recent = articles | where date >= 2020-03")
        #expect(engine.complete("rec", cursor: 3).candidates == ["recent"])
    }

    @Test("paths complete after :open, folders with a slash")
    func paths() throws {
        let engine = ReplEngine(corpus: .sample)
        let completion = engine.complete(":open /us", cursor: 9)
        #expect(completion.candidates.contains("/usr/"))
        #expect(completion.replaceFrom == 6)
    }
}
