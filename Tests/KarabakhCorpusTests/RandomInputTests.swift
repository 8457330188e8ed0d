import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Random input with a fixed seed and a bounded count: what the fuzz targets in
/// `Tests/Fuzz` look for, kept on every run of the suite (SPEC §13).
@Suite("Random input, fixed seed")
struct RandomInputTests {
    /// Characters a mutated article is made of: words, marks the reader and the quote
    /// finder look at, line ends of every kind, and scalars of several UTF-8 lengths.
    static let textPieces = [
        " ", "\n", "\n\n", "\r\n", "\r", "\t", "\"", "“", "”", "‘", "’", "«", "»", "'", ":", ",", ".", "—", "-",
        "By ", " said", "said: ", "“We", "he added.", "BAKU, Oct. 5. Trend:", "(UTC+04:00)", " date 2020-04-29 ",
        "30 March 2020 15:10", "[PHOTO]", "Politics › ", "News.Az", "Ilham Aliyev", "OSCE Minsk Group", "Armenia",
        "Azerbaijan", "Karabakh", "Khankendi", "Stepanakert", "Zohrab Mnatsakanyan", "the minister", "Ə", "ş", "Ü",
        "ü", "\u{00A0}", "\u{200B}", "\u{FEFF}", "🇦🇲", "e\u{301}", "Ա", "я",
    ]

