/// What extraction found in one article, with entities still local to it.
struct ArticleExtraction: Sendable {
    var entities: ArticleEntities
    var quotes: [QuoteFinder.Found]
    var tokens: [Token]
    var scalars: [Unicode.Scalar]
}

/// Extracts entities, mentions and quotes from article texts with one gazetteer.
///
/// For example:
///
/// ```swift
/// let extractor = Extractor(gazetteer: .standard)
/// let corpus = Corpus(articles: articles, extractor: extractor)
/// ```
public struct Extractor: Sendable {
    let matcher: NameMatcher

    /// Creates an extractor that knows the gazetteer's names.
    public init(gazetteer: Gazetteer = .standard) {
        matcher = NameMatcher(gazetteer: gazetteer)
    }

    /// The extractor with the bundled gazetteer.
    public static let standard = Extractor()

    /// The gazetteer the extractor uses.
    public var gazetteer: Gazetteer { matcher.gazetteer }

    /// Extracts from one article's text.
    func extract(_ text: String) -> ArticleExtraction {
        let tokens = Tokenizer.tokens(of: text)
        let scalars = Array(text.unicodeScalars)
        var entities = EntityFinder(matcher: matcher).find(in: tokens)
        let quotes = QuoteFinder().find(scalars: scalars, tokens: tokens, entities: entities)
        for quote in quotes {
            if let reference = quote.reference, let speaker = quote.speaker,
                !entities.mentions.contains(where: { $0.tokens.overlaps(reference) })
            {
                entities.add(.init(entity: speaker, tokens: reference, isReference: true))
            }
        }
        return ArticleExtraction(entities: entities, quotes: quotes, tokens: tokens, scalars: scalars)
    }
}
