import ArgumentParser
import Foundation
import KarabakhCorpus

/// `karabakh run FILE.kq…`: runs query files, printing each statement's result in order.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run .kq query files (- reads standard input), printing each statement's result in order.")

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Run the statements that check even when others do not, and go on after a failing file.")
    var keepGoing = false

    @Argument(help: "Query files; '-' reads standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .kq file, or '-' for standard input") }
    }

    func run() throws {
        let sources = try files.map(ScriptSource.read)
        let corpus = try corpusOptions.load()
        let runner = ProgramRunner(corpus: corpus, output: output)
        var succeeded = true
        for source in sources {
            if !runner.run(source: source.text, file: source.name, keepGoing: keepGoing) {
                succeeded = false
                if !keepGoing { break }
            }
        }
        if !succeeded { throw CommandFailure.silent }
    }
}
