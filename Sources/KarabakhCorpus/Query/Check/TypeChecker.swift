/// Checks a program before anything runs: every source, field, operator, function,
/// stage and literal, with diagnostics that name the culprit and suggest a fix.
///
/// For example, `articles | where dat > 2020-01-01` gives
/// `articles have no field 'dat'` with the note `did you mean 'date'?`.
public struct TypeChecker: Sendable {
    /// The functions available.
    public let environment: QueryEnvironment
    /// The corpus, for checking entity names given to `person(…)` and the like; may be `nil`.
    public let corpus: Corpus?
    /// The types of the names bound so far by `let`.
    public private(set) var bindings: [String: QueryType] = [:]
    /// The problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a checker.
    public init(environment: QueryEnvironment = .standard, corpus: Corpus? = nil, bindings: [String: QueryType] = [:]) {
        self.environment = environment
        self.corpus = corpus
        self.bindings = bindings
    }

    /// Checks a program; returns the type of each statement's result (`nil` where it
    /// has errors). `let` statements bind their names for the statements after them.
    public mutating func check(_ program: Program) -> [QueryType?] {
        program.statements.map { statement in
            switch statement {
            case .binding(let name, let node, _):
                let type = check(node, row: nil)
                if let type { bindings[name] = type }
                return type
            case .query(let node):
                return check(node, row: nil)
            }
        }
    }

    /// The type of an expression where `row` is the current row (inside `where`,
    /// `select`…), or `nil` after reporting why it has none.
    public mutating func check(_ node: QueryNode, row: RowType?) -> QueryType? {
        switch node {
        case .name(let name, let range):
            return resolve(name, range: range, row: row)
        case .string: return .string
        case .integer: return .int
        case .decimal: return .decimal
        case .date(let literal, _):
            if case .day = literal { return .day }
            return .period
        case .boolean: return .bool
        case .null: return .null
        case .list(let items, _):
            let types = items.compactMap { check($0, row: row) }
            guard types.count == items.count else { return nil }
            let element = types.first { $0 != .null } ?? .null
            return .list(element == .text ? .string : element)
        case .member(let base, let field, let range):
            guard let baseType = check(base, row: row) else { return nil }
            return member(field, of: baseType, range: range)
        case .call(let name, let arguments, let range):
            return call(name, arguments, range: range, row: row)
        case .not(let operand, let range):
            guard let type = check(operand, row: row) else { return nil }
            guard type == .bool || type == .null else {
                report("type-mismatch", CheckMessages.notBool(type, context: "'not'"), range)
                return nil
            }
            return .bool
        case .binary(let op, let left, let right, let range):
            return binary(op, left, right, range: range, row: row)
        case .range(_, _, let range):
            report("range-outside-in", CheckMessages.rangeOutsideIn(), range)
            return nil
        case .pipeline(let head, let stages, _):
            return pipeline(head, stages, row: row)
        }
    }

    // MARK: Names and members

    private mutating func resolve(_ name: String, range: SourceRange, row: RowType?) -> QueryType? {
        if let row, let type = Schema.field(name, of: row) { return type }
        if let type = bindings[name] { return type }
        if let source = Schema.sources[name] { return .rows(source) }
        if let value = Schema.namedValues[name] { return value }
        var candidates = Array(bindings.keys) + Array(Schema.sources.keys)
        let message: String
        if let row {
            candidates = Schema.fields(of: row).map(\.name) + candidates
            message = CheckMessages.unknownField(name, of: row)
        } else {
            message = CheckMessages.unknownSource(name)
        }
        var notes = EditDistance.closest(to: name, among: candidates).map { [CheckMessages.didYouMean($0)] } ?? []
        if notes.isEmpty, let named = EditDistance.closest(to: name, among: Array(Schema.namedValues.keys)) {
            notes = [CheckMessages.didYouMean(named)]
        }
        report(row == nil ? "unknown-source" : "unknown-field", message, range, notes: notes)
        return nil
    }

