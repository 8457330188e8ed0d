import ArgumentParser
import Foundation
import KarabakhCorpus
import KarabakhStore

/// `karabakh ingest PATH… --output CORPUS.kcorpus`: reads article folders and files
/// into a saved corpus, creating it or adding only what it does not hold yet.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read folders of articles and .jsonl files into a saved corpus file (.kcorpus).",
        discussion: """
            When the corpus file exists, only the article files and JSON lines it does not hold yet are \
            read and extracted (an article is known by its path inside the folder given), and the file is \
            rewritten atomically. Read it with --corpus FILE.kcorpus, or with sqlite3 (see Docs/CorpusFile.md).

            For example: karabakh ingest ~/articles --output articles.kcorpus
            """)

    @Argument(help: ArgumentHelp("A folder of article files, an article file or a .jsonl file.", valueName: "path"))
    var paths: [String]

    @Option(
        name: .customLong("output"),
        help: ArgumentHelp(
            "The corpus file to create or add to.",
            discussion: """
                Name it FILE.kcorpus: another name works, and --corpus still knows the file by its SQLite header.
                """,
            valueName: "corpus.kcorpus"))
    var output: String

    @Option(
        name: .customLong("gazetteer"),
        help: ArgumentHelp(
            "A gazetteer file whose entries add to or override the bundled ones; repeatable.", valueName: "file"))
    var gazetteers: [String] = []

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("give the corpus file to write with --output FILE.kcorpus") }
    }

    func run() throws {
        var options = IngestOptions(extractor: try CorpusOptions.extractor(gazetteers: gazetteers))
        let progress = ProgressLine.forTerminal()
        options.progress = progress?.report
        let result: IngestResult
        do {
            defer { progress?.finish() }
            result = try CorpusStore.ingest(
                paths.map { URL(fileURLWithPath: $0) }, into: URL(fileURLWithPath: output), options: options)
        } catch {
            throw CommandFailure(message: error.description)
        }
        for diagnostic in result.diagnostics {
            Terminal.error(diagnostic.description)
        }
        if result.gazetteerChanged {
            Terminal.error(
                "\(output): warning: the corpus was made with another gazetteer; the new articles are extracted "
                    + "with this one, the stored ones keep what the earlier one found")
        }
        Terminal.output("\(result); " + (result.wroteFile ? "wrote \(output)" : "\(output) is unchanged"))
    }
}
