import ArgumentParser
import Foundation
import KarabakhCorpus
import KarabakhStore

/// The `--corpus` option shared by the commands that read a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "A folder of article files, a .jsonl file or a saved .kcorpus; repeat to merge several.",
            discussion: """
                Without it: $KARABAKH_CORPUS (paths separated by ':'), else the bundled sample corpus. A saved \
                corpus is known by its .kcorpus name or its SQLite header; what its ingest skipped was reported \
                then, and `info` still counts it.
                """,
            valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("gazetteer"),
        help: ArgumentHelp(
            "A gazetteer file whose entries add to or override the bundled ones; repeatable.", valueName: "file"))
    var gazetteers: [String] = []

    /// The environment variable that names the default corpus.
    static let environmentVariable = "KARABAKH_CORPUS"

    /// The paths to read: the `--corpus` options, else `$KARABAKH_CORPUS`; empty for the sample.
    func resolvedPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if !paths.isEmpty { return paths }
        guard let value = environment[Self.environmentVariable], !value.isEmpty else { return [] }
        return value.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    /// Reads the corpus, writes what was skipped to standard error, and ends with the
    /// summary when anything was.
    func load() throws -> Corpus {
        let paths = resolvedPaths()
        let corpus: Corpus
        let read: IngestSummary
        do {
            var options = IngestOptions(extractor: try Self.extractor(gazetteers: gazetteers))
            // A folder of thousands of articles takes a while: say how far it has got.
            let progress = paths.isEmpty ? nil : ProgressLine.forTerminal()
            options.progress = progress?.report
            defer { progress?.finish() }
            if paths.isEmpty {
                corpus = try Corpus.loadSample(options: options)
                for diagnostic in corpus.diagnostics { Terminal.error(diagnostic.description) }
                read = corpus.summary
            } else {
                (corpus, read) = try Self.load(paths, options: options, progress: progress)
            }
        } catch let error as CommandFailure {
            throw error
        } catch let error as StoreError {
            throw CommandFailure(message: error.description)
        } catch {
            throw CommandFailure("\(error)")
        }
        if read.skippedCount + read.ignoredCount > 0 {
            Terminal.error(read.description)
        }
        return corpus
    }

    /// The extractor with the bundled gazetteer and the entries of `files`.
    static func extractor(gazetteers files: [String]) throws -> Extractor {
        guard !files.isEmpty else { return .standard }
        do {
            var gazetteer = Gazetteer.standard
            for file in files {
                gazetteer = try gazetteer.adding(contentsOf: URL(fileURLWithPath: file))
            }
            return Extractor(gazetteer: gazetteer)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// Reads paths in order and merges them: each run of folders and `.jsonl` files
    /// in one load, each saved corpus opened. Writes the diagnostics of what was read
    /// now to standard error (clearing the `progress` line first), and gives their
    /// summary (a saved corpus's were reported when it was ingested).
    static func load(_ paths: [String], options: IngestOptions, progress: ProgressLine? = nil) throws -> (
        Corpus, IngestSummary
    ) {
        var corpus: Corpus?
        var diagnostics: [IngestDiagnostic] = []
        var articleCount = 0
        var pending: [String] = []
        func add(_ part: Corpus) {
            corpus = corpus.map { $0.merged(with: part) } ?? part
        }
        func flush() throws {
            guard !pending.isEmpty else { return }
            let part = try Corpus.load(contentsOf: pending.map { URL(fileURLWithPath: $0) }, options: options)
            progress?.finish()
            for diagnostic in part.diagnostics { Terminal.error(diagnostic.description) }
            diagnostics += part.diagnostics
            articleCount += part.articles.count
            pending = []
            add(part)
        }
        for path in paths {
            if CorpusStore.isCorpusFile(URL(fileURLWithPath: path)) {
                try flush()
                add(try CorpusStore.open(URL(fileURLWithPath: path), display: path, extractor: options.extractor))
            } else {
                pending.append(path)
            }
        }
        try flush()
        return (corpus ?? Corpus(articles: []), IngestSummary(articleCount: articleCount, diagnostics: diagnostics))
    }

    /// Reads one path for the REPL's `:open` and `:load`: a saved corpus, a folder
    /// or a `.jsonl` file.
    static func open(_ path: String, options: IngestOptions) throws -> Corpus {
        let url = URL(fileURLWithPath: path)
        if CorpusStore.isCorpusFile(url) {
            return try CorpusStore.open(url, display: path, extractor: options.extractor)
        }
        return try Corpus.load(contentsOf: url, options: options)
    }
}
