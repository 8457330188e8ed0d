import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Bad input while loading (SPEC §3.4, §11): every bad file is skipped with a diagnostic
/// naming it and the reason, good articles around it are kept, nothing stops the load,
/// hidden files are ignored, and every article keeps its raw text.
@Suite("Bad input while loading a corpus")
struct BadInputTests {
    // MARK: Fixtures

    /// PNG signature and the start of an IHDR chunk: NUL bytes within the first bytes.
    private static let pngBytes: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00,
    ]

    /// `Café au lait.` in Latin-1: the `é` is the single byte 0xE9 at offset 3.
    private static let latin1Bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" au lait was served in Baku.\n".utf8)

    private static let goodText = "Talks resumed in Geneva on Monday.\nBoth sides agreed to meet again.\n"

    /// A bad file, loaded on its own, and the problem it must be skipped with.
    struct BadFile: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let problem: IngestProblem
        let reason: String
        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(name: "photo.png", bytes: pngBytes, problem: .binaryFile, reason: "binary file"),
        BadFile(name: "scan.txt", bytes: pngBytes, problem: .binaryFile, reason: "binary file"),
        BadFile(name: "empty.txt", bytes: [], problem: .emptyFile, reason: "empty file"),
        BadFile(
            name: "blank.txt", bytes: Array(" \n\t \r\n\u{00A0}\n\n".utf8), problem: .emptyFile, reason: "empty file"),
        BadFile(
            name: "blank-lf.txt", bytes: Array(" \n\t \n\u{00A0}\n\n".utf8), problem: .emptyFile, reason: "empty file"),
        BadFile(name: "blank-crlf.txt", bytes: Array("  \r\n\r\n".utf8), problem: .emptyFile, reason: "empty file"),
        BadFile(
            name: "latin1.txt", bytes: latin1Bytes, problem: .notUTF8(byteOffset: 3),
            reason: "not valid UTF-8 (bad byte at offset 3)"),
        BadFile(
            name: "notes.md", bytes: Array("# Notes\n\nTalks in Geneva.\n".utf8),
            problem: .unsupportedType(extension: "md"), reason: "not an article file (.md)"),
        BadFile(
            name: "report.docx", bytes: Array("Talks resumed in Geneva on Monday.\n".utf8),
            problem: .unsupportedType(extension: "docx"), reason: "not an article file (.docx)"),
    ]

    // MARK: A folder of good and bad files

    @Test("Good articles are loaded and every bad file is named in a diagnostic with its reason")
    func mixedFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.txt", Self.goodText)
        try folder.write("photo.png", bytes: Self.pngBytes)
        try folder.write("scan.txt", bytes: Self.pngBytes)
        try folder.write("empty.txt", bytes: [])
        try folder.write("blank.txt", " \n\t \r\n\u{00A0}\n\n")
        try folder.write("latin1.txt", bytes: Self.latin1Bytes)
        try folder.write(
            "feed.jsonl",
            """
            {"id": "j1", "title": "Talks resume", "text": "The co-chairs met in Geneva."}
            {"text": "This line is cut off
            {"text": "The third line is good."}

            """)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.id) == ["j1", "feed:3", "good"])
        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1", "feed.jsonl:3", "good.txt"])
        #expect(
            corpus.articles.map(\.text) == [
                "The co-chairs met in Geneva.", "The third line is good.",
                "Talks resumed in Geneva on Monday.\nBoth sides agreed to meet again.",
            ])
        #expect(corpus[id: "good"]?.raw == Self.goodText)
        #expect(corpus[id: "j1"]?.title == "Talks resume")

        let root = folder.path
        try #require(corpus.diagnostics.count == 6, "\(corpus.diagnostics)")
        let expected: [(String, Int?, IngestProblem, String)] = [
            ("\(root)/blank.txt", nil, .emptyFile, "\(root)/blank.txt: warning: skipped: empty file"),
            ("\(root)/empty.txt", nil, .emptyFile, "\(root)/empty.txt: warning: skipped: empty file"),
            (
                "\(root)/latin1.txt", nil, .notUTF8(byteOffset: 3),
                "\(root)/latin1.txt: warning: skipped: not valid UTF-8 (bad byte at offset 3)"
            ),
            ("\(root)/photo.png", nil, .binaryFile, "\(root)/photo.png: warning: skipped: binary file"),
            ("\(root)/scan.txt", nil, .binaryFile, "\(root)/scan.txt: warning: skipped: binary file"),
        ]
        // The broken JSON line comes between empty.txt and latin1.txt (files in path order).
        let broken = corpus.diagnostics[2]
        #expect(broken.file == "\(root)/feed.jsonl")
        #expect(broken.line == 2)
        #expect(broken.isSkip)
        if case .badJSON = broken.problem {} else { Issue.record("expected .badJSON, got \(broken.problem)") }
        #expect(broken.description.hasPrefix("\(root)/feed.jsonl:2: warning: skipped: not valid JSON"), "\(broken)")

        let others = corpus.diagnostics.enumerated().filter { $0.offset != 2 }.map(\.element)
        for (diagnostic, (file, line, problem, rendered)) in zip(others, expected) {
            #expect(diagnostic.file == file)
            #expect(diagnostic.line == line)
            #expect(diagnostic.problem == problem)
            #expect(diagnostic.isSkip)
            #expect(diagnostic.description == rendered)
        }

        let summary = corpus.summary
        #expect(summary.articleCount == 3)
        #expect(summary.skippedCount == 6)
        #expect(summary.ignoredCount == 0)
        #expect(
            summary.description
                == "ingested 3 articles, skipped 6: 2 empty files, 1 bad JSON line, 1 file not in UTF-8, 2 binary files"
        )
    }

    @Test("A bad file loaded by itself is skipped with its reason, named as the path was given", arguments: badFiles)
    func badFileAlone(_ bad: BadFile) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write(bad.name, bytes: bad.bytes)

        let corpus = try Corpus.load(contentsOf: url)

        #expect(corpus.articles.isEmpty)
        #expect(corpus.diagnostics == [IngestDiagnostic(file: url.path, problem: bad.problem)])
        #expect(corpus.diagnostics.first?.description == "\(url.path): warning: skipped: \(bad.reason)")
        #expect(corpus.summary.description == "ingested 0 articles, skipped 1: 1 \(bad.problem.category)")
    }

    @Test("Diagnostics name a folder given as a relative path the way it was given")
    func relativeFolderPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("corpus/good.txt", Self.goodText)
        try folder.write("corpus/photo.png", bytes: Self.pngBytes)
        let relative = URL(fileURLWithPath: "corpus", isDirectory: true, relativeTo: folder.url)

        let corpus = try Corpus.load(contentsOf: relative)

        #expect(corpus.articles.map(\.file) == ["good.txt"])
        #expect(corpus.diagnostics.map(\.description) == ["corpus/photo.png: warning: skipped: binary file"])
    }

    @Test("A good file loaded by itself is an article whose file is its name")
    func singleFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try folder.write("2020/good.txt", Self.goodText)

        let corpus = try Corpus.load(contentsOf: url)

        let article = try #require(corpus.articles.first)
        #expect(corpus.articles.count == 1)
        #expect(article.id == "good")
        #expect(article.file == "good.txt")
        #expect(article.raw == Self.goodText)
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.summary.description == "ingested 1 article, skipped 0")
    }

    // MARK: Size limit

    @Test("Files over the size limit are skipped as too large; files at the limit are read")
    func sizeLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let small = "Talks resumed in Geneva.\n"
        let atLimit = String(repeating: "Talks went on. ", count: 6) + "All done.\n"  // 100 bytes
        let large = String(repeating: "The talks went on and on. ", count: 8) + "\n"  // 209 bytes
        try #require(atLimit.utf8.count == 100 && large.utf8.count == 209)
        try folder.write("a-small.txt", small)
        try folder.write("b-at-limit.txt", atLimit)
        try folder.write("c-large.txt", large)

        let corpus = try Corpus.load(contentsOf: folder.url, options: IngestOptions(maximumFileSize: 100))

        #expect(corpus.articles.map(\.id) == ["a-small", "b-at-limit"])
        let size = large.utf8.count
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(file: "\(folder.path)/c-large.txt", problem: .tooLarge(size: size, limit: 100))
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/c-large.txt: warning: skipped: \(size) B is over the size limit of 100 B"
            ])
        #expect(corpus.summary.description == "ingested 2 articles, skipped 1: 1 file over the size limit")
    }

    @Test("Sizes in the too-large reason are given in KiB and MiB")
    func sizeLimitUnits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // 3,500 bytes:
        try folder.write("big.txt", String(repeating: "Talks resumed in Geneva on Monday.\n", count: 100))

        let corpus = try Corpus.load(contentsOf: folder.url, options: IngestOptions(maximumFileSize: 2048))

        #expect(corpus.articles.isEmpty)
        #expect(corpus.diagnostics.map(\.problem) == [.tooLarge(size: 3500, limit: 2048)])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/big.txt: warning: skipped: 3.4 KiB is over the size limit of 2 KiB"
            ])
    }

    @Test("A JSON line over the size limit is skipped with its line number; the other lines are kept")
    func jsonLineOverLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let long = #"{"text": "\#(String(repeating: "The talks went on. ", count: 10))"}"#
        try #require(long.utf8.count > 100)
        try folder.write(
            "feed.jsonl", #"{"text": "Short one."}"# + "\n" + long + "\n" + #"{"text": "Short three."}"# + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url, options: IngestOptions(maximumFileSize: 100))

        #expect(corpus.articles.map(\.file) == ["feed.jsonl:1", "feed.jsonl:3"])
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(
                    file: "\(folder.path)/feed.jsonl", line: 2, problem: .tooLarge(size: long.utf8.count, limit: 100))
            ])
        #expect(
            corpus.diagnostics.first?.description
                == "\(folder.path)/feed.jsonl:2: warning: skipped: \(long.utf8.count) B is over the size limit of 100 B"
        )
        #expect(corpus.summary.articleCount == 2)
        #expect(corpus.summary.skippedCount == 1)
    }

    // MARK: Folders

    @Test("Nested folders are read in path order; file is the relative path and id is it without extension")
    func recursiveFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("top.txt", "The top-level article.\n")
        try folder.write("2020/march/a.txt", "An article from March.\n")
        try folder.write("2020/april/b.txt", "An article from April.\n")
        try folder.write("2020/april/deeper/still/c.txt", "A deeply nested article.\n")
        try folder.write("2019/z.txt", "An article from 2019.\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(
            corpus.articles.map(\.file) == [
                "2019/z.txt", "2020/april/b.txt", "2020/april/deeper/still/c.txt", "2020/march/a.txt", "top.txt",
            ])
        #expect(
            corpus.articles.map(\.id) == [
                "2019/z", "2020/april/b", "2020/april/deeper/still/c", "2020/march/a", "top",
            ])
        #expect(corpus[id: "2020/march/a"]?.text == "An article from March.")
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test("Hidden files and folders are ignored without a diagnostic")
    func hiddenFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("2020/march/a.txt", "An article from March.\n")
        try folder.write(".DS_Store", bytes: [0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0])
        try folder.write("2020/march/.DS_Store", bytes: [0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0])
        try folder.write(".git/HEAD", "ref: refs/heads/main\n")
        try folder.write(".git/description", "Unnamed repository; edit this file to name it.\n")
        try folder.write(".git/objects/ab/cdef0123", bytes: [0x78, 0x01, 0x00, 0x00, 0xFF])
        try folder.write(".hidden.txt", "A hidden article that must not be read.\n")
        try folder.write(".drafts/draft.txt", "A draft in a hidden folder.\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["2020/march/a.txt"])
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.summary.description == "ingested 1 article, skipped 0")
    }

    @Test("An empty folder gives an empty corpus without diagnostics")
    func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(at: folder.url("2020/empty"), withIntermediateDirectories: true)

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.isEmpty)
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.summary.description == "ingested 0 articles, skipped 0")
    }

    // MARK: File types

    @Test("Other text types are skipped as unsupported; .txt in any case and files without extension are read")
    func fileTypes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("article", "An article without an extension.\n")
        try folder.write("loud.TXT", "An article with an upper-case extension.\n")
        try folder.write("notes.md", "# Notes\n\nTalks in Geneva.\n")
        try folder.write("report.docx", "Talks resumed in Geneva on Monday.\n")
        try folder.write("plain.text", "An article in a .text file.\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["article", "loud.TXT", "plain.text"])
        #expect(corpus.articles.map(\.id) == ["article", "loud", "plain"])
        #expect(corpus[id: "article"]?.text == "An article without an extension.")
        #expect(
            corpus.diagnostics == [
                IngestDiagnostic(file: "\(folder.path)/notes.md", problem: .unsupportedType(extension: "md")),
                IngestDiagnostic(file: "\(folder.path)/report.docx", problem: .unsupportedType(extension: "docx")),
            ])
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(folder.path)/notes.md: warning: skipped: not an article file (.md)",
                "\(folder.path)/report.docx: warning: skipped: not an article file (.docx)",
            ])
        #expect(corpus.summary.description == "ingested 3 articles, skipped 2: 2 unsupported files")
    }

    // MARK: Raw text

    @Test("The raw text keeps the BOM, CRLF and non-breaking spaces; the text has \\n line ends")
    func rawTextKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF]
            + Array("Talks resumed in\u{00A0}Geneva on Monday.\r\n\r\nBoth sides met “again”.\r\n".utf8)
        try folder.write("crlf.txt", bytes: bytes)

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(Array(article.raw.utf8) == bytes)
        #expect(article.raw.unicodeScalars.first == "\u{FEFF}")
        #expect(article.raw.contains("\r\n"))
        #expect(article.raw.unicodeScalars.contains("\u{00A0}"))
        #expect(
            Array(article.text.unicodeScalars)
                == Array(
                    "Talks resumed in\u{00A0}Geneva on Monday.\n\nBoth sides met “again”.".unicodeScalars))
        #expect(!article.text.unicodeScalars.contains("\r"))
        #expect(!article.text.unicodeScalars.contains("\u{FEFF}"))
    }

    @Test(
        "Every line-end style gives a text with \\n line ends and an unchanged raw text",
        arguments: ["\n", "\r\n", "\r"])
    func lineEnds(_ lineEnd: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let raw = ["Talks resumed in Geneva on Monday.", "", "Both sides agreed to meet again.", ""]
            .joined(separator: lineEnd)
        try folder.write("a.txt", raw)

        let corpus = try Corpus.load(contentsOf: folder.url)

        let article = try #require(corpus.articles.first)
        #expect(Array(article.raw.utf8) == Array(raw.utf8))
        #expect(
            Array(article.text.unicodeScalars)
                == Array(
                    "Talks resumed in Geneva on Monday.\n\nBoth sides agreed to meet again.".unicodeScalars))
    }

    // MARK: Several roots

    @Test("Several roots are merged in the order given and repeated ids get ~2")
    func severalRoots() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("one/a.txt", "First a.\n")
        try folder.write("one/b.txt", "First b.\n")
        try folder.write("one/photo.png", bytes: Self.pngBytes)
        try folder.write("two/a.txt", "Second a.\n")
        try folder.write("two/c.txt", "Second c.\n")
        try folder.write("two/empty.txt", bytes: [])
        let one = folder.url("one")
        let two = folder.url("two")

        let corpus = try Corpus.load(contentsOf: [two, one])

        #expect(corpus.articles.map(\.id) == ["a", "c", "a~2", "b"])
        #expect(corpus.articles.map(\.file) == ["a.txt", "c.txt", "a.txt", "b.txt"])
        #expect(corpus[id: "a"]?.raw == "Second a.\n")
        #expect(corpus[id: "a~2"]?.raw == "First a.\n")
        #expect(
            corpus.diagnostics.map(\.description) == [
                "\(two.path)/empty.txt: warning: skipped: empty file",
                "\(one.path)/photo.png: warning: skipped: binary file",
            ])
        #expect(corpus.summary.description == "ingested 4 articles, skipped 2: 1 empty file, 1 binary file")
    }

    @Test("Repeated ids within one folder get ~2 and ~3 in load order")
    func repeatedIDsInOneFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a", "No extension.\n")
        try folder.write("a.txt", "With .txt.\n")
        try folder.write("feed.jsonl", #"{"id": "a", "text": "From JSON."}"# + "\n")

        let corpus = try Corpus.load(contentsOf: folder.url)

        #expect(corpus.articles.map(\.file) == ["a", "a.txt", "feed.jsonl:1"])
        #expect(corpus.articles.map(\.id) == ["a", "a~2", "a~3"])
        #expect(Set(corpus.articles.map(\.id)).count == 3)
        #expect(corpus[id: "a~3"]?.text == "From JSON.")
    }

    @Test("Loading a path that does not exist throws notFound naming the path")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.url("no-such-folder")

        #expect(throws: CorpusError.notFound(path: missing.path)) {
            try Corpus.load(contentsOf: missing)
        }
        let error = #expect(throws: CorpusError.self) {
            try Corpus.load(contentsOf: [folder.url, missing])
        }
        #expect(error == .notFound(path: missing.path))
        #expect(error?.description == "\(missing.path): no such file or folder")
    }

    // MARK: The bundled sample

    @Test("The bundled sample has the five seed articles, unchanged, and no diagnostics")
    func sample() {
        let corpus = Corpus.sample

        #expect(
            corpus.articles.map(\.file) == [
                "000_c4999a362ed9034f.txt", "001_2fef7283c8922ff9.txt", "002_5c3ad30d49717d23.txt",
                "003_1f3a16c7ec46af58.txt", "004_bc2b4d9115e08d1c.txt",
            ])
        #expect(
            corpus.articles.map(\.id) == [
                "000_c4999a362ed9034f", "001_2fef7283c8922ff9", "002_5c3ad30d49717d23",
                "003_1f3a16c7ec46af58", "004_bc2b4d9115e08d1c",
            ])
        #expect(corpus.articles.map(\.raw.utf8.count) == [3088, 2924, 3149, 2388, 3489])
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.summary.description == "ingested 5 articles, skipped 0")
    }
}
