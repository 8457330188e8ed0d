/// The indexes of one corpus, built once when the corpus is made: the words of the
/// texts, entity postings, date order, speakers, and per-field lookups. The query
/// planner answers filters from them and reads rows only where no index helps.
///
/// For example, `articles | where mentions("OSCE Minsk Group") and date in 2020 | count`
/// intersects the Minsk Group's postings with the year's stretch of the date order,
/// and counts without reading an article.
final class CorpusIndex: Sendable {
    /// The positional index of the texts' words; built while extracting, or on first
    /// use for a corpus restored from a file.
    let termIndex: Lazy<TermIndex>
    /// The number of articles.
    let articleCount: Int
    /// For each entity (by position in ``Corpus/entities``), the articles that mention it.
    let entityArticles: [ArticleSet]
    /// For each entity, its mentions in corpus order.
    let entityMentions: [[RowReference]]
    /// For each entity, the quotes it speaks, in corpus order.
    let speakerQuotes: [[RowReference]]
    /// The quotes with no speaker, in corpus order.
    let unattributedQuotes: [RowReference]
    /// Entity positions by id.
    let entityPositions: [String: Int32]
    /// Entity positions by name and alias key (``Gazetteer/key(_:)``).
    let entitiesByKey: [String: [Int32]]
    /// Each article's day key (``DayKey``), by article position.
    let days: [Int32]
    /// The dated articles, by day then position.
    let dateOrder: [Int32]
    /// The day keys of ``dateOrder``, ascending.
    let dateOrderKeys: [Int32]
    /// Articles by exact `source`, `author` and `dateline`.
    let fieldLookups: [String: [String: ArticleSet]]

    /// The first mention or quote that names an entity the corpus does not hold, in
    /// words, or `nil`: a restored corpus with one is refused.
    let unknownReference: String?

    /// The fields that ``fieldLookups`` covers.
    static let lookupFields = ["source", "author", "dateline"]

    /// Builds the indexes of articles and their entities; `terms` gives the term index.
    init(articles: [Article], entities: [Entity], terms: Lazy<TermIndex>) {
        termIndex = terms
        articleCount = articles.count
        var entityPosition: [String: Int] = [:]
        var byKey: [String: [Int32]] = [:]
        for (position, entity) in entities.enumerated() {
            entityPosition[entity.id] = position
            var keys: Set<String> = []
            for name in [entity.name] + entity.aliases where keys.insert(Gazetteer.key(name)).inserted {
                byKey[Gazetteer.key(name), default: []].append(Int32(position))
            }
        }
        entitiesByKey = byKey
        entityPositions = entityPosition.mapValues { Int32($0) }
        var mentionLists = [[RowReference]](repeating: [], count: entities.count)
        var articleLists = [[Int32]](repeating: [], count: entities.count)
        var quoteLists = [[RowReference]](repeating: [], count: entities.count)
        var unattributed: [RowReference] = []
        var days = [Int32](repeating: DayKey.missing, count: articles.count)
        var lookups: [String: [String: [Int32]]] = [:]
        var unknown: String?
        for (articlePosition, article) in articles.enumerated() {
            let position = Int32(articlePosition)
            for (item, mention) in article.mentions.enumerated() {
                guard let entity = entityPosition[mention.entityID] else {
                    unknown = unknown ?? "article '\(article.id)' mentions unknown entity '\(mention.entityID)'"
                    continue
                }
                mentionLists[entity].append(RowReference(article: position, item: Int32(item)))
                if articleLists[entity].last != position { articleLists[entity].append(position) }
            }
            for (item, quote) in article.quotes.enumerated() {
                let reference = RowReference(article: position, item: Int32(item))
                if let speaker = quote.speakerID.flatMap({ entityPosition[$0] }) {
                    quoteLists[speaker].append(reference)
                } else if let speaker = quote.speakerID {
                    unknown = unknown ?? "article '\(article.id)' quotes unknown speaker '\(speaker)'"
                } else {
                    unattributed.append(reference)
                }
            }
            if let day = article.date { days[articlePosition] = DayKey.of(day) }
            for (field, value) in [
                ("source", article.source), ("author", article.author), ("dateline", article.dateline),
            ] {
                if let value { lookups[field, default: [:]][value, default: []].append(position) }
            }
        }
        unknownReference = unknown
        entityMentions = mentionLists
        entityArticles = articleLists.map(ArticleSet.init(sorted:))
        speakerQuotes = quoteLists
        unattributedQuotes = unattributed
        self.days = days
        let dated = days.indices.filter { days[$0] != DayKey.missing }.sorted {
            (days[$0], $0) < (days[$1], $1)
        }
        dateOrder = dated.map { Int32($0) }
        dateOrderKeys = dated.map { days[$0] }
        fieldLookups = lookups.mapValues { $0.mapValues(ArticleSet.init(sorted:)) }
    }

    /// The positions of the entities a name or alias names, ignoring case.
    func entities(named name: String) -> [Int32] {
        entitiesByKey[Gazetteer.key(name)] ?? []
    }

    /// The articles whose day key is in `lower...upper`, ascending by position.
    func articles(daysFrom lower: Int32, through upper: Int32) -> ArticleSet {
        guard lower <= upper else { return ArticleSet(sorted: []) }
        return ArticleSet(unsorted: Array(dateOrder[dateOrderRange(lower, upper)]))
    }

    /// How many articles have a day key in `lower...upper`.
    func articleCount(daysFrom lower: Int32, through upper: Int32) -> Int {
        guard lower <= upper else { return 0 }
        return dateOrderRange(lower, upper).count
    }

    /// The stretch of ``dateOrder`` whose keys are in `lower...upper` (`lower <= upper`).
    private func dateOrderRange(_ lower: Int32, _ upper: Int32) -> Range<Int> {
        let start = firstIndex(ofKeyAtLeast: lower)
        let end = upper == Int32.max ? dateOrderKeys.count : firstIndex(ofKeyAtLeast: upper + 1)
        return start..<max(start, end)
    }

    private func firstIndex(ofKeyAtLeast key: Int32) -> Int {
        var low = 0
        var high = dateOrderKeys.count
        while low < high {
            let middle = (low + high) / 2
            if dateOrderKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
