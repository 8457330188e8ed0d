/// One place in an article's text that names or refers to an entity.
///
/// For example: `mentions | where entity == "Khankendi" | count by surface`.
public struct Mention: Hashable, Sendable {
    /// The id of the entity mentioned.
    public var entityID: String
    /// The id of the article the mention is in.
    public var articleID: String
    /// The text as it stands in the article: `Khankandi`, `Ganjaliyev`, `the chairman`.
    public var surface: String
    /// The offset of the first Unicode scalar in the article's `text`.
    public var start: Int
    /// The offset after the last Unicode scalar.
    public var end: Int
    /// The offsets of the sentence that holds the mention.
    public var sentenceRange: Range<Int>

    /// Creates a mention.
    public init(
        entityID: String, articleID: String, surface: String, start: Int, end: Int, sentenceRange: Range<Int>
    ) {
        self.entityID = entityID
        self.articleID = articleID
        self.surface = surface
        self.start = start
        self.end = end
        self.sentenceRange = sentenceRange
    }
}
