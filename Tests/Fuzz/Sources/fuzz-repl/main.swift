// Fuzzes the REPL's line handling: gathering statements over lines, meta-commands,
// `|` continuations, Ctrl-C and Ctrl-D, rendering in every output format, and
// completion at any cursor.
//
// Each input is a session: its lines go to one engine over the sample corpus. Lines
// that would touch files (`:open`, `:load`, `:save`, `:run`) are left out; a line that
// is a lone ETX byte is Ctrl-C. Every line is also completed at its start, its end,
// and a cursor chosen by its length, including cursors outside the line.
import Foundation
import FuzzSupport
import KarabakhCorpus
import KarabakhREPL

let corpus = Corpus.sample
let fileCommands: Set<String> = ["open", "load", "save", "run"]

func touchesFiles(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix(":") else { return false }
    let name = trimmed.dropFirst().prefix { $0 != " " }
    return fileCommands.contains(String(name))
}

FuzzDriver.run(warmUp: [":help\narticles | count\n:format json\nquotes | take 1\n:stats"]) { bytes in
    var engine = ReplEngine(corpus: corpus, width: 40 + bytes.count % 80)
    let text = String(decoding: bytes, as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        if line == "\u{3}" {
            _ = engine.interrupt()
            continue
        }
        if touchesFiles(line) { continue }
        for cursor in [0, line.count, line.count / 2, -1 - line.count % 3, line.count + 1 + line.count % 5] {
            let completion = engine.complete(line, cursor: cursor)
            precondition(completion.replaceFrom >= 0, "completion replaces from before the line")
            precondition(completion.replaceFrom <= line.count, "completion replaces from past the line")
        }
        _ = engine.handle(line)
    }
    _ = engine.endOfInput()
}
