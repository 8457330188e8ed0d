// Fuzzes the query language from text to answer: the lexer, the parser, the printer,
// the type checker and the evaluator, over the sample corpus.
//
// Besides not crashing, two things must hold for every input: printing a parsed
// program and parsing the print gives back the same print, and a program that checks
// either runs or fails with a diagnostic (it never traps).
import Foundation
import FuzzSupport
import KarabakhCorpus

let corpus = Corpus.sample

FuzzDriver.run(warmUp: Array(repeating: #"articles | where text ~ "a*" | kwic "a" window 2 | take 1"#, count: 2)) {
    bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    let parsed = QueryParser.parse(text)
    if parsed.diagnostics.isEmpty, !parsed.isIncomplete {
        let printed = QueryPrinter.text(parsed.program)
        let reparsed = QueryParser.parse(printed)
        guard reparsed.diagnostics.isEmpty else {
            fatalError("the print of \(text.debugDescription) does not parse: \(printed.debugDescription)")
        }
        let reprinted = QueryPrinter.text(reparsed.program)
        guard reprinted == printed else {
            fatalError("printing is not stable: \(printed.debugDescription) then \(reprinted.debugDescription)")
        }
    }
    var session = QuerySession(corpus: corpus)
    _ = session.check(text)
    _ = try? session.explain(text)
    do throws(QueryError) {
        _ = try session.run(text, isCancelled: { false })
    } catch {
        _ = error.rendered
    }
}
