/// Parses query-language text (SPEC §6) into the query tree.
///
/// For example:
///
/// ```swift
/// let query = try QueryParser.parseExpression("articles | where date >= 2020-03 | take 10")
/// print(query)   // articles | where date >= 2020-03 | take 10
/// ```
///
/// The parser reports every error it can find in one pass, each with its place
/// (`<repl>:1:18: error: …` when rendered), never crashes, and gives a diagnostic
/// rather than overflowing the stack on deep nesting.
public enum QueryParser {
    /// Parses a program and returns its statements, its diagnostics, and whether it
    /// stopped in the middle of a statement; it never throws.
    ///
    /// For example: `parse("let n = articles | count; n")` has two statements.
    public static func parse(_ text: String) -> ParseResult {
        let lexer = QueryLexer(text)
        var parser = SyntaxParser(tokens: lexer.tokens)
        let program = parser.parseProgram()
        var found: [(diagnostic: Diagnostic, atEnd: Bool)] = lexer.diagnostics.map {
            ($0, lexer.endsInsideString && $0.id == "unterminated-string")
        }
        found += zip(parser.diagnostics, parser.diagnosticsAtEnd).map { ($0, $1) }
        let ordered = found.enumerated().sorted {
            ($0.element.diagnostic.range.start.offset, $0.offset) < (
                $1.element.diagnostic.range.start.offset, $1.offset
            )
        }.map(\.element)
        let incomplete = !ordered.isEmpty && ordered.allSatisfy(\.atEnd)
        return ParseResult(program: program, diagnostics: ordered.map(\.diagnostic), isIncomplete: incomplete)
    }

    /// Parses a program, or throws every error it has.
    ///
    /// For example: `try parseProgram("let osce = mentions(\"OSCE\")\narticles | where osce | count")`.
    public static func parseProgram(_ text: String, file: String = "<query>") throws(QueryError) -> Program {
        let result = parse(text)
        guard result.diagnostics.isEmpty else {
            throw QueryError(diagnostics: result.diagnostics, source: text, file: file)
        }
        return result.program
    }

    /// Parses exactly one query statement (no `let`), or throws.
    ///
    /// For example: `try parseExpression("quotes | where speaker == \"Tural Ganjaliyev\" | count")`.
    public static func parseExpression(_ text: String, file: String = "<query>") throws(QueryError) -> QueryNode {
        let program = try parseProgram(text, file: file)
        let problem: Diagnostic
        switch program.statements.first {
        case .query(let node) where program.statements.count == 1:
            return node
        case nil:
            let end = QueryLexer(text).tokens.last!.range
            problem = SyntaxMessages.expectedQuery(end)
        case .binding(_, _, let range) where program.statements.count == 1:
            problem = SyntaxMessages.bindingIsNotQuery(range)
        default:
            problem = SyntaxMessages.moreThanOneQuery(program.statements[1].range)
        }
        throw QueryError(diagnostics: [problem], source: text, file: file)
    }
}
