import Foundation
import KarabakhCorpus

/// What the REPL remembers between lines, and what meta-commands may change: the
/// query session (corpus and bindings), the output format, timing, the history and
/// the last result.
public struct ReplState: Sendable {
    /// The query session: the corpus and the `let` bindings.
    public var session: QuerySession
    /// How results are written.
    public var format: ResultFormat = .table
    /// The output formats plugins added, by name.
    public var pluginFormats: [String: ReplOutputFormat] = [:]
    /// A plugin's format in use instead of ``format``, by name.
    public var pluginFormat: String?
    /// Whether each query's time is shown.
    public var timing = false
    /// The terminal's width for tables, or `nil` for no limit.
    public var width: Int?
    /// The most rows a table shows.
    public var maximumRows = 20
    /// The lines entered so far, oldest first.
    public var history: [String] = []
    /// The result of the last query, for `:save`.
    public var lastResult: QueryResult?
    /// Whether a statement has failed (for the exit status without a terminal).
    public var hadError = false
    /// What the loaded plugins offer.
    public var catalog = ReplCatalog()
    /// How `:open` and `:load` read a path: a folder or a `.jsonl` file here; the
    /// `karabakh` tool adds saved corpora (`.kcorpus`).
    public var openCorpus: CorpusOpener = { path, options in
        try Corpus.load(contentsOf: URL(fileURLWithPath: path), options: options)
    }

    /// Creates the state for a corpus.
    public init(corpus: Corpus, environment: QueryEnvironment = .standard, width: Int? = 80) {
        session = QuerySession(corpus: corpus, environment: environment)
        self.width = width
    }

    /// The corpus queried.
    public var corpus: Corpus { session.corpus }

    /// Renders a result in the current format.
    public func render(_ result: QueryResult) -> String {
        if let name = pluginFormat, let custom = pluginFormats[name] { return custom.render(result, corpus) }
        var renderer = ResultRenderer(corpus: corpus, width: width, maximumRows: maximumRows)
        if format != .table { renderer.maximumRows = nil }
        return renderer.render(result, as: format)
    }
}

/// Reads the corpus at a path with ingest options, for `:open` and `:load`.
///
/// For example, an application that keeps corpora in its own store opens them by name:
///
/// ```swift
/// let engine = ReplEngine(corpus: .sample, openCorpus: { name, _ in try MyStore.corpus(named: name) })
/// ```
public typealias CorpusOpener = @Sendable (_ path: String, _ options: IngestOptions) throws -> Corpus
