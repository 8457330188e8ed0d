import Foundation
import GRDB
import KarabakhCorpus

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CorpusStore {
    /// Saves a corpus to a file, atomically: the new database is written beside the
    /// target under a hidden temporary name, committed, flushed to disk and closed,
    /// then renamed over the target. A failure or a crash at any point leaves the
    /// earlier file as it was (a crash may leave the hidden temporary file behind).
    ///
    /// For example:
    ///
    /// ```swift
    /// try CorpusStore.save(corpus, to: URL(fileURLWithPath: "articles.kcorpus"))
    /// ```
    public static func save(_ corpus: Corpus, to url: URL) throws(StoreError) {
        try save(corpus, diagnostics: corpus.diagnostics, to: url, display: displayPath(url))
    }

    /// The points of a save at which a test can make it fail.
    enum SaveStage {
        /// Every row is in, the transaction not yet committed.
        case rowsWritten
        /// The temporary file is committed and closed, not yet renamed over the target.
        case fileWritten
    }

    /// Saves a corpus with the given diagnostics (an ingest keeps each skipped file
    /// once); `checkpoint` is called at each ``SaveStage`` and fails the save by throwing.
    static func save(
        _ corpus: Corpus, diagnostics: [IngestDiagnostic], to url: URL, display: String,
        checkpoint: (SaveStage) throws -> Void = { _ in }
    ) throws(StoreError) {
        let target = url.standardizedFileURL
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .cannotWrite(display, "no such folder '\(folder.path)'") }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(display, "it is a folder")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        do {
            try StoreWriter.write(corpus, diagnostics: diagnostics, to: temporary) { stage in try checkpoint(stage) }
            try checkpoint(.fileWritten)
            try StoreWriter.flush(temporary)
            guard rename(temporary, target.path) == 0 else { throw StoreWriter.SystemCallFailure("rename") }
        } catch {
            for path in [temporary, temporary + "-journal"] { try? FileManager.default.removeItem(atPath: path) }
            throw StoreError(error, path: display, writing: true)
        }
        // The rename is durable once the folder is flushed too; the file is whole either way.
        try? StoreWriter.flush(folder.path)
    }
}
