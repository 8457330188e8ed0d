import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading files that are not what they seem (SPEC §13): a device or a named pipe is
/// refused at once rather than read for ever, and no read takes more than its limit.
@Suite("Reading a file's bytes with a limit")
struct FileBytesTests {
    @Test("a regular file is read whole, through a link too")
    func regularFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = try folder.write("a.txt", bytes: bytes)
        #expect(try FileBytes.read(atPath: file.path) == Data(bytes))
        #expect(try FileBytes.read(atPath: file.path, limit: bytes.count) == Data(bytes))
        try FileManager.default.createSymbolicLink(at: folder.url("link.txt"), withDestinationURL: file)
        #expect(try FileBytes.read(atPath: folder.url("link.txt").path) == Data(bytes))
        let empty = try folder.write("empty.txt", bytes: [])
        #expect(try FileBytes.read(atPath: empty.path, limit: 10) == Data())
    }

    @Test("a file over the limit is refused with its size")
    func overTheLimit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("big.txt", bytes: Array(repeating: 65, count: 1001))
        #expect(throws: FileBytesError.tooLarge(size: 1001, limit: 1000)) {
            try FileBytes.read(atPath: file.path, limit: 1000)
        }
    }

    @Test("a device that never ends is refused, not read")
    func device() {
        #expect(throws: FileBytesError.notARegularFile(kind: "a device, pipe or socket")) {
            try FileBytes.read(atPath: "/dev/zero", limit: 1 << 20)
        }
        #expect(throws: FileBytesError.notARegularFile(kind: "a device, pipe or socket")) {
            try FileBytes.read(atPath: "/dev/zero")
        }
    }

    @Test("a named pipe with no writer is refused without waiting for one")
    func namedPipe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url("pipe.txt").path
        try #require(mkfifo(path, 0o600) == 0)
        #expect(throws: FileBytesError.notARegularFile(kind: "a device, pipe or socket")) {
            try FileBytes.read(atPath: path)
        }
    }

    @Test("a folder and a missing path are named as such")
    func folderAndMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: FileBytesError.notARegularFile(kind: "a folder")) { try FileBytes.read(atPath: folder.path) }
        #expect(throws: FileBytesError.notFound) { try FileBytes.read(atPath: folder.url("none.txt").path) }
        #expect(FileBytesError.notFound.description == "no such file")
        #expect(FileBytesError.notARegularFile(kind: "a folder").description == "not a regular file (a folder)")
    }

    @Test("a folder with a pipe, a link to a device and a link to an article counts each of them")
    func folderOfOddFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write(
            "real/a.txt", "Talks resumed in Geneva on Monday.\nBoth sides agreed to meet again.\n")
        let corpusFolder = folder.url("corpus")
        try FileManager.default.createDirectory(at: corpusFolder, withIntermediateDirectories: true)
        try #require(mkfifo(corpusFolder.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            at: corpusFolder.appendingPathComponent("zero.txt"), withDestinationURL: URL(fileURLWithPath: "/dev/zero"))
        try FileManager.default.createSymbolicLink(
            at: corpusFolder.appendingPathComponent("linked.txt"), withDestinationURL: article)
        try FileManager.default.createSymbolicLink(
            at: corpusFolder.appendingPathComponent("elsewhere"), withDestinationURL: folder.url("real"))

        let corpus = try Corpus.load(contentsOf: corpusFolder)
        #expect(corpus.articles.map(\.file) == ["linked.txt"])
        #expect(corpus.diagnostics.map(\.file) == ["\(corpusFolder.path)/pipe.txt", "\(corpusFolder.path)/zero.txt"])
        #expect(
            corpus.diagnostics.map(\.problem) == [
                .unreadable(reason: "not a regular file (a device, pipe or socket)"),
                .unreadable(reason: "not a regular file (a device, pipe or socket)"),
            ])
    }
}
