import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// JSON Lines files (SPEC §3.2) and `.meta.json` sidecars (§3.3), with their bad input
/// (§3.4) and diagnostics (§11).
@Suite("JSON Lines files and sidecar metadata")
struct JSONLinesAndSidecarTests {
    // MARK: JSON Lines: fields

    @Test("Every field of a JSON line is read; only text is required")
    func allFields() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = [
            #"{"id": "full", "title": "Talks resume in Geneva", "date": "2020-03-30", "authors": ["Jane Doe", "John Roe"], "source": "AzerNews", "url": "https://example.com/talks", "text": "The co-chairs met in Geneva.\nThey agreed to meet again."}"#,
            #"{"title": "Second", "date": "2020-03-30T15:10:00+04:00", "author": "Akbar Mammadov", "text": "Second article."}"#,
            #"{"text": "Only text."}"#,
        ]
        try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        try #require(corpus.articles.count == 3)
        let full = corpus.articles[0]
        #expect(full.id == "full")
        #expect(full.file == "feed.jsonl:1")
        #expect(full.title == "Talks resume in Geneva")
        #expect(full.date == Day(2020, 3, 30))
        #expect(full.authors == ["Jane Doe", "John Roe"])
        #expect(full.author == "Jane Doe")
        #expect(full.source == "AzerNews")
        #expect(full.url == "https://example.com/talks")
        #expect(full.dateline == nil)
        #expect(full.text == "The co-chairs met in Geneva.\nThey agreed to meet again.")
        #expect(full.raw == lines[0])

        let second = corpus.articles[1]
        #expect(second.id == "feed:2")
        #expect(second.file == "feed.jsonl:2")
        #expect(second.title == "Second")
        #expect(second.date == Day(2020, 3, 30))
        #expect(second.authors == ["Akbar Mammadov"])
        #expect(second.author == "Akbar Mammadov")
        #expect(second.text == "Second article.")

