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
    /// Files and JSON lines to leave unread, asked before anything is read: it gets
    /// the name an article would have as its ``Article/file`` (`2020/a.txt`, or
    /// `feed.jsonl:12` for a JSON line; a `.jsonl` file is first asked by its own
    /// name, `feed.jsonl`, and read line by line unless that says skip). A file or
    /// line it skips leaves no article and no diagnostic. `nil`, the default, reads
    /// everything.
    ///
    /// For example, an incremental ingest reads only the files it has not stored:
    ///
    /// ```swift
    /// let stored = Set(saved.articles.map(\.file))
    /// var options = IngestOptions()
    /// options.skip = { stored.contains($0) }
    /// let added = try Corpus.load(contentsOf: folder, options: options)
    /// ```
    public var skip: (@Sendable (String) -> Bool)?
    /// Told how far the load has got (``IngestProgress``), after each stretch of a
    /// folder's files is read and each batch of articles is extracted, on the thread
    /// that called the load; `nil`, the default, tells nothing.
    public var progress: (@Sendable (IngestProgress) -> Void)?

    /// Creates options with the defaults.
    public init(
        maximumFileSize: Int = 16 << 20, reader: ArticleReader = ArticleReader(), extractor: Extractor = .standard,
        skip: (@Sendable (String) -> Bool)? = nil, progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) {
        self.maximumFileSize = maximumFileSize
        self.reader = reader
        self.extractor = extractor
        self.skip = skip
        self.progress = progress
    }
}
