import Foundation
import GRDB
import KarabakhCorpus
import KarabakhTestSupport
import Testing

@testable import KarabakhStore

/// A file that is not a saved corpus gives an error that names it and says what is
/// wrong, and never crashes (SPEC §13).
@Suite("Opening a file that is not a saved corpus")
struct CorpusStoreOpenErrorTests {
    /// Opens a file, expecting a store error, and gives its description.
    private func openError(_ url: URL, display: String = "x.kcorpus") throws -> String {
        let error = try #require(throws: StoreError.self) { try CorpusStore.open(url, display: display) }
        #expect(error.path == display)
        return error.description
    }

    /// Saves the sample corpus into a folder and gives the file.
    private func savedSample(in folder: TemporaryFolder) throws -> URL {
        let url = folder.url("sample.kcorpus")
        try CorpusStore.save(Corpus.sample, to: url)
        return url
    }

    /// Changes a saved file with SQL, past its foreign keys and CHECK constraints
    /// (its NOT NULL and UNIQUE constraints still hold).
    private func edit(_ url: URL, _ sql: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        try queue.write { db in try db.execute(sql: "PRAGMA ignore_check_constraints = ON; " + sql) }
        try queue.close()
    }

    @Test("A text file is not an SQLite database")
    func textFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write("notes.kcorpus", "Talks resumed in Geneva on Monday, and went on for some hours.\n")
        #expect(try openError(url) == "x.kcorpus: error: not a saved corpus: not an SQLite database")
    }

    @Test("An empty file, a missing file and a folder are named as such")
    func emptyMissingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = try folder.write("empty.kcorpus", "")
        #expect(try openError(empty) == "x.kcorpus: error: not a saved corpus: the file is empty")
        #expect(try openError(folder.url("missing.kcorpus")) == "x.kcorpus: error: no such file")
        #expect(try openError(folder.url) == "x.kcorpus: error: not a saved corpus: it is a folder")
    }

    @Test("A file cut short says so, whatever the length it was cut to", arguments: [0.02, 0.5, 0.9, 0.999])
    func truncated(_ fraction: Double) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try Data(contentsOf: try savedSample(in: folder))
        let cut = try folder.write("cut.kcorpus", bytes: Array(data.prefix(Int(Double(data.count) * fraction))))
        let description = try openError(cut)
        #expect(description.hasPrefix("x.kcorpus: error: damaged saved corpus: cut short: the file has "))
    }

    @Test("A file cut to less than its header is damaged")
    func headerOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try Data(contentsOf: try savedSample(in: folder))
        let cut = try folder.write("cut.kcorpus", bytes: Array(data.prefix(40)))
        #expect(
            try openError(cut)
                == "x.kcorpus: error: damaged saved corpus: cut short: the file has 40 bytes, less than an SQLite header"
        )
    }

    @Test("An SQLite database without our tables is not a saved corpus")
    func otherDatabase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.url("other.sqlite")
        try edit(url, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hi')")
        #expect(
            try openError(url)
                == "x.kcorpus: error: not a saved corpus: it is an SQLite database without the 'meta' table")
        let blank = folder.url("blank.sqlite")
        try edit(blank, "PRAGMA user_version = 3")
        #expect(
            try openError(blank) == "x.kcorpus: error: not a saved corpus: it is an SQLite database with no tables")
    }

    @Test("Another schema version, a missing table or column, or bad values are named")
    func damagedCorpus() throws {
        let cases: [(sql: String, message: String)] = [
            (
                "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
                "saved with schema version 3; this version of KarabakhStore reads version 2"
            ),
            (
                "DELETE FROM meta WHERE key = 'schema_version'",
                "not a saved corpus: its 'meta' table has no schema_version"
            ),
            ("DROP TABLE quotes", "not a saved corpus: the 'quotes' table is missing"),
            ("ALTER TABLE articles DROP COLUMN url", "damaged saved corpus: no such column: url"),
            (
                "UPDATE articles SET date = '2020-13-01' WHERE position = 0",
                "damaged saved corpus: article '000_c4999a362ed9034f' has the date '2020-13-01', not YYYY-MM-DD"
            ),
            (
                "UPDATE articles SET authors = 'Akbar' WHERE position = 0",
                "damaged saved corpus: the authors of article '000_c4999a362ed9034f' are not a JSON array of strings"
            ),
            (
                "UPDATE articles SET extraction = x'05' WHERE position = 1",
                "damaged saved corpus: the extraction of article '001_2fef7283c8922ff9' does not read: "
                    + "the record is cut short"
            ),
            (
                "DELETE FROM entities WHERE position = 3",
                "damaged saved corpus: the entities' positions are not 0 to 51 in order"
            ),
            (
                "UPDATE entities SET kind = 'planet' WHERE id = 'person:tural-ganjaliyev'",
                "damaged saved corpus: entity 'person:tural-ganjaliyev' has the kind 'planet'"
            ),
            ("UPDATE articles SET text = NULL WHERE position = 0", "constraint"),
        ]
        for (sql, message) in cases {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let url = try savedSample(in: folder)
            do {
                try edit(url, sql)
            } catch {
                // The schema refuses some edits outright (NOT NULL): the file stays a corpus.
                #expect(message == "constraint", "\(sql): \(error)")
                #expect(try CorpusStore.open(url).articles.count == 5)
                continue
            }
            let description = try openError(url)
            #expect(description.hasPrefix("x.kcorpus: error: " + message), "\(sql)")
        }
    }

    @Test("A diagnostic with a problem this version does not know is named")
    func unknownProblem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "Talks resumed in Geneva.\n")
        try folder.write("scan.txt", bytes: StoreFixtures.pngBytes)
        let url = folder.url("c.kcorpus")
        try CorpusStore.save(try Corpus.load(contentsOf: folder.url), to: url)
        try edit(url, "UPDATE diagnostics SET problem = 'cosmic_ray'")
        #expect(
            try openError(url)
                == "x.kcorpus: error: damaged saved corpus: the diagnostic about '\(folder.path)/scan.txt' has an "
                + "unknown problem 'cosmic_ray'")
    }

    @Test("A damaged term index is built again rather than failing the open")
    func damagedTermIndex() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try savedSample(in: folder)
        try edit(url, "UPDATE index_parts SET data = x'00010203'")
        let opened = try CorpusStore.open(url)
        let query = "articles | where text ~ \"peaceful coexist*\" | count"
        #expect(try opened.run(query) == Corpus.sample.run(query))
        #expect(StoreFixtures.export(opened) == StoreFixtures.export(Corpus.sample))
    }

    @Test("A path is taken for a saved corpus by its name or its SQLite header")
    func recognisesCorpusFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let saved = try savedSample(in: folder)
        let renamed = folder.url("corpus.db")
        try FileManager.default.copyItem(at: saved, to: renamed)
        #expect(CorpusStore.isCorpusFile(saved))
        #expect(CorpusStore.isCorpusFile(renamed))
        #expect(CorpusStore.isCorpusFile(folder.url("not-yet.KCORPUS")))
        #expect(!CorpusStore.isCorpusFile(try folder.write("a.txt", "Talks.\n")))
        #expect(!CorpusStore.isCorpusFile(folder.url))
        #expect(!CorpusStore.isCorpusFile(folder.url("missing.jsonl")))
    }
}
