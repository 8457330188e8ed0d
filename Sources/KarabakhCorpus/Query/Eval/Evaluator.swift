/// Runs checked queries over a corpus: the interpreter of the query tree.
///
/// It trusts the type checker: a tree that did not check may fail with a
/// ``QueryFailure`` but never traps.
final class Evaluator {
    let corpus: Corpus
    let environment: QueryEnvironment
    private(set) var bindings: [String: QueryResult]
    private var textCache: [String: TextWords] = [:]
    private var subqueryCache: [QueryNode: [QueryValue]] = [:]
    private var patternCache: [String: PhrasePattern] = [:]

    /// Whether the query should stop: Ctrl-C in the REPL, or the task's cancellation.
    let isCancelled: @Sendable () -> Bool
    private var rowsSinceCheck = 0
    private var wasCancelled = false
    /// Whether pipelines over a source are planned over the corpus's indexes; when
    /// off, every row is read (the reference the planned answers are tested against).
    var usesIndexes = true

    init(
        corpus: Corpus, environment: QueryEnvironment, bindings: [String: QueryResult] = [:],
        isCancelled: @escaping @Sendable () -> Bool = { Task.isCancelled }
    ) {
        self.corpus = corpus
        self.environment = environment
        self.bindings = bindings
        self.isCancelled = isCancelled
    }

    /// How many rows pass between two askings of ``isCancelled``: few enough that a
    /// query over long texts stops within milliseconds, many enough to cost nothing.
    static let rowsPerCheck = 16

    /// Whether the query should stop now. Once it has said yes it goes on saying
    /// yes, for ``isCancelled`` may be a note that is cleared when read (the REPL's
    /// Ctrl-C). With `everyRow`, only every ``rowsPerCheck``-th call asks.
    func shouldStop(everyRow: Bool = false) -> Bool {
        if wasCancelled { return true }
        if everyRow {
            rowsSinceCheck += 1
            guard rowsSinceCheck >= Self.rowsPerCheck else { return false }
            rowsSinceCheck = 0
        }
        if isCancelled() || Task.isCancelled { wasCancelled = true }
        return wasCancelled
    }

    /// Throws when the query was cancelled; cheap enough to call for every row.
    func checkCancelled(everyRow: Bool = false) throws(QueryFailure) {
        if shouldStop(everyRow: everyRow) { throw QueryFailure("the query was cancelled") }
    }

    /// Runs one statement: a `let` binds its result and gives `nil`; a query gives its result.
    func run(_ statement: Statement) throws(QueryFailure) -> QueryResult? {
        switch statement {
        case .binding(let name, let node, _):
            bindings[name] = try result(of: node)
            return nil
        case .query(let node):
            return try result(of: node)
        }
    }

    /// The result of a top-level expression or pipeline.
    func result(of node: QueryNode) throws(QueryFailure) -> QueryResult {
        switch node {
        case .pipeline(let head, let stages, _):
            return try pipeline(head, stages)
        case .name(let name, _):
            if let bound = bindings[name] { return bound }
            if let source = Schema.sources[name] { return .rows(QueryRows(type: source, values: rows(of: source))) }
            return .value(try value(of: node, row: nil))
        default:
            return .value(try value(of: node, row: nil))
        }
    }

    func rows(of source: RowType) -> [QueryValue] {
        switch source {
        case .article: corpus.articles.map(QueryValue.article)
        case .entity: corpus.entities.map(QueryValue.entity)
        case .mention: corpus.articles.flatMap { article in article.mentions.map { .mention($0, article) } }
        case .quote: corpus.articles.flatMap { article in article.quotes.map { .quote($0, article) } }
        case .table, .ranked: []
        }
    }

    // MARK: Pipelines

