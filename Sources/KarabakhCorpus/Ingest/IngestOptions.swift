/// Settings for reading a corpus.
///
/// For example:
///
/// ```swift
/// var options = IngestOptions()
/// options.maximumFileSize = 64 << 20
/// let corpus = try Corpus.load(contentsOf: folder, options: options)
/// ```
public struct IngestOptions: Sendable {
    /// The largest article file, or JSON line, that is read; larger ones are skipped
    /// with a diagnostic. 16 MiB unless set.
    public var maximumFileSize: Int
    /// The reader of plain-text article files.
    public var reader: ArticleReader

    /// Creates options with the defaults.
    public init(maximumFileSize: Int = 16 << 20, reader: ArticleReader = ArticleReader()) {
        self.maximumFileSize = maximumFileSize
        self.reader = reader
    }
}