    private mutating func member(_ field: String, of type: QueryType, range: SourceRange) -> QueryType? {
        guard case .record(let row) = type else {
            if type == .null { return .null }
            report("no-fields", CheckMessages.noFields(field, of: type), range)
            return nil
        }
        if let fieldType = Schema.field(field, of: row) { return fieldType }
        let notes = EditDistance.closest(to: field, among: Schema.fields(of: row).map(\.name)).map {
            [CheckMessages.didYouMean($0)]
        }
        report("unknown-field", CheckMessages.unknownField(field, of: row), range, notes: notes ?? [])
        return nil
    }

    // MARK: Calls

    private mutating func call(_ name: String, _ arguments: [QueryNode], range: SourceRange, row: RowType?)
        -> QueryType?
    {
        guard let function = environment.functions[name] else {
            let notes = EditDistance.closest(to: name, among: Array(environment.functions.keys)).map {
                [CheckMessages.didYouMean($0)]
            }
            report("unknown-function", CheckMessages.unknownFunction(name), range, notes: notes ?? [])
            return nil
        }
        let types = arguments.map { check($0, row: row) }
        guard !types.contains(where: { $0 == nil }) else { return nil }
        guard arguments.count == function.parameters.count else {
            report("arity", CheckMessages.arity(function, arguments.count), range)
            return nil
        }
        var valid = true
        for (index, (parameter, type)) in zip(function.parameters, types.map { $0! }).enumerated()
        where !parameter.accepts(type) {
            var notes: [String] = []
            if type == .string, parameter.accepts(.day) { notes.append(CheckMessages.dateHint()) }
            report(
                "type-mismatch", CheckMessages.argument(index, of: function, expected: parameter, found: type),
                arguments[index].range, notes: notes)
            valid = false
        }
        if function.needsArticle, !(row.map(Self.hasArticle) ?? false) {
            report("needs-article", CheckMessages.needsArticle(name), range)
            valid = false
        }
        if let kind = EntityKind(rawValue: name), case .string(let entityName, let argumentRange) = arguments.first,
            let corpus, !corpus.entities.contains(where: { $0.kind == kind && $0.isNamed(entityName) })
        {
            let names = corpus.entities.filter { $0.kind == kind }.map(\.name)
            let notes = EditDistance.closest(to: entityName, among: names).map { [CheckMessages.didYouMean($0)] }
            report("unknown-entity", CheckMessages.noSuchEntity(kind, entityName), argumentRange, notes: notes ?? [])
            valid = false
        }
        return valid ? function.result : nil
    }

    private static func hasArticle(_ row: RowType) -> Bool {
        switch row {
        case .article, .mention, .quote: true
        case .ranked(let base): hasArticle(base)
        case .entity, .table: false
        }
    }

    // MARK: Operators

    private mutating func binary(
        _ op: BinaryOperator, _ left: QueryNode, _ right: QueryNode, range: SourceRange, row: RowType?
    )
        -> QueryType?
    {
        switch op {
        case .and, .or:
            let types = [check(left, row: row), check(right, row: row)]
            var valid = true
            for (type, node) in zip(types, [left, right]) {
                guard let type else {
                    valid = false
                    continue
                }
                if type != .bool, type != .null {
                    report("type-mismatch", CheckMessages.notBool(type, context: "'\(op.symbol)'"), node.range)
                    valid = false
                }
            }
            return valid ? .bool : nil
        case .matches, .notMatches:
            guard let leftType = check(left, row: row) else { return nil }
            guard leftType.isTextual || leftType == .null else {
                report("type-mismatch", CheckMessages.pattern(op, leftType), left.range)
                return nil
            }
            guard case .string = right else {
                report("pattern-literal", CheckMessages.patternLiteral(op), right.range)
                return nil
            }
            return .bool
        case .in:
            guard let leftType = check(left, row: row) else { return nil }
            if case .range(let lower, let upper, _) = right {
                guard let lowerType = check(lower, row: row), let upperType = check(upper, row: row) else { return nil }
                for bound in [lowerType, upperType] where !Self.comparable(leftType, bound) {
                    report("type-mismatch", CheckMessages.compare(.in, leftType, bound), range)
                    return nil
                }
                return .bool
            }
            guard let rightType = check(right, row: row) else { return nil }
            switch rightType {
            case .list, .null: return .bool
            case .period where leftType.isDate || leftType == .null: return .bool
            case .rows(let rows):
                if case .table(let columns) = rows, columns.count == 1 { return .bool }
                report("not-a-list", CheckMessages.notAList(rightType), right.range)
                return nil
            default:
                report("type-mismatch", CheckMessages.membership(rightType), right.range)
                return nil
            }
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let leftType = check(left, row: row), let rightType = check(right, row: row) else { return nil }
            let ordered = op != .equal && op != .notEqual
            if Self.comparable(leftType, rightType, ordered: ordered) { return .bool }
            var notes: [String] = []
            if leftType.isDate, rightType == .string { notes.append(CheckMessages.dateHint()) }
            if leftType == .kind, rightType == .string { notes.append(CheckMessages.kindHint()) }
            report("type-mismatch", CheckMessages.compare(op, leftType, rightType), range, notes: notes)
            return nil
        }
    }

