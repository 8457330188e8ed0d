import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

// Trees built by hand; ranges do not take part in equality.
private let none = SourceRange.none
private func name(_ value: String) -> QueryNode { .name(value, none) }
private func string(_ value: String) -> QueryNode { .string(value, none) }
private func integer(_ value: Int) -> QueryNode { .integer(value, none) }
private func day(_ year: Int, _ month: Int, _ day: Int) -> QueryNode { .date(.day(Day(year, month, day)), none) }
private func month(_ year: Int, _ month: Int) -> QueryNode { .date(.month(year: year, month: month), none) }
private func member(_ base: QueryNode, _ field: String) -> QueryNode { .member(base, field, none) }
private func call(_ function: String, _ arguments: QueryNode...) -> QueryNode { .call(function, arguments, none) }
private func not(_ operand: QueryNode) -> QueryNode { .not(operand, none) }
private func binary(_ op: BinaryOperator, _ left: QueryNode, _ right: QueryNode) -> QueryNode {
    .binary(op, left, right, none)
}
private func pipeline(_ source: QueryNode, _ stages: QueryStage...) -> QueryNode { .pipeline(source, stages, none) }
private func filter(_ condition: QueryNode) -> QueryStage { .filter(condition, none) }

/// Everything between query text and the query tree: the lexer, the grammar of SPEC §6,
/// line continuation, and the diagnostics of text that does not parse.
@Suite("Query parser")
struct QueryParserTests {
    /// The renderer's output for every diagnostic of a text, as the REPL shows it.
    static func rendered(_ text: String) -> String {
        DiagnosticRenderer(source: text, file: "<repl>").render(QueryParser.parse(text).diagnostics)
    }

    /// The canonical text of a program that must parse.
    static func printed(_ text: String) throws -> String {
        try QueryParser.parseProgram(text).description
    }

    // MARK: - The spec's examples

    static let specExamples: [(text: String, tree: QueryNode)] = [
        ("articles | count", pipeline(name("articles"), .count([], none))),
        (
            "articles | where date >= 2020-03-01 | sort date | select file, date",
            pipeline(
                name("articles"), filter(binary(.greaterOrEqual, name("date"), day(2020, 3, 1))),
                .sort([SortKey(name("date"))], none),
                .select([Projection(name("file")), Projection(name("date"))], none))
        ),
        (
            "quotes | where speaker == \"Tural Ganjaliyev\" | count",
            pipeline(
                name("quotes"), filter(binary(.equal, name("speaker"), string("Tural Ganjaliyev"))),
                .count([], none))
        ),
        (
            "entities | where kind == person | top 5 by articles",
            pipeline(
                name("entities"), filter(binary(.equal, name("kind"), name("person"))),
                .top(5, name("articles"), none))
        ),
        (
            "mentions | where entity.kind == organization | count by entity.name",
            pipeline(
                name("mentions"), filter(binary(.equal, member(name("entity"), "kind"), name("organization"))),
                .count([Projection(member(name("entity"), "name"))], none))
        ),
        (
            "articles | where mentions(\"OSCE Minsk Group\") and not mentions(\"UN Security Council\")",
            pipeline(
                name("articles"),
                filter(
                    binary(
                        .and, call("mentions", string("OSCE Minsk Group")),
                        not(call("mentions", string("UN Security Council"))))))
        ),
        (
            "articles | where text ~ \"peaceful coexist*\" | kwic \"coexist*\" window 6",
            pipeline(
                name("articles"), filter(binary(.matches, name("text"), string("peaceful coexist*"))),
                .kwic("coexist*", window: 6, none))
        ),
        ("articles | timeline by month", pipeline(name("articles"), .timeline(.month, none))),
        (
            "articles | collocates \"occupied\" window 4 | take 10",
            pipeline(name("articles"), .collocates("occupied", window: 4, none), .take(10, none))
        ),
        (
            "mentions | where entity == \"Khankendi\" | count by article.source, surface",
            pipeline(
                name("mentions"), filter(binary(.equal, name("entity"), string("Khankendi"))),
                .count([Projection(member(name("article"), "source")), Projection(name("surface"))], none))
        ),
        (
            "quotes | where speaker == \"Ganjaliyev\"",
            pipeline(name("quotes"), filter(binary(.equal, name("speaker"), string("Ganjaliyev"))))
        ),
        (
            "articles | where date in 2020-03",
            pipeline(name("articles"), filter(binary(.in, name("date"), month(2020, 3))))
        ),
        (
            "articles | where date in 2020-03-01..2020-04-30",
            pipeline(
                name("articles"),
                filter(binary(.in, name("date"), .range(day(2020, 3, 1), day(2020, 4, 30), none))))
        ),
        (
            "entities | where name in (quotes | select speaker.name)",
            pipeline(
                name("entities"),
                filter(
                    binary(
                        .in, name("name"),
                        pipeline(name("quotes"), .select([Projection(member(name("speaker"), "name"))], none)))))
        ),
        (
            "articles | where date >= 2020-03-01 and mentions(\"Tural Ganjaliyev\") | sort date desc | take 10",
            pipeline(
                name("articles"),
                filter(
                    binary(
                        .and, binary(.greaterOrEqual, name("date"), day(2020, 3, 1)),
                        call("mentions", string("Tural Ganjaliyev")))),
                .sort([SortKey(name("date"), order: .descending)], none), .take(10, none))
        ),
        (
            "articles | where dat > 2020-01-01",
            pipeline(name("articles"), filter(binary(.greater, name("dat"), day(2020, 1, 1))))
        ),
    ]

