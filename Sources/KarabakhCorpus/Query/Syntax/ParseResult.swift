/// What parsing a text gives: the statements that parsed, every syntax error, and
/// whether the text stops in the middle of a statement.
///
/// For example, `QueryParser.parse("articles | where date >")` gives no statements,
/// the diagnostic `expected an expression after '>'`, and `isIncomplete == true`,
/// so a REPL reads another line (`..> `) instead of reporting it.
public struct ParseResult: Sendable {
    /// The statements without errors, in order; a statement with an error is left out.
    public var program: Program
    /// The lexer's and the parser's errors, in text order.
    public var diagnostics: [Diagnostic]
    /// Whether the text ends inside an unfinished statement (an open bracket, an
    /// unterminated string, a trailing `|`, operator or `let x =`) and has no other
    /// error, so that more text could complete it.
    public var isIncomplete: Bool

    /// Creates a result.
    public init(program: Program, diagnostics: [Diagnostic], isIncomplete: Bool) {
        self.program = program
        self.diagnostics = diagnostics
        self.isIncomplete = isIncomplete
    }
}
