/// One news article of a corpus: its metadata, its body text and the raw file text.
///
/// An article is an immutable value. Its ``text`` is the body without the header and
/// footer lines the reader recognised; ``raw`` is the file's text exactly as read, so
/// nothing the reader saw is lost.
///
/// For example, the query `articles | where source == "AzerNews" | select title, date`
/// reads ``title``, ``date`` and ``source``.
public struct Article: Hashable, Sendable, Identifiable {
    /// A stable identifier: the file's path inside its corpus folder without the
    /// extension (`2020/000_c4999a362ed9034f`), or the `id` a JSON line gives.
    public var id: String
    /// Where the article came from, relative to the corpus root: `000_c4999a362ed9034f.txt`,
    /// or `feed.jsonl:12` for line 12 of a JSON Lines file.
    public var file: String
    /// The article's metadata: title, date, authors, source, dateline and URL.
    public var metadata: ArticleMetadata
    /// The body text, with line ends normalised to `\n`; offsets of mentions and quotes
    /// count Unicode scalars in it.
    public var text: String
    /// The file's text as read, byte for byte once decoded (BOM, CRLF and all).
    public var raw: String
    /// The places in ``text`` that name or refer to entities, in text order; filled
    /// when the article joins a ``Corpus``.
    public var mentions: [Mention] = []
    /// The quotes in ``text``, in text order; filled when the article joins a ``Corpus``.
    public var quotes: [Quote] = []

    /// Creates an article.
    public init(id: String, file: String, metadata: ArticleMetadata, text: String, raw: String) {
        self.id = id
        self.file = file
        self.metadata = metadata
        self.text = text
        self.raw = raw
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
