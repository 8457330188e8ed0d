/// A filter of articles that the indexes answer, as the planner reads it from a
/// `where` condition: the articles it gives are exactly those the condition keeps,
/// or, for ``near(_:_:_:)``, a superset to check row by row.
indirect enum IndexFilter: Sendable {
    /// `text ~ "peace talks"`: the term index.
    case phrase(PhrasePattern, String)
    /// `mentions("OSCE")`: the postings of the entities so named.
    case entities([Int32], String)
    /// `date in 2020-03`, `date >= 2020-03-01`: a stretch of the date order, by day key.
    case days(Int32, Int32, String)
    /// `source == "TASS"`: a field lookup.
    case field(String, String)
    /// `near(a, b, n)`: the articles that hold both phrases (candidates only).
    case near(PhrasePattern, PhrasePattern, String)
    /// A filter that gives more articles than its condition keeps: the condition
    /// (`mentions("OSCE") and title ~ "talks"`) is only partly indexed.
    case candidates(IndexFilter, String)
    /// Every filter holds.
    case and([IndexFilter])
    /// Some filter holds.
    case or([IndexFilter])
    /// The filter does not hold.
    case not(IndexFilter)

    /// Whether the filter gives exactly the articles its condition keeps.
    var isExact: Bool {
        switch self {
        case .near, .candidates: false
        case .phrase, .entities, .days, .field: true
        case .and(let parts), .or(let parts): parts.allSatisfy(\.isExact)
        case .not(let part): part.isExact
        }
    }

    /// The filter as `:explain` shows it.
    var label: String {
        switch self {
        case .phrase(_, let text), .entities(_, let text), .days(_, _, let text), .near(_, _, let text),
            .candidates(_, let text):
            text
        case .field(let field, let value): "\(field) == \(QueryPrinter.quoted(value))"
        case .and(let parts): parts.map(\.label).joined(separator: " and ")
        case .or(let parts): "(" + parts.map(\.label).joined(separator: " or ") + ")"
        case .not(let part): "not \(part.label)"
        }
    }

    /// Which index answers the filter, for `:explain`.
    var indexName: String {
        switch self {
        case .phrase: "term index"
        case .entities: "entity postings"
        case .days: "date order"
        case .field(let field, _): "\(field) lookup"
        case .near: "term index, candidates"
        case .candidates(let part, _): "\(part.indexName), candidates"
        case .and: "intersection"
        case .or: "union"
        case .not: "complement"
        }
    }

    /// About how many articles the filter gives, cheaply: the planner starts from the
    /// smallest.
    func estimate(in index: CorpusIndex) -> Int {
        switch self {
        case .phrase(let pattern, _):
            let terms = index.termIndex.wrapped
            return pattern.words.map(terms.articleCount(for:)).min() ?? 0
        case .entities(let entities, _):
            return entities.reduce(0) { $0 + index.entityArticles[Int($1)].count }
        case .days(let lower, let upper, _):
            return index.articleCount(daysFrom: lower, through: upper)
        case .field(let field, let value):
            return index.fieldLookups[field]?[value]?.count ?? 0
        case .near(let first, let second, _):
            return min(
                IndexFilter.phrase(first, "").estimate(in: index), IndexFilter.phrase(second, "").estimate(in: index))
        case .candidates(let part, _):
            return part.estimate(in: index)
        case .and(let parts):
            return parts.map { $0.estimate(in: index) }.min() ?? index.articleCount
        case .or(let parts):
            return min(index.articleCount, parts.reduce(0) { $0 + $1.estimate(in: index) })
        case .not(let part):
            return max(0, index.articleCount - part.estimate(in: index))
        }
    }

    /// The articles the filter gives. An intersection starts from its smallest part
    /// and checks a date stretch article by article against the date column rather
    /// than reading the stretch.
    func articles(in index: CorpusIndex) -> ArticleSet {
        switch self {
        case .phrase(let pattern, _):
            return index.termIndex.wrapped.articles(matching: pattern)
        case .entities(let entities, _):
            if entities.count == 1 { return index.entityArticles[Int(entities[0])] }
            return entities.reduce(ArticleSet(sorted: [])) { $0.union(index.entityArticles[Int($1)]) }
        case .days(let lower, let upper, _):
            return index.articles(daysFrom: lower, through: upper)
        case .field(let field, let value):
            return index.fieldLookups[field]?[value] ?? ArticleSet(sorted: [])
        case .near(let first, let second, _):
            let terms = index.termIndex.wrapped
            return terms.articles(matching: first).intersection(terms.articles(matching: second))
        case .candidates(let part, _):
            return part.articles(in: index)
        case .and(let parts):
            let ordered = parts.map { ($0, $0.estimate(in: index)) }.sorted { $0.1 < $1.1 }.map(\.0)
            guard let first = ordered.first else { return ArticleSet.all(index.articleCount) }
            var result = first.articles(in: index)
            for part in ordered.dropFirst() {
                if result.count == 0 { break }
                if case .days(let lower, let upper, _) = part {
                    result = result.filter { lower <= index.days[Int($0)] && index.days[Int($0)] <= upper }
                } else {
                    result = result.intersection(part.articles(in: index))
                }
            }
            return result
        case .or(let parts):
            return parts.reduce(ArticleSet(sorted: [])) { $0.union($1.articles(in: index)) }
        case .not(let part):
            return part.articles(in: index).complement(in: index.articleCount)
        }
    }
}
