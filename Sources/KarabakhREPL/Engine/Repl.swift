import Foundation

/// Runs a REPL: reads lines, hands them to the engine, writes what it gives back,
/// until `:quit` or the end of input.
public enum Repl {
    /// Runs the loop; returns the exit status: 0, or 1 when input was not interactive
    /// and a statement failed.
    public static func run(
        engine: inout ReplEngine, reader: inout some LineReader,
        write: (ReplEvent) -> Void = Repl.standardWrite
    ) -> Int32 {
        if let check = reader.interruptCheck { engine.isCancelled = check }
        if reader.isInteractive {
            write(
                .output(
                    "KarabakhCorpus — \(engine.state.corpus.articles.count) articles. :help for help, Ctrl-D to leave.\n"
                ))
        }
        loop: while true {
            let events: [ReplEvent]
            // Tab completes against the engine as it is now: its let names, its corpus.
            switch reader.readLine(prompt: engine.prompt, completing: { engine.complete($0, cursor: $1) }) {
            case .line(let line):
                let wasContinuing = engine.isContinuing
                events = engine.handle(line)
                if reader.isInteractive, !engine.isContinuing,
                    !line.trimmingCharacters(in: .whitespaces).isEmpty
                        || wasContinuing
                {
                    if let entry = engine.state.history.last { reader.addHistory(entry) }
                }
            case .interrupt:
                events = engine.interrupt()
            case .end:
                events = engine.endOfInput()
            }
            for event in events {
                if event == .quit { break loop }
                write(event)
            }
        }
        return !reader.isInteractive && engine.state.hadError ? 1 : 0
    }

    /// Writes output to standard output and errors to standard error.
    public static func standardWrite(_ event: ReplEvent) {
        switch event {
        case .output(let text): FileHandle.standardOutput.write(Data(text.utf8))
        case .error(let text): FileHandle.standardError.write(Data(text.utf8))
        case .quit: break
        }
    }
}
