import Foundation
import KarabakhTestSupport
import Testing

/// `karabakh ingest` and `--corpus FILE.kcorpus` end to end (SPEC §9, §10).
@Suite("karabakh ingest")
struct IngestCommandTests {
    /// `Tests/KarabakhCorpusTests/Fixtures/NAME/articles`.
    private static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("KarabakhCorpusTests/Fixtures/\(name)/articles").path
    }

    @Test("ingest writes a corpus whose export is the folder's, and a second ingest finds everything stored")
    func ingestThenExport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let articles = Self.fixture("OutletStyles")
        let file = folder.url("styles.kcorpus").path

        let ingest = try CommandRunner.karabakh(["ingest", articles, "--output", file])
        #expect(ingest.status == 0)
        #expect(ingest.stderr == "")
        #expect(ingest.stdout == "ingested 14 articles (14 new, 0 already stored), skipped 0; wrote \(file)\n")

        let saved = try CommandRunner.karabakh(["export", "--corpus", file, "--format", "jsonl"])
        let read = try CommandRunner.karabakh(["export", "--corpus", articles, "--format", "jsonl"])
        #expect(saved.status == 0)
        #expect(saved.stderr == "")
        #expect(saved.stdout.split(separator: "\n").count == 14)
        #expect(saved.stdout == read.stdout, "\(TextDiff(expected: read.stdout, actual: saved.stdout))")

        let count = try CommandRunner.karabakh(["query", "--corpus", file, "articles | count"])
        #expect(count.status == 0)
        #expect(count.stdout == "14\n")

        let again = try CommandRunner.karabakh(["ingest", articles, "--output", file])
        #expect(again.status == 0)
        #expect(again.stdout == "ingested 14 articles (0 new, 14 already stored), skipped 0; \(file) is unchanged\n")
    }

    @Test("ingest names skipped files on stderr, and info on the saved corpus still counts them")
    func skippedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/a.txt", "Nikol Pashinyan met Ilham Aliyev in Brussels.\n")
        try folder.write("in/scan.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00])
        let input = folder.url("in").path
        let file = folder.url("c.kcorpus").path
        let ingest = try CommandRunner.karabakh(["ingest", input, "--output", file])
        #expect(ingest.status == 0)
        #expect(ingest.stderr == "\(input)/scan.txt: warning: skipped: binary file\n")
        #expect(
            ingest.stdout == "ingested 1 article (1 new, 0 already stored), skipped 1: 1 binary file; wrote \(file)\n")

        let info = try CommandRunner.karabakh(["info", "--corpus", file])
        #expect(info.status == 0)
        #expect(info.stderr == "")
        #expect(info.stdout.contains("skipped   1 (1 binary file)"))
    }

    @Test("--corpus merges saved corpora and folders in the order given, like reading the folders")
    func mergesSavedAndFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let styles = Self.fixture("OutletStyles")
        let heldOut = Self.fixture("HeldOut")
        let file = folder.url("styles.db").path
        #expect(try CommandRunner.karabakh(["ingest", styles, "--output", file]).status == 0)

        let mixed = try CommandRunner.karabakh(["export", "--corpus", file, "--corpus", heldOut, "--format", "csv"])
        let folders = try CommandRunner.karabakh(["export", "--corpus", styles, "--corpus", heldOut, "--format", "csv"])
        #expect(mixed.status == 0)
        #expect(mixed.stdout == folders.stdout, "\(TextDiff(expected: folders.stdout, actual: mixed.stdout))")

        let environment = try CommandRunner.karabakh(
            ["query", "entities | count"], environment: ["KARABAKH_CORPUS": file])
        let direct = try CommandRunner.karabakh(["query", "--corpus", styles, "entities | count"])
        #expect(environment.status == 0)
        #expect(environment.stdout == direct.stdout)
    }

    @Test("The REPL opens a saved corpus with :open")
    func replOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url("styles.kcorpus").path
        #expect(try CommandRunner.karabakh(["ingest", Self.fixture("OutletStyles"), "--output", file]).status == 0)
        let result = try CommandRunner.karabakh(["repl"], stdin: ":open \(file)\narticles | count\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("14\n"))
        #expect(result.stdout.contains("the corpus has 14 articles"))
    }

    @Test("A file that is not a saved corpus is an error naming it, with exit status 1")
    func notACorpus() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("notes.kcorpus", "just notes\n").path
        let query = try CommandRunner.karabakh(["query", "--corpus", file, "articles | count"])
        #expect(query.status == 1)
        #expect(query.stdout == "")
        #expect(query.stderr == "\(file): error: not a saved corpus: not an SQLite database\n")

        let ingest = try CommandRunner.karabakh(["ingest", folder.path, "--output", file])
        #expect(ingest.status == 1)
        #expect(ingest.stderr == "\(file): error: not a saved corpus: not an SQLite database\n")

        let missing = try CommandRunner.karabakh(["ingest", folder.url("nothing").path, "--output", file + "2"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(folder.url("nothing").path): error: no such file or folder\n")
    }

    @Test(
        "Bad usage of ingest exits 2 with a message",
        arguments: [
            (["ingest"], "Missing expected argument '<path> ...'"),
            (["ingest", "articles"], "Missing expected argument '--output <corpus.kcorpus>'"),
            (["ingest", "articles", "--output", ""], "give the corpus file to write with --output FILE.kcorpus"),
            (["ingest", "articles", "--output", "a.kcorpus", "--format", "csv"], "Unknown option '--format'"),
        ])
    func badUsage(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.karabakh(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("Error: \(message)"))
        #expect(result.stderr.contains("Usage: karabakh ingest <path> ... --output <corpus.kcorpus>"))
    }
}
