import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

private let none = SourceRange.none
private func name(_ value: String) -> QueryNode { .name(value, none) }
private func binary(_ op: BinaryOperator, _ left: QueryNode, _ right: QueryNode) -> QueryNode {
    .binary(op, left, right, none)
}
private func pipeline(_ source: QueryNode, _ stages: QueryStage...) -> QueryNode { .pipeline(source, stages, none) }

/// The printer: canonical query text for any tree, and the laws that tie it to the
/// parser — `parse(print(tree)) == tree`, and printing what was parsed is stable.
@Suite("Query printer")
struct QueryPrinterTests {
    @Test("the tree of SPEC §7's Swift example prints as the spec shows")
    func specSevenExample() {
        let query = pipeline(
            name("articles"),
            .filter(
                binary(
                    .and, binary(.greaterOrEqual, name("date"), .date(.day(Day(2020, 3, 1)), none)),
                    .call("mentions", [.string("Tural Ganjaliyev", none)], none)), none),
            .sort([SortKey(name("date"), order: .descending)], none), .take(10, none))
        #expect(
            query.description
                == "articles | where date >= 2020-03-01 and mentions(\"Tural Ganjaliyev\") | sort date desc | take 10")
        #expect("\(query)" == query.description)
    }

    static let parenthesised: [(tree: QueryNode, text: String)] = [
        (binary(.and, binary(.or, name("a"), name("b")), name("c")), "(a or b) and c"),
        (binary(.or, name("a"), binary(.or, name("b"), name("c"))), "a or (b or c)"),
        (binary(.or, binary(.or, name("a"), name("b")), name("c")), "a or b or c"),
        (binary(.and, name("a"), binary(.and, name("b"), name("c"))), "a and (b and c)"),
        (.not(binary(.and, name("a"), name("b")), none), "not (a and b)"),
        (.not(binary(.equal, name("a"), name("b")), none), "not a == b"),
        (binary(.equal, .not(name("a"), none), name("b")), "(not a) == b"),
        (binary(.less, binary(.less, name("a"), name("b")), name("c")), "(a < b) < c"),
        (.member(binary(.equal, name("a"), name("b")), "x", none), "(a == b).x"),
        (.member(.not(name("a"), none), "x", none), "(not a).x"),
        (.list([pipeline(name("a"), .count([], none)), name("b")], none), "[(a | count), b]"),
        (
            .call("f", [pipeline(name("a"), .select([Projection(name("x")), Projection(name("y"))], none))], none),
            "f((a | select x, y))"
        ),
        (pipeline(pipeline(name("a"), .take(1, none)), .count([], none)), "(a | take 1) | count"),
        (pipeline(binary(.or, name("a"), name("b")), .count([], none)), "a or b | count"),
        (pipeline(name("a"), .filter(pipeline(name("b"), .count([], none)), none)), "a | where (b | count)"),
        (
            binary(.in, name("x"), .range(.integer(1, none), binary(.or, name("a"), name("b")), none)),
            "x in 1..(a or b)"
        ),
        (.not(pipeline(name("a"), .count([], none)), none), "not (a | count)"),
    ]

    @Test(
        "parentheses appear only where precedence needs them, and around pipelines inside expressions",
        arguments: parenthesised)
    func parentheses(tree: QueryNode, text: String) throws {
        #expect(tree.description == text)
        #expect(try QueryParser.parseExpression(text) == tree)
    }

    @Test("statements and programs print one statement per line")
    func statements() {
        let program = Program([
            .binding(
                "osce", pipeline(name("articles"), .filter(.call("mentions", [.string("OSCE", none)], none), none)),
                none),
            .query(pipeline(name("osce"), .count([], none))),
        ])
        #expect(program.description == "let osce = articles | where mentions(\"OSCE\")\nosce | count")
        #expect(program.statements[0].description == "let osce = articles | where mentions(\"OSCE\")")
        #expect(
            QueryStage.sort([SortKey(name("date"), order: .ascending), SortKey(name("title"))], none).description
                == "sort date asc, title")
    }

    static let strings: [(value: String, text: String)] = [
        ("plain", #""plain""#), ("say \"no\"", #""say \"no\"""#), ("back\\slash", #""back\\slash""#),
        ("two\nlines\tand\r", #""two\nlines\tand\r""#), ("\u{1}\u{7F}\u{85}", #""\u{1}\u{7F}\u{85}""#),
        ("Ханкенди “Stepanakert” 👍🏽", "\"Ханкенди “Stepanakert” 👍🏽\""), ("\u{301}e", "\"\u{301}e\""), ("", #""""#),
    ]

    @Test("strings print in double quotes with escapes and parse back", arguments: strings)
    func stringLiterals(value: String, text: String) throws {
        #expect(QueryPrinter.quoted(value) == text)
        #expect(try QueryParser.parseExpression(text) == .string(value, none))
    }

    static let decimals: [(value: Double, text: String)] = [
        (0.5, "0.5"), (2, "2.0"), (-2.25, "-2.25"), (0.1, "0.1"), (1e-5, "0.00001"), (1.2345e-5, "0.000012345"),
        (1e16, "10000000000000000.0"), (1.5e20, "150000000000000000000.0"), (-1.5e-7, "-0.00000015"),
        (123_456.789, "123456.789"),
    ]

    @Test("decimals print without exponents and parse back to the same Double", arguments: decimals)
    func decimalLiterals(value: Double, text: String) throws {
        #expect(QueryPrinter.decimal(value) == text)
        #expect(try QueryParser.parseExpression(text) == .decimal(value, none))
    }

    @Test("extreme decimals and integers parse back equal")
    func extremeNumbers() throws {
        for value in [Double.leastNonzeroMagnitude, .greatestFiniteMagnitude, -.leastNormalMagnitude, .ulpOfOne] {
            #expect(try QueryParser.parseExpression(QueryPrinter.decimal(value)) == .decimal(value, none))
        }
        for value in [Int.min, Int.max, 0, -1] {
            #expect(try QueryParser.parseExpression(String(value)) == .integer(value, none))
        }
    }

    @Test("dates print as days or months, with four-digit years")
    func dates() throws {
        let month = QueryNode.date(.month(year: 2020, month: 3), none)
        let early = QueryNode.date(.day(Day(999, 1, 2)), none)
        #expect(month.description == "2020-03")
        #expect(early.description == "0999-01-02")
        #expect(try QueryParser.parseExpression("0999-01-02") == early)
    }

    // MARK: - Laws over generated trees

    @Test("parse(print(tree)) == tree and printing is stable, over 3,000 generated programs")
    func roundTrip() throws {
        var generator = TreeGenerator(seed: 20_201_110)
        var checked = 0
        for _ in 0..<3_000 {
            let program = generator.program()
            let text = program.description
            let result = QueryParser.parse(text)
            #expect(result.diagnostics.isEmpty, "\(text)\n\(result.diagnostics)")
            #expect(result.program == program, "\(text)")
            #expect(result.program.description == text)
            if result.program == program { checked += 1 }
        }
        #expect(checked == 3_000)
    }

    @Test("every generated expression round-trips through parseExpression on its own")
    func expressionRoundTrip() throws {
        var generator = TreeGenerator(seed: 44)
        for _ in 0..<2_000 {
            let tree = generator.expression(depth: 4)
            let text = QueryPrinter.text(tree)
            #expect(try QueryParser.parseExpression(text) == tree, "\(text)")
        }
    }
}

/// Random query trees of every shape the grammar can express, from a fixed seed.
///
/// It stays inside what text can say: a range only on the right of `in`, pipelines with
/// at least one stage, names that are not reserved, plugin stages not named like
/// built-in ones, whole numbers of rows that are not negative.
struct TreeGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let names = [
        "articles", "quotes", "date", "source", "x", "_y2", "count", "where", "sort", "desc", "asc", "by", "as",
        "window", "day", "month", "year", "person", "Ханкенди", "café", "cafe\u{301}", "timeline",
    ]
    static let fieldNames = names + ["in", "not", "and", "null", "let"]
    static let stageNames = ["sample", "by", "as", "asc", "window", "my_stage", "day"]
    static let pieces = [
        "a", "Z", " ", "\"", "\\", "\n", "\t", "\r", "\u{1}", "\u{7F}", "“", "”", "é", "\u{301}", "#", "|", "👍🏽", "{",
        "u", "\\u{41}",
    ]

    mutating func program() -> Program {
        Program(
            (0..<int(1...3)).map { _ in
                chance(4) ? .binding(pick(Self.names), expression(depth: 3), none) : .query(expression(depth: 3))
            })
    }

    mutating func expression(depth: Int) -> QueryNode {
        guard depth > 0, !chance(4) else { return leaf() }
        switch int(0...6) {
        case 0: return .list((0..<int(0...3)).map { _ in expression(depth: depth - 1) }, none)
        case 1: return .member(expression(depth: depth - 1), pick(Self.fieldNames), none)
        case 2: return .call(pick(Self.names), (0..<int(0...3)).map { _ in expression(depth: depth - 1) }, none)
        case 3: return .not(expression(depth: depth - 1), none)
        case 4:
            let op = pick(BinaryOperator.allCases)
            var right = expression(depth: depth - 1)
            if op == .in, chance(3) { right = .range(expression(depth: depth - 1), expression(depth: depth - 1), none) }
            return .binary(op, expression(depth: depth - 1), right, none)
        default:
            return .pipeline(expression(depth: depth - 1), (0..<int(1...3)).map { _ in stage(depth: depth - 1) }, none)
        }
    }

    mutating func leaf() -> QueryNode {
        switch int(0...6) {
        case 0: return .name(pick(Self.names), none)
        case 1: return .string((0..<int(0...6)).map { _ in pick(Self.pieces) }.joined(), none)
        case 2: return .integer(chance(5) ? pick([Int.min, Int.max, 0]) : int(-1_000...1_000_000), none)
        case 3: return .decimal(decimal(), none)
        case 4:
            let year = int(1...9999)
            let month = int(1...12)
            if chance(3) { return .date(.month(year: year, month: month), none) }
            return .date(.day(Day(year, month, int(1...Day.daysIn(month: month, year: year)))), none)
        case 5: return .boolean(chance(2), none)
        default: return .null(none)
        }
    }

    mutating func stage(depth: Int) -> QueryStage {
        switch int(0...12) {
        case 0: return .filter(expression(depth: depth), none)
        case 1:
            let keys = (0..<int(1...3)).map { _ in
                SortKey(expression(depth: depth), order: chance(2) ? nil : pick([.ascending, .descending]))
            }
            return .sort(keys, none)
        case 2: return .take(count(), none)
        case 3: return .skip(count(), none)
        case 4: return .select(projections(depth: depth, minimum: 1), none)
        case 5: return .count(projections(depth: depth, minimum: 0), none)
        case 6: return .top(count(), expression(depth: depth), none)
        case 7: return .distinct(expression(depth: depth), none)
        case 8: return .kwic(string(), window: chance(2) ? nil : count(), none)
        case 9: return .collocates(string(), window: chance(2) ? nil : count(), none)
        case 10: return .timeline(chance(3) ? nil : pick(TimelinePeriod.allCases), none)
        case 11: return .rank(string(), none)
        default:
            let arguments: [QueryNode]? = chance(2) ? nil : (0..<int(0...2)).map { _ in expression(depth: depth) }
            return .custom(pick(Self.stageNames), arguments: arguments, none)
        }
    }

    private mutating func projections(depth: Int, minimum: Int) -> [Projection] {
        (0..<int(minimum...3)).map { _ in
            Projection(expression(depth: depth), alias: chance(2) ? nil : pick(Self.names))
        }
    }

    private mutating func string() -> String { (0..<int(0...4)).map { _ in pick(Self.pieces) }.joined() }

    private mutating func count() -> Int { chance(10) ? Int.max : int(0...1_000) }

    private mutating func decimal() -> Double {
        switch int(0...3) {
        case 0: return Double(int(-1_000...1_000)) / 8
        case 1: return Double.random(in: -1e-9...1e-9, using: &random)
        case 2: return Double.random(in: -1e22...1e22, using: &random)
        default:
            while true {
                let value = Double(bitPattern: random.next())
                if value.isFinite { return value }
            }
        }
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ oneIn: Int) -> Bool { int(1...oneIn) == 1 }
    private mutating func pick<T>(_ values: [T]) -> T { values[int(0...values.count - 1)] }
}
