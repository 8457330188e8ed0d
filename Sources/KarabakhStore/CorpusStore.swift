import Foundation
import KarabakhCorpus

/// Saves a corpus as an SQLite file (`.kcorpus`), opens it again without extracting
/// anything twice, and adds new articles to it.
///
/// The file is an ordinary SQLite database with a documented schema
/// (`Docs/CorpusFile.md`): `sqlite3 corpus.kcorpus 'SELECT title FROM articles'`
/// reads it. Saving is atomic: a new file is written and committed beside the
/// target, then renamed over it, so a crash leaves the earlier file as it was.
///
/// For example:
///
/// ```swift
/// let corpus = try Corpus.load(contentsOf: URL(fileURLWithPath: "articles"))
/// try CorpusStore.save(corpus, to: URL(fileURLWithPath: "articles.kcorpus"))
/// let reopened = try CorpusStore.open(URL(fileURLWithPath: "articles.kcorpus"))
/// try reopened.run("articles | count")     // the same answers, without extracting again
/// ```
public enum CorpusStore {
    /// The extension of a saved corpus file: `kcorpus`.
    ///
    /// For example: `karabakh ingest articles/ --output articles.kcorpus`.
    public static let fileExtension = "kcorpus"

    /// Whether a path names a saved corpus rather than articles: its name ends in
    /// `.kcorpus`, or it is a file that starts with the SQLite header (whatever its
    /// name). It does not check that the file opens; ``open(_:display:extractor:)`` does.
    ///
    /// For example, `karabakh query --corpus x.kcorpus …` opens the file, while
    /// `--corpus articles/` reads the folder.
    public static func isCorpusFile(_ url: URL) -> Bool {
        if url.pathExtension.lowercased() == fileExtension { return true }
        let path = url.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let header = try? StoreFileHeader(path: path, display: path)
        else { return false }
        return header.isSQLite
    }

    /// The path to show for a URL: as given for a file URL, else its path.
    static func displayPath(_ url: URL) -> String {
        url.isFileURL ? url.relativePath : url.path
    }
}