    /// Mutates a text at character boundaries, so it stays valid UTF-8 without NULs.
    static func mutatedText(_ text: String, using random: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let at = characters.isEmpty ? 0 : Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1:
                characters.insert(contentsOf: textPieces.randomElement(using: &random)!, at: at)
            case 2 where at < characters.count:
                let end = min(characters.count, at + Int.random(in: 1...200, using: &random))
                characters.removeSubrange(at..<end)
            case 3 where at < characters.count:
                let end = min(characters.count, at + Int.random(in: 1...80, using: &random))
                characters.insert(contentsOf: characters[at..<end], at: Int.random(in: 0...at, using: &random))
            default:
                characters =
                    Array(characters.prefix(at))
                    + String(repeating: textPieces.randomElement(using: &random)!, count: 3).map { $0 }
            }
        }
        return String(characters)
    }

    /// Mutates bytes without regard for encoding: flips, NULs, cut sequences.
    static func mutatedBytes(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
            case 1:
                bytes.insert(contentsOf: [0xE2, 0x80, 0x9C, 0xC3, 0xFF, 0x00, 0x0D].shuffled(using: &random), at: at)
            case 2: bytes = Array(bytes.prefix(at))
            default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
            }
        }
        return bytes
    }

    @Test("mutated articles: every file is counted once, no text article is dropped, offsets stay in the text")
    func mutatedArticles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var random = SplitMix64(seed: 0x4B61_7261_6261_6B68)
        let originals = Corpus.sample.articles.map(\.raw)
        var textFiles: Set<String> = []
        for number in 0..<160 {
            let original = originals[number % originals.count]
            if number % 4 == 3 {
                try folder.write(
                    "bytes-\(number).txt", bytes: Self.mutatedBytes(Array(original.utf8), using: &random))
            } else {
                let text = Self.mutatedText(original, using: &random)
                try folder.write("text-\(number).txt", text)
                if !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) { textFiles.insert("text-\(number)") }
            }
        }
        let corpus = try Corpus.load(contentsOf: folder.url)
        let skipped = corpus.diagnostics.filter(\.isSkip)
        #expect(corpus.articles.count + skipped.count == 160)
        // Valid UTF-8 without NULs is never skipped: nothing good is dropped.
        #expect(textFiles.isSubset(of: Set(corpus.articles.map(\.id))))
        for article in corpus.articles {
            let scalars = Array(article.text.unicodeScalars)
            for mention in article.mentions {
                #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count)
                #expect(mention.sentenceRange.lowerBound <= mention.start)
                #expect(mention.end <= mention.sentenceRange.upperBound)
                #expect(mention.sentenceRange.upperBound <= scalars.count)
            }
            for quote in article.quotes {
                #expect(0 <= quote.start && quote.start <= quote.end && quote.end <= scalars.count)
                #expect(!quote.text.isEmpty)
            }
        }
        // The corpus answers queries that touch every article.
        var session = QuerySession(corpus: corpus)
        let count = try session.run("articles | count")
        #expect(count == [.value(.int(corpus.articles.count))])
        _ = try session.run(#"articles | kwic "said" window 3 | take 50"#)
        _ = try session.run("mentions | count by entity.name")
    }

    @Test("mutated JSON Lines: every line is an article or a bad JSON line")
    func mutatedJSONLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var random = SplitMix64(seed: 7)
        let good =
            #"{"id":"a","title":"Talks","date":"2020-10-10","authors":["Jane Doe"],"text":"“Peace,” Ilham Aliyev said."}"#
        var lines: [String] = []
        for number in 0..<300 {
            var line = Self.mutatedText(good, using: &random)
            line.removeAll { $0.isNewline }
            if line.allSatisfy(\.isWhitespace) { line = "x" }
            lines.append(line.replacingOccurrences(of: #""a""#, with: #""a\#(number)""#))
        }
        try folder.write("lines.jsonl", lines.joined(separator: "\n") + "\n")
        let corpus = try Corpus.load(contentsOf: folder.url)
        let bad = corpus.diagnostics.filter { $0.category == "bad JSON line" }
        #expect(corpus.articles.count + bad.count == lines.count)
        #expect(Set(bad.compactMap(\.line)).count == bad.count, "a bad line is reported once, by its number")
        for diagnostic in bad { #expect((1...lines.count).contains(diagnostic.line ?? 0)) }
    }

    /// The words of the query language, with a few that are not.
    static let queryWords = [
        "articles", "entities", "mentions", "quotes", "|", "where", "sort", "take", "skip", "select", "count", "by",
        "top", "distinct", "kwic", "collocates", "window", "timeline", "rank", "let", "x", "=", "==", "!=", "<", "<=",
        ">", ">=", "~", "!~", "in", "..", "and", "or", "not", "(", ")", "[", "]", ",", ".", ";", "\n", "asc", "desc",
        "as", "date", "text", "title", "source", "speaker", "entity", "kind", "name", "article", "person", "place",
        "mentions(", "near(", "year(", "lower(", "length(", "\"OSCE\"", "\"peace*\"", "\"a* a* c\"", "\"", "2020-03",
        "2020-03-01", "2020-13-45", "10", "0", "-1", "99999999999999999999", "3.5", "true", "false", "null", "#",
        "month", "day", "week", "year", "@", "$", "é", "\\", "'",
    ]

    @Test("random query text: parsing never traps, printing is stable, diagnostics point into the text")
    func randomQueries() throws {
        var random = SplitMix64(seed: 0x5175_6572_79)
        let session = QuerySession(corpus: .sample)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...24, using: &random))
                .map { _ in Self.queryWords.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let parsed = QueryParser.parse(text)
            for diagnostic in parsed.diagnostics + session.check(text) {
                #expect(diagnostic.range.start.offset <= text.utf8.count, "\(text.debugDescription)")
                #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.column >= 1)
            }
            guard parsed.diagnostics.isEmpty, !parsed.isIncomplete else { continue }
            let printed = QueryPrinter.text(parsed.program)
            let reparsed = QueryParser.parse(printed)
            #expect(reparsed.diagnostics.isEmpty, "\(text.debugDescription) printed as \(printed.debugDescription)")
            #expect(QueryPrinter.text(reparsed.program) == printed, "\(text.debugDescription)")
        }
    }

    @Test(
        "random grammatical queries run on the sample or fail with a diagnostic",
        .timeLimit(.minutes(2 * Sanitizers.slowdown)))
    func randomQueriesRun() throws {
        var generator = RandomQuery(seed: 11)
        var ran = 0
        for _ in 0..<600 {
            let text = generator.query()
            #expect(QueryParser.parse(text).diagnostics.isEmpty, "\(text)")
            var session = QuerySession(corpus: .sample)
            guard session.check(text).isEmpty else { continue }
            do {
                _ = try session.run(text)
                ran += 1
            } catch {
                Issue.record("\(text): \(error.rendered)")
            }
        }
        #expect(ran > 200, "most generated queries should check")
    }
}
