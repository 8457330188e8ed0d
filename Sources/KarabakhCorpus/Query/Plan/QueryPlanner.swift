/// Reads the leading `where` stages of a pipeline over a source and decides how to
/// answer them: which parts an index gives (most selective first), and what is left
/// to check row by row.
///
/// For example, in `articles | where text ~ "ceasefire" and mentions("OSCE") and
/// year(date) == 2020` the phrase and the entity come from the indexes, and
/// `year(date) == 2020` is checked on the articles they leave.
struct QueryPlanner {
    let index: CorpusIndex
    let environment: QueryEnvironment
    /// Evaluates an expression that does not depend on the row; `nil` when it cannot.
    let constant: (QueryNode) -> QueryValue?

    /// The fields of article rows.
    private let rowFields = Set(Schema.fields(of: .article).map(\.name))

    /// The value of an expression that reads nothing of the article row, or `nil`.
    private func constantValue(_ node: QueryNode) -> QueryValue? {
        refersOnly(to: nil, node, in: .article) ? constant(node) : nil
    }

    /// The plan for a source and the stages after it.
    func plan(_ source: RowType, _ stages: [QueryStage]) -> QueryPlan {
        var conditions: [QueryNode] = []
        for stage in stages {
            guard case .filter(let condition, _) = stage else { break }
            conditions.append(condition)
        }
        let conjuncts = conditions.flatMap(Self.conjuncts)
        var plan = QueryPlan(
            source: source, access: .scan, residual: Self.conjunction(conjuncts), coveredStages: conditions.count)
        if conjuncts.isEmpty, source != .entity { plan.access = .all }
        switch source {
        case .article:
            var filters: [IndexFilter] = []
            var rest: [QueryNode] = []
            for conjunct in conjuncts {
                if let filter = articleFilter(conjunct) {
                    filters.append(filter)
                    if !filter.isExact { rest.append(conjunct) }
                } else {
                    rest.append(conjunct)
                }
            }
            if !filters.isEmpty {
                plan.access = .articles(filters.count == 1 ? filters[0] : .and(filters))
                plan.residual = Self.conjunction(rest)
            }
        case .mention, .quote:
            let field = source == .mention ? "entity" : "speaker"
            let (own, rest) = (
                conjuncts.filter { refersOnly(to: field, $0, in: source) },
                conjuncts.filter { !refersOnly(to: field, $0, in: source) }
            )
            if let condition = Self.conjunction(own) {
                plan.access = .entityRows(condition)
                plan.residual = Self.conjunction(rest)
            }
        default:
            break
        }
        plan.folded = folded(stages.dropFirst(plan.coveredStages).first, plan)
        if source == .article, case .kwic(let pattern, _, _)? = stages.dropFirst(plan.coveredStages).first {
            if case .scan = plan.access { plan.access = .all }
            plan.kwicPattern = PhrasePattern(pattern)
        }
        return plan
    }

    /// The stage after the covered ones that the plan's access can answer.
    private func folded(_ next: QueryStage?, _ plan: QueryPlan) -> QueryPlan.Folded? {
        guard let next else { return nil }
        switch (plan.access, next) {
        case (.scan, _): return nil
        case (_, .take(let count, _)): return .take(max(0, count))
        case (.all, .rank), (.articles, .rank): return plan.source == .article ? .rank : nil
        case (_, .count(let keys, _)) where plan.isExact:
            if keys.isEmpty { return .count }
            guard plan.source == .mention || plan.source == .quote else { return nil }
            let field = plan.source == .mention ? "entity" : "speaker"
            return keys.allSatisfy { refersOnly(to: field, $0.expression, in: plan.source) } ? .countByEntity : nil
        default: return nil
        }
    }

    /// The parts of a condition joined by `and`.
    static func conjuncts(_ node: QueryNode) -> [QueryNode] {
        if case .binary(.and, let left, let right, _) = node { return conjuncts(left) + conjuncts(right) }
        return [node]
    }

    /// Conditions joined by `and`, or `nil` for none.
    static func conjunction(_ nodes: [QueryNode]) -> QueryNode? {
        guard var result = nodes.first else { return nil }
        for node in nodes.dropFirst() { result = .binary(.and, result, node, result.range) }
        return result
    }

    // MARK: Articles

