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
            corpus =
                paths.isEmpty
                ? try Corpus.loadSample()
                : try Corpus.load(contentsOf: paths.map { URL(fileURLWithPath: $0) })
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
