import Testing

@testable import KarabakhCorpus

/// Type errors of every class, rendered as the user sees them: file, line, column,
/// the line, a caret under the culprit, and the notes.
@Suite("Type checker diagnostics")
struct TypeCheckerTests {
    /// The rendered diagnostics of a program checked against the sample corpus.
    static func rendered(_ source: String) -> String {
        let diagnostics = Corpus.sample.check(source)
        return DiagnosticRenderer(source: source, file: "<repl>").render(diagnostics)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        let rendered: String
        var testDescription: String { source }
    }

    static let cases: [Case] = [
        Case(
            source: "articles | where dat > 2020-01-01",
            rendered: """
                <repl>:1:18: error: articles have no field 'dat'
                articles | where dat > 2020-01-01
                                 ^~~
                note: did you mean 'date'?

                """),
        Case(
            source: "artciles | count",
            rendered: """
                <repl>:1:1: error: no source or binding named 'artciles'
                artciles | count
                ^~~~~~~~
                note: did you mean 'articles'?

                """),
        Case(
            source: "articles | where mention(\"OSCE\")",
            rendered: """
                <repl>:1:18: error: no function named 'mention'
                articles | where mention("OSCE")
                                 ^~~~~~~~~~~~~~~
                note: did you mean 'mentions'?

                """),
        Case(
            source: "articles | cuont",
            rendered: """
                <repl>:1:12: error: no stage named 'cuont'
                articles | cuont
                           ^~~~~
                note: did you mean 'count'?

                """),
        Case(
            source: "articles | where date > \"2020-01-01\"",
            rendered: """
                <repl>:1:18: error: cannot compare Date with String using '>'
                articles | where date > "2020-01-01"
                                 ^~~~~~~~~~~~~~~~~~~
                note: write dates as 2020-03-30, or a month as 2020-03, without quotes

                """),
        Case(
            source: "entities | where kind == \"person\"",
            rendered: """
                <repl>:1:18: error: cannot compare Kind with String using '=='
                entities | where kind == "person"
                                 ^~~~~~~~~~~~~~~~
                note: write kinds without quotes: person, organization, place

                """),
        Case(
            source: "articles | where words",
            rendered: """
                <repl>:1:18: error: 'where' needs a Bool, not Int
                articles | where words
                                 ^~~~~

                """),
        Case(
            source: "articles | count | take 3",
            rendered: """
                <repl>:1:20: error: 'take' needs rows, but the query before it gives Int
                articles | count | take 3
                                   ^~~~~~

                """),
        Case(
            source: "entities | where name ~ 5",
            rendered: """
                <repl>:1:25: error: the right side of '~' must be a string pattern
                entities | where name ~ 5
                                        ^

                """),
        Case(
            source: "entities | where mentions(\"OSCE\")",
            rendered: """
                <repl>:1:18: error: 'mentions' needs a current article: use it inside 'where' or 'select'
                entities | where mentions("OSCE")
                                 ^~~~~~~~~~~~~~~~

                """),
        Case(
            source: "articles | where mentions(person(\"Tural Ganjaliyef\"))",
            rendered: """
                <repl>:1:34: error: the corpus has no person named 'Tural Ganjaliyef'
                articles | where mentions(person("Tural Ganjaliyef"))
                                                 ^~~~~~~~~~~~~~~~~~
                note: did you mean 'Tural Ganjaliyev'?

                """),
        Case(
            source: "entities | kwic \"peace\"",
            rendered: """
                <repl>:1:12: error: 'kwic' needs rows with text, not entities
                entities | kwic "peace"
                           ^~~~~~~~~~~~

                """),
    ]

    @Test("each class of error names the culprit's line and column with a caret", arguments: cases)
    func diagnostics(_ example: Case) {
        #expect(Self.rendered(example.source) == example.rendered)
    }

    @Test("several errors are reported at once, across lines")
    func several() {
        let source = "articles | where dat > 1\nquotes | where speker == \"X\""
        let diagnostics = Corpus.sample.check(source)
        #expect(
            diagnostics.map(\.description) == [
                "1:18: error: articles have no field 'dat'", "2:16: error: quotes have no field 'speker'",
            ])
    }

    @Test("a let binding is known to later statements, with its type")
    func letBindings() {
        #expect(Corpus.sample.check("let recent = articles | where date >= 2020-03\nrecent | count").isEmpty)
        #expect(Corpus.sample.check("let n = articles | count\nn | take 1").map(\.id) == ["stage-on-scalar"])
    }
}

extension TypeCheckerTests {
    @Test("a file with CRLF line ends shows the right line under the message")
    func crlf() {
        let source = "articles | count\r\narticles | where dat > 1\r\n"
        let rendered = DiagnosticRenderer(source: source, file: "a.kq").render(Corpus.sample.check(source))
        #expect(rendered.hasPrefix("a.kq:2:18: error: articles have no field 'dat'\narticles | where dat > 1\n"))
    }
}
