import ArgumentParser
import KarabakhCorpus
import KarabakhREPL

/// `karabakh repl` (and `karabakh` alone): the interactive REPL over a corpus.
///
/// On a terminal it edits lines with libedit, keeps a history in `~/.karabakh_history`
/// and completes with Tab; from a pipe it reads plain lines, shows no prompt, and exits
/// with status 1 if a statement failed.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore a corpus interactively (the default command).",
        discussion: """
            Type queries such as 'articles | count', or :help. On a terminal, Tab completes, \
            Ctrl-C cancels the line and Ctrl-D leaves. Without a terminal, lines are read from \
            standard input without prompts.
            """)

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        var engine = ReplEngine(corpus: corpus, width: Terminal.outputWidth, openCorpus: CorpusOptions.open)
        let status: Int32
        // Repl.run lends the live engine to Tab completion line by line.
        if var reader = EditLineReader.makeIfTerminal(completion: { _, cursor in
            Completion(replaceFrom: cursor, candidates: [])
        }) {
            status = Repl.run(engine: &engine, reader: &reader)
        } else {
            var reader = PlainLineReader()
            status = Repl.run(engine: &engine, reader: &reader)
        }
        if status != 0 { throw CommandFailure.silent }
    }
}
