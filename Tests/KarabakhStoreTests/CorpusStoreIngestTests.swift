import Foundation
import KarabakhCorpus
import KarabakhTestSupport
import Testing

@testable import KarabakhStore

/// Incremental ingest: only files the corpus file does not hold are read and
/// extracted, and the result is what ingesting everything at once gives.
@Suite("Ingesting into a saved corpus")
struct CorpusStoreIngestTests {
    /// Two folders of distinct files: A the sample articles, B the outlet styles and a feed.
    private func writeFolders(_ root: TemporaryFolder) throws -> (a: URL, b: URL) {
        let manager = FileManager.default
        try manager.copyItem(at: try Corpus.sampleFolder, to: root.url("A"))
        try manager.copyItem(at: StoreFixtures.articles("OutletStyles"), to: root.url("B"))
        try root.write(
            "B/feed.jsonl",
            """
            {"id": "f1", "text": "Nikol Pashinyan met Ilham Aliyev in Brussels."}
            {"id": "f2", "text": "The OSCE Minsk Group co-chairs said talks would go on."}

            """)
        try root.write("B/scan.txt", bytes: StoreFixtures.pngBytes)
        return (root.url("A"), root.url("B"))
    }

    @Test("Ingesting A, then A and B, extracts only B and exports like ingesting A and B at once")
    func incremental() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (a, b) = try writeFolders(root)
        let file = root.url("corpus.kcorpus")

        let first = try CorpusStore.ingest([a], into: file)
        #expect(first.newArticleCount == 5)
        #expect(first.storedArticleCount == 0)
        #expect(first.description == "ingested 5 articles (5 new, 0 already stored), skipped 0")

