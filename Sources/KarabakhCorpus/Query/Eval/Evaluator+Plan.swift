extension Evaluator {
    /// The planner over this evaluator's corpus.
    var planner: QueryPlanner {
        QueryPlanner(index: corpus.index, environment: environment) { [self] node in
            try? value(of: node, row: nil)
        }
    }

    /// The rows of a source after the leading `where` stages of a pipeline, read as
    /// its plan says, with the stage right after folded in where an index answers it
    /// (`count`, `count by` an entity's fields, `rank`, `take`); and how many stages
    /// that used.
    func plannedRows(_ source: RowType, _ stages: [QueryStage]) throws(QueryFailure)
        -> (result: QueryResult, stagesUsed: Int)
    {
        let plan = planner.plan(source, stages)
        let limit: Int? = if case .take(let count) = plan.folded { count } else { nil }
        switch plan.access {
        case .scan:
            return (.rows(QueryRows(type: source, values: rows(of: source))), 0)
        case .all where source == .article, .articles:
            var articles: ArticleSet
            if case .articles(let filter) = plan.access {
                articles = filter.articles(in: corpus.index)
            } else {
                articles = ArticleSet.all(corpus.articles.count)
            }
            if let pattern = plan.kwicPattern {
                articles = articles.intersection(corpus.index.termIndex.wrapped.articles(matching: pattern))
            }
            if plan.folded == .count { return (.value(.int(articles.count)), plan.stagesUsed) }
            let after = stages.dropFirst(plan.coveredStages)
            if let pattern = plan.kwicPattern, plan.residual == nil, case .kwic(_, let window, _)? = after.first {
                // kwic straight from the index: no article rows are made.
                let top = after.dropFirst().first.flatMap(Self.takeCount)
                let values = TextStages.kwic(
                    articles, pattern: pattern, window: window, limit: top, corpus: corpus,
                    index: corpus.index.termIndex.wrapped, stop: { self.shouldStop(everyRow: true) })
                try checkCancelled()
                return (.rows(QueryRows(type: .table(TextStages.kwicColumns), values: values)), plan.stagesUsed + 1)
            }
            if plan.folded == .rank, plan.isExact, case .rank(let words, _)? = after.first {
                let top = after.dropFirst().first.flatMap(Self.takeCount)
                return (.rows(rank(articles, words: words, top: top)), plan.stagesUsed)
            }
            var values: [QueryValue] = []
            for position in articles.positions {
                if let limit, values.count >= limit { break }
                let row = QueryValue.article(corpus.articles[Int(position)])
                if let residual = plan.residual {
                    try checkCancelled(everyRow: true)
                    guard try value(of: residual, row: row) == .bool(true) else { continue }
                }
                values.append(row)
            }
            if plan.folded == .rank, case .rank(let words, _)? = after.first {
                let top = after.dropFirst().first.flatMap(Self.takeCount)
                let kept = ArticleSet(unsorted: values.map { position(of: $0) })
                return (.rows(rank(kept, words: words, top: top)), plan.stagesUsed)
            }
            return (.rows(QueryRows(type: .article, values: values)), plan.stagesUsed)
        case .all where plan.folded != .countByEntity:
            if plan.folded == .count {
                let count = corpus.articles.reduce(0) {
                    $0 + (source == .mention ? $1.mentions.count : $1.quotes.count)
                }
                return (.value(.int(count)), plan.stagesUsed)
            }
            var values: [QueryValue] = []
            articles: for article in corpus.articles {
                if source == .mention {
                    for mention in article.mentions {
                        if let limit, values.count >= limit { break articles }
                        values.append(.mention(mention, article))
                    }
                } else {
                    for quote in article.quotes {
                        if let limit, values.count >= limit { break articles }
                        values.append(.quote(quote, article))
                    }
                }
            }
            return (.rows(QueryRows(type: source, values: values)), plan.stagesUsed)
        case .all, .entityRows:
            let groups = try entityGroups(source, plan)
            switch (plan.folded, stages.dropFirst(plan.coveredStages).first) {
            case (.count, _):
                return (.value(.int(groups.reduce(0) { $0 + $1.count })), plan.stagesUsed)
            case (.countByEntity, .count(let keys, _)?):
                return (.rows(try countGroups(groups, by: keys, source)), plan.stagesUsed)
            default:
                break
            }
            var references = groups.count == 1 ? groups[0] : groups.flatMap { $0 }
            if groups.count > 1 { references.sort() }
            var values: [QueryValue] = []
            for reference in references {
                if let limit, values.count >= limit { break }
                let row = self.row(reference, source)
                if let residual = plan.residual {
                    try checkCancelled(everyRow: true)
                    guard try value(of: residual, row: row) == .bool(true) else { continue }
                }
                values.append(row)
            }
            return (.rows(QueryRows(type: source, values: values)), plan.stagesUsed)
        }
    }

    /// The mention or quote at a reference, as a row.
    func row(_ reference: RowReference, _ source: RowType) -> QueryValue {
        let article = corpus.articles[Int(reference.article)]
        return source == .mention
            ? .mention(article.mentions[Int(reference.item)], article)
            : .quote(article.quotes[Int(reference.item)], article)
    }

    /// The mentions (or quotes) of each entity (or speaker) that the plan's condition
    /// keeps, one list per entity, each in corpus order; the condition is asked once
    /// per entity, of its first row. Quotes without a speaker are one more list.
    private func entityGroups(_ source: RowType, _ plan: QueryPlan) throws(QueryFailure) -> [[RowReference]] {
        let index = corpus.index
        let lists =
            source == .mention ? index.entityMentions : index.speakerQuotes + [index.unattributedQuotes]
        guard case .entityRows(let condition) = plan.access else { return lists.filter { !$0.isEmpty } }
        var kept: [[RowReference]] = []
        for list in lists where !list.isEmpty {
            try checkCancelled(everyRow: true)
            if try value(of: condition, row: row(list[0], source)) == .bool(true) { kept.append(list) }
        }
        return kept
    }

    /// `count by` keys that depend on the entity alone: each entity's rows counted at once.
    private func countGroups(_ groups: [[RowReference]], by keys: [Projection], _ source: RowType)
        throws(QueryFailure) -> QueryRows
    {
        var first: [[QueryValue]: RowReference] = [:]
        var counts: [[QueryValue]: Int] = [:]
        for group in groups {
            let representative = row(group[0], source)
            var key: [QueryValue] = []
            for projection in keys { key.append(try value(of: projection.expression, row: representative)) }
            counts[key, default: 0] += group.count
            first[key] = min(first[key] ?? group[0], group[0])
        }
        let order = first.sorted { $0.value < $1.value }.map(\.key)
        return Self.countRows(keys, order: order, counts: counts)
    }

    /// The position of an article row in the corpus.
    private func position(of row: QueryValue) -> Int32 {
        guard case .article(let article) = row, let position = corpus.position(ofArticle: article.id) else { return 0 }
        return Int32(position)
    }

    /// `rank` over articles from the term index: BM25 as ``TextStages/rank(_:words:corpus:stop:)``
    /// computes it, without reading a text.
    /// With `top`, only that many rows are made: the `take` after `rank`.
    private func rank(_ articles: ArticleSet, words: String, top: Int?) -> QueryRows {
        let scored = corpus.index.termIndex.wrapped.rank(PhrasePattern(words), among: articles, top: top)
        return QueryRows(
            type: .ranked(.article),
            values: scored.map { .scored(.article(corpus.articles[Int($0.article)]), $0.score) })
    }
}
