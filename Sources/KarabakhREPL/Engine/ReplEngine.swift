import Foundation
import KarabakhCorpus

/// The REPL without a terminal: lines in, events out. It gathers the lines of a
/// statement by the parser's continuation rules, runs meta-commands and queries, and
/// renders results and errors (with their caret). Line editing, history files and
/// signals belong to the runner; this engine is tested with scripted input.
///
/// For example:
///
/// ```swift
/// var engine = ReplEngine(corpus: .sample)
/// engine.handle("articles")        // []  (the prompt becomes "..> " only for open statements)
/// engine.handle("articles | count")  // [.output("5\n")]
/// ```
public struct ReplEngine: Sendable {
    /// The state commands may change.
    public private(set) var state: ReplState
    /// The meta-commands by name.
    private var commands: [String: MetaCommand] = [:]
    /// The plugins, in load order.
    public let plugins: [any ReplPlugin]
    /// Asked while a query runs; when it says yes the query stops (Ctrl-C).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// The lines of the statement being typed.
    private var buffer: [String] = []
    /// The last query run, which a line starting with `|` continues.
    private var lastQuery: String?

    /// The plugins every REPL has: core, export and stats.
    public static let builtinPlugins: [any ReplPlugin] = [CorePlugin(), ExportPlugin(), StatsPlugin()]

    /// Creates an engine over a corpus with the built-in plugins and any others;
    /// `openCorpus`, when given, is how `:open` and `:load` read a path.
    public init(
        corpus: Corpus, plugins: [any ReplPlugin] = [], width: Int? = 80, openCorpus: CorpusOpener? = nil
    ) {
        self.plugins = Self.builtinPlugins + plugins
        var environment = QueryEnvironment.standard
        var catalog = ReplCatalog()
        var formats: [String: ReplOutputFormat] = [:]
        for plugin in self.plugins {
            for function in plugin.functions { environment.add(function) }
            for stage in plugin.stages { environment.add(stage) }
            for command in plugin.commands { commands[command.name] = command }
            for format in plugin.formats { formats[format.name] = format }
            catalog.entries.append(
                ReplCatalog.Entry(
                    name: plugin.name, summary: plugin.summary,
                    commands: plugin.commands.map { ($0.name, $0.usage, $0.summary) },
                    functions: plugin.functions.map(\.signature), stages: plugin.stages.map(\.signature),
                    formats: plugin.formats.map(\.name)))
        }
        state = ReplState(corpus: corpus, environment: environment, width: width)
        state.catalog = catalog
        state.pluginFormats = formats
        if let openCorpus { state.openCorpus = openCorpus }
    }

    /// `kq> `, or `..> ` while a statement goes on.
    public var prompt: String { buffer.isEmpty ? "kq> " : "..> " }

    /// Whether a statement is being typed over several lines.
    public var isContinuing: Bool { !buffer.isEmpty }

    /// The meta-commands, by name.
    public var commandNames: [String] { commands.keys.sorted() }

    /// Handles one line of input.
    public mutating func handle(_ line: String) -> [ReplEvent] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if buffer.isEmpty, trimmed.isEmpty { return [] }
        if buffer.isEmpty, trimmed.hasPrefix(":") {
            state.history.append(line)
            return runCommand(trimmed)
        }
        // A line that starts with `|` goes on with the query before it (SPEC §6).
        if buffer.isEmpty, trimmed.hasPrefix("|"), let previous = lastQuery {
            buffer.append(previous)
        }
        buffer.append(line)
        let text = buffer.joined(separator: "\n")
        let parsed = QueryParser.parse(text)
        if parsed.isIncomplete { return [] }
        buffer = []
        state.history.append(trimmed.hasPrefix("|") ? line : text)
        let events = run(text)
        lastQuery = events.contains { if case .error = $0 { true } else { false } } ? nil : text
        return events
    }

    /// Ctrl-C: forgets the statement being typed.
    public mutating func interrupt() -> [ReplEvent] {
        buffer = []
        return []
    }

    /// Ctrl-D or the end of input: a statement left open is an error, then the session ends.
    public mutating func endOfInput() -> [ReplEvent] {
        guard !buffer.isEmpty else { return [.quit] }
        let text = buffer.joined(separator: "\n")
        buffer = []
        return run(text) + [.quit]
    }

    /// Runs query text and renders its results or its errors.
    public mutating func run(_ text: String, file: String = "<repl>") -> [ReplEvent] {
        let started = Date()
        do {
            let results = try state.session.run(text, file: file, isCancelled: isCancelled)
            var events = results.map { ReplEvent.output(state.render($0)) }
            if let last = results.last { state.lastResult = last }
            if state.timing {
                events.append(.output(String(format: "time: %.3f s\n", Date().timeIntervalSince(started))))
            }
            return events
        } catch {
            state.hadError = true
            return [.error(error.rendered)]
        }
    }

    private mutating func runCommand(_ line: String) -> [ReplEvent] {
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let name = words.first else { return [.error("error: a command follows ':'; try :help\n")] }
        guard let command = commands[name] else {
            state.hadError = true
            let note =
                EditDistance.closest(to: name, among: commandNames).map { "note: did you mean ':\($0)'?\n" } ?? ""
            return [.error("error: no command ':\(name)'\n" + note)]
        }
        let events = command.run(&state, Array(words.dropFirst()))
        if events.contains(where: { if case .error = $0 { true } else { false } }) { state.hadError = true }
        return events
    }

    /// Completes the word at the cursor (a count of characters; one outside the line is
    /// taken as its nearer end): see ``Completer``.
    public func complete(_ line: String, cursor: Int) -> Completion {
        Completer(state: state, commands: Array(commands.values), plugins: plugins).complete(line, cursor: cursor)
    }
}