    /// Whether values of two types can be compared (`ordered` for `<` and friends).
    static func comparable(_ left: QueryType, _ right: QueryType, ordered: Bool = true) -> Bool {
        if left == .null || right == .null { return true }
        if left.isNumeric, right.isNumeric { return true }
        if left.isDate, right.isDate { return true }
        if left.isTextual, right.isTextual { return true }
        if ordered { return false }
        if left == right { return true }
        // An entity equals a string that is one of its names.
        if left == .record(.entity), right.isTextual { return true }
        if right == .record(.entity), left.isTextual { return true }
        return false
    }

    // MARK: Pipelines

    private mutating func pipeline(_ head: QueryNode, _ stages: [QueryStage], row: RowType?) -> QueryType? {
        guard var type = check(head, row: row) else { return nil }
        for stage in stages {
            guard let next = self.stage(stage, after: type) else { return nil }
            type = next
        }
        return type
    }

    private mutating func stage(_ stage: QueryStage, after type: QueryType) -> QueryType? {
        let stageName = Self.name(of: stage)
        guard case .rows(let rows) = type else {
            report("stage-on-scalar", CheckMessages.stageOnScalar(stageName, type), stage.range)
            return nil
        }
        switch stage {
        case .filter(let condition, _):
            guard let conditionType = check(condition, row: rows) else { return nil }
            guard conditionType == .bool || conditionType == .null else {
                report("type-mismatch", CheckMessages.notBool(conditionType, context: "'where'"), condition.range)
                return nil
            }
            return type
        case .sort(let keys, _):
            for key in keys {
                guard let keyType = check(key.expression, row: rows) else { return nil }
                if case .list = keyType {
                    report("not-sortable", CheckMessages.notSortable(keyType), key.expression.range)
                    return nil
                }
            }
            return type
        case .take(let count, let range), .skip(let count, let range):
            if count < 0 { report("negative", CheckMessages.negative(stageName), range) }
            return count < 0 ? nil : type
        case .top(let count, let key, let range):
            if count < 0 { report("negative", CheckMessages.negative("top"), range) }
            guard check(key, row: rows) != nil, count >= 0 else { return nil }
            return type
        case .select(let projections, _):
            return columns(projections, row: rows).map { .rows(.table($0)) }
        case .count(let projections, _):
            guard !projections.isEmpty else { return .int }
            guard var keys = columns(projections, row: rows) else { return nil }
            keys.append(Column("count", .int))
            return .rows(.table(keys))
        case .distinct(let expression, _):
            return columns([Projection(expression)], row: rows).map { .rows(.table($0)) }
        case .kwic(let pattern, _, let range):
            guard checkTextStage("kwic", pattern: pattern, rows: rows, range: range) else { return nil }
            return .rows(.table(TextStages.kwicColumns))
        case .collocates(let pattern, _, let range):
            guard checkTextStage("collocates", pattern: pattern, rows: rows, range: range) else { return nil }
            return .rows(.table(TextStages.collocateColumns))
        case .timeline(_, let range):
            guard Self.hasDate(rows) else {
                report("needs-date", CheckMessages.needsDate(rows), range)
                return nil
            }
            return .rows(.table(TextStages.timelineColumns))
        case .rank(let words, let range):
            guard checkTextStage("rank", pattern: words, rows: rows, range: range) else { return nil }
            if case .ranked = rows { return type }
            return .rows(.ranked(rows))
        case .custom(let name, let arguments, let range):
            guard let definition = environment.stages[name] else {
                let known = Self.stageNames + Array(environment.stages.keys)
                let notes = EditDistance.closest(to: name, among: known).map { [CheckMessages.didYouMean($0)] }
                report("unknown-stage", CheckMessages.unknownStage(name), range, notes: notes ?? [])
                return nil
            }
            let given = arguments ?? []
            guard given.count == definition.parameters.count else {
                report("arity", CheckMessages.stageArity(definition, given.count), range)
                return nil
            }
            for (index, (parameter, argument)) in zip(definition.parameters, given).enumerated() {
                guard let type = check(argument, row: nil) else { return nil }
                if !parameter.accepts(type) {
                    report(
                        "type-mismatch",
                        CheckMessages.stageArgument(index, of: definition, expected: parameter, found: type),
                        argument.range)
                    return nil
                }
            }
            guard let output = definition.output(rows) else {
                report("stage-input", CheckMessages.stageInput(name, rows), range)
                return nil
            }
            return .rows(output)
        }
    }

