import Foundation

/// The first 100 bytes of a file, read before SQLite opens it, so that a file that
/// is not a database, or one cut short, gets an error in words rather than
/// SQLite's.
///
/// For example, a text file gives `notes.kcorpus: error: not a saved corpus: not an SQLite database`.
struct StoreFileHeader {
    /// The 16 bytes every SQLite 3 database starts with.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// The size of an SQLite header.
    static let length = 100

    /// The header's bytes (fewer when the file is shorter).
    let bytes: [UInt8]
    /// The file's size in bytes.
    let fileSize: Int

    /// Reads the header of the file at `path`, throwing when there is no file.
    init(path: String, display: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError(path: display, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw StoreError.notACorpus(display, "it is a folder") }
        // A device or a named pipe may never end, or never give a byte: it is not opened.
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        guard (try? resolved.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
            throw StoreError.notACorpus(display, "not a regular file")
        }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            bytes = Array(try handle.read(upToCount: Self.length) ?? Data())
            fileSize = Int(try handle.seekToEnd())
        } catch {
            throw StoreError(path: display, reason: "cannot read: \((error as NSError).localizedDescription)")
        }
    }

    /// Whether the file starts as an SQLite database does.
    var isSQLite: Bool { bytes.starts(with: Self.magic) }

    /// Throws unless the file is an SQLite database whole to the size its header gives.
    func check(display: String) throws(StoreError) {
        guard fileSize > 0 else { throw StoreError.notACorpus(display, "the file is empty") }
        guard isSQLite else { throw StoreError.notACorpus(display, "not an SQLite database") }
        guard bytes.count == Self.length else {
            throw StoreError.damaged(display, "cut short: the file has \(fileSize) bytes, less than an SQLite header")
        }
        let rawPageSize = number(at: 16, width: 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pageCount = number(at: 28, width: 4)
        // The page count in the header is valid when its version matches the change counter.
        if pageCount > 0, number(at: 24, width: 4) == number(at: 92, width: 4), fileSize < pageSize * pageCount {
            throw StoreError.damaged(
                display, "cut short: the file has \(fileSize) bytes of the \(pageSize * pageCount) its header gives")
        }
    }

    /// The big-endian number of `width` bytes at `offset`.
    private func number(at offset: Int, width: Int) -> Int {
        bytes[offset..<(offset + width)].reduce(0) { $0 << 8 | Int($1) }
    }
}
