/// Reads lines with `readLine()` and shows no prompt: for input that is not a
/// terminal (a pipe, a file), or scripted tests.
public struct PlainLineReader: LineReader {
    private var lines: [String]?

    /// Reads standard input.
    public init() {}

    /// Reads the given lines, for tests.
    public init(lines: [String]) {
        self.lines = lines
    }

    /// The next line, or `.end`.
    public mutating func readLine(prompt: String) -> LineInput {
        if lines != nil {
            guard !lines!.isEmpty else { return .end }
            return .line(lines!.removeFirst())
        }
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    /// Never interactive.
    public var isInteractive: Bool { false }
}
