import Foundation

/// An immutable collection of articles, with the diagnostics of the load that made it.
///
/// A corpus is a `Sendable` value: query it from as many tasks as you like.
///
/// For example:
///
/// ```swift
/// let corpus = try Corpus.load(contentsOf: URL(fileURLWithPath: "articles"))
/// print(corpus.summary)        // ingested 1,204 articles, skipped 3: 2 binary files, 1 bad JSON line
/// let sample = Corpus.sample   // the five bundled sample articles
/// ```
public struct Corpus: Sendable {
    /// The articles, in load order: by path within each folder, folders in the order given.
    public let articles: [Article]
    /// What the load skipped or ignored, in the order met.
    public let diagnostics: [IngestDiagnostic]
    /// The people, organizations and places the articles mention, in order of first mention.
    public let entities: [Entity]
    /// The extractor that found them, kept for merging.
    public let extractor: Extractor
    /// The indexes the query planner reads, built once with the corpus.
    let index: CorpusIndex
    private let indexByID: [String: Int]
    private let entityIndexByID: [String: Int]

    /// Creates a corpus from articles, extracting their entities, mentions and quotes.
    /// Articles whose ids repeat an earlier one get `~2`, `~3`… appended, so that
    /// every id is unique.
    public init(articles: [Article], diagnostics: [IngestDiagnostic] = [], extractor: Extractor = .standard) {
        self.init(articles: articles, diagnostics: diagnostics, extractor: extractor, progress: nil)
    }

    /// Creates a corpus from articles, telling `progress` after each batch extracted.
    init(
        articles: [Article], diagnostics: [IngestDiagnostic], extractor: Extractor,
        progress: (@Sendable (IngestProgress) -> Void)?
    ) {
        let unique = Self.uniquingIDs(articles, taken: [:])
        let extracted = CorpusExtraction(extractor: extractor, progress: progress).run(unique.articles)
        self.init(
            validated: extracted.articles, entities: extracted.entities, indexByID: unique.indexByID,
            diagnostics: diagnostics, extractor: extractor,
            index: CorpusIndex(
                articles: extracted.articles, entities: extracted.entities, terms: Lazy(value: extracted.terms)))
    }

    /// Creates a corpus from articles whose mentions and quotes are already extracted,
    /// and the entities they refer to: what a saved corpus holds. Nothing is extracted
    /// again.
    ///
    /// Article ids must be unique, and every mention and quote must name an entity of
    /// `entities`; otherwise this throws ``CorpusError/inconsistent(_:)``.
    ///
    /// `termIndexData` is what ``termIndexData`` gave for the same articles; without
    /// it, the index of the texts' words is built the first time a query needs it.
    public init(
        extractedArticles articles: [Article], entities: [Entity], diagnostics: [IngestDiagnostic] = [],
        extractor: Extractor = .standard, termIndexData: Data? = nil
    ) throws(CorpusError) {
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(articles.count)
        for (index, article) in articles.enumerated() {
            guard indexByID.updateValue(index, forKey: article.id) == nil else {
                throw .inconsistent("article id '\(article.id)' occurs twice")
            }
        }
        let terms: Lazy<TermIndex>
        if let termIndexData {
            let index = try TermIndex(serialized: termIndexData)
            guard index.lengths.count == articles.count else {
                throw .inconsistent(
                    "the saved term index covers \(index.lengths.count) articles, not \(articles.count)")
            }
            terms = Lazy(value: index)
        } else {
            terms = Lazy { TermIndex(texts: articles.map(\.text)) }
        }
        let index = CorpusIndex(articles: articles, entities: entities, terms: terms)
        guard index.entityPositions.count == entities.count else { throw .inconsistent("an entity id occurs twice") }
        if let unknown = index.unknownReference { throw .inconsistent(unknown) }
        self.init(
            validated: articles, entities: entities, indexByID: indexByID, diagnostics: diagnostics,
            extractor: extractor, index: index)
    }

    /// The index of the texts' words, serialised, for saving beside the articles:
    /// ``init(extractedArticles:entities:diagnostics:extractor:termIndexData:)`` reads
    /// it back instead of reading every text again. Its format is versioned; a
    /// version this library does not read is an error, never a wrong answer.
    public var termIndexData: Data { index.termIndex.wrapped.serialized() }

