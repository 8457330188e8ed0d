import ArgumentParser
import KarabakhCorpus

/// `karabakh query 'QUERY'`: runs a query and prints its result.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a query and print its result.",
        discussion: "For example: karabakh query 'articles | where source == \"AzerNews\" | count'")

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Print how the query would run (the indexes it reads, the stages after) instead of running it.")
    var explain = false

    @Argument(help: "The query, in the query language.")
    var query: String

    func run() throws {
        let corpus = try corpusOptions.load()
        if explain {
            do {
                let plans = try QuerySession(corpus: corpus).explain(query, file: "<query>")
                print(plans.joined(separator: "\n\n"))
            } catch {
                Terminal.error(error.rendered, newline: false)
                throw CommandFailure.silent
            }
            return
        }
        let runner = ProgramRunner(corpus: corpus, output: output)
        if !runner.run(source: query, file: "<query>", keepGoing: false) { throw CommandFailure.silent }
    }
}
