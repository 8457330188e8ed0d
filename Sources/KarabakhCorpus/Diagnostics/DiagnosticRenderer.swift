/// Prints diagnostics the way compilers do: `FILE:LINE:COLUMN: error: message`, the
/// source line, a caret under the culprit (`^~~~` across its width), then the notes.
///
/// For example:
///
/// ```
/// <repl>:1:18: error: articles have no field 'dat'
/// articles | where dat > 2020-01-01
///                  ^~~
/// note: did you mean 'date'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// The query text.
    public let source: String
    /// The file name shown in front of positions.
    public let file: String
    private let lines: [Substring]

    /// Creates a renderer for a text.
    public init(source: String, file: String) {
        self.source = source
        self.file = file
        self.lines = LineText.lines(source)  // `\r\n`, `\r` and `\n` alike
    }

    /// All diagnostics, one after another, each ending with a line break.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// One diagnostic with its source line, caret line and notes, ending with a line break.
    public func render(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        var text = "\(file):\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        if start.line >= 1, start.line <= lines.count {
            let line = lines[start.line - 1]
            text += line + "\n"
            let indent = String(line.prefix(max(0, start.column - 1)).map { $0 == "\t" ? "\t" : " " })
            let sameLine = diagnostic.range.end.line == start.line
            let width =
                sameLine ? max(1, diagnostic.range.end.column - start.column) : max(1, line.count - start.column + 1)
            text += indent + "^" + String(repeating: "~", count: max(0, width - 1)) + "\n"
        }
        for note in diagnostic.notes {
            text += "note: \(note)\n"
        }
        return text
    }
}