    private func pipeline(_ head: QueryNode, _ stages: [QueryStage]) throws(QueryFailure) -> QueryResult {
        var current: QueryResult
        var remaining = stages[...]
        if usesIndexes, case .name(let name, _) = head, bindings[name] == nil, let source = Schema.sources[name] {
            let planned = try plannedRows(source, stages)
            current = planned.result
            remaining = stages.dropFirst(planned.stagesUsed)
        } else {
            current = try result(of: head)
        }
        while let stage = remaining.popFirst() {
            try checkCancelled()
            guard case .rows(let rows) = current else {
                throw QueryFailure("'\(TypeChecker.name(of: stage))' needs rows")
            }
            current = try apply(stage, to: rows, limit: remaining.first.flatMap(Self.takeCount))
        }
        return current
    }

    /// The count of a `take` stage, which lets the stage before it stop early.
    static func takeCount(_ stage: QueryStage) -> Int? {
        if case .take(let count, _) = stage { return max(0, count) }
        return nil
    }

    /// Applies one stage; `limit` is the count of a `take` right after it, if any.
    func apply(_ stage: QueryStage, to input: QueryRows, limit: Int? = nil) throws(QueryFailure) -> QueryResult {
        var rows = input
        switch stage {
        case .filter(let condition, _):
            var kept: [QueryValue] = []
            for row in rows.values {
                try checkCancelled(everyRow: true)
                if try value(of: condition, row: row) == .bool(true) { kept.append(row) }
            }
            rows.values = kept
        case .sort(let keys, _):
            rows.values = try sorted(rows.values, by: keys)
        case .take(let count, _):
            rows.values = Array(rows.values.prefix(max(0, count)))
        case .skip(let count, _):
            rows.values = Array(rows.values.dropFirst(max(0, count)))
        case .top(let count, let key, _):
            rows.values = Array(try sorted(rows.values, by: [SortKey(key, order: .descending)]).prefix(max(0, count)))
        case .select(let projections, _):
            let names = projections.map(TypeChecker.columnName)
            var values: [QueryValue] = []
            for row in rows.values {
                try checkCancelled(everyRow: true)
                var cells: [QueryValue] = []
                for projection in projections { cells.append(try value(of: projection.expression, row: row)) }
                values.append(.record(names, cells))
            }
            rows = QueryRows(type: .table(names.map { Column($0, .string) }), values: values)
        case .count(let projections, _):
            guard !projections.isEmpty else { return .value(.int(rows.values.count)) }
            var order: [[QueryValue]] = []
            var counts: [[QueryValue]: Int] = [:]
            for row in rows.values {
                try checkCancelled(everyRow: true)
                var key: [QueryValue] = []
                for projection in projections { key.append(try value(of: projection.expression, row: row)) }
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            rows = Self.countRows(projections, order: order, counts: counts)
        case .distinct(let expression, _):
            let name = TypeChecker.columnName(Projection(expression))
            var seen: Set<QueryValue> = []
            var values: [QueryValue] = []
            for row in rows.values {
                try checkCancelled(everyRow: true)
                let item = try value(of: expression, row: row)
                if seen.insert(item).inserted { values.append(.record([name], [item])) }
            }
            rows = QueryRows(type: .table([Column(name, .string)]), values: values)
        case .kwic(let pattern, let window, _):
            rows = QueryRows(
                type: .table(TextStages.kwicColumns),
                values: TextStages.kwic(
                    rows.values, pattern: pattern, window: window, limit: limit, corpus: corpus,
                    index: usesIndexes ? corpus.index.termIndex.wrapped : nil,
                    stop: { self.shouldStop(everyRow: true) }))
        case .collocates(let pattern, let window, _):
            rows = QueryRows(
                type: .table(TextStages.collocateColumns),
                values: TextStages.collocates(
                    rows.values, pattern: pattern, window: window, corpus: corpus,
                    stop: { self.shouldStop(everyRow: true) }))
        case .timeline(let period, _):
            rows = QueryRows(
                type: .table(TextStages.timelineColumns),
                values: TextStages.timeline(rows.values, by: period ?? .month, corpus: corpus))
        case .rank(let words, _):
            let base = rows.values.map { if case .scored(let row, _) = $0 { row } else { $0 } }
            let type: RowType = if case .ranked = rows.type { rows.type } else { .ranked(rows.type) }
            rows = QueryRows(
                type: type,
                values: TextStages.rank(base, words: words, corpus: corpus, stop: { self.shouldStop(everyRow: true) }))
        case .custom(let name, let arguments, _):
            guard let definition = environment.stages[name], let output = definition.output(rows.type) else {
                throw QueryFailure("no stage named '\(name)'")
            }
            var values: [QueryValue] = []
            for argument in arguments ?? [] { values.append(try value(of: argument, row: nil)) }
            let call = QueryStageDefinition.Call(
                rows: rows.values, rowType: rows.type, arguments: values, corpus: corpus,
                isCancelled: { [isCancelled] in isCancelled() || Task.isCancelled })
            rows = QueryRows(type: output, values: try definition.implementation(call))
        }
        // A stage that stopped early on cancellation gives what it had; it is not used.
        try checkCancelled()
        return .rows(rows)
    }

    /// The rows of `count by`: each key with its count, most frequent first, ties in
    /// order of first appearance.
    static func countRows(_ projections: [Projection], order: [[QueryValue]], counts: [[QueryValue]: Int])
        -> QueryRows
    {
        let names = projections.map(TypeChecker.columnName)
        let ranked = order.enumerated().map { (offset: $0.offset, key: $0.element, count: counts[$0.element]!) }
            .sorted { ($0.count, -$0.offset) > ($1.count, -$1.offset) }
        return QueryRows(
            type: .table((names + ["count"]).map { Column($0, .string) }),
            values: ranked.map { .record(names + ["count"], $0.key + [.int($0.count)]) })
    }

    private func sorted(_ rows: [QueryValue], by keys: [SortKey]) throws(QueryFailure) -> [QueryValue] {
        var keyed: [(Int, [QueryValue])] = []
        for (index, row) in rows.enumerated() {
            try checkCancelled(everyRow: true)
            var values: [QueryValue] = []
            for key in keys { values.append(try value(of: key.expression, row: row)) }
            keyed.append((index, values))
        }
        keyed.sort { left, right in
            for (offset, key) in keys.enumerated() {
                let (a, b) = (left.1[offset], right.1[offset])
                if a.isNull != b.isNull { return b.isNull }  // missing values last, either way
                guard let order = ValueOrder.compare(a, b), order != .same else { continue }
                return key.order == .descending ? order == .greater : order == .less
            }
            return left.0 < right.0
        }
        return keyed.map { rows[$0.0] }
    }

    // MARK: Expressions

    /// The value of an expression for a row (`nil` outside stages).
    func value(of node: QueryNode, row: QueryValue?) throws(QueryFailure) -> QueryValue {
        switch node {
        case .name(let name, _):
            if let row, let field = row.field(name, in: corpus) { return field }
            if let bound = bindings[name] {
                switch bound {
                case .value(let value): return value
                case .rows(let rows): return .list(Self.listValues(rows.values))
                }
            }
            switch name {
            case "person": return .kind(.person)
            case "organization": return .kind(.organization)
            case "place": return .kind(.place)
            case "direct": return .quoteKind(.direct)
            case "partial": return .quoteKind(.partial)
            default: return .null
            }
        case .string(let text, _): return .string(text)
        case .integer(let number, _): return .int(number)
        case .decimal(let number, _): return .decimal(number)
        case .date(.day(let day), _): return .day(day)
        case .date(.month(let year, let month), _): return .month(year: year, month: month)
        case .boolean(let flag, _): return .bool(flag)
        case .null: return .null
        case .list(let items, _):
            var values: [QueryValue] = []
            for item in items { values.append(try value(of: item, row: row)) }
            return .list(values)
        case .member(let base, let field, _):
            return try value(of: base, row: row).field(field, in: corpus) ?? .null
        case .call(let name, let arguments, _):
            guard let function = environment.functions[name] else { throw QueryFailure("no function named '\(name)'") }
            var values: [QueryValue] = []
            for argument in arguments { values.append(try value(of: argument, row: row)) }
            return try function.implementation(QueryFunction.Call(arguments: values, row: row, corpus: corpus))
        case .not(let operand, _):
            return .bool(try value(of: operand, row: row) != .bool(true))
        case .binary(let op, let left, let right, _):
            return .bool(try binary(op, left, right, row: row))
        case .range:
            throw QueryFailure("a range can only stand after 'in'")
        case .pipeline:
            return .list(try subqueryValues(node))
        }
    }

    /// Rows used as a list: the values of a one-column table, or the rows themselves.
    static func listValues(_ rows: [QueryValue]) -> [QueryValue] {
        rows.map { row in
            if case .record(_, let cells) = row, cells.count == 1 { return cells[0] }
            return row
        }
    }

    /// The values of a sub-query: its single column, or its rows.
    private func subqueryValues(_ node: QueryNode) throws(QueryFailure) -> [QueryValue] {
        if let cached = subqueryCache[node] { return cached }
        let values: [QueryValue]
        switch try result(of: node) {
        case .value(let value): values = [value]
        case .rows(let rows):
            values = Self.listValues(rows.values)
        }
        subqueryCache[node] = values
        return values
    }

    private func binary(_ op: BinaryOperator, _ left: QueryNode, _ right: QueryNode, row: QueryValue?)
        throws(QueryFailure) -> Bool
    {
        switch op {
        case .and:
            guard try value(of: left, row: row) == .bool(true) else { return false }
            return try value(of: right, row: row) == .bool(true)
        case .or:
            if try value(of: left, row: row) == .bool(true) { return true }
            return try value(of: right, row: row) == .bool(true)
        case .matches, .notMatches:
            guard case .string(let pattern, _) = right else { return false }
            let subject = try value(of: left, row: row)
            guard case .string(let text) = subject else { return false }
            let found = phrase(pattern).occurs(in: words(text, key: row.flatMap { Self.textKey($0, left) }))
            return op == .matches ? found : !found
        case .in:
            let subject = try value(of: left, row: row)
            if subject.isNull { return false }
            if case .range(let lower, let upper, _) = right {
                let low = try value(of: lower, row: row)
                let high = try value(of: upper, row: row)
                return ValueOrder.atLeast(subject, low) && ValueOrder.atMost(subject, high)
            }
            let container = try value(of: right, row: row)
            switch container {
            case .list(let items): return items.contains { ValueOrder.equal(subject, $0) }
            case .month: return ValueOrder.equal(subject, container)
            default: return false
            }
        case .equal, .notEqual:
            let a = try value(of: left, row: row)
            let b = try value(of: right, row: row)
            if case .null = right { return op == .equal ? a.isNull : !a.isNull }
            if case .null = left { return op == .equal ? b.isNull : !b.isNull }
            if a.isNull || b.isNull { return false }
            let equal = ValueOrder.equal(a, b)
            return op == .equal ? equal : !equal
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let a = try value(of: left, row: row)
            let b = try value(of: right, row: row)
            if a.isNull || b.isNull { return false }
            switch op {
            case .less: return ValueOrder.before(a, b)
            case .lessOrEqual: return ValueOrder.atMost(a, b)
            case .greater: return ValueOrder.before(b, a)
            default: return ValueOrder.atLeast(a, b)
            }
        }
    }

    /// A cache key for the words of a row's text (`article-id:text`).
    private static func textKey(_ row: QueryValue, _ node: QueryNode) -> String? {
        guard case .name("text", _) = node, let article = row.owningArticle else { return nil }
        if case .article = row { return article.id }
        return nil
    }

    private func words(_ text: String, key: String?) -> TextWords {
        guard let key else { return TextWords(text) }
        if let cached = textCache[key] { return cached }
        let words = TextWords(text)
        textCache[key] = words
        return words
    }

    private func phrase(_ pattern: String) -> PhrasePattern {
        if let cached = patternCache[pattern] { return cached }
        let compiled = PhrasePattern(pattern)
        patternCache[pattern] = compiled
        return compiled
    }
}