        // An article already stored is not read again: its changed text does not show.
        let changed = try #require(
            FileManager.default.contentsOfDirectory(atPath: a.path).sorted().first.map { a.appendingPathComponent($0) })
        let original = try Data(contentsOf: changed)
        try "Rewritten after the first ingest.\n".write(to: changed, atomically: true, encoding: .utf8)

        let second = try CorpusStore.ingest([a, b], into: file)
        #expect(second.newArticleCount == 16)
        #expect(second.storedArticleCount == 5)
        #expect(second.totalArticleCount == 21)
        #expect(second.wroteFile)
        #expect(second.diagnostics.map(\.problem) == [.binaryFile])
        #expect(
            second.description == "ingested 21 articles (16 new, 5 already stored), skipped 1: 1 binary file")

        let stored = try CorpusStore.open(file)
        #expect(!stored.articles.contains { $0.text.contains("Rewritten") })
        #expect(stored.articles.prefix(5).map(\.raw) == Corpus.sample.articles.map(\.raw))

        try original.write(to: changed)
        let atOnce = root.url("at-once.kcorpus")
        let whole = try CorpusStore.ingest([a, b], into: atOnce)
        #expect(whole.newArticleCount == 21)
        let incremental = try CorpusStore.open(file)
        let together = try CorpusStore.open(atOnce)
        #expect(StoreFixtures.export(incremental) == StoreFixtures.export(together))
        #expect(incremental.entities == together.entities)
        #expect(incremental.diagnostics == together.diagnostics)
        #expect(StoreFixtures.export(together) == StoreFixtures.export(try Corpus.load(contentsOf: [a, b])))
    }

    @Test("New JSON lines of a stored feed are read one by one, and a repeated ingest changes nothing")
    func newLinesAndNothingNew() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (_, b) = try writeFolders(root)
        let file = root.url("b.kcorpus")
        _ = try CorpusStore.ingest([b], into: file)
        let written = try Data(contentsOf: file)

        let again = try CorpusStore.ingest([b], into: file)
        #expect(again.newArticleCount == 0)
        #expect(again.storedArticleCount == 16)
        #expect(!again.wroteFile)
        #expect(again.diagnostics.map(\.problem) == [.binaryFile])
        #expect(try Data(contentsOf: file) == written)
        #expect(try CorpusStore.open(file).summary.skippedCount == 1)

        let feed = b.appendingPathComponent("feed.jsonl")
        let handle = try FileHandle(forWritingTo: feed)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"id": "f3", "text": "Karabakh talks resumed."}"#.utf8 + [0x0A]))
        try handle.close()
        let third = try CorpusStore.ingest([b], into: file)
        #expect(third.newArticleCount == 1)
        #expect(third.storedArticleCount == 16)
        let opened = try CorpusStore.open(file)
        #expect(opened.articles.last?.file == "feed.jsonl:3")
        #expect(opened.summary.description == "ingested 17 articles, skipped 1: 1 binary file")
        #expect(StoreFixtures.export(opened) == StoreFixtures.export(try Corpus.load(contentsOf: b)))
    }

    @Test("A skipped file fixed since the last ingest leaves no diagnostic behind")
    func fixedFile() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("in/a.txt", "Talks resumed in Geneva.\n")
        try root.write("in/b.txt", bytes: StoreFixtures.pngBytes)
        let file = root.url("c.kcorpus")
        _ = try CorpusStore.ingest([root.url("in")], into: file)
        #expect(try CorpusStore.open(file).diagnostics.count == 1)
        try root.write("in/b.txt", "Baku and Yerevan traded accusations.\n")
        let result = try CorpusStore.ingest([root.url("in")], into: file)
        #expect(result.newArticleCount == 1)
        let opened = try CorpusStore.open(file)
        #expect(opened.diagnostics.isEmpty)
        #expect(StoreFixtures.export(opened) == StoreFixtures.export(try Corpus.load(contentsOf: root.url("in"))))
    }

    @Test("The corpus file inside the folder it ingests is not read as an article file")
    func fileInsideFolder() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("a.txt", "Talks resumed in Geneva.\n")
        let file = root.url("corpus.kcorpus")
        _ = try CorpusStore.ingest([root.url], into: file)
        let again = try CorpusStore.ingest([root.url], into: file)
        #expect(again.diagnostics.isEmpty)
        #expect(again.storedArticleCount == 1)
    }

    @Test("A missing input or a file that is not a corpus stops the ingest and leaves the file alone")
    func failures() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let missing = try #require(throws: StoreError.self) {
            try CorpusStore.ingest([root.url("nothing")], into: root.url("c.kcorpus"))
        }
        #expect(missing.reason == "no such file or folder")
        #expect(!FileManager.default.fileExists(atPath: root.url("c.kcorpus").path))
        let notes = try root.write("notes.kcorpus", "not a corpus at all, just some notes\n")
        try root.write("in/a.txt", "Talks resumed in Geneva.\n")
        let wrong = try #require(throws: StoreError.self) { try CorpusStore.ingest([root.url("in")], into: notes) }
        #expect(wrong.reason == "not a saved corpus: not an SQLite database")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "not a corpus at all, just some notes\n")
    }

    @Test("The skip option leaves files and JSON lines unread, without a diagnostic")
    func skipOption() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("a.txt", "Talks resumed in Geneva.\n")
        try root.write("b.txt", bytes: StoreFixtures.pngBytes)
        try root.write("c.meta.json", #"{"title": "C"}"#)
        try root.write("c.txt", "Baku and Yerevan traded accusations.\n")
        try root.write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
        try root.write("other.jsonl", "{\"text\": \"Three.\"}\n")
        let asked = AskedNames()
        var options = IngestOptions()
        options.skip = { name in
            asked.add(name)
            return ["b.txt", "c.txt", "feed.jsonl:1", "other.jsonl"].contains(name)
        }
        let corpus = try Corpus.load(contentsOf: root.url, options: options)
        #expect(corpus.articles.map(\.file) == ["a.txt", "feed.jsonl:2"])
        #expect(corpus.diagnostics.isEmpty)
        #expect(
            asked.names == ["a.txt", "b.txt", "c.txt", "feed.jsonl", "feed.jsonl:1", "feed.jsonl:2", "other.jsonl"])

        options.skip = { $0.hasPrefix("feed.jsonl:") }
        let noLines = try Corpus.load(contentsOf: root.url("feed.jsonl"), options: options)
        #expect(noLines.articles.isEmpty)
        #expect(noLines.diagnostics.isEmpty)
    }

    /// The names a skip closure was asked about, from any thread.
    private final class AskedNames: @unchecked Sendable {
        // Read and written only while `lock` is held.
        private var set: Set<String> = []
        private let lock = NSLock()

        func add(_ name: String) {
            lock.withLock { _ = set.insert(name) }
        }

        var names: [String] { lock.withLock { set.sorted() } }
    }
}
