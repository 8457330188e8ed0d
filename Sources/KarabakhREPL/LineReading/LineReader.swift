/// What reading a line gave.
public enum LineInput: Hashable, Sendable {
    /// A line, without its line end.
    case line(String)
    /// Ctrl-C while typing.
    case interrupt
    /// Ctrl-D on an empty line, or the end of input.
    case end
}

/// Reads the lines the REPL handles: libedit on a terminal, plain `readLine()` otherwise.
public protocol LineReader {
    /// Reads one line, showing the prompt if the reader shows prompts.
    mutating func readLine(prompt: String) -> LineInput
    /// Reads one line, with Tab offering what `complete` gives for this line.
    mutating func readLine(prompt: String, completing complete: (String, Int) -> Completion) -> LineInput
    /// Records an entry in the history (a no-op where there is none).
    mutating func addHistory(_ entry: String)
    /// Whether the reader talks to a person at a terminal.
    var isInteractive: Bool { get }
    /// Whether Ctrl-C was pressed since the last ask, for stopping a running query;
    /// `nil` for readers that cannot tell.
    var interruptCheck: (@Sendable () -> Bool)? { get }
}

extension LineReader {
    /// Cannot tell.
    public var interruptCheck: (@Sendable () -> Bool)? { nil }

    /// No history.
    public mutating func addHistory(_ entry: String) {}

    /// No completion: reads the line.
    public mutating func readLine(prompt: String, completing complete: (String, Int) -> Completion) -> LineInput {
        readLine(prompt: prompt)
    }
}
