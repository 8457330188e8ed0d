import Foundation
import GRDB
import KarabakhCorpus
import KarabakhTestSupport
import Testing

@testable import KarabakhStore

/// A saved corpus opens as the corpus that was saved (SPEC §13): the same export,
/// byte for byte, the same entities in the same order, the same diagnostics.
@Suite("Saving and opening a corpus")
struct CorpusStoreRoundTripTests {
    /// Saves a corpus, opens it, and checks that nothing changed.
    private func roundTrip(_ corpus: Corpus) throws -> Corpus {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("corpus.kcorpus")
        try CorpusStore.save(corpus, to: url)
        let opened = try CorpusStore.open(url)
        let before = StoreFixtures.export(corpus)
        let after = StoreFixtures.export(opened)
        #expect(
            after == before,
            "\(TextDiff(expected: before.joined(separator: "\n"), actual: after.joined(separator: "\n")))")
        #expect(opened.articles == corpus.articles)
        #expect(opened.entities == corpus.entities)
        #expect(opened.diagnostics == corpus.diagnostics)
        #expect(opened.summary.description == corpus.summary.description)
        return opened
    }

    @Test("The sample corpus exports the same after saving and opening")
    func sample() throws {
        let opened = try roundTrip(Corpus.sample)
        #expect(opened.articles.count == 5)
        let results = try opened.run("quotes | where speaker == \"Tural Ganjaliyev\" | count")
        #expect(results.map { ResultRenderer(corpus: opened).render($0, as: .csv) } == ["14\r\n"])
    }

    @Test("A fixture folder exports the same after saving and opening", arguments: ["OutletStyles", "HeldOut"])
    func fixtureFolder(_ name: String) throws {
        let corpus = try Corpus.load(contentsOf: StoreFixtures.articles(name))
        #expect(corpus.articles.count > 10)
        _ = try roundTrip(corpus)
    }

    @Test("Odd text, every metadata form and every kind of skipped file survive saving")
    func messyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try StoreFixtures.writeMessyFolder(folder)
        let corpus = try Corpus.load(contentsOf: folder.url, options: StoreFixtures.messyOptions)
        let problems = Set(corpus.diagnostics.map { StoredDiagnostic($0.problem).problem })
        #expect(
            problems == [
                "binary_file", "empty_file", "not_utf8", "unsupported_type", "too_large", "bad_json", "wrong_type",
                "missing_text", "empty_text", "not_an_object", "bad_date", "orphan_sidecar", "bad_sidecar",
            ])
        let nul = try #require(corpus[id: "j1"])
        #expect(nul.text.unicodeScalars.contains("\u{0}"))
        #expect(corpus.articles.contains { $0.raw.contains("\r\n") })
        let opened = try roundTrip(corpus)
        #expect(opened[id: "j1"]?.text == nul.text)
        // SQL reads the raw text whole, whether the file keeps it around the body or whole.
        let url = folder.url("messy.kcorpus")
        try CorpusStore.save(corpus, to: url)
        let raws = try DatabaseQueue(path: url.path).read { db in
            try String.fetchAll(db, sql: "SELECT raw FROM articles ORDER BY position")
        }
        #expect(raws == corpus.articles.map(\.raw))
        let kept = try DatabaseQueue(path: url.path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE raw_whole IS NULL")
        }
        #expect(kept.map { $0 > 0 && $0 < corpus.articles.count } == true)
        #expect(opened[id: "side"]?.authors == ["A \"B\" C"])
    }

    @Test("A corpus with no articles saves and opens")
    func empty() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("scan.txt", bytes: StoreFixtures.pngBytes)
        let corpus = try Corpus.load(contentsOf: folder.url)
        #expect(corpus.articles.isEmpty)
        let opened = try roundTrip(corpus)
        #expect(opened.summary.description == "ingested 0 articles, skipped 1: 1 binary file")
    }

    @Test(
        "Queries give the same answers on the opened corpus",
        arguments: [
            "articles | where date >= 2020-03-01 | sort date | select file, date",
            "entities | where kind == person | top 5 by articles",
            "mentions | where entity == \"Khankendi\" | count by article.source, surface",
            "articles | where text ~ \"peaceful coexist*\" | kwic \"coexist*\" window 6",
            "articles | rank \"Karabakh community\" | select id, score",
            "quotes | where speaker == \"Ganjaliyev\" | select text, verb, kind",
        ])
    func queries(_ query: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("sample.kcorpus")
        try CorpusStore.save(Corpus.sample, to: url)
        let opened = try CorpusStore.open(url)
        let renderer = ResultRenderer(corpus: Corpus.sample)
        let expected = try Corpus.sample.run(query).map { renderer.render($0, as: .jsonl) }
        let actual = try opened.run(query).map { ResultRenderer(corpus: opened).render($0, as: .jsonl) }
        #expect(actual == expected)
    }

    @Test("The file is plain SQLite: its tables hold every article, entity, mention and quote")
    func plainTables() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("sample.kcorpus")
        let corpus = Corpus.sample
        try CorpusStore.save(corpus, to: url)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "delete")
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == "2")
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'gazetteer'") == "standard")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") == corpus.articles.count)
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions")
                    == corpus.articles.reduce(0) { $0 + $1.mentions.count })
            #expect(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes")
                    == corpus.articles.reduce(0) { $0 + $1.quotes.count })
            #expect(
                try String.fetchAll(db, sql: "SELECT id FROM entities ORDER BY position") == corpus.entities.map(\.id))
            #expect(
                try String.fetchAll(db, sql: "SELECT file FROM articles ORDER BY position")
                    == corpus.articles.map(\.file))
            #expect(
                try Int.fetchAll(db, sql: "SELECT words FROM articles ORDER BY position")
                    == corpus.articles.map(\.words))
            let first = try #require(corpus.articles.first?.mentions.first)
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT entity_id, surface, start, "end", sentence_start, sentence_end FROM mentions
                        WHERE article_id = ? AND position = 0
                        """, arguments: [first.articleID]))
            #expect(row[0] as String == first.entityID)
            #expect(row[1] as String == first.surface)
            #expect(row[2] as Int == first.start)
            #expect(row[3] as Int == first.end)
            #expect((row[4] as Int)..<(row[5] as Int) == first.sentenceRange)
            #expect(
                try String.fetchOne(db, sql: "SELECT authors FROM articles WHERE position = 0")
                    == #"["Akbar Mammadov"]"#)
            #expect(try String.fetchAll(db, sql: "SELECT name FROM index_parts") == ["terms"])
            let indexes = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            #expect(Set(indexes) == ["mentions_entity", "quotes_speaker", "articles_date"])
        }
    }

    @Test("Packed mentions and quotes read back whatever their numbers and strings")
    func extractionRecord() throws {
        var article = Article(id: "a", file: "a.txt", metadata: ArticleMetadata(), text: "x", raw: "x")
        article.mentions = [
            Mention(
                entityID: "e1", articleID: "a", surface: "", start: -5, end: Int(Int32.max),
                sentenceRange: Int(Int32.min)..<Int(Int32.max)),
            Mention(entityID: "e0", articleID: "a", surface: "Xankəndi 🇦🇿\u{0}", start: 7, end: 3, sentenceRange: 0..<0),
        ]
        article.quotes = [
            Quote(text: "", speakerID: nil, articleID: "a", verb: nil, kind: .partial, start: 0, end: 0),
            Quote(text: "“Yes”\n", speakerID: "e1", articleID: "a", verb: "", kind: .direct, start: 1 << 40, end: -1),
        ]
        var bytes: [UInt8] = []
        #expect(ExtractionRecord.pack(article, entityPositions: ["e0": 0, "e1": 1], into: &bytes) == nil)
        var surfaces = ExtractionRecord.Surfaces(entityCount: 2)
        let unpacked = try bytes.withUnsafeBytes {
            try ExtractionRecord.unpack($0, articleID: "a", entityIDs: ["e0", "e1"], surfaces: &surfaces)
        }
        #expect(unpacked.mentions == article.mentions)
        #expect(unpacked.quotes == article.quotes)

        // Offsets a mention cannot hold (a damaged file) are an error, not a trap.
        var wide: [UInt8] = [1, 0]
        for value in [Int(Int32.max) + 1, 0, 0, 0] {
            let zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
            var rest = zigzag
            while rest >= 0x80 {
                wide.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            wide.append(UInt8(rest))
        }
        wide += [0, 0]
        let damage = try #require(throws: ExtractionRecord.Damage.self) {
            try wide.withUnsafeBytes {
                try ExtractionRecord.unpack($0, articleID: "a", entityIDs: ["e0"], surfaces: &surfaces)
            }
        }
        #expect(damage.reason == "a mention's offsets are out of range")

        var unknown: [UInt8] = []
        #expect(ExtractionRecord.pack(article, entityPositions: ["e1": 0], into: &unknown) == "e0")
        #expect(unknown.isEmpty)
        for length in 0..<bytes.count {
            #expect(throws: ExtractionRecord.Damage.self) {
                try Array(bytes[..<length]).withUnsafeBytes {
                    try ExtractionRecord.unpack($0, articleID: "a", entityIDs: ["e0", "e1"], surfaces: &surfaces)
                }
            }
        }
    }

    @Test("JSON arrays of strings are written compactly and read back with every escape")
    func jsonStringArrays() {
        let strings = ["", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\u{1}\u{0}", "Xankəndi 🇦🇿 “x”"]
        let text = JSONStringArray.text(strings)
        #expect(JSONStringArray.strings(text) == strings)
        #expect(JSONStringArray.text(["Akbar Mammadov"]) == #"["Akbar Mammadov"]"#)
        #expect(JSONStringArray.strings(#" [ "a" , "\u00e9\ud83c\udde6\/" ] "#) == ["a", "é🇦/"])
        #expect(JSONStringArray.strings("[]") == [])
        for bad in [
            "", "[", "[\"a\"", "[1]", "[\"a\",]", "{}", "[\"a\"] x", "[\"\\ud83c\"]", "[\"\\x\"]", "[\"a\nb\"]",
        ] {
            #expect(JSONStringArray.strings(bad) == nil, "\(bad)")
        }
    }
}
