import ArgumentParser
import Foundation
import KarabakhCorpus

extension ResultFormat: ExpressibleByArgument {}

/// The `--format` option of the commands that print query results.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, jsonl, csv or markdown (default: table).")
    var format: ResultFormat = .table

    /// A renderer fitted to the terminal when standard output is one.
    func renderer(for corpus: Corpus) -> ResultRenderer {
        ResultRenderer(corpus: corpus, width: Terminal.outputWidth)
    }
}
