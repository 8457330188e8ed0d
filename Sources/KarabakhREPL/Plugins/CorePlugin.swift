import KarabakhCorpus

/// The REPL's own commands: `:help`, `:quit`, `:format`, `:timing`, `:schema`,
/// `:explain`, `:let`, `:plugins`, `:history`.
public struct CorePlugin: ReplPlugin {
    /// Creates the plugin.
    public init() {}

    /// `core`
    public let name = "core"
    /// One line about it.
    public let summary = "Help, output formats, timing, schema, bindings, plugins and history."

    /// The commands.
    public var commands: [MetaCommand] {
        [
            MetaCommand(
                name: "help", usage: "[topic]", summary: "Show commands, or help on a command, stage or function.",
                argumentCompletion: .words(CorePlugin.topics)
            ) { state, arguments in [.output(CorePlugin.help(arguments.first, state: state))] },
            MetaCommand(name: "quit", summary: "Leave the REPL (Ctrl-D does too).") { _, _ in [.quit] },
            MetaCommand(
                name: "format", usage: "table|json|jsonl|csv|markdown", summary: "Choose how results are written.",
                argumentCompletion: .words(ResultFormat.allCases.map(\.rawValue))
            ) { state, arguments in
                guard let word = arguments.first else {
                    return [.output("format: \(state.pluginFormat ?? state.format.rawValue)\n")]
                }
                if let format = ResultFormat(rawValue: word) {
                    state.format = format
                    state.pluginFormat = nil
                    return []
                }
                if state.pluginFormats[word] != nil {
                    state.pluginFormat = word
                    return []
                }
                let names = ResultFormat.allCases.map(\.rawValue) + state.pluginFormats.keys.sorted()
                return [.error("error: no format '\(word)': use \(names.joined(separator: ", "))\n")]
            },
            MetaCommand(
                name: "timing", usage: "on|off", summary: "Show how long each query takes.",
                argumentCompletion: .words(["on", "off"])
            ) { state, arguments in
                switch arguments.first {
                case "on": state.timing = true
                case "off": state.timing = false
                case nil: return [.output("timing: \(state.timing ? "on" : "off")\n")]
                default: return [.error("error: ':timing' takes on or off\n")]
                }
                return []
            },
            MetaCommand(
                name: "schema", usage: "[source]", summary: "Show the fields of the sources.",
                argumentCompletion: .words(["articles", "entities", "mentions", "quotes"])
            ) { _, arguments in [CorePlugin.schema(arguments.first)] },
            MetaCommand(name: "explain", usage: "QUERY", summary: "Show how a query is read and what it gives.") {
                state, arguments in
                let text = arguments.joined(separator: " ")
                let diagnostics = state.session.check(text)
                guard diagnostics.isEmpty else {
                    return [.error(DiagnosticRenderer(source: text, file: "<repl>").render(diagnostics))]
                }
                guard let program = try? QueryParser.parseProgram(text),
                    let plans = try? state.session.explain(text)
                else { return [] }
                var checker = TypeChecker(
                    environment: state.session.environment, corpus: state.corpus,
                    bindings: state.session.bindingTypes)
                let types = checker.check(program)
                var lines: [String] = []
                for ((statement, type), plan) in zip(zip(program.statements, types), plans) {
                    lines.append("query:  \(statement)")
                    lines.append("gives:  \(type.map(\.description) ?? "?")")
                    let steps = plan.split(separator: "\n", omittingEmptySubsequences: false)
                    for (offset, step) in steps.enumerated() {
                        lines.append((offset == 0 ? "plan:   " : "        ") + step)
                    }
                }
                return [.output(lines.joined(separator: "\n") + "\n")]
            },
            MetaCommand(name: "let", summary: "Show the names bound with let.") { state, _ in
                let names = state.session.bindingTypes.keys.sorted()
                guard !names.isEmpty else { return [.output("no bindings\n")] }
                return [
                    .output(names.map { "\($0): \(state.session.bindingTypes[$0]!)" }.joined(separator: "\n") + "\n")
                ]
            },
            MetaCommand(name: "plugins", summary: "Show the loaded plugins and what they add.") { state, _ in
                var lines: [String] = []
                for entry in state.catalog.entries {
                    lines.append("\(entry.name) — \(entry.summary)")
                    if !entry.commands.isEmpty {
                        lines.append("  commands: " + entry.commands.map { ":" + $0.name }.joined(separator: " "))
                    }
                    if !entry.functions.isEmpty {
                        lines.append("  functions: " + entry.functions.joined(separator: ", "))
                    }
                    if !entry.stages.isEmpty { lines.append("  stages: " + entry.stages.joined(separator: ", ")) }
                    if !entry.formats.isEmpty { lines.append("  formats: " + entry.formats.joined(separator: ", ")) }
                }
                return [.output(lines.joined(separator: "\n") + "\n")]
            },
            MetaCommand(name: "history", usage: "[n]", summary: "Show the last lines entered.") { state, arguments in
                let count = arguments.first.flatMap(Int.init) ?? 20
                let recent = state.history.suffix(count)
                let first = state.history.count - recent.count + 1
                return [
                    .output(
                        recent.enumerated().map { "\(first + $0.offset)  \($0.element)" }.joined(separator: "\n") + "\n"
                    )
                ]
            },
        ]
    }

