import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// The hostile-input set read in process (SPEC §3.4, §13): every file is either an
/// article or a diagnostic, and each diagnostic gives the reason the set was built
/// to give. `karabakhTests` reads the full-size set through the command.
@Suite("Hostile input, read in process")
struct HostileInputTests {
    @Test(
        "every file is counted, as the article or the skip it was made to be",
        .timeLimit(.minutes(2 * Sanitizers.slowdown)))
    func everyFileCounted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fixtures = try HostileFixtures.write(into: folder, scale: .small)
        let corpus = try Corpus.load(contentsOf: folder.url)
        let summary = IngestSummary(articleCount: corpus.articles.count, diagnostics: corpus.diagnostics)

        #expect(corpus.articles.count == fixtures.articles)
        #expect(summary.skippedCount == fixtures.skippedCount)
        #expect(Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.category, $0.count) }) == fixtures.skipped)
        #expect(summary.ignoredCount == fixtures.ignoredSidecars)
        // Every kept article keeps its raw text whole.
        for article in corpus.articles { #expect(!article.raw.isEmpty, "\(article.file)") }
        // Every diagnostic names its file, and a bad JSON line its line.
        for diagnostic in corpus.diagnostics {
            #expect(diagnostic.file.hasPrefix(folder.path))
            if diagnostic.category == "bad JSON line" { #expect(diagnostic.line != nil) }
        }
    }

    @Test("quotes by the thousand in one line are read in one pass", .timeLimit(.minutes(1 * Sanitizers.slowdown)))
    func quotesInOneLine() throws {
        let lines = [
            "By Jane Doe\n\n" + String(repeating: "“a” ", count: 8_000),
            "Officials said " + String(repeating: "‘a ", count: 20_000),
            "Ilham Aliyev " + String(repeating: "has ", count: 20_000) + "said: “Peace will come to the region.”",
            String(repeating: "word Armenia said “peace” Azerbaijan ", count: 1_500),
            String(repeating: "\"", count: 100_000),
            String(repeating: "” ", count: 20_000) + "“Yes, we will,” he said.",
        ]
        for (number, text) in lines.enumerated() {
            let article = Article(
                id: "q\(number)", file: "q\(number).txt", metadata: ArticleMetadata(), text: text, raw: text)
            let corpus = Corpus(articles: [article])
            #expect(corpus.articles.count == 1)
            if number == 2 {
                #expect(corpus.articles[0].quotes.map(\.text) == ["Peace will come to the region."])
            }
        }
    }

    @Test("a 10 MB line is one article, found by its words", .timeLimit(.minutes(2 * Sanitizers.slowdown)))
    func tenMegabyteLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A few long words and their separators in one line: the reader, the tokenizer
        // and the index each see 10 MB at once. (The 50 MB line of the full set is over
        // the default size limit; `HostileIngestTests` reads it through the command.)
        let piece = String(repeating: "a", count: 1 << 20) + " — "
        try folder.write("line.txt", "Talks resumed. " + String(repeating: piece, count: 10) + " end")
        let corpus = try Corpus.load(contentsOf: folder.url)
        #expect(corpus.diagnostics.isEmpty)
        let article = try #require(corpus.articles.first)
        #expect(article.raw.utf8.count == 15 + 10 * piece.utf8.count + 4)
        var session = QuerySession(corpus: corpus)
        #expect(
            try session.run(#"articles | where text ~ "talks resumed" and text ~ "end" | count"#) == [.value(.int(1))])
        #expect(try session.run(#"articles | where text ~ "a*" | count"#) == [.value(.int(1))])
    }
}
