import ArgumentParser
import Foundation
import KarabakhCorpus

/// The `--corpus` option shared by the commands that read a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "A folder of article files or a .jsonl file; repeat to merge several.",
            discussion: "Without it: $KARABAKH_CORPUS (paths separated by ':'), else the bundled sample corpus.",
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
        do {
            var gazetteer = Gazetteer.standard
            for file in gazetteers {
                gazetteer = try gazetteer.adding(contentsOf: URL(fileURLWithPath: file))
            }
            let options = IngestOptions(extractor: gazetteers.isEmpty ? .standard : Extractor(gazetteer: gazetteer))
            corpus =
                paths.isEmpty
                ? try Corpus.loadSample(options: options)
                : try Corpus.load(contentsOf: paths.map { URL(fileURLWithPath: $0) }, options: options)
        } catch let error as GazetteerError {
            throw CommandFailure(message: error.description)
        } catch {
            throw CommandFailure("\(error)")
        }
        for diagnostic in corpus.diagnostics {
            Terminal.error(diagnostic.description)
        }
        if !corpus.diagnostics.isEmpty {
            Terminal.error(corpus.summary.description)
        }
        return corpus
    }
}
