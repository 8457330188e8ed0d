extension QueryPlan {
    /// The plan in words, a step a line, for `:explain` and `karabakh query --explain`:
    /// which index answers which part of the condition and about how many rows it
    /// gives, what is checked row by row, and the stages that run after.
    ///
    /// For example, for `articles | where mentions("OSCE") and date >= 2020-01 | count`:
    ///
    /// ```
    /// articles from the indexes, smallest first:
    ///   mentions("OSCE")  entity postings  ~2 articles
    ///   date >= 2020-01   date order       ~4 articles
    /// count from the indexes: no row is read
    /// ```
    func explanation(_ stages: [QueryStage], index: CorpusIndex) -> [String] {
        let name = Schema.sources.first { $0.value == source }?.key ?? "rows"
        var lines: [String] = []
        switch access {
        case .scan:
            lines.append("read every row of \(name)")
            return lines + stages.map { "then \($0)" }
        case .all:
            lines.append("\(name) in corpus order")
        case .articles(let filter):
            lines.append("articles from the indexes\(Self.isIntersection(filter) ? ", smallest first" : ""):")
            lines += Self.lines(filter, index: index, depth: 1)
        case .entityRows(let condition):
            let owner = source == .mention ? "entity" : "speaker"
            lines.append("\(name) of each \(owner) for which \(QueryPrinter.text(condition)) (asked once per \(owner))")
        }
        if let residual { lines.append("check each row: \(QueryPrinter.text(residual))") }
        if let pattern = kwicPattern {
            lines.append("read only the articles where \(QueryPrinter.quoted(pattern.text)) occurs [term index]")
        }
        switch folded {
        case .count: lines.append("count from the indexes: no row is read")
        case .countByEntity: lines.append("count by, each entity's rows counted at once")
        case .rank: lines.append("rank by BM25 from the term index's postings: no text is read")
        case .take(let count): lines.append("stop after \(count) rows")
        case nil: break
        }
        let rest = Array(stages.dropFirst(stagesUsed))
        for (offset, stage) in rest.enumerated() {
            var line = "then \(stage)"
            if case .kwic = stage, offset + 1 < rest.count, let count = Evaluator.takeCount(rest[offset + 1]) {
                line += " (stops after \(count) rows)"
            }
            lines.append(line)
        }
        return lines
    }

    private static func isIntersection(_ filter: IndexFilter) -> Bool {
        if case .and = filter { return true }
        return false
    }

    /// A filter and its parts, one per line, indented, with the index and the estimate.
    private static func lines(_ filter: IndexFilter, index: CorpusIndex, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        let estimate = filter.estimate(in: index)
        let size = "~" + Count.noun(estimate, "article")
        switch filter {
        case .and(let parts):
            let ordered = parts.sorted { $0.estimate(in: index) < $1.estimate(in: index) }
            if depth == 1 { return ordered.flatMap { lines($0, index: index, depth: depth) } }
            return ["\(indent)all of (\(size)):"] + ordered.flatMap { lines($0, index: index, depth: depth + 1) }
        case .or(let parts):
            return ["\(indent)any of (\(size)):"] + parts.flatMap { lines($0, index: index, depth: depth + 1) }
        case .not(let part):
            return ["\(indent)all but (\(size)):"] + lines(part, index: index, depth: depth + 1)
        case .candidates(let part, let label):
            return ["\(indent)\(label): candidates from"] + lines(part, index: index, depth: depth + 1)
        default:
            return ["\(indent)\(filter.label)  [\(filter.indexName)]  \(size)"]
        }
    }
}
