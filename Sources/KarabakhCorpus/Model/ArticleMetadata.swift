/// The metadata of an article, as the reader found it in the file's header, dateline
/// and footer, or as a JSON line or a `.meta.json` sidecar gave it.
///
/// Every field is optional: a file with no recognisable header has no title, date,
/// authors or source.
public struct ArticleMetadata: Hashable, Sendable {
    /// The headline without media tags such as `[PHOTO]`.
    public var title: String?
    /// The publication date.
    public var date: Day?
    /// The bylined people, in byline order.
    public var authors: [String]
    /// The outlet that wrote the piece, in its usual spelling.
    public var source: String?
    /// The place of a wire dateline as printed, without date, country or outlet.
    public var dateline: String?
    /// The article's URL.
    public var url: String?

    /// Creates metadata; every field defaults to missing.
    public init(
        title: String? = nil, date: Day? = nil, authors: [String] = [], source: String? = nil,
        dateline: String? = nil, url: String? = nil
    ) {
        self.title = title
        self.date = date
        self.authors = authors
        self.source = source
        self.dateline = dateline
        self.url = url
    }
}