    static let topics =
        ["commands", "stages", "functions", "keys"] + ["where", "sort", "select", "count", "kwic", "timeline"]

    static func help(_ topic: String?, state: ReplState) -> String {
        switch topic {
        case nil, "commands":
            var lines = ["Type a query, e.g.  articles | where source == \"AzerNews\" | count", "Commands:"]
            for entry in state.catalog.entries {
                for command in entry.commands {
                    let usage = command.usage.isEmpty ? "" : " " + command.usage
                    let head = "  :\(command.name)\(usage)"
                    let padding = String(repeating: " ", count: max(1, 34 - head.count))
                    lines.append(head + padding + command.summary)
                }
            }
            lines.append("More: :help stages, :help functions, :help keys")
            return lines.joined(separator: "\n") + "\n"
        case "stages":
            let builtin = [
                "where EXPR", "sort EXPR [asc|desc], …", "take N", "skip N", "select EXPR [as NAME], …",
                "count [by EXPR [as NAME], …]", "top N by EXPR", "distinct EXPR", "kwic \"PATTERN\" [window N]",
                "collocates \"PATTERN\" [window N]", "timeline [by day|week|month|year]", "rank \"WORDS\"",
            ]
            let plugin = state.catalog.entries.flatMap(\.stages)
            return (builtin + plugin).map { "  | " + $0 }.joined(separator: "\n") + "\n"
        case "functions":
            let functions = state.session.environment.functions.values.sorted { $0.name < $1.name }
            return functions.map { "  \($0.signature)  — \($0.summary)" }.joined(separator: "\n") + "\n"
        case "keys":
            return """
                  Tab          complete keywords, stages, fields, entity names in quotes, commands, paths
                  Up / Down    walk the history (kept in ~/.karabakh_history)
                  Ctrl-C       cancel the line being typed, or the running query
                  Ctrl-D       leave, on an empty line
                  Ctrl-A / E   start / end of line;  Ctrl-W delete a word;  Ctrl-R search history

                """
        case let topic?:
            if let command = state.catalog.entries.flatMap(\.commands).first(where: { $0.name == topic }) {
                return ":\(command.name) \(command.usage)\n  \(command.summary)\n"
            }
            if let function = state.session.environment.functions[topic] {
                return "\(function.signature)\n  \(function.summary)\n"
            }
            return "no help on '\(topic)'; try :help commands, stages or functions\n"
        }
    }

    static func schema(_ source: String?) -> ReplEvent {
        let fields: [(String, String)] = [
            ("articles", "id file title date authors author source dateline url text words entities mentions quotes"),
            ("entities", "id name kind aliases roles articles mentions"),
            ("mentions", "entity article surface sentence start end"),
            ("quotes", "text speaker verb kind article start end"),
        ]
        let shown = fields.filter { source == nil || $0.0 == source }
        guard !shown.isEmpty else {
            return .error("error: no source '\(source!)': articles, entities, mentions, quotes\n")
        }
        return .output(shown.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n")
    }
}