        let bare = corpus.articles[2]
        #expect(bare.id == "feed:3")
        #expect(bare.file == "feed.jsonl:3")
        #expect(bare.metadata == ArticleMetadata())
        #expect(bare.author == nil)
        #expect(bare.text == "Only text.")
        #expect(corpus.summary.description == "ingested 3 articles, skipped 0")
    }

    @Test(
        "A date is read as YYYY-MM-DD or as the date an ISO 8601 date-time prints",
        arguments: [
            "2020-03-30", "2020-03-30T15:10:00+04:00", "2020-03-30T15:10:00Z", "2020-03-30T23:30:00-05:00",
            "2020-03-30T15:10:00.250+04:00", "2020-03-30T15:10+04:00",
        ])
    func goodDates(_ printed: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("feed.jsonl", #"{"date": "\#(printed)", "text": "Body."}"# + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        #expect(corpus.articles.map(\.date) == [Day(2020, 3, 30)])
    }

    @Test(
        "A date that is neither YYYY-MM-DD nor an ISO 8601 date-time skips its line",
        arguments: [
            "30/03/2020", "2020-3-30", "2020-02-30", "March 30, 2020", "20200330x", "yesterday", "2020-03-30Tnoon",
        ])
    func badDates(_ printed: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "feed.jsonl",
            #"{"text": "Before."}"# + "\n" + #"{"date": "\#(printed)", "text": "Body."}"# + "\n"
                + #"{"text": "After."}"#)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1", "feed.jsonl:3"])
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(
                    file: "\(folder.path)/feed.jsonl", line: 2, problem: .badDate(field: "date", value: printed))
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/feed.jsonl:2: warning: skipped: 'date' is not YYYY-MM-DD or an ISO 8601 date-time: \"\(printed)\""
            ])
    }

    /// A field given with a JSON value of the wrong type.
    struct WrongType: Sendable, CustomTestStringConvertible {
        let field: String
        let value: String
        let expected: String
        var testDescription: String { "\(field): \(value)" }

        var line: String {
            field == "text" ? #"{"text": \#(value)}"# : #"{"\#(field)": \#(value), "text": "Body."}"#
        }
    }

    static let wrongTypes: [WrongType] = [
        WrongType(field: "authors", value: #""x""#, expected: "an array of strings"),
        WrongType(field: "authors", value: #"["Jane Doe", 5]"#, expected: "an array of strings"),
        WrongType(field: "date", value: "5", expected: "a string"),
        WrongType(field: "text", value: "3", expected: "a string"),
        WrongType(field: "text", value: #"["a", "b"]"#, expected: "a string"),
        WrongType(field: "title", value: "[]", expected: "a string"),
        WrongType(field: "source", value: "{}", expected: "a string"),
        WrongType(field: "url", value: "true", expected: "a string"),
        WrongType(field: "author", value: #"["Jane Doe"]"#, expected: "a string"),
        WrongType(field: "id", value: "true", expected: "a string or a number"),
        WrongType(field: "id", value: "[1]", expected: "a string or a number"),
    ]

    @Test("A field of the wrong type skips its line, naming the field", arguments: wrongTypes)
    func wrongType(_ wrong: WrongType) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "feed.jsonl", [#"{"text": "Before."}"#, wrong.line, #"{"text": "After."}"#].joined(separator: "\n"))

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.text) == ["Before.", "After."])
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(
                    file: "\(folder.path)/feed.jsonl", line: 2,
                    problem: .wrongType(field: wrong.field, expected: wrong.expected))
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/feed.jsonl:2: warning: skipped: '\(wrong.field)' must be \(wrong.expected)"
            ])
    }

    @Test("A numeric id is read as its digits")
    func numericID() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("feed.jsonl", #"{"id": 42, "text": "Body."}"# + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.id) == ["42"])
        #expect(corpus.diagnostics.isEmpty)
    }

    // MARK: JSON Lines: a file with good and bad lines

    @Test("Each bad line is skipped with its own diagnostic and line number; the good lines around it are kept")
    func mixedLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lines = [
            // 1
            #"{"id": "full", "title": "Talks resume", "date": "2020-03-30", "authors": ["Jane Doe"], "text": "The co-chairs met.\r\nThey agreed."}"#,
            #"{"date": "2020-03-30T15:10:00+04:00", "author": "Akbar Mammadov", "text": "Second article."}"#,  // 2
            "",  // 3
            #"{"text": "Only text."}"#,  // 4
            #"{"authors": "x", "text": "Wrong authors."}"#,  // 5
            #"{"date": 5, "text": "Wrong date."}"#,  // 6
            #"{"text": 3}"#,  // 7
            #"{"title": [], "text": "Wrong title."}"#,  // 8
            #"{"date": "30/03/2020", "text": "Bad date."}"#,  // 9
            #"{"title": "No text"}"#,  // 10
            #"{"text": " \t "}"#,  // 11
            #"["text", "An array."]"#,  // 12
            #"{"text": "Invalid JSON"#,  // 13
            "   ",  // 14
            #"{"text": "Last good line."}"#,  // 15
        ]
        try folder.write("feed.jsonl", lines.joined(separator: "\r\n") + "\r\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:15"])
        #expect(corpus.articles.map(\.id) == ["full", "feed:2", "feed:4", "feed:15"])
        #expect(
            corpus.articles.map(\.text) == [
                "The co-chairs met.\nThey agreed.", "Second article.", "Only text.", "Last good line.",
            ])
        #expect(corpus.articles.map(\.raw) == [lines[0], lines[1], lines[3], lines[14]])
        #expect(corpus[id: "full"]?.date == Day(2020, 3, 30))
        #expect(corpus[id: "feed:2"]?.date == Day(2020, 3, 30))
        #expect(corpus[id: "feed:2"]?.authors == ["Akbar Mammadov"])

        let file = "\(folder.path)/feed.jsonl"
        let expected: [(Int, IngestProblem, String)] = [
            (5, .wrongType(field: "authors", expected: "an array of strings"), "'authors' must be an array of strings"),
            (6, .wrongType(field: "date", expected: "a string"), "'date' must be a string"),
            (7, .wrongType(field: "text", expected: "a string"), "'text' must be a string"),
            (8, .wrongType(field: "title", expected: "a string"), "'title' must be a string"),
            (
                9, .badDate(field: "date", value: "30/03/2020"),
                "'date' is not YYYY-MM-DD or an ISO 8601 date-time: \"30/03/2020\""
            ),
            (10, .missingText, "no 'text' field"),
            (11, .emptyText, "empty 'text'"),
            (12, .notAnObject(found: "an array"), "an array, not a JSON object"),
        ]
        try #require(corpus.diagnostics.count == expected.count + 1, "\(corpus.diagnostics)")
        for (diagnostic, (line, problem, reason)) in zip(corpus.diagnostics, expected) {
            #expect(diagnostic.file == file)
            #expect(diagnostic.line == line)
            #expect(diagnostic.problem == problem)
            #expect(diagnostic.description == "\(file):\(line): warning: skipped: \(reason)")
        }
        let invalid = corpus.diagnostics[expected.count]
        #expect(invalid.line == 13)
        if case .badJSON = invalid.problem {} else { Issue.record("expected .badJSON, got \(invalid.problem)") }
        #expect(invalid.description.hasPrefix("\(file):13: warning: skipped: not valid JSON: "), "\(invalid)")

        #expect(corpus.summary.description == "ingested 4 articles, skipped 9: 9 bad JSON lines")
    }

    @Test("Blank lines are ignored but still counted in line numbers")
    func blankLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "feed.jsonl", "\n\n" + #"{"text": "Third."}"# + "\n \t\n\n" + #"{"text": "Sixth."}"# + "\n\n\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["feed.jsonl:3", "feed.jsonl:6"])
        #expect(corpus.articles.map(\.id) == ["feed:3", "feed:6"])
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test("The last line is read without a final line end, and a UTF-8 BOM does not break the first line")
    func lastLineAndBOM() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "feed.jsonl",
            bytes: [0xEF, 0xBB, 0xBF] + Array((#"{"text": "First."}"# + "\r\n" + #"{"text": "Last."}"#).utf8))

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.text) == ["First.", "Last."])
        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1", "feed.jsonl:2"])
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
    }

    @Test("A JSON line that is not UTF-8 is skipped with its line number")
    func lineNotUTF8() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes =
            Array((#"{"text": "First."}"# + "\n" + #"{"text": "Caf"#).utf8) + [0xE9]
            + Array((#" au lait."}"# + "\n" + #"{"text": "Third."}"# + "\n").utf8)
        try folder.write("feed.jsonl", bytes: bytes)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.text) == ["First.", "Third."])
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(file: "\(folder.path)/feed.jsonl", line: 2, problem: .notUTF8(byteOffset: 13))
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/feed.jsonl:2: warning: skipped: not valid UTF-8 (bad byte at offset 13)"
            ])
    }

    @Test("Text of a JSON line is kept as given, apart from line ends")
    func jsonTextKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let line = #"{"text": "By Jane Doe\r\n\r\n“Peace,”\u00a0he said.\rDone."}"#
        try folder.write("feed.jsonl", line + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(
            Array(article.text.unicodeScalars) == Array("By Jane Doe\n\n“Peace,”\u{00A0}he said.\nDone.".unicodeScalars)
        )
        #expect(article.authors.isEmpty)
        #expect(article.raw == line)
    }

    @Test("A JSON Lines file in a subfolder gives files and ids with its relative path")
    func jsonLinesInSubfolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2020/march/feed.jsonl", #"{"text": "One."}"# + "\n" + #"{"text": "Two."}"# + "\n")
        try folder.write("2020/march/wire.ndjson", #"{"text": "Three."}"# + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(
            corpus.articles.map(\.file) == [
                "2020/march/feed.jsonl:1", "2020/march/feed.jsonl:2", "2020/march/wire.ndjson:1",
            ])
        #expect(corpus.articles.map(\.id) == ["2020/march/feed:1", "2020/march/feed:2", "2020/march/wire:1"])
    }

    @Test("A JSON Lines file loaded by itself is read line by line")
    func jsonLinesFileAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write("data/feed.jsonl", #"{"text": "One."}"# + "\n" + "{oops}\n")

        let corpus = try Corpus.load(contentsOf: url)

        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1"])
        #expect(corpus.articles.map(\.id) == ["feed:1"])
        #expect(corpus.diagnostics.map(\.file) == [url.path])
        #expect(corpus.diagnostics.map(\.line) == [2])
    }

    /// A JSON Lines file that gives no article at all.
    struct BadFeed: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let problem: IngestProblem
        var testDescription: String { name }
    }

    static let badFeeds: [BadFeed] = [
        BadFeed(name: "empty", bytes: [], problem: .emptyFile),
        BadFeed(name: "blank lines only", bytes: Array("\n  \r\n\t\n".utf8), problem: .emptyFile),
        BadFeed(
            name: "binary", bytes: [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03], problem: .binaryFile),
    ]

    @Test("An empty, blank or binary JSON Lines file is skipped as a whole", arguments: badFeeds)
    func badFeed(_ feed: BadFeed) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("feed.jsonl", bytes: feed.bytes)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.isEmpty)
        #expect(corpus.diagnostics == [IngestDiagnostic(file: "\(folder.path)/feed.jsonl", problem: feed.problem)])
        #expect(
            corpus.diagnostics.map(\.description) == ["\(folder.path)/feed.jsonl: warning: skipped: \(feed.problem)"])
    }

    // MARK: Sidecars

    /// An article whose header the reader understands: a title with a media tag, a
    /// date and byline line, a wire dateline and a source URL footer.
    private static let articleText = """
        Talks resume in Geneva [PHOTO]

         date 2020-04-29 By Akbar Mammadov

        MOSCOW, April 29. /TASS/. The co-chairs met in Geneva on Wednesday.

        They agreed to meet again.

        Source: https://tass.com/politics/1

        """

    /// The metadata the reader finds in ``articleText``, with no sidecar.
    private static func readerMetadata() throws -> ArticleMetadata {
        let metadata = ArticleReader().read(articleText).metadata
        // The overrides below are only meaningful if the header gave these fields.
        try #require(metadata.title != nil)
        try #require(metadata.date != nil)
        try #require(!metadata.authors.isEmpty)
        try #require(metadata.source != nil)
        return metadata
    }

    @Test("Without a sidecar the article has the metadata its header gives")
    func noSidecar() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", Self.articleText)

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(article.title == "Talks resume in Geneva")
        #expect(article.date == Day(2020, 4, 29))
        #expect(article.authors == ["Akbar Mammadov"])
        #expect(article.source == "TASS")
        #expect(article.dateline == "MOSCOW")
        #expect(article.url == "https://tass.com/politics/1")
    }

    /// A sidecar and what it must change in the reader's metadata.
    struct Override: Sendable, CustomTestStringConvertible {
        let json: String
        var id = "a"
        let change: @Sendable (inout ArticleMetadata) -> Void
        var testDescription: String { json }
    }

    static let overrides: [Override] = [
        Override(json: #"{"title": "A new title"}"#) { $0.title = "A new title" },
        Override(json: #"{"date": "2020-05-01"}"#) { $0.date = Day(2020, 5, 1) },
        Override(json: #"{"date": "2020-05-01T09:00:00+04:00"}"#) { $0.date = Day(2020, 5, 1) },
        Override(json: #"{"authors": ["Jane Doe", "John Roe"]}"#) { $0.authors = ["Jane Doe", "John Roe"] },
        Override(json: #"{"author": "Jane Doe"}"#) { $0.authors = ["Jane Doe"] },
        Override(json: #"{"source": "Trend"}"#) { $0.source = "Trend" },
        Override(json: #"{"dateline": "BAKU"}"#) { $0.dateline = "BAKU" },
        Override(json: #"{"url": "https://example.com/talks"}"#) { $0.url = "https://example.com/talks" },
        Override(json: #"{"id": "geneva-talks"}"#, id: "geneva-talks") { _ in },
        Override(json: #"{"title": null}"#) { $0.title = nil },
        Override(json: #"{"date": null}"#) { $0.date = nil },
        Override(json: #"{"authors": null}"#) { $0.authors = [] },
        Override(json: #"{"author": null}"#) { $0.authors = [] },
        Override(json: #"{"source": null}"#) { $0.source = nil },
        Override(json: #"{"dateline": null}"#) { $0.dateline = nil },
        Override(json: #"{"url": null}"#) { $0.url = nil },
        Override(json: "{}") { _ in },
        Override(
            json: #"""
                {"id": "x1", "title": "T", "date": "2021-01-05", "authors": ["A B"], "source": "News.Az",
                 "dateline": "YEREVAN", "url": "https://news.az/1"}
                """#,
            id: "x1"
        ) {
            $0 = ArticleMetadata(
                title: "T", date: Day(2021, 1, 5), authors: ["A B"], source: "News.Az", dateline: "YEREVAN",
                url: "https://news.az/1")
        },
        Override(
            json: #"{"title": null, "date": null, "authors": null, "source": null, "dateline": null, "url": null}"#
        ) { $0 = ArticleMetadata() },
    ]

    @Test("A sidecar overrides the fields it gives, null clears a field, and the others are kept", arguments: overrides)
    func sidecarOverrides(_ override: Override) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", Self.articleText)
        try folder.write("a.meta.json", override.json)
        var expected = try Self.readerMetadata()
        override.change(&expected)

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(corpus.articles.count == 1)
        #expect(article.id == override.id)
        #expect(article.file == "a.txt")
        #expect(article.metadata == expected)
        #expect(article.raw == Self.articleText)
        #expect(article.text == ArticleReader().read(Self.articleText).body)
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")
        #expect(corpus.summary.description == "ingested 1 article, skipped 0")
    }

    @Test("A sidecar applies in a subfolder and when its article file is loaded by itself")
    func sidecarPlaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2020/march/a.txt", Self.articleText)
        try folder.write("2020/march/a.meta.json", #"{"title": "Nested", "id": "nested"}"#)
        try folder.write("2020/b", "An article without an extension.\n")
        try folder.write("2020/b.meta.json", #"{"title": "No extension"}"#)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.id) == ["2020/b", "nested"])
        #expect(corpus.articles.map(\.file) == ["2020/b", "2020/march/a.txt"])
        #expect(corpus.articles.map(\.title) == ["No extension", "Nested"])
        #expect(corpus.diagnostics.isEmpty, "\(corpus.diagnostics)")

        let alone = try Corpus.load(contentsOf: folder.url("2020/march/a.txt"))
        #expect(alone.articles.map(\.id) == ["nested"])
        #expect(alone.articles.map(\.title) == ["Nested"])
        #expect(alone.diagnostics.isEmpty)
    }

    /// A sidecar that cannot be used, and how the reason must begin.
    struct BadSidecar: Sendable, CustomTestStringConvertible {
        let json: String
        let reason: String
        var testDescription: String { json.isEmpty ? "(empty)" : json }
    }

    static let badSidecars: [BadSidecar] = [
        BadSidecar(json: #"{"title": "Unclosed"#, reason: "not valid JSON: "),
        BadSidecar(json: "", reason: ""),
        BadSidecar(json: "[1, 2]", reason: "an array, not a JSON object"),
        BadSidecar(json: #"{"date": 5}"#, reason: "'date' must be a string"),
        BadSidecar(json: #"{"authors": "Jane Doe"}"#, reason: "'authors' must be an array of strings"),
        BadSidecar(
            json: #"{"title": "Good", "date": "soon"}"#,
            reason: "'date' is not YYYY-MM-DD or an ISO 8601 date-time: \"soon\""),
    ]

    @Test(
        "A sidecar that cannot be used is ignored with a diagnostic; the article keeps its own metadata",
        arguments: badSidecars)
    func badSidecar(_ bad: BadSidecar) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", Self.articleText)
        try folder.write("a.meta.json", bad.json)
        let expected = try Self.readerMetadata()

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(article.id == "a")
        #expect(article.metadata == expected)
        #expect(article.raw == Self.articleText)
        let diagnostic = try #require(corpus.diagnostics.first)
        #expect(corpus.diagnostics.count == 1)
        #expect(diagnostic.file == "\(folder.path)/a.meta.json")
        #expect(diagnostic.line == nil)
        #expect(!diagnostic.isSkip)
        if case .badSidecar = diagnostic.problem {
        } else {
            Issue.record("expected .badSidecar, got \(diagnostic.problem)")
        }
        let prefix = "\(folder.path)/a.meta.json: warning: ignored: sidecar not used: \(bad.reason)"
        #expect(diagnostic.description.hasPrefix(prefix), "\(diagnostic)")
        if !bad.reason.hasSuffix(": ") && !bad.reason.isEmpty {
            #expect(diagnostic.description == prefix)
        }
        #expect(corpus.summary.skippedCount == 0)
        #expect(corpus.summary.ignoredCount == 1)
        #expect(corpus.summary.description == "ingested 1 article, skipped 0; ignored 1 sidecar")
    }

    @Test("A sidecar without its article is ignored with a diagnostic naming the missing file")
    func orphanSidecar() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", Self.articleText)
        try folder.write("c.meta.json", #"{"title": "Lost"}"#)
        try folder.write("2020/d.meta.json", #"{"title": "Lost too"}"#)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.id) == ["a"])
        #expect(corpus.articles.first?.title == "Talks resume in Geneva")
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(
                    file: "\(folder.path)/2020/d.meta.json", problem: .orphanSidecar(expected: "2020/d.txt")),
                IngestDiagnostic(file: "\(folder.path)/c.meta.json", problem: .orphanSidecar(expected: "c.txt")),
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/2020/d.meta.json: warning: ignored: sidecar without its article 2020/d.txt",
                "\(folder.path)/c.meta.json: warning: ignored: sidecar without its article c.txt",
            ])
        #expect(corpus.diagnostics.allSatisfy { !$0.isSkip })
        #expect(corpus.summary.description == "ingested 1 article, skipped 0; ignored 2 sidecars")
    }

    @Test("A sidecar whose article is skipped is ignored too, and only the article counts as skipped")
    func sidecarOfSkippedArticle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D])
        try folder.write("a.meta.json", #"{"title": "A photo"}"#)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.isEmpty)
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/a.txt: warning: skipped: binary file",
                "\(folder.path)/a.meta.json: warning: ignored: sidecar not used: its article was skipped",
            ])
        #expect(corpus.summary.description == "ingested 0 articles, skipped 1: 1 binary file; ignored 1 sidecar")
    }

    @Test("Skipped files and ignored sidecars are counted apart in the summary")
    func summaryWithSidecars() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", Self.articleText)
        try folder.write("a.meta.json", "{oops")
        try folder.write("b.txt", "Another article.\n")
        try folder.write("empty.txt", bytes: [])
        try folder.write("z.meta.json", "{}")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.id) == ["a", "b"])
        #expect(
            corpus.diagnostics.map(\.file) == [
                "\(folder.path)/a.meta.json", "\(folder.path)/empty.txt", "\(folder.path)/z.meta.json",
            ])
        #expect(corpus.summary.description == "ingested 2 articles, skipped 1: 1 empty file; ignored 2 sidecars")
    }
}
