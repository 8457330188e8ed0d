import Foundation
import KarabakhCorpus
import KarabakhREPL

// An application that embeds the REPL with its own plugin, in a few lines: the sample
// corpus (or the folder given as the first argument), the built-in commands, and the
// newsroom plugin's `:sources` and `initials(name)`.
let folder = CommandLine.arguments.dropFirst().first
let corpus = try folder.map { try Corpus.load(contentsOf: URL(fileURLWithPath: $0)) } ?? Corpus.sample
var engine = ReplEngine(corpus: corpus, plugins: [NewsroomPlugin()])
let noCompletion: EditLineReader.Completing = { _, cursor in Completion(replaceFrom: cursor, candidates: []) }
let status: Int32
if var reader = EditLineReader.makeIfTerminal(completion: noCompletion) {
    status = Repl.run(engine: &engine, reader: &reader)  // Tab completes against the live engine
} else {
    var reader = PlainLineReader()
    status = Repl.run(engine: &engine, reader: &reader)
}
exit(status)
