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
    private let indexByID: [String: Int]
    private let entityIndexByID: [String: Int]

    /// Creates a corpus from articles, extracting their entities, mentions and quotes.
    /// Articles whose ids repeat an earlier one get `~2`, `~3`… appended, so that
    /// every id is unique.
    public init(articles: [Article], diagnostics: [IngestDiagnostic] = [], extractor: Extractor = .standard) {
        var unique: [Article] = []
        unique.reserveCapacity(articles.count)
        var indexByID: [String: Int] = [:]
        for var article in articles {
            if indexByID[article.id] != nil {
                var counter = 2
                while indexByID["\(article.id)~\(counter)"] != nil { counter += 1 }
                article.id = "\(article.id)~\(counter)"
            }
            indexByID[article.id] = unique.count
            unique.append(article)
        }
        let extracted = CorpusExtraction(extractor: extractor).run(unique)
        self.articles = extracted.articles
        self.entities = extracted.entities
        self.diagnostics = diagnostics
        self.extractor = extractor
        self.indexByID = indexByID
        self.entityIndexByID = Dictionary(uniqueKeysWithValues: extracted.entities.enumerated().map { ($1.id, $0) })
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

    /// The article with an id, or `nil`.
    public subscript(id id: String) -> Article? {
        indexByID[id].map { articles[$0] }
    }

    /// Counts of what was read and what was skipped.
    public var summary: IngestSummary {
        IngestSummary(articleCount: articles.count, diagnostics: diagnostics)
    }

    /// This corpus followed by the articles and diagnostics of another.
    public func merged(with other: Corpus) -> Corpus {
        Corpus(articles: articles + other.articles, diagnostics: diagnostics + other.diagnostics, extractor: extractor)
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
        return Corpus(articles: loader.articles, diagnostics: loader.diagnostics, extractor: options.extractor)
    }
}
