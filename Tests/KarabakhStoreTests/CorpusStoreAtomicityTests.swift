import Foundation
import KarabakhCorpus
import KarabakhTestSupport
import Testing

@testable import KarabakhStore

/// Saving is atomic (SPEC §10, §13): a save that fails at any point leaves the
/// earlier file as it was, and leaves no temporary file behind.
@Suite("Saving atomically")
struct CorpusStoreAtomicityTests {
    /// A failure injected into a save.
    struct InjectedFailure: Error {}

    /// The names in a folder, hidden ones included.
    private func names(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The sample's first two articles, as a corpus different from the sample.
    private var smaller: Corpus {
        get throws {
            try Corpus(
                extractedArticles: Array(Corpus.sample.articles.prefix(2)), entities: Corpus.sample.entities,
                diagnostics: [])
        }
    }

    @Test(
        "A save that fails midway leaves the earlier file intact",
        arguments: [CorpusStore.SaveStage.rowsWritten, .fileWritten])
    func failedSaveKeepsEarlierFile(_ stage: CorpusStore.SaveStage) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("corpus.kcorpus")
        try CorpusStore.save(try smaller, to: url)
        let before = try Data(contentsOf: url)

        let error = try #require(throws: StoreError.self) {
            try CorpusStore.save(Corpus.sample, diagnostics: [], to: url, display: "corpus.kcorpus") { reached in
                if reached == stage { throw InjectedFailure() }
            }
        }
        #expect(error.path == "corpus.kcorpus")
        #expect(error.reason.hasPrefix("cannot write: "))
        #expect(try Data(contentsOf: url) == before)
        #expect(try names(in: folder) == ["corpus.kcorpus"])
        let opened = try CorpusStore.open(url)
        #expect(opened.articles.map(\.id) == ["000_c4999a362ed9034f", "001_2fef7283c8922ff9"])
        #expect(StoreFixtures.export(opened) == StoreFixtures.export(try smaller))
    }

    @Test("A save that succeeds replaces the file and leaves nothing else")
    func saveReplaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("corpus.kcorpus")
        try CorpusStore.save(try smaller, to: url)
        try CorpusStore.save(Corpus.sample, to: url)
        #expect(try names(in: folder) == ["corpus.kcorpus"])
        #expect(StoreFixtures.export(try CorpusStore.open(url)) == StoreFixtures.export(Corpus.sample))
    }

    @Test("While a save runs, the target is the earlier file and the new one is a hidden file beside it")
    func temporaryFileBeside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("corpus.kcorpus")
        try CorpusStore.save(try smaller, to: url)
        var seen: [String] = []
        var earlierArticles = 0
        try CorpusStore.save(Corpus.sample, diagnostics: [], to: url, display: "corpus.kcorpus") { stage in
            if stage == .fileWritten {
                seen = try names(in: folder)
                earlierArticles = try CorpusStore.open(url).articles.count
            }
        }
        #expect(seen.count == 2)
        #expect(seen.contains("corpus.kcorpus"))
        #expect(seen.contains { $0.hasPrefix(".corpus.kcorpus.") && $0.hasSuffix(".tmp") })
        #expect(earlierArticles == 2)
        #expect(try CorpusStore.open(url).articles.count == 5)
    }

    @Test("A target in a missing folder, or that is a folder, cannot be written")
    func unwritableTargets() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = try #require(throws: StoreError.self) {
            try CorpusStore.save(Corpus.sample, to: folder.url("no/such/corpus.kcorpus"))
        }
        #expect(missing.reason.hasPrefix("cannot write: no such folder"))
        try FileManager.default.createDirectory(at: folder.url("taken.kcorpus"), withIntermediateDirectories: false)
        let isFolder = try #require(throws: StoreError.self) {
            try CorpusStore.save(Corpus.sample, to: folder.url("taken.kcorpus"))
        }
        #expect(isFolder.description.hasSuffix("taken.kcorpus: error: cannot write: it is a folder"))
        #expect(try names(in: folder) == ["taken.kcorpus"])
    }
}
