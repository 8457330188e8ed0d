/// One token of query-language text: a word, a literal, an operator, a line break or
/// the end, with the range it came from and whether it starts a line.
///
/// ``QueryLexer`` makes them; the parser reads them, and a REPL can use them to colour
/// or complete a line. For example, `take 10` is the identifier `take` (starting a
/// line), the integer `10`, then the end.
public struct QueryToken: Hashable, Sendable, CustomStringConvertible {
    /// What a token is, with the value of a literal.
    public enum Kind: Hashable, Sendable {
        /// A name that is not reserved: `articles`, `where`, `count`, `date`.
        case identifier(String)
        /// One of the reserved words: `let`, `and`, `or`, `not`, `in`, `true`, `false`, `null`.
        case keyword(Keyword)
        /// A string literal, without its quotes and with escapes resolved: `"OSCE"`.
        case string(String)
        /// A whole number: `10`, `-3`.
        case integer(Int)
        /// A number with a fractional part: `0.5`.
        case decimal(Double)
        /// A day (`2020-03-01`) or a month (`2020-03`).
        case date(DateLiteral)
        /// An operator or a bracket: `|`, `==`, `(`.
        case symbol(Symbol)
        /// A line break.
        case newline
        /// The end of the text.
        case end
        /// Text the lexer could not read; it has reported why.
        case invalid
    }

    /// The reserved words: they can never name a field, a source or a stage.
    ///
    /// For example: `not mentions("UN") and true`.
    public enum Keyword: String, Hashable, Sendable, CaseIterable {
        /// `let`
        case `let`
        /// `and`
        case and
        /// `or`
        case or
        /// `not`
        case not
        /// `in`
        case `in`
        /// `true`
        case `true`
        /// `false`
        case `false`
        /// `null`
        case null
    }

    /// The operators and punctuation of the language.
    ///
    /// For example: `date in 2020-03-01..2020-04-30` has `..` between two dates.
    public enum Symbol: String, Hashable, Sendable, CaseIterable {
        /// `|`: the next stage of a pipeline.
        case pipe = "|"
        /// `==`
        case equal = "=="
        /// `!=`
        case notEqual = "!="
        /// `<`
        case less = "<"
        /// `<=`
        case lessOrEqual = "<="
        /// `>`
        case greater = ">"
        /// `>=`
        case greaterOrEqual = ">="
        /// `~`
        case tilde = "~"
        /// `!~`
        case notTilde = "!~"
        /// `..`: an inclusive range.
        case dotDot = ".."
        /// `.`: a field of a value.
        case dot = "."
        /// `,`
        case comma = ","
        /// `(`
        case leftParenthesis = "("
        /// `)`
        case rightParenthesis = ")"
        /// `[`
        case leftBracket = "["
        /// `]`
        case rightBracket = "]"
        /// `;`: the end of a statement.
        case semicolon = ";"
        /// `=`: in `let NAME = …`.
        case assign = "="
    }

    /// What the token is.
    public var kind: Kind
    /// The text it was read from, as written.
    public var text: String
    /// Where it is.
    public var range: SourceRange
    /// Whether it is the first token on its line.
    public var startsLine: Bool

    /// Creates a token.
    public init(_ kind: Kind, text: String, range: SourceRange, startsLine: Bool) {
        self.kind = kind
        self.text = text
        self.range = range
        self.startsLine = startsLine
    }

    /// The identifier's name, or `nil` for any other token.
    public var identifier: String? {
        if case .identifier(let name) = kind { name } else { nil }
    }

    /// The reserved word, or `nil` for any other token.
    public var keyword: Keyword? {
        if case .keyword(let keyword) = kind { keyword } else { nil }
    }

    /// The symbol, or `nil` for any other token.
    public var symbol: Symbol? {
        if case .symbol(let symbol) = kind { symbol } else { nil }
    }

    /// Whether the token is the given symbol.
    public func `is`(_ symbol: Symbol) -> Bool { self.symbol == symbol }

    /// Whether the token is the given reserved word.
    public func `is`(_ keyword: Keyword) -> Bool { self.keyword == keyword }

    /// Whether the token is an identifier spelt exactly so (a contextual word such as `by`).
    public func `is`(word: String) -> Bool { identifier == word }

    /// Whether the token is a line break or the end of the text.
    public var isLineEnd: Bool {
        switch kind {
        case .newline, .end: true
        default: false
        }
    }

    /// The token as a message names it: `'where'`, `')'`, `"OSCE"`, `a line break`.
    public var description: String {
        switch kind {
        case .newline: return "a line break"
        case .end: return "the end of the text"
        default:
            let line = text.prefix { $0 != "\n" && $0 != "\r\n" }
            let shown = line.count > 24 || line.count < text.count ? String(line.prefix(20)) + "…" : String(line)
            if case .string = kind { return shown }
            return "'\(shown)'"
        }
    }
}
