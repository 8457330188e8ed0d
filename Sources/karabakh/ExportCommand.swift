import ArgumentParser
import KarabakhCorpus

/// `karabakh export`: every article with its metadata, text, entities and quotes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every article with its metadata, text, entities and quotes.")

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, csv
    }

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "Output format: jsonl (one article a line), json (one array) or csv.")
    var format: Format = .jsonl

    func run() throws {
        let corpus = try corpusOptions.load()
        switch format {
        case .jsonl:
            for article in corpus.articles {
                Terminal.output(ArticleExport.json(article, in: corpus).serialized())
            }
        case .json:
            Terminal.output("[")
            for (index, article) in corpus.articles.enumerated() {
                let separator = index + 1 < corpus.articles.count ? "," : ""
                Terminal.output(ArticleExport.json(article, in: corpus).serialized() + separator)
            }
            Terminal.output("]")
        case .csv:
            var text = CSVWriter.line(ArticleExport.columns)
            for article in corpus.articles {
                text += CSVWriter.line(ArticleExport.csvFields(article, in: corpus))
            }
            Terminal.write(text)
        }
    }
}