    /// Whether a text stage (`kwic`, `collocates`, `rank`) can run: rows with text, and
    /// a pattern with words. Reports why not.
    private mutating func checkTextStage(_ name: String, pattern: String, rows: RowType, range: SourceRange) -> Bool {
        guard Self.hasText(rows) else {
            report("needs-text", CheckMessages.needsText(name, rows), range)
            return false
        }
        guard !PhrasePattern(pattern).isEmpty else {
            report("empty-pattern", CheckMessages.emptyPattern(), range)
            return false
        }
        return true
    }

    /// The columns of `select` or `count by`, each named by its `as` name or its text.
    private mutating func columns(_ projections: [Projection], row: RowType) -> [Column]? {
        var columns: [Column] = []
        for projection in projections {
            guard let type = check(projection.expression, row: row) else { return nil }
            let name = Self.columnName(projection)
            if columns.contains(where: { $0.name == name }) {
                report("duplicate-column", CheckMessages.duplicateColumn(name), projection.expression.range)
                return nil
            }
            columns.append(Column(name, type == .text ? .string : type))
        }
        return columns
    }

    /// A column's name: its `as` name, else the expression as printed (`speaker.name`).
    static func columnName(_ projection: Projection) -> String {
        projection.alias ?? projection.expression.description
    }

    static func hasText(_ row: RowType) -> Bool {
        switch row {
        case .article, .quote, .mention: true
        case .ranked(let base): hasText(base)
        case .entity, .table: false
        }
    }

    static func hasDate(_ row: RowType) -> Bool {
        switch row {
        case .article, .quote, .mention: true
        case .ranked(let base): hasDate(base)
        case .entity: false
        case .table(let columns): columns.contains { $0.name == "date" && $0.type.isDate }
        }
    }

    /// The built-in stage names, for suggestions.
    static let stageNames = [
        "where", "sort", "take", "skip", "select", "count", "top", "distinct", "kwic", "collocates", "timeline", "rank",
    ]

    /// The keyword of a stage.
    static func name(of stage: QueryStage) -> String {
        switch stage {
        case .filter: "where"
        case .sort: "sort"
        case .take: "take"
        case .skip: "skip"
        case .select: "select"
        case .count: "count"
        case .top: "top"
        case .distinct: "distinct"
        case .kwic: "kwic"
        case .collocates: "collocates"
        case .timeline: "timeline"
        case .rank: "rank"
        case .custom(let name, _, _): name
        }
    }

    private mutating func report(_ id: String, _ message: String, _ range: SourceRange, notes: [String] = []) {
        diagnostics.append(Diagnostic(id: id, message: message, range: range, notes: notes))
    }
}