    private init(
        validated articles: [Article], entities: [Entity], indexByID: [String: Int], diagnostics: [IngestDiagnostic],
        extractor: Extractor, index: CorpusIndex
    ) {
        self.index = index
        self.articles = articles
        self.entities = entities
        self.diagnostics = diagnostics
        self.extractor = extractor
        self.indexByID = indexByID
        self.entityIndexByID = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.id, $0) })
    }

    /// The articles with ids made unique against `taken` and each other (`~2`, `~3`…),
    /// their mentions and quotes following the new ids, and the index of every id.
    private static func uniquingIDs(_ articles: [Article], taken: [String: Int])
        -> (articles: [Article], indexByID: [String: Int])
    {
        var unique: [Article] = []
        unique.reserveCapacity(articles.count)
        var indexByID = taken
        let offset = taken.count
        for var article in articles {
            if indexByID[article.id] != nil {
                var counter = 2
                while indexByID["\(article.id)~\(counter)"] != nil { counter += 1 }
                article.id = "\(article.id)~\(counter)"
                for index in article.mentions.indices { article.mentions[index].articleID = article.id }
                for index in article.quotes.indices { article.quotes[index].articleID = article.id }
            }
            indexByID[article.id] = offset + unique.count
            unique.append(article)
        }
        return (unique, indexByID)
    }

    /// The entity with an id, or `nil`.
    public func entity(id: String) -> Entity? {
        entityIndexByID[id].map { entities[$0] }
    }

    /// The entities an article mentions, in order of first mention.
    ///
    /// For example: `articles | select file, entities`.
    public func entities(of article: Article) -> [Entity] {
        var seen: Set<String> = []
        return article.mentions.compactMap { seen.insert($0.entityID).inserted ? entity(id: $0.entityID) : nil }
    }

    /// The article a quote is in.
    public func article(of quote: Quote) -> Article? { self[id: quote.articleID] }

    /// The article a mention is in.
    public func article(of mention: Mention) -> Article? { self[id: mention.articleID] }

    /// The speaker of a quote, or `nil`.
    public func speaker(of quote: Quote) -> Entity? {
        quote.speakerID.flatMap(entity(id:))
    }

    /// The position in ``articles`` of the article with an id.
    func position(ofArticle id: String) -> Int? { indexByID[id] }

    /// The article with an id, or `nil`.
    public subscript(id id: String) -> Article? {
        indexByID[id].map { articles[$0] }
    }

    /// Counts of what was read and what was skipped.
    public var summary: IngestSummary {
        IngestSummary(articleCount: articles.count, diagnostics: diagnostics)
    }

    /// This corpus followed by the articles and diagnostics of another, without
    /// extracting anything again.
    ///
    /// Extraction reads each article on its own, so the result is the corpus that
    /// loading both sources together gives: entities keep the order of first mention,
    /// and an entity both corpora know adds up its counts, aliases and roles. Ids of
    /// `other`'s articles that repeat one of this corpus get `~2`, `~3`… appended.
    public func merged(with other: Corpus) -> Corpus {
        let added = Self.uniquingIDs(other.articles, taken: indexByID)
        var entities = self.entities
        var positions = entityIndexByID
        for entity in other.entities {
            guard let position = positions[entity.id] else {
                positions[entity.id] = entities.count
                entities.append(entity)
                continue
            }
            var known = entities[position]
            let keys = Set(([known.name] + known.aliases).map { Gazetteer.key($0) })
            known.aliases += entity.aliases.filter { !keys.contains(Gazetteer.key($0)) }
            known.roles += entity.roles.filter { !known.roles.contains($0) }
            known.articles += entity.articles
            known.mentions += entity.mentions
            entities[position] = known
        }
        let (first, second) = (index.termIndex, other.index.termIndex)
        let all = articles + added.articles
        return Corpus(
            validated: all, entities: entities, indexByID: added.indexByID,
            diagnostics: diagnostics + other.diagnostics, extractor: extractor,
            index: CorpusIndex(
                articles: all, entities: entities, terms: Lazy { first.wrapped.appending(second.wrapped) }))
    }

    // MARK: Loading

    /// Reads a folder (recursively), a plain-text article file or a JSON Lines file.
    ///
    /// Files and lines that cannot be read are skipped and listed in ``diagnostics``;
    /// only a path that does not exist, or a folder that cannot be listed, throws.
    public static func load(contentsOf url: URL, options: IngestOptions = IngestOptions()) throws(CorpusError)
        -> Corpus
    {
        try load(contentsOf: [url], options: options)
    }

    /// Reads several folders and files into one corpus, in the order given.
    public static func load(contentsOf urls: [URL], options: IngestOptions = IngestOptions()) throws(CorpusError)
        -> Corpus
    {
        var loader = CorpusLoader(options: options)
        for url in urls {
            try loader.load(url, display: url.isFileURL ? url.relativePath : url.path)
        }
        return Corpus(
            articles: loader.articles, diagnostics: loader.diagnostics, extractor: options.extractor,
            progress: options.progress)
    }
}
