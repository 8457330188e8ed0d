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
    // Offsets are held in 32 bits (an article's text stays far below 2³¹ scalars):
    // a large corpus holds millions of mentions.
    private var offsets: (start: Int32, end: Int32, sentenceStart: Int32, sentenceEnd: Int32)

    /// The offset of the first Unicode scalar in the article's `text`.
    public var start: Int {
        get { Int(offsets.start) }
        set { offsets.start = Int32(newValue) }
    }
    /// The offset after the last Unicode scalar.
    public var end: Int {
        get { Int(offsets.end) }
        set { offsets.end = Int32(newValue) }
    }
    /// The offsets of the sentence that holds the mention.
    public var sentenceRange: Range<Int> {
        get { Int(offsets.sentenceStart)..<Int(offsets.sentenceEnd) }
        set { offsets = (offsets.start, offsets.end, Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }

    /// Creates a mention.
    public init(
        entityID: String, articleID: String, surface: String, start: Int, end: Int, sentenceRange: Range<Int>
    ) {
        self.entityID = entityID
        self.articleID = articleID
        self.surface = surface
        offsets = (Int32(start), Int32(end), Int32(sentenceRange.lowerBound), Int32(sentenceRange.upperBound))
    }

    /// Whether two mentions are of the same entity, in the same article and place, with the same text.
    public static func == (left: Mention, right: Mention) -> Bool {
        left.entityID == right.entityID && left.articleID == right.articleID && left.surface == right.surface
            && left.offsets == right.offsets
    }

    /// Hashes the fields that ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entityID)
        hasher.combine(articleID)
        hasher.combine(start)
        hasher.combine(end)
    }
}
