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
    /// The extractor of entities, mentions and quotes, with its gazetteer.
    public var extractor: Extractor

    /// Creates options with the defaults.
    public init(
        maximumFileSize: Int = 16 << 20, reader: ArticleReader = ArticleReader(), extractor: Extractor = .standard
    ) {
        self.maximumFileSize = maximumFileSize
        self.reader = reader
        self.extractor = extractor
    }
}
