import Foundation
import KarabakhTestSupport
import Testing

/// Atomic saves end to end (SPEC §13): `karabakh ingest --output` killed with SIGKILL
/// at any moment, while it reads or while it writes, leaves the earlier `.kcorpus`
/// byte for byte as it was, and it opens and exports as before.
@Suite("karabakh ingest killed mid-way")
struct IngestKillTests {
    /// When the kill comes.
    enum Moment: String, CaseIterable, CustomTestStringConvertible {
        /// While the articles are read and extracted, before anything is written.
        case reading
        /// As soon as the new database appears beside the target.
        case writingStarts
        /// A little into writing it.
        case writing

        var testDescription: String { rawValue }
    }

    /// The sample articles 40 times over, in numbered folders: 200 articles, enough
    /// that reading and writing each take a while.
    private static func manyArticles(in folder: TemporaryFolder) throws -> String {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: seedsFolder).filter { $0.hasSuffix(".txt") }
        for copy in 0..<40 {
            for name in seeds {
                let text = try String(contentsOfFile: "\(seedsFolder)/\(name)", encoding: .utf8)
                try folder.write("more/\(copy)/\(name)", text)
            }
        }
        return folder.url("more").path
    }

    /// `Sources/KarabakhCorpus/Resources/SampleCorpus`, the five sample articles.
    private static var seedsFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KarabakhCorpus/Resources/SampleCorpus").path
    }

    /// The hidden temporary files a save writes beside `file`.
    private static func temporaries(beside file: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(file.lastPathComponent).") }
    }

    @Test("the earlier corpus file is unchanged, opens, and exports as before", arguments: Moment.allCases)
    func killed(at moment: Moment) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url("corpus.kcorpus")
        let first = try CommandRunner.karabakh(["ingest", Self.seedsFolder, "--output", file.path])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: file)
        let exportBefore = try CommandRunner.karabakh(["export", "--corpus", file.path, "--format", "jsonl"])
        #expect(exportBefore.stdout.split(separator: "\n").count == 5)

        let more = try Self.manyArticles(in: folder)
        let process = Process()
        process.executableURL = CommandRunner.karabakhURL
        process.arguments = ["ingest", more, "--output", file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        switch moment {
        case .reading:
            Thread.sleep(forTimeInterval: 0.3)
            #expect(Self.temporaries(beside: file).isEmpty, "writing began sooner than expected")
        case .writingStarts, .writing:
            while Self.temporaries(beside: file).isEmpty, process.isRunning, Date() < deadline {
                usleep(500)
            }
            if moment == .writing { usleep(60_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "it finished before the kill")
        #expect(process.terminationStatus == SIGKILL)

        #expect(try Data(contentsOf: file) == before, "the earlier file changed")
        let exportAfter = try CommandRunner.karabakh(["export", "--corpus", file.path, "--format", "jsonl"])
        #expect(exportAfter.status == 0, "\(exportAfter.stderr)")
        #expect(exportAfter.stdout == exportBefore.stdout)

        // What a killed save leaves is its hidden temporary file, never the target's
        // name; the next ingest works beside it and completes.
        if moment != .reading { #expect(!Self.temporaries(beside: file).isEmpty) }
        let again = try CommandRunner.karabakh(["ingest", more, "--output", file.path])
        #expect(again.status == 0, "\(again.stderr)")
        let count = try CommandRunner.karabakh(["query", "--corpus", file.path, "articles | count"])
        #expect(count.stdout == "205\n")
    }
}
