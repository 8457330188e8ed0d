import KarabakhCorpus

/// Parses, checks and runs programs for `query` and `run`, printing results to
/// standard output and diagnostics to standard error.
struct ProgramRunner {
    let corpus: Corpus
    let output: OutputOptions

    /// Every diagnostic of a program: syntax first; type errors when it parses.
    static func diagnostics(of text: String, corpus: Corpus?) -> [Diagnostic] {
        let parsed = QueryParser.parse(text)
        if !parsed.diagnostics.isEmpty { return parsed.diagnostics }
        var checker = TypeChecker(corpus: corpus)
        _ = checker.check(parsed.program)
        return checker.diagnostics
    }

    /// Runs a program; returns whether every statement checked and ran. With
    /// `keepGoing`, statements that check run even when others do not.
    func run(source text: String, file: String, keepGoing: Bool) -> Bool {
        let renderer = DiagnosticRenderer(source: text, file: file)
        let parsed = QueryParser.parse(text)
        if !parsed.diagnostics.isEmpty {
            Terminal.error(renderer.render(parsed.diagnostics), newline: false)
            if !keepGoing { return false }
        }
        var checker = TypeChecker(corpus: corpus)
        var runnable: [Statement] = []
        var failed = !parsed.diagnostics.isEmpty
        for statement in parsed.program.statements {
            let before = checker.diagnostics.count
            _ = checker.check(Program([statement]))
            if checker.diagnostics.count == before { runnable.append(statement) } else { failed = true }
        }
        if failed {
            Terminal.error(renderer.render(checker.diagnostics), newline: false)
            if !keepGoing { return false }
        }
        let results: [QueryResult]
        do {
            results = try corpus.run(Program(runnable), source: text, file: file)
        } catch {
            Terminal.error(error.rendered, newline: false)
            return false
        }
        let printer = output.renderer(for: corpus)
        for result in results {
            Terminal.write(printer.render(result, as: output.format))
        }
        return !failed
    }
}
