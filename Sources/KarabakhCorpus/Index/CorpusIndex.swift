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
        let resolved = Self.resolve(articles, entityPosition)
        var mentionLists = [[RowReference]](repeating: [], count: entities.count)
        var articleLists = [[Int32]](repeating: [], count: entities.count)
        var quoteLists = [[RowReference]](repeating: [], count: entities.count)
        var unattributed: [RowReference] = []
        var days = [Int32](repeating: DayKey.missing, count: articles.count)
        var lookups: [String: [String: [Int32]]] = [:]
        let unknown = resolved.lazy.compactMap(\.unknown).first
        var chunk = 0
        var start = 0
        for (articlePosition, article) in articles.enumerated() {
            if articlePosition - start == resolved[chunk].mentionEnds.count {
                start = articlePosition
                chunk += 1
            }
            let part = resolved[chunk]
            let local = articlePosition - start
            let position = Int32(articlePosition)
            let mentions = (local == 0 ? 0 : part.mentionEnds[local - 1])..<part.mentionEnds[local]
            for (item, slot) in mentions.enumerated() {
                let entity = Int(part.mentionEntities[slot])
                guard entity >= 0 else { continue }
                mentionLists[entity].append(RowReference(article: position, item: Int32(item)))
                if articleLists[entity].last != position { articleLists[entity].append(position) }
            }
            let quotes = (local == 0 ? 0 : part.quoteEnds[local - 1])..<part.quoteEnds[local]
            for (item, slot) in quotes.enumerated() {
                let reference = RowReference(article: position, item: Int32(item))
                switch part.quoteSpeakers[slot] {
                case -1: unattributed.append(reference)
                case let speaker where speaker >= 0: quoteLists[Int(speaker)].append(reference)
                default: break
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

    /// The entities of a stretch of articles' mentions and quotes, by position, found
    /// on every core (the lookups by id are most of building the index).
    private struct Resolved: Sendable {
        /// Each mention's entity, article after article; -1 for an unknown one.
        var mentionEntities: [Int32] = []
        /// Where each article's mentions end in ``mentionEntities``.
        var mentionEnds: [Int] = []
        /// Each quote's speaker; -1 for none, -2 for an unknown one.
        var quoteSpeakers: [Int32] = []
        /// Where each article's quotes end in ``quoteSpeakers``.
        var quoteEnds: [Int] = []
        /// The first unknown entity or speaker, in words.
        var unknown: String?
    }

    /// The articles' entities, in stretches of consecutive articles, in order.
    private static func resolve(_ articles: [Article], _ entityPosition: [String: Int]) -> [Resolved] {
        let size = 4096
        let stretches = stride(from: 0, to: max(articles.count, 1), by: size).map {
            $0..<min($0 + size, articles.count)
        }
        return ParallelMap.map(stretches) { stretch in
            var part = Resolved()
            part.mentionEnds.reserveCapacity(stretch.count)
            part.quoteEnds.reserveCapacity(stretch.count)
            for article in articles[stretch] {
                for mention in article.mentions {
                    guard let entity = entityPosition[mention.entityID] else {
                        part.unknown =
                            part.unknown ?? "article '\(article.id)' mentions unknown entity '\(mention.entityID)'"
                        part.mentionEntities.append(-1)
                        continue
                    }
                    part.mentionEntities.append(Int32(entity))
                }
                part.mentionEnds.append(part.mentionEntities.count)
                for quote in article.quotes {
                    if let speaker = quote.speakerID {
                        if let entity = entityPosition[speaker] {
                            part.quoteSpeakers.append(Int32(entity))
                        } else {
                            part.unknown = part.unknown ?? "article '\(article.id)' quotes unknown speaker '\(speaker)'"
                            part.quoteSpeakers.append(-2)
                        }
                    } else {
                        part.quoteSpeakers.append(-1)
                    }
                }
                part.quoteEnds.append(part.quoteSpeakers.count)
            }
            return part
        }
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
