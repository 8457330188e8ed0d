import KarabakhCorpus
import KarabakhREPL
import Testing

/// The REPL engine driven by scripted lines: statements over several lines, errors
/// with carets, meta-commands, and a plugin's function in a query.
@Suite("REPL engine")
struct ReplEngineTests {
    /// Feeds lines and collects what the engine gives back, as text: output as it is,
    /// errors prefixed with `!`.
    static func transcript(_ lines: [String], plugins: [any ReplPlugin] = []) -> String {
        var engine = ReplEngine(corpus: .sample, plugins: plugins, width: 80)
        var text = ""
        for line in lines {
            for event in engine.handle(line) {
                switch event {
                case .output(let output): text += output
                case .error(let error):
                    text += error.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? "" : "! " + $0 }.joined(separator: "\n")
                case .quit: text += "(quit)\n"
                }
            }
        }
        return text
    }

    @Test("a statement over several lines runs when it is complete; a line starting with | goes on with it")
    func multiLine() throws {
        var engine = ReplEngine(corpus: .sample)
        #expect(engine.prompt == "kq> ")
        #expect(engine.handle("articles | where") == [])
        #expect(engine.prompt == "..> ")
        #expect(engine.handle("  source == \"AzerNews\" and") == [])
        #expect(engine.prompt == "..> ")
        let table = engine.handle("  date >= 2020-03")
        guard case .output(let text) = try #require(table.first) else {
            Issue.record("no table")
            return
        }
        #expect(text.contains("002_5c3ad30d49717d23.txt") && text.contains("000_c4999a362ed9034f.txt"))
        #expect(engine.prompt == "kq> ")
        #expect(engine.handle("  | count") == [.output("2\n")])
        #expect(engine.handle("(articles") == [])
        #expect(engine.handle("| count)") == [.output("5\n")])
    }

    @Test(":explain shows each statement's type and plan, and runs nothing")
    func explain() {
        let text = Self.transcript([
            #":explain quotes | where speaker == "Tural Ganjaliyev" | count by verb"#,
            #":explain articles | where text ~ "coexist*" | take 2"#,
        ])
        #expect(
            text == """
                query:  quotes | where speaker == "Tural Ganjaliyev" | count by verb
                gives:  rows of (verb, count)
                plan:   quotes of each speaker for which speaker == "Tural Ganjaliyev" (asked once per speaker)
                        then count by verb
                query:  articles | where text ~ "coexist*" | take 2
                gives:  articles
                plan:   articles from the indexes:
                          text ~ "coexist*"  [term index]  ~5 articles
                        stop after 2 rows
                        then take 2

                """)
    }

    @Test("an error is rendered with its caret, and the session goes on")
    func errors() {
        let text = Self.transcript(["articles | where dat > 2020-01-01", "articles | count"])
        #expect(
            text == """
                ! <repl>:1:18: error: articles have no field 'dat'
                ! articles | where dat > 2020-01-01
                !                  ^~~
                ! note: did you mean 'date'?
                5

                """)
    }

    @Test("let bindings last across entries")
    func bindings() {
        let text = Self.transcript([
            "let recent = articles | where date >= 2020-03", "recent | count", ":let",
        ])
        #expect(text == "2\nrecent: articles\n")
    }

    @Test("meta-commands: format, timing, schema, help, an unknown command, quit")
    func commands() {
        #expect(
            Self.transcript([":format csv", "articles | where source == \"AzerNews\" | select file"]).hasPrefix(
                "file\r\n000_"))
        #expect(Self.transcript([":schema quotes"]) == "quotes: text speaker verb kind article start end\n")
        #expect(
            Self.transcript([":format xml"]) == "! error: no format 'xml': use table, json, jsonl, csv, markdown\n")
        #expect(Self.transcript([":halp"]) == "! error: no command ':halp'\n! note: did you mean ':help'?\n")
        #expect(Self.transcript([":help"]).contains(":format table|json|jsonl|csv|markdown"))
        #expect(Self.transcript([":quit", "articles | count"]).hasPrefix("(quit)"))
        #expect(Self.transcript([":stats"]).hasPrefix("articles  5\n"))
    }

    @Test("Ctrl-C forgets the statement being typed")
    func interrupt() {
        var engine = ReplEngine(corpus: .sample)
        _ = engine.handle("articles |")
        #expect(engine.isContinuing)
        _ = engine.interrupt()
        #expect(!engine.isContinuing)
        #expect(engine.handle("entities | count") == [.output("\(Corpus.sample.entities.count)\n")])
    }

    struct Initials: ReplPlugin {
        let name = "initials"
        let summary = "Initials of names."
        var functions: [QueryFunction] {
            [
                QueryFunction(name: "initials", parameters: [.exactly(.string)], result: .string, summary: "Initials.")
                {
                    call in
                    guard case .string(let name) = call.arguments[0] else { return .null }
                    return .string(String(name.split(separator: " ").compactMap(\.first)))
                }
            ]
        }
        var commands: [MetaCommand] {
            [
                MetaCommand(name: "hello", summary: "Say hello.") { _, arguments in
                    [.output("hello \(arguments.joined())\n")]
                }
            ]
        }
    }

    @Test("a plugin's function works in queries, its command runs, and :plugins lists it")
    func plugin() {
        let text = Self.transcript(
            [":format csv", "entities | where kind == person | take 1 | select initials(name) as i", ":hello you"],
            plugins: [Initials()])
        #expect(text == "i\r\nTG\r\nhello you\n")
        #expect(
            Self.transcript([":plugins"], plugins: [Initials()]).contains(
                "initials — Initials of names.\n  commands: :hello\n  functions: initials(String) -> String"))
    }

    @Test("plain input runs to the end and says whether a statement failed")
    func plainRun() {
        var engine = ReplEngine(corpus: .sample)
        var reader = PlainLineReader(lines: ["articles | count", "articles | where nope"])
        var written: [ReplEvent] = []
        let status = Repl.run(engine: &engine, reader: &reader) { written.append($0) }
        #expect(status == 1)
        #expect(written.first == .output("5\n"))
    }
}