    @Test(
        "every example query of SPEC §6 and §7 parses to its tree and prints back as written", arguments: specExamples)
    func specExample(text: String, tree: QueryNode) throws {
        let parsed = try QueryParser.parseExpression(text)
        #expect(parsed == tree)
        #expect(parsed.description == text)
    }

    @Test("a spec example with its trailing comment parses the same")
    func specExampleWithComment() throws {
        let text = "mentions | where entity == \"Khankendi\" | count by article.source, surface   # who uses which name"
        #expect(try Self.printed(text) == "mentions | where entity == \"Khankendi\" | count by article.source, surface")
        #expect(
            try Self.printed("articles | count                                             # 5") == "articles | count")
    }

    // MARK: - Every construct, by its canonical text

    static let canonicalForms: [(text: String, printed: String)] = [
        // Literals.
        (#""say \"no\", \\ \n\t\r \u{E9}\u{1F44D}""#, #""say \"no\", \\ \n\t\r é👍""#),
        ("“pasted from Word”", "\"pasted from Word\""),
        ("“has \"straight\" quotes inside”", #""has \"straight\" quotes inside""#),
        ("12", "12"), ("-3", "-3"), ("0.5", "0.5"), ("-2.25", "-2.25"), ("1.50", "1.5"), ("007", "7"),
        ("2020-03", "2020-03"), ("2020-03-01", "2020-03-01"), ("2020-02-29", "2020-02-29"),
        ("true", "true"), ("false", "false"), ("null", "null"),
        ("[]", "[]"), ("[1,\"a\" ,2020-03]", "[1, \"a\", 2020-03]"),
        // Members and calls.
        ("entity.kind", "entity.kind"), ("article . source . name", "article.source.name"), ("x.in", "x.in"),
        ("near( \"peace\",\"talks\" , 5 )", "near(\"peace\", \"talks\", 5)"), ("f()", "f()"),
        ("day(date)", "day(date)"), ("month(date)", "month(date)"), ("year(date)", "year(date)"),
        ("f(x).name", "f(x).name"), ("(f)(x)", "f(x)"), ("Ханкенди", "Ханкенди"), ("_x1", "_x1"),
        // not, and, or.
        ("not not x", "not not x"), ("not (a and b)", "not (a and b)"), ("(not a) == b", "(not a) == b"),
        ("not a == b", "not a == b"), ("a or b and c", "a or b and c"), ("(a or b) and c", "(a or b) and c"),
        ("a and (b or c)", "a and (b or c)"), ("(a or b) or c", "a or b or c"), ("a or (b or c)", "a or (b or c)"),
        ("a and b and c", "a and b and c"), ("not a and b", "not a and b"), ("((x))", "x"),
        // Comparisons.
        ("a==b", "a == b"), ("a!=b", "a != b"), ("a<b", "a < b"), ("a<=b", "a <= b"), ("a>b", "a > b"),
        ("a>=b", "a >= b"), ("text~\"p\"", "text ~ \"p\""), ("text!~\"p\"", "text !~ \"p\""),
        ("x in [1, 2]", "x in [1, 2]"), ("(a == b) == c", "(a == b) == c"), ("a == (b == c)", "a == (b == c)"),
        ("date in 2020-03-01 .. 2020-04-30", "date in 2020-03-01..2020-04-30"), ("n in 1..-2", "n in 1..-2"),
        ("x in (a | count)", "x in (a | count)"), ("(a == b).x", "(a == b).x"),
        // Stages.
        ("a | where x", "a | where x"), ("a | sort x asc, y desc, z", "a | sort x asc, y desc, z"),
        ("a | take 0 | skip 3", "a | take 0 | skip 3"), ("a | select x as y, z", "a | select x as y, z"),
        ("a | count", "a | count"), ("a | count by x as n, y", "a | count by x as n, y"),
        ("a | top 3 by x", "a | top 3 by x"), ("a | distinct x.y", "a | distinct x.y"),
        ("a | kwic \"p\"", "a | kwic \"p\""), ("a | kwic “p” window 0", "a | kwic \"p\" window 0"),
        ("a | collocates \"p\"", "a | collocates \"p\""), ("a | rank \"peace talks\"", "a | rank \"peace talks\""),
        ("a | timeline", "a | timeline"), ("a | timeline by day", "a | timeline by day"),
        ("a | timeline by week", "a | timeline by week"), ("a | timeline by year", "a | timeline by year"),
        ("a | sample", "a | sample"), ("a | sample()", "a | sample()"),
        ("a | sample(5, \"x\")", "a | sample(5, \"x\")"),
        // Pipelines inside expressions.
        ("[a | count, 2]", "[(a | count), 2]"), ("f(a | take 1)", "f((a | take 1))"),
        ("(articles | take 2) | count", "(articles | take 2) | count"), ("not (a | count)", "not (a | count)"),
        ("a or b | count", "a or b | count"), ("(a | count).x", "(a | count).x"),
        // Contextual words as names.
        ("articles | count by source | where count > 1", "articles | count by source | where count > 1"),
        ("articles | where where == 1 | sort desc desc", "articles | where where == 1 | sort desc desc"),
        ("articles | select count as by, as as window", "articles | select count as by, as as window"),
        ("articles | sort asc", "articles | sort asc"), ("a | by | as(1)", "a | by | as(1)"),
        ("timeline(by)", "timeline(by)"),
        // Statements.
        ("let count = articles | count", "let count = articles | count"), ("let x=1;x", "let x = 1\nx"),
        // Spacing.
        ("articles|where   date>=2020-03-01|take 10", "articles | where date >= 2020-03-01 | take 10"),
    ]

    @Test("every construct of the grammar parses and prints canonically", arguments: canonicalForms)
    func canonicalForm(text: String, printed: String) throws {
        #expect(try Self.printed(text) == printed)
        #expect(try Self.printed(printed) == printed, "printing is stable")
    }

    // MARK: - Tree shapes

    @Test("'or' binds more loosely than 'and', 'and' than 'not', 'not' than comparisons; both associate left")
    func precedence() throws {
        let (a, b, c) = (name("a"), name("b"), name("c"))
        #expect(try QueryParser.parseExpression("a or b and c") == binary(.or, a, binary(.and, b, c)))
        #expect(try QueryParser.parseExpression("a and b or c") == binary(.or, binary(.and, a, b), c))
        #expect(try QueryParser.parseExpression("a and b and c") == binary(.and, binary(.and, a, b), c))
        #expect(try QueryParser.parseExpression("not a == b") == not(binary(.equal, a, b)))
        #expect(try QueryParser.parseExpression("not a and b") == binary(.and, not(a), b))
        #expect(try QueryParser.parseExpression("a.b.c") == member(member(a, "b"), "c"))
        #expect(try QueryParser.parseExpression("f(a).b") == member(call("f", a), "b"))
    }

    @Test("a parenthesised pipeline can be the source of another, a list item, an argument or an operand")
    func nestedPipelines() throws {
        let inner = pipeline(name("articles"), .take(2, none))
        #expect(try QueryParser.parseExpression("(articles | take 2) | count") == pipeline(inner, .count([], none)))
        #expect(try QueryParser.parseExpression("[articles | take 2]") == .list([inner], none))
        #expect(try QueryParser.parseExpression("f(articles | take 2)") == call("f", inner))
        #expect(try QueryParser.parseExpression("not (articles | take 2)") == not(inner))
    }

    @Test("stages keep their keys, orders, aliases, windows and arguments")
    func stageShapes() throws {
        #expect(
            try QueryParser.parseExpression("a | sort x, y desc")
                == pipeline(name("a"), .sort([SortKey(name("x")), SortKey(name("y"), order: .descending)], none)))
        #expect(
            try QueryParser.parseExpression("a | count by x as n")
                == pipeline(name("a"), .count([Projection(name("x"), alias: "n")], none)))
        #expect(try QueryParser.parseExpression("a | kwic \"p\"") == pipeline(name("a"), .kwic("p", window: nil, none)))
        #expect(try QueryParser.parseExpression("a | timeline") == pipeline(name("a"), .timeline(nil, none)))
        #expect(
            try QueryParser.parseExpression("a | wher") == pipeline(name("a"), .custom("wher", arguments: nil, none)))
        #expect(try QueryParser.parseExpression("a | s()") == pipeline(name("a"), .custom("s", arguments: [], none)))
        #expect(
            try QueryParser.parseExpression("a | s(1, x)")
                == pipeline(name("a"), .custom("s", arguments: [integer(1), name("x")], none)))
    }

    @Test("'let' binds a name; contextual words can be bound, reserved words cannot")
    func bindings() throws {
        let program = try QueryParser.parseProgram("let count = articles | count\ncount")
        #expect(
            program.statements == [
                .binding("count", pipeline(name("articles"), .count([], none)), none), .query(name("count")),
            ])
        #expect(
            Self.rendered("let not = 1").hasPrefix("<repl>:1:5: error: 'not' is a reserved word and cannot be a name"))
    }

    @Test("nodes carry the ranges they were parsed from")
    func ranges() throws {
        let node = try QueryParser.parseExpression("articles\n  | where  date > 2020-03")
        guard case .pipeline(let source, let stages, let range) = node,
            case .filter(let condition, let stageRange) = stages[0]
        else {
            Issue.record("not a pipeline: \(node)")
            return
        }
        #expect(range.start == KarabakhCorpus.SourceLocation(line: 1, column: 1, offset: 0))
        #expect(range.end == KarabakhCorpus.SourceLocation(line: 2, column: 26, offset: 34))
        #expect(source.range.end == KarabakhCorpus.SourceLocation(line: 1, column: 9, offset: 8))
        #expect(stageRange.start == KarabakhCorpus.SourceLocation(line: 2, column: 5, offset: 13))
        #expect(condition.range.start == KarabakhCorpus.SourceLocation(line: 2, column: 12, offset: 20))
    }

    // MARK: - Statements, continuation, comments

    /// Texts, their canonical program when they parse (`nil` when they have errors), and
    /// whether a REPL should read another line.
    static let continuation: [(text: String, printed: String?, isIncomplete: Bool)] = [
        ("articles\n| count", "articles | count", false),
        ("articles\n  | where x\n  | take 1", "articles | where x | take 1", false),
        ("articles\n\n| count", "articles | count", false),
        ("articles\n# a comment line\n| count", "articles | count", false),
        ("articles |\n  where x", "articles | where x", false),
        ("articles | where\n  x", "articles | where x", false),
        ("let x =\n  articles", "let x = articles", false),
        ("a and\nb", "a and b", false),
        ("a ==\nb", "a == b", false),
        ("mentions(\n  \"x\",\n  \"y\"\n)", "mentions(\"x\", \"y\")", false),
        ("[1,\n2]", "[1, 2]", false),
        ("(articles\n| count\n)", "articles | count", false),
        ("articles\ncount", "articles\ncount", false),
        ("articles; quotes", "articles\nquotes", false),
        ("articles | take 1;; ;\n\nquotes;", "articles | take 1\nquotes", false),
        ("articles | count # 5\nquotes # the rest", "articles | count\nquotes", false),
        ("articles\r\n| count\r\nquotes", "articles | count\nquotes", false),
        ("", "", false),
        ("# only a comment", "", false),
        ("articles |", nil, true),
        ("articles | where", nil, true),
        ("articles | where x and", nil, true),
        ("date >=", nil, true),
        ("let x =", nil, true),
        ("let x", nil, true),
        ("let", nil, true),
        ("(articles", nil, true),
        ("[1, 2", nil, true),
        ("f(1,", nil, true),
        ("\"peace", nil, true),
        ("“peace", nil, true),
        ("articles | top 5", nil, true),
        ("articles | kwic", nil, true),
        ("articles | kwic \"p\" window", nil, true),
        ("x in 2020-01..", nil, true),
        ("articles\n|", nil, true),
        ("articles | count\nquotes |", nil, true),
        ("articles)", nil, false),
        ("foo ) (", nil, false),
        ("articles | where 2021-02-30 and", nil, false),
    ]

    @Test("a statement goes on while it is incomplete or the next line starts with '|'", arguments: continuation)
    func continues(text: String, printed: String?, isIncomplete: Bool) {
        let result = QueryParser.parse(text)
        #expect(result.isIncomplete == isIncomplete)
        if let printed {
            #expect(result.diagnostics.isEmpty)
            #expect(result.program.description == printed)
        } else {
            #expect(!result.diagnostics.isEmpty)
        }
    }

    @Test("a line break outside brackets ends a finished statement, even before a stage name")
    func lineBreakEndsStatement() {
        let result = QueryParser.parse("articles | sort date\ndesc")
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.program.statements == [
                .query(pipeline(name("articles"), .sort([SortKey(name("date"))], none))), .query(name("desc")),
            ])
    }

    // MARK: - Diagnostics

    @Test("several errors are reported at once, each at its line and column, and the good statements are kept")
    func severalErrors() {
        let source = """
            articles | where dat > 2021-02-30
            quotes | where (speaker == "Ganjaliyev"
            entities | top five by articles
            articles | wher date > 2020-01-01
            articles | count)
            articles | take 1
            """
        let result = QueryParser.parse(source)
        #expect(
            Self.rendered(source) == """
                <repl>:1:24: error: no such day: 2021-02-30
                articles | where dat > 2021-02-30
                                       ^~~~~~~~~~
                <repl>:2:16: error: '(' is never closed
                quotes | where (speaker == "Ganjaliyev"
                               ^
                <repl>:3:16: error: 'top' needs a whole number
                entities | top five by articles
                               ^~~~
                <repl>:4:17: error: unexpected 'date'
                articles | wher date > 2020-01-01
                                ^~~~
                note: did you mean 'where'?
                <repl>:5:17: error: unexpected ')'
                articles | count)
                                ^

                """)
        #expect(result.program.description == "articles | take 1")
        #expect(!result.isIncomplete)
    }

    @Test("lexer and parser errors of one statement are both reported")
    func lexerAndParserErrors() {
        #expect(
            Self.rendered("articles | where ) > \"a\\q\" @") == """
                <repl>:1:18: error: expected an expression after 'where'
                articles | where ) > "a\\q" @
                                 ^
                <repl>:1:24: error: unknown escape '\\q' in a string
                articles | where ) > "a\\q" @
                                       ^~
                note: a string can hold \\", \\\\, \\n, \\t, \\r and \\u{…}
                <repl>:1:28: error: unexpected character '@'
                articles | where ) > "a\\q" @
                                           ^

                """)
    }

    @Test("columns count characters and offsets count Unicode scalars")
    func columnsAndOffsets() {
        let source = "articles | where title == \"cafe\u{301}\" and 1 < x < 2"
        let diagnostics = QueryParser.parse(source).diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.range.start == KarabakhCorpus.SourceLocation(line: 1, column: 44, offset: 44))
        #expect(
            Self.rendered(source) == """
                <repl>:1:44: error: comparisons do not chain: use 'and'
                \(source)
                \(String(repeating: " ", count: 43))^

                """)
    }

    static let messages: [(text: String, rendered: String)] = [
        ("articles |", "1:11: error: expected a stage after '|'"),
        ("articles | 5", "1:12: error: expected a stage after '|'"),
        ("articles | where", "1:17: error: expected an expression after 'where'"),
        ("articles | count)", "1:17: error: unexpected ')'"),
        (")", "1:1: error: unexpected ')'"),
        ("\"peace", "1:1: error: unterminated string"),
        ("(a", "1:1: error: '(' is never closed"),
        ("[a, (b]", "1:7: error: expected ')', found ']'"),
        ("f(1 2)", "1:5: error: expected ',' or ')', found '2'"),
        ("articles | take 2.5", "1:17: error: 'take' needs a whole number"),
        ("articles | skip -1", "1:17: error: 'skip' needs a whole number"),
        ("articles | kwic \"p\" window x", "1:28: error: 'window' needs a whole number"),
        ("articles | kwic occupied", "1:17: error: 'kwic' needs a phrase in double quotes"),
        ("articles | top 5 articles", "1:18: error: expected 'by' after 'top 5'"),
        ("articles | timeline by fortnight", "1:24: error: unknown period 'fortnight'"),
        ("articles | timeline by 5", "1:24: error: expected a period after 'by'"),
        ("1 < x < 5", "1:7: error: comparisons do not chain: use 'and'"),
        ("x in a == b", "1:8: error: comparisons do not chain: use 'and'"),
        ("x == 1..2", "1:7: error: '..' makes a range only on the right of 'in'"),
        ("1..2", "1:2: error: '..' makes a range only on the right of 'in'"),
        ("entity.name(\"x\")", "1:12: error: only a function name can be called"),
        ("entity.", "1:8: error: expected a field name after '.'"),
        ("entity.5", "1:8: error: expected a field name after '.'"),
        ("let 5 = 1", "1:5: error: expected a name after 'let'"),
        ("let x 1", "1:7: error: expected '=' after 'let x'"),
        ("x = 1", "1:3: error: unexpected '='"),
        ("a an b", "1:3: error: unexpected 'an'"),
        ("x not in y", "1:3: error: unexpected 'not'"),
        ("articles | select x as 5", "1:24: error: expected a name after 'as'"),
        ("2021-02-30", "1:1: error: no such day: 2021-02-30"),
        ("2020-13", "1:1: error: no such month: 2020-13"),
        ("0000-01", "1:1: error: no such month: 0000-01"),
        ("2020-3-1", "1:1: error: malformed date '2020-3-1'"),
        ("99999999999999999999", "1:1: error: number too large: 99999999999999999999"),
        ("\"\\u{D800}\"", "1:2: error: '\\u{D800}' is not a unicode character"),
        ("\"\\u{}\"", "1:2: error: '\\u{}' is not a unicode character"),
        ("a && b", "1:3: error: unexpected character '&&'"),
        ("a || b", "1:3: error: unexpected character '||'"),
        ("!a", "1:1: error: unexpected character '!'"),
        ("'OSCE'", "1:1: error: unexpected character '''"),
        ("a - b", "1:3: error: unexpected character '-'"),
        ("a | sort x desc desc", "1:17: error: unexpected 'desc'"),
    ]

    @Test("each syntax error has its message and place", arguments: messages)
    func message(text: String, rendered: String) {
        let first = Self.rendered(text).split(separator: "\n").first.map(String.init) ?? ""
        #expect(first == "<repl>:" + rendered)
    }

    @Test("notes suggest the fix")
    func notes() {
        func notes(_ text: String) -> [String] { QueryParser.parse(text).diagnostics.flatMap(\.notes) }
        #expect(notes("x = 1") == ["to compare, write '=='"])
        #expect(notes("a an b") == ["did you mean 'and'?"])
        #expect(notes("a | wher x > 1") == ["did you mean 'where'?"])
        #expect(notes("a | sample 5") == ["a plugin stage takes its arguments in parentheses: sample(…)"])
        #expect(notes("a | timeline by mnth").first == "did you mean 'month'?")
        #expect(notes("a && b") == ["write 'and'"])
        #expect(notes("f(1 2)") == ["to match the '(' at 1:2"])
    }

    @Test("parseProgram throws every diagnostic with the source and the file name")
    func thrownError() {
        #expect {
            _ = try QueryParser.parseProgram("articles | where )\nquotes | take x", file: "report.kq")
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.file == "report.kq" && error.source.hasPrefix("articles")
                && error.diagnostics.map(\.description) == [
                    "1:18: error: expected an expression after 'where'", "2:15: error: 'take' needs a whole number",
                ]
        }
    }

    @Test("parseExpression wants exactly one query")
    func exactlyOneQuery() {
        func message(_ text: String) -> String? {
            do {
                _ = try QueryParser.parseExpression(text)
                return nil
            } catch {
                return error.diagnostics.first.map { "\($0.range.start): \($0.message)" }
            }
        }
        #expect(message("articles") == nil)
        #expect(message("  # nothing") == "1:12: expected a query")
        #expect(message("let x = 1") == "1:1: expected a query, not a 'let' binding")
        #expect(message("articles\nquotes") == "2:1: expected a single query")
    }

    // MARK: - Nesting

    @Test(
        "100,000 nested brackets or 'not's give one diagnostic, not a stack overflow",
        arguments: [("(", 201), ("[", 201), ("f(", 402), ("not ", 801)])
    func deepNesting(opener: String, column: Int) {
        let text = String(repeating: opener, count: 100_000)
        let result = QueryParser.parse(text)
        #expect(result.diagnostics.map(\.message) == ["nesting deeper than 200 levels"])
        #expect(result.diagnostics.first?.range.start.column == column)
        #expect(!result.isIncomplete)
    }

    @Test("200 levels of nesting parse; 201 do not")
    func nestingLimit() throws {
        let limit = SyntaxMessages.nestingLimit
        for (open, close) in [("(", ")"), ("[", "]"), ("f(", ")"), ("not ", ""), ("[a | where ", "]")] {
            let within = String(repeating: open, count: limit) + "x" + String(repeating: close, count: limit)
            #expect(QueryParser.parse(within).diagnostics.isEmpty, "\(open)")
            let beyond = String(repeating: open, count: limit + 1) + "x" + String(repeating: close, count: limit + 1)
            #expect(QueryParser.parse(beyond).diagnostics.map(\.message) == ["nesting deeper than 200 levels"])
        }
        let deep = try QueryParser.parseExpression(
            String(repeating: "(", count: limit) + "x" + String(repeating: ")", count: limit))
        #expect(deep == name("x"))
    }

    @Test("recovery always moves on: junk of every kind ends, with diagnostics")
    func junk() {
        let pieces = [
            "(", ")", "[", "]", "|", "\n", ";", "..", ".", ",", "=", "==", "not", "let", "in", "x", "1", "\"s\"",
            "#c\n", "where", "sort", "by", "as", "@",
        ]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...24, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }
            .joined(separator: Bool.random(using: &generator) ? " " : "")
            let result = QueryParser.parse(text)
            #expect(result.diagnostics.allSatisfy { $0.range.start.offset <= text.unicodeScalars.count }, "\(text)")
            if result.diagnostics.isEmpty {
                #expect(QueryParser.parse(result.program.description).program == result.program, "\(text)")
            }
        }
    }

    // MARK: - Lexer

    @Test("tokens carry their kind, text, range and whether they start a line")
    func tokens() {
        let lexer = QueryLexer("let n =  # comment\r\n  x.y ~ “Ä”")
        #expect(lexer.diagnostics.isEmpty)
        #expect(
            lexer.tokens.map(\.kind) == [
                .keyword(.let), .identifier("n"), .symbol(.assign), .newline, .identifier("x"), .symbol(.dot),
                .identifier("y"), .symbol(.tilde), .string("Ä"), .end,
            ])
        #expect(lexer.tokens.map(\.startsLine) == [true, false, false, false, true, false, false, false, false, false])
        let string = lexer.tokens[8]
        #expect(string.text == "“Ä”")
        #expect(string.range.start == KarabakhCorpus.SourceLocation(line: 2, column: 9, offset: 28))
        #expect(string.range.end == KarabakhCorpus.SourceLocation(line: 2, column: 12, offset: 31))
    }

    @Test(
        "numbers, decimals and dates",
        arguments: [
            ("42", QueryToken.Kind.integer(42)), ("-7", .integer(-7)), ("0.25", .decimal(0.25)),
            ("-0.5", .decimal(-0.5)),
            ("2020-03", .date(.month(year: 2020, month: 3))), ("2024-02-29", .date(.day(Day(2024, 2, 29)))),
            ("-9223372036854775808", .integer(Int.min)), ("9223372036854775807", .integer(Int.max)),
        ])
    func numbers(text: String, kind: QueryToken.Kind) {
        let lexer = QueryLexer(text)
        #expect(lexer.tokens.map(\.kind) == [kind, .end])
    }

    @Test("'1..5' is a range of integers and '1.x' a member of one")
    func dotsAfterNumbers() {
        #expect(QueryLexer("1..5").tokens.map(\.kind) == [.integer(1), .symbol(.dotDot), .integer(5), .end])
        #expect(QueryLexer("1.x").tokens.map(\.kind) == [.integer(1), .symbol(.dot), .identifier("x"), .end])
    }

    @Test("a string may run over lines; its escapes are resolved")
    func strings() {
        let lexer = QueryLexer("\"a\nb\\t\\u{41}\" x")
        #expect(lexer.tokens.map(\.kind) == [.string("a\nb\tA"), .identifier("x"), .end])
        #expect(lexer.tokens[1].range.start == KarabakhCorpus.SourceLocation(line: 2, column: 12, offset: 14))
        #expect(!lexer.tokens[1].startsLine)
    }
}
