/// One news article of a corpus: its metadata, its body text and the raw file text.
///
/// An article is an immutable value. Its ``text`` is the body without the header and
/// footer lines the reader recognised; ``raw`` is the file's text exactly as read, so
/// nothing the reader saw is lost.
///
/// For example, the query `articles | where source == "AzerNews" | select title, date`
/// reads ``title``, ``date`` and ``source``.
public struct Article: Hashable, Sendable, Identifiable {
    /// The stored fields, shared between copies until one of them changes: a query
    /// passes articles around by the million, and a copy is then one reference.
    private final class Storage: @unchecked Sendable {
        // Written only while uniquely referenced (see `mutableStorage`), so never shared when written.
        var id: String
        var file: String
        var metadata: ArticleMetadata
        var text: String
        var rawText: RawText
        var mentions: [Mention] = []
        var quotes: [Quote] = []

        init(id: String, file: String, metadata: ArticleMetadata, text: String, raw: String) {
            self.id = id
            self.file = file
            self.metadata = metadata
            self.text = text
            self.rawText = RawText(raw: raw, text: text)
        }

        init(id: String, file: String, metadata: ArticleMetadata, text: String, rawText: RawText) {
            self.id = id
            self.file = file
            self.metadata = metadata
            self.text = text
            self.rawText = rawText
        }

        var raw: String { rawText.raw(text: text) }

        func copy() -> Storage {
            let copy = Storage(id: id, file: file, metadata: metadata, text: text, rawText: rawText)
            copy.mentions = mentions
            copy.quotes = quotes
            return copy
        }
    }

    private var storage: Storage

    private var mutableStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// A stable identifier: the file's path inside its corpus folder without the
    /// extension (`2020/000_c4999a362ed9034f`), or the `id` a JSON line gives.
    public var id: String {
        get { storage.id }
        set { mutableStorage.id = newValue }
    }
    /// Where the article came from, relative to the corpus root: `000_c4999a362ed9034f.txt`,
    /// or `feed.jsonl:12` for line 12 of a JSON Lines file.
    public var file: String {
        get { storage.file }
        set { mutableStorage.file = newValue }
    }
    /// The article's metadata: title, date, authors, source, dateline and URL.
    public var metadata: ArticleMetadata {
        get { storage.metadata }
        set { mutableStorage.metadata = newValue }
    }
    /// The body text, with line ends normalised to `\n`; offsets of mentions and quotes
    /// count Unicode scalars in it.
    public var text: String {
        get { storage.text }
        set {
            let storage = mutableStorage
            let raw = storage.raw
            storage.text = newValue
            storage.rawText = RawText(raw: raw, text: newValue)
        }
    }
    /// The file's text as read, byte for byte once decoded (BOM, CRLF and all).
    ///
    /// When the body is a stretch of the file, as it mostly is, only the lines around
    /// it are stored and the raw text is put together when asked for.
    public var raw: String {
        get { storage.raw }
        set {
            let storage = mutableStorage
            storage.rawText = RawText(raw: newValue, text: storage.text)
        }
    }
    /// The places in ``text`` that name or refer to entities, in text order; filled
    /// when the article joins a ``Corpus``.
    public var mentions: [Mention] {
        get { storage.mentions }
        set { mutableStorage.mentions = newValue }
    }
    /// The quotes in ``text``, in text order; filled when the article joins a ``Corpus``.
    public var quotes: [Quote] {
        get { storage.quotes }
        set { mutableStorage.quotes = newValue }
    }

    /// Creates an article.
    public init(id: String, file: String, metadata: ArticleMetadata, text: String, raw: String) {
        storage = Storage(id: id, file: file, metadata: metadata, text: text, raw: raw)
    }

    /// How the raw text stands around the body, for KarabakhStore: what comes before
    /// and after ``text`` in ``raw``, or `nil` when the body is not a stretch of the
    /// raw text (then ``raw`` is kept whole).
    package var rawAroundText: (prefix: String, suffix: String)? {
        if case .around(let prefix, let suffix) = storage.rawText { return (prefix, suffix) }
        return nil
    }

    /// Creates an article whose raw text is `prefix`, then `text`, then `suffix`, as
    /// ``rawAroundText`` gave them, for KarabakhStore.
    package init(
        id: String, file: String, metadata: ArticleMetadata, text: String, rawPrefix: String, rawSuffix: String
    ) {
        storage = Storage(
            id: id, file: file, metadata: metadata, text: text,
            rawText: .around(prefix: rawPrefix, suffix: rawSuffix))
    }

    /// Whether two articles hold the same fields.
    public static func == (left: Article, right: Article) -> Bool {
        if left.storage === right.storage { return true }
        return left.id == right.id && left.file == right.file && left.metadata == right.metadata
            && left.text == right.text && left.storage.rawText == right.storage.rawText
            && left.mentions == right.mentions
            && left.quotes == right.quotes
    }

    /// Hashes the article by its id and file, which equal articles share.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(file)
    }

    /// The headline without media tags such as `[PHOTO]`, or `nil` when the file has none.
    public var title: String? { metadata.title }
    /// The publication date printed in the header or dateline, or `nil`.
    public var date: Day? { metadata.date }
    /// The bylined people, never the outlet.
    public var authors: [String] { metadata.authors }
    /// The first author, or `nil`.
    public var author: String? { metadata.authors.first }
    /// The outlet that wrote the piece, in its usual spelling (`AzerNews`, `TASS`), or `nil`.
    public var source: String? { metadata.source }
    /// The place of a wire dateline as printed (`MOSCOW`), or `nil`.
    public var dateline: String? { metadata.dateline }
    /// The article's URL, or `nil`.
    public var url: String? { metadata.url }
    /// The number of words in ``text``.
    public var words: Int { WordCounter.count(in: text) }
}
