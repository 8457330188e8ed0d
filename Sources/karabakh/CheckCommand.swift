import ArgumentParser
import KarabakhCorpus

/// `karabakh check FILE.kq…`: type-checks query files without running them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Type-check .kq query files without running them ('-' reads standard input).")

    @Argument(help: "Query files; '-' reads standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .kq file, or '-' for standard input") }
    }

    func run() throws {
        var succeeded = true
        for source in try files.map(ScriptSource.read) {
            let diagnostics = ProgramRunner.diagnostics(of: source.text, corpus: nil)
            if !diagnostics.isEmpty {
                Terminal.error(
                    DiagnosticRenderer(source: source.text, file: source.name).render(diagnostics), newline: false)
                succeeded = false
            }
        }
        if !succeeded { throw CommandFailure.silent }
    }
}