extension ReplEngineTests {
    @Test("a cancelled query stops with an error, and the session goes on")
    func cancelled() {
        var engine = ReplEngine(corpus: .sample)
        engine.isCancelled = { true }
        let events = engine.handle("articles | where words > 0 | count")
        #expect(events.count == 1)
        if case .error(let text) = events.first {
            #expect(text.hasPrefix("<repl>:1:1: error: the query was cancelled\n"))
        } else {
            Issue.record("no error: \(events)")
        }
        engine.isCancelled = { false }
        #expect(engine.handle("articles | count") == [.output("5\n")])
    }
}

extension ReplEngineTests {
    struct TabSeparated: ReplPlugin {
        let name = "tsv"
        let summary = "Tab-separated output."
        var formats: [ReplOutputFormat] {
            [
                ReplOutputFormat(name: "tsv", summary: "Tab-separated values.") { result, corpus in
                    guard case .rows(let rows) = result else { return "\(result)\n" }
                    let lines = [rows.columns] + rows.values.map { rows.cells(of: $0, in: corpus).map(\.text) }
                    return lines.map { $0.joined(separator: "\t") + "\n" }.joined()
                }
            ]
        }
    }

    @Test("a plugin's output format is chosen with :format and completes after it")
    func pluginFormat() {
        let text = Self.transcript(
            [":format tsv", "articles | where date >= 2020-04 | select file, date", ":format table", ":format"],
            plugins: [TabSeparated()])
        #expect(text == "file\tdate\n000_c4999a362ed9034f.txt\t2020-04-29\nformat: table\n")
        let engine = ReplEngine(corpus: .sample, plugins: [TabSeparated()])
        #expect(engine.complete(":format ts", cursor: 10).candidates == ["tsv"])
    }
}
