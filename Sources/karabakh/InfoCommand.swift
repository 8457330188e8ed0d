import ArgumentParser
import KarabakhCorpus

/// `karabakh info`: what a corpus holds.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show the article count, date range, sources and skipped files of a corpus.")

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        Terminal.output(CorpusInfo(corpus).rendered)
    }
}
