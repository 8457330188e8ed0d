/// Words an article attributes to someone, in quotation marks.
///
/// For example: `quotes | where speaker == "Tural Ganjaliyev" | count`.
public struct Quote: Hashable, Sendable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The id of the entity that said them, or `nil` when the article does not say.
    public var speakerID: String?
    /// The id of the article the quote is in.
    public var articleID: String
    /// The verb of saying (`said`, `noted`, `told`), or `nil`.
    public var verb: String?
    /// Direct or partial.
    public var kind: QuoteKind
    /// The offset of the quote's first scalar (after the opening mark) in the article's `text`.
    public var start: Int
    /// The offset after its last scalar (before the closing mark).
    public var end: Int

    /// Creates a quote.
    public init(
        text: String, speakerID: String?, articleID: String, verb: String?, kind: QuoteKind, start: Int, end: Int
    ) {
        self.text = text
        self.speakerID = speakerID
        self.articleID = articleID
        self.verb = verb
        self.kind = kind
        self.start = start
        self.end = end
    }
}
