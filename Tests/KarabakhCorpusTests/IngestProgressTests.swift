import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// A load tells how far it has got: files read, then articles extracted, each stage
/// counting up to its total.
@Suite("Ingest progress")
struct IngestProgressTests {
    /// The reports a load gave, in order.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [IngestProgress] = []

        var all: [IngestProgress] { lock.withLock { reports } }

        @Sendable func record(_ progress: IngestProgress) {
            lock.withLock { reports.append(progress) }
        }
    }

    @Test("Reading counts a folder's files in stretches, then extraction counts articles in batches")
    func stages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // More files than one stretch of reading and one batch of extraction hold.
        let count = 1_300
        for index in 0..<count {
            _ = try folder.write(
                String(format: "%04d.txt", index),
                "Talks on day \(index)\n\nThe talks in Baku went on, said a spokesman.")
        }
        _ = try folder.write("scan.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0])
        let recorder = Recorder()
        var options = IngestOptions()
        options.progress = recorder.record
        let corpus = try Corpus.load(contentsOf: folder.url, options: options)
        #expect(corpus.articles.count == count)

        let reports = recorder.all
        let reading = reports.filter { $0.stage == .reading }
        let extracting = reports.filter { $0.stage == .extracting }
        #expect(reading.map(\.done) == [1_024, count + 1])
        #expect(reading.allSatisfy { $0.total == count + 1 })
        #expect(extracting.map(\.done) == Array(stride(from: 256, to: count, by: 256)) + [count])
        #expect(extracting.allSatisfy { $0.total == count })
        // Every reading report comes before every extraction report.
        #expect(reports.firstIndex { $0.stage == .extracting } == reading.count)
    }

    @Test("A load without a progress handler, or of nothing, tells nothing and still loads")
    func quiet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let recorder = Recorder()
        var options = IngestOptions()
        options.progress = recorder.record
        #expect(try Corpus.load(contentsOf: folder.url, options: options).articles.isEmpty)
        #expect(recorder.all.isEmpty)
        #expect(try Corpus.load(contentsOf: folder.url).articles.isEmpty)
    }

    @Test("Its description reads as a status line")
    func description() {
        #expect(
            IngestProgress(stage: .reading, done: 2_048, total: 10_000).description
                == "reading files 2,048 of 10,000")
        #expect(
            IngestProgress(stage: .extracting, done: 512, total: 9_870).description
                == "extracting articles 512 of 9,870")
    }
}
