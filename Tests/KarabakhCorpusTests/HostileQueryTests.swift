import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Queries written to hurt (SPEC §13): patterns that would make a backtracking
/// matcher take exponential time run in one pass over the text, and numbers at the
/// ends of `Int` give answers, not overflow traps or impossible allocations.
@Suite("Hostile queries")
struct HostileQueryTests {
    /// `a* a* … a* c`, with `count` words before the `c`.
    static func pathological(_ count: Int) -> String {
        Array(repeating: "a*", count: count).joined(separator: " ") + " c"
    }

    /// One article of `words` words, all `a`, then `ending`.
    static func longArticle(words: Int, ending: String) -> Article {
        let text = String(repeating: "a ", count: words) + ending + "\n"
        return Article(id: "long", file: "long.txt", metadata: ArticleMetadata(), text: text, raw: text)
    }

    @Test(
        "a* a* … c over 100,000 words is one pass: no match found, the only match found",
        .timeLimit(.minutes(1 * Sanitizers.slowdown)))
    func phrasePatternIsLinear() {
        let pattern = PhrasePattern(Self.pathological(20))
        let none = TextWords(String(repeating: "a ", count: 100_000))
        #expect(pattern.matches(in: none).isEmpty)
        #expect(!pattern.occurs(in: none))
        let one = TextWords(String(repeating: "a ", count: 100_000) + "c")
        #expect(pattern.matches(in: one) == [(100_000 - 20)..<(100_001)])
        #expect(pattern.occurs(in: one))
    }

    @Test(
        "the same patterns through the corpus's index, ~, near and kwic", .timeLimit(.minutes(1 * Sanitizers.slowdown)))
    func indexedPatternsAreLinear() throws {
        let corpus = Corpus(
            articles: [
                Self.longArticle(words: 50_000, ending: "b"), Self.longArticle(words: 50_000, ending: "c"),
            ].enumerated().map { offset, article in
                Article(
                    id: "long\(offset)", file: "long\(offset).txt", metadata: article.metadata, text: article.text,
                    raw: article.raw)
            })
        let pattern = Self.pathological(30)
        for indexed in [true, false] {
            func run(_ query: String) throws -> [QueryResult] {
                var session = QuerySession(corpus: corpus)
                return try session.run(query)
            }
            let label = indexed ? "planned" : "scanned"
            let phrase =
                indexed
                ? "articles | where text ~ \"\(pattern)\" | select id"
                : "articles | where lower(text) ~ \"\(pattern)\" | select id"
            let rows = try run(phrase)
            guard case .rows(let found)? = rows.first else {
                Issue.record("\(label): no rows")
                continue
            }
            #expect(found.values.count == 1, "\(label)")
            #expect(try run("articles | where near(\"\(pattern)\", \"a a\", 2) | count") == [.value(.int(1))])
            #expect(try run("articles | kwic \"\(pattern)\" window 2 | count") == [.value(.int(1))])
            #expect(try run("articles | where text ~ \"a* a* a* a* a* a* b\" | count") == [.value(.int(1))])
        }
    }

    @Test(
        "windows and distances at the ends of Int give the widest answer",
        arguments: [
            (
                "articles | where near(\"the\", \"of\", 9223372036854775807) | count",
                "articles | where near(\"the\", \"of\", 1000000) | count"
            ),
            (
                "articles | kwic \"the\" window 9223372036854775807 | count",
                "articles | kwic \"the\" window 1000000 | count"
            ),
            (
                "articles | where text ~ \"the\" | kwic \"the\" window 9223372036854775807 | take 3",
                "articles | where text ~ \"the\" | kwic \"the\" window 1000000 | take 3"
            ),
            (
                "articles | sort id | kwic \"the\" window 9223372036854775807 | take 3",
                "articles | sort id | kwic \"the\" window 1000000 | take 3"
            ),
            (
                "articles | collocates \"the\" window 9223372036854775807 | take 5",
                "articles | collocates \"the\" window 1000000 | take 5"
            ),
            ("articles | take 9223372036854775807 | count", "articles | count"),
            ("articles | skip 9223372036854775807 | count", "articles | take 0 | count"),
            ("articles | top 9223372036854775807 by words | count", "articles | count"),
            (
                "articles | where words in 9223372036854775807..-9223372036854775808 | count",
                "articles | take 0 | count"
            ),
            ("articles | where near(\"the\", \"of\", -9223372036854775807) | count", "articles | take 0 | count"),
        ])
    func extremeNumbers(query: String, equivalent: String) throws {
        var session = QuerySession(corpus: .sample)
        let got = try session.run(query)
        #expect(got == (try session.run(equivalent)))
    }

    @Test("numbers too large for Int are refused with a diagnostic under them")
    func tooLargeNumbers() {
        var session = QuerySession(corpus: .sample)
        #expect {
            try session.run("articles | take 99999999999999999999")
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.rendered.contains("^~~~~~~~~~~~~~~~~~~~")
        }
    }
}
