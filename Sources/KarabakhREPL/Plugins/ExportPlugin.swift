import Foundation
import KarabakhCorpus

/// Corpora and files: `:open PATH` (a new corpus), `:load PATH` (more articles),
/// `:save PATH` (the last result, as CSV, JSON, JSON Lines or Markdown by its
/// extension), `:run FILE` (a `.kq` file).
public struct ExportPlugin: ReplPlugin {
    /// Creates the plugin.
    public init() {}

    /// `export`
    public let name = "export"
    /// One line about it.
    public let summary = "Open and add corpora, save results, run query files."

    /// The commands.
    public var commands: [MetaCommand] {
        [
            MetaCommand(
                name: "open", usage: "PATH",
                summary: "Query the articles of a folder, a .jsonl file or a saved .kcorpus instead.",
                argumentCompletion: .paths
            ) { state, arguments in
                Self.load(arguments, into: &state, replacing: true)
            },
            MetaCommand(
                name: "load", usage: "PATH",
                summary: "Add the articles of a folder, a .jsonl file or a saved .kcorpus.",
                argumentCompletion: .paths
            ) { state, arguments in
                Self.load(arguments, into: &state, replacing: false)
            },
            MetaCommand(
                name: "save", usage: "PATH", summary: "Save the last result (.csv, .json, .jsonl or .md).",
                argumentCompletion: .paths
            ) { state, arguments in
                guard let path = arguments.first else { return [.error("error: ':save' needs a file name\n")] }
                guard let result = state.lastResult else { return [.error("error: no result to save yet\n")] }
                let format: ResultFormat =
                    switch (path as NSString).pathExtension.lowercased() {
                    case "json": .json
                    case "jsonl": .jsonl
                    case "md": .markdown
                    default: .csv
                    }
                let text = ResultRenderer(corpus: state.corpus).render(result, as: format)
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                    return [.output("saved \(path)\n")]
                } catch {
                    return [.error("error: \(path): cannot write: \(error.localizedDescription)\n")]
                }
            },
            MetaCommand(name: "run", usage: "FILE", summary: "Run a .kq query file.", argumentCompletion: .paths) {
                state, arguments in
                guard let path = arguments.first else { return [.error("error: ':run' needs a file name\n")] }
                let data: Data
                do {
                    data = try FileBytes.read(atPath: path, limit: 16 << 20)
                } catch {
                    return [.error("error: \(path): \(error)\n")]
                }
                let text = String(decoding: data, as: UTF8.self)
                do {
                    let results = try state.session.run(text, file: path)
                    if let last = results.last { state.lastResult = last }
                    return results.map { ReplEvent.output(state.render($0)) }
                } catch let error as QueryError {
                    return [.error(error.rendered)]
                } catch {
                    return [.error("error: \(error)\n")]
                }
            },
        ]
    }

    private static func load(_ arguments: [String], into state: inout ReplState, replacing: Bool) -> [ReplEvent] {
        guard let path = arguments.first else { return [.error("error: a path is needed\n")] }
        let options = IngestOptions(extractor: state.corpus.extractor)
        do {
            let loaded = try state.openCorpus(path, options)
            let corpus = replacing ? loaded : state.corpus.merged(with: loaded)
            state.session = QuerySession(corpus: corpus, environment: state.session.environment)
            var events = loaded.diagnostics.map { ReplEvent.error($0.description + "\n") }
            events.append(.output("\(loaded.summary); the corpus has \(corpus.articles.count) articles\n"))
            return events
        } catch {
            return [.error("error: \(error)\n")]
        }
    }
}
