/// The catalogue of the lexer's and the parser's diagnostics: every message of the
/// query language's syntax, with its stable id, in one place.
///
/// Messages are lower-case and quote the names they mention:
/// `expected an expression after 'where'`, `'(' is never closed`.
enum SyntaxMessages {
    /// The deepest nesting of brackets, `not` and pipelines the parser accepts.
    static let nestingLimit = 200

    // MARK: - Lexer

    /// `"peace` with no closing quote.
    static func unterminatedString(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "unterminated-string", message: "unterminated string", range: range)
    }

    /// `"\q"`.
    static func unknownEscape(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "unknown-escape", message: "unknown escape '\(text)' in a string", range: range,
            notes: [#"a string can hold \", \\, \n, \t, \r and \u{…}"#])
    }

    /// `"\u{D800}"`, `"\u{}"`.
    static func invalidUnicodeEscape(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "unknown-escape", message: "'\(text)' is not a unicode character", range: range,
            notes: [#"write \u{…} with 1 to 8 hexadecimal digits, as in \u{E9}"#])
    }

    /// A character that starts no token: `@`, `!`, `&&`.
    static func unexpectedCharacter(_ text: String, _ range: SourceRange) -> Diagnostic {
        var notes: [String] = []
        switch text {
        case "'", "‘", "’": notes = ["strings are written in double quotes: \"OSCE\""]
        case "!": notes = ["write 'not' to negate"]
        case "&&", "&": notes = ["write 'and'"]
        case "||": notes = ["write 'or'"]
        case "-": notes = ["the query language has no arithmetic; '-' only starts a negative number"]
        default: break
        }
        return Diagnostic(
            id: "unexpected-character", message: "unexpected character '\(text)'", range: range, notes: notes)
    }

    /// `2021-02-30`.
    static func noSuchDay(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "invalid-date", message: "no such day: \(text)", range: range)
    }

    /// `2020-13`.
    static func noSuchMonth(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "invalid-date", message: "no such month: \(text)", range: range)
    }

    /// `2020-3-1`.
    static func malformedDate(_ text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "invalid-date", message: "malformed date '\(text)'", range: range,
            notes: ["write a day as YYYY-MM-DD (2020-03-01) and a month as YYYY-MM (2020-03)"])
    }

    /// A number beyond the range of `Int` or `Double`.
    static func numberTooLarge(_ text: String, _ range: SourceRange) -> Diagnostic {
        let shown = text.count > 24 ? text.prefix(20) + "…" : text
        return Diagnostic(id: "invalid-number", message: "number too large: \(shown)", range: range)
    }

    // MARK: - Parser

    /// A token that cannot stand where it is: `articles | count)`.
    static func unexpected(_ token: QueryToken, notes: [String] = []) -> Diagnostic {
        Diagnostic(id: "unexpected-token", message: "unexpected \(token)", range: token.range, notes: notes)
    }

    /// `articles | where`, `date >=`.
    static func expectedExpression(after previous: QueryToken, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-expression", message: "expected an expression after \(previous)", range: range)
    }

    /// `articles |`, `articles | 10`.
    static func expectedStage(after previous: QueryToken, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "expected-stage", message: "expected a stage after \(previous)", range: range,
            notes: ["a stage is a name such as 'where', 'sort', 'take', 'select' or 'count'"])
    }

    /// `mentions("OSCE" "UN")`: `expected ',' or ')', found "UN"`.
    static func expected(_ symbols: [QueryToken.Symbol], found token: QueryToken, notes: [String] = []) -> Diagnostic {
        let names = symbols.map { "'\($0.rawValue)'" }
        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names[0]
        return Diagnostic(
            id: "unexpected-token", message: "expected \(list), found \(token)", range: token.range, notes: notes)
    }

    /// An opening bracket whose closing one never comes; the range is the opening one's.
    static func neverClosed(_ opener: QueryToken) -> Diagnostic {
        Diagnostic(id: "unclosed-bracket", message: "\(opener) is never closed", range: opener.range)
    }

    /// `take ten`, `top 2.5 by x`, `window -1`.
    static func needsWholeNumber(_ word: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-integer", message: "'\(word)' needs a whole number", range: range)
    }

    /// `kwic occupied`.
    static func needsPhrase(_ stage: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "expected-string", message: "'\(stage)' needs a phrase in double quotes", range: range,
            notes: ["for example: \(stage) \"occupied\""])
    }

    /// `top 5 articles`: `expected 'by' after 'top 5'`.
    static func expectedWord(_ word: String, after text: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-keyword", message: "expected '\(word)' after '\(text)'", range: range)
    }

    /// `let = 5`, `select x as 3`.
    static func expectedName(after previous: QueryToken, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-name", message: "expected a name after \(previous)", range: range)
    }

    /// `let and = 1`.
    static func reservedName(_ token: QueryToken) -> Diagnostic {
        Diagnostic(
            id: "reserved-name", message: "\(token) is a reserved word and cannot be a name", range: token.range,
            notes: ["the reserved words are 'let', 'and', 'or', 'not', 'in', 'true', 'false' and 'null'"])
    }

    /// `entity.`.
    static func expectedFieldName(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-name", message: "expected a field name after '.'", range: range)
    }

    /// `let x 5`.
    static func expectedAssignment(_ name: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-keyword", message: "expected '=' after 'let \(name)'", range: range)
    }

    /// `timeline by fortnight`.
    static func unknownPeriod(_ name: String, _ range: SourceRange) -> Diagnostic {
        var notes = ["a timeline counts by 'day', 'week', 'month' or 'year'"]
        if let close = EditDistance.closest(to: name, among: TimelinePeriod.allCases.map(\.rawValue)) {
            notes.insert(didYouMean(close), at: 0)
        }
        return Diagnostic(id: "unknown-period", message: "unknown period '\(name)'", range: range, notes: notes)
    }

    /// `timeline by 5`.
    static func expectedPeriod(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "unknown-period", message: "expected a period after 'by'", range: range,
            notes: ["a timeline counts by 'day', 'week', 'month' or 'year'"])
    }

    /// `1 < x < 5`.
    static func chainedComparison(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "chained-comparison", message: "comparisons do not chain: use 'and'", range: range)
    }

    /// `date == 2020-01-01..2020-02-01`.
    static func rangeOutsideIn(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "misplaced-range", message: "'..' makes a range only on the right of 'in'", range: range,
            notes: ["for example: date in 2020-03-01..2020-04-30"])
    }

    /// `entity.name("x")`, `f(1)(2)`.
    static func notCallable(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            id: "not-callable", message: "only a function name can be called", range: range,
            notes: ["for example: mentions(\"OSCE\")"])
    }

    /// 201 levels of brackets, `not` or nested pipelines.
    static func nestingTooDeep(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "nesting-too-deep", message: "nesting deeper than \(nestingLimit) levels", range: range)
    }

    /// An empty text given where one query is wanted.
    static func expectedQuery(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-query", message: "expected a query", range: range)
    }

    /// `let x = 1` given where one query is wanted.
    static func bindingIsNotQuery(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-query", message: "expected a query, not a 'let' binding", range: range)
    }

    /// A second statement where one query is wanted.
    static func moreThanOneQuery(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: "expected-query", message: "expected a single query", range: range)
    }

    // MARK: - Notes

    /// `did you mean 'where'?`
    static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }

    /// After `x = 1`.
    static let compareWithDoubleEquals = "to compare, write '=='"

    /// After `x not in y`.
    static let notGoesFirst = "'not' goes before the comparison: not x in y"

    /// After `| foo bar`.
    static func pluginStageArguments(_ name: String) -> String {
        "a plugin stage takes its arguments in parentheses: \(name)(…)"
    }

    /// Beside `expected ')'` in the middle of a line.
    static func openedAt(_ opener: QueryToken) -> String { "to match the \(opener) at \(opener.range.start)" }
}