    /// The index filter that answers a condition on articles, or `nil`.
    func articleFilter(_ node: QueryNode) -> IndexFilter? {
        let label = QueryPrinter.text(node)
        switch node {
        case .binary(.and, let left, let right, _):
            switch (articleFilter(left), articleFilter(right)) {
            case (let a?, let b?): return .and([a, b])
            case (let part?, nil), (nil, let part?): return .candidates(part, label)
            case (nil, nil): return nil
            }
        case .binary(.or, let left, let right, _):
            guard let a = articleFilter(left), let b = articleFilter(right), a.isExact, b.isExact else { return nil }
            return .or([a, b])
        case .not(let operand, _):
            guard let filter = articleFilter(operand), filter.isExact else { return nil }
            return .not(filter)
        case .binary(let op, .name("text", _), .string(let pattern, _), _) where op == .matches || op == .notMatches:
            let phrase = IndexFilter.phrase(PhrasePattern(pattern), label)
            return op == .matches ? phrase : .not(phrase)
        case .call(let name, let arguments, _):
            return callFilter(name, arguments, label: label)
        case .binary(let op, let left, let right, _):
            if case .name(let field, _) = left, rowFields.contains(field), let value = constantValue(right) {
                return comparisonFilter(field, op, value, label: label)
            }
            if case .name(let field, _) = right, rowFields.contains(field), let value = constantValue(left),
                let flipped = op.flipped
            {
                return comparisonFilter(field, flipped, value, label: label)
            }
            if op == .in, case .name("date", _) = left, case .range(let low, let high, _) = right,
                let lower = constantValue(low), let upper = constantValue(high),
                let from = Self.dayBounds(lower)?.lowerBound, let through = Self.dayBounds(upper)?.upperBound
            {
                return .days(from, through, label)
            }
            return nil
        default:
            return nil
        }
    }

    private func callFilter(_ name: String, _ arguments: [QueryNode], label: String) -> IndexFilter? {
        guard let meaning = environment.functions[name]?.indexMeaning else { return nil }
        switch meaning {
        case .mentions:
            guard arguments.count == 1, let value = constantValue(arguments[0]) else { return nil }
            switch value {
            case .string(let name): return .entities(index.entities(named: name), label)
            case .entity(let entity):
                return .entities(index.entityPositions[entity.id].map { [$0] } ?? [], label)
            default: return .entities([], label)
            }
        case .near:
            guard arguments.count == 3, case .string(let first) = constantValue(arguments[0]),
                case .string(let second) = constantValue(arguments[1])
            else { return nil }
            return .near(PhrasePattern(first), PhrasePattern(second), label)
        }
    }

    /// `field op value` on articles, as the evaluator compares them.
    private func comparisonFilter(_ field: String, _ op: BinaryOperator, _ value: QueryValue, label: String)
        -> IndexFilter?
    {
        if field == "date" {
            if op == .in, case .list(let items) = value {
                let filters = items.map { comparisonFilter("date", .equal, $0, label: label) }
                guard filters.allSatisfy({ $0 != nil }) else { return nil }
                return .or(filters.compactMap { $0 })
            }
            guard let bounds = Self.dayBounds(value) else { return nil }
            let (first, last) = (bounds.lowerBound, bounds.upperBound)
            switch op {
            case .equal: return .days(first, last, label)
            case .in:
                guard case .month = value else { return nil }  // `in` a day is false, as the evaluator has it
                return .days(first, last, label)
            case .notEqual: return .or([.days(Int32.min, first - 1, label), .days(last + 1, Int32.max, label)])
            case .less: return .days(Int32.min, first - 1, label)
            case .lessOrEqual: return .days(Int32.min, last, label)
            case .greater: return .days(last + 1, Int32.max, label)
            case .greaterOrEqual: return .days(first, Int32.max, label)
            default: return nil
            }
        }
        guard CorpusIndex.lookupFields.contains(field), op == .equal, case .string(let text) = value else {
            return nil
        }
        return .field(field, text)
    }

    /// The first and last day keys of a day or a month.
    static func dayBounds(_ value: QueryValue) -> ClosedRange<Int32>? {
        switch value {
        case .day(let day): DayKey.of(day)...DayKey.of(day)
        case .month(let year, let month): DayKey.first(year: year, month: month)...DayKey.last(year: year, month: month)
        default: nil
        }
    }

    // MARK: Mentions and quotes

    /// Whether every field of the row that an expression reads is `field` (or a field
    /// of it), so that the expression has one value per entity.
    func refersOnly(to field: String?, _ node: QueryNode, in source: RowType) -> Bool {
        let fields = Set(Schema.fields(of: source).map(\.name))
        func check(_ node: QueryNode) -> Bool {
            switch node {
            case .name(let name, _): return name == field || !fields.contains(name)
            case .string, .integer, .decimal, .date, .boolean, .null: return true
            case .list(let items, _): return items.allSatisfy(check)
            case .member(let base, _, _): return check(base)
            case .call(let name, let arguments, _):
                guard let function = environment.functions[name], !function.needsArticle else { return false }
                return arguments.allSatisfy(check)
            case .not(let operand, _): return check(operand)
            case .binary(_, let left, let right, _): return check(left) && check(right)
            case .range(let low, let high, _): return check(low) && check(high)
            case .pipeline: return true
            }
        }
        return check(node)
    }
}

extension BinaryOperator {
    /// The operator with its operands swapped (`a < b` is `b > a`), or `nil` when
    /// there is none.
    var flipped: BinaryOperator? {
        switch self {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: nil
        }
    }
}
