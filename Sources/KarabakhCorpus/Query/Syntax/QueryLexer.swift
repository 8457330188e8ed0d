/// Splits query-language text into ``QueryToken``s, reading it Unicode scalar by
/// Unicode scalar, and reports what it cannot read.
///
/// Tokens are identifiers (letters, digits, `_`; the reserved words among them become
/// keywords), strings in double quotes (`"…"`, or the curly `“…”` that users paste)
/// with the escapes `\"`, `\\`, `\n`, `\t`, `\r`, `\u{…}`, whole numbers, decimals,
/// dates (`2020-03-01` a day, `2020-03` a month), the operators
/// `| == != < <= > >= ~ !~ .. . , ( ) [ ] ; =`, and line breaks. `#` starts a comment
/// that runs to the end of the line. The last token is always ``QueryToken/Kind/end``.
///
/// For example:
///
/// ```swift
/// let lexer = QueryLexer("articles | take 2  # two")
/// lexer.tokens.map(\.text)   // ["articles", "|", "take", "2", ""]
/// ```
///
/// Text it cannot read becomes an ``QueryToken/Kind/invalid`` token and a diagnostic
/// (`no such day: 2021-02-30`, `unterminated string`).
public struct QueryLexer: Sendable {
    /// The tokens, ending with ``QueryToken/Kind/end``.
    public private(set) var tokens: [QueryToken] = []
    /// What could not be read, in text order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Whether the text ends inside a string, so that more lines may complete it.
    public private(set) var endsInsideString = false

    private let scalars: [Unicode.Scalar]
    /// Whether each scalar begins a character (a grapheme cluster), for columns.
    private let beginsCharacter: [Bool]
    private var position = 0
    private var line = 1
    private var column = 1
    private var atLineStart = true

    /// Reads a text.
    public init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var begins: [Bool] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        begins.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            var first = true
            for scalar in character.unicodeScalars {
                scalars.append(scalar)
                begins.append(first)
                first = false
            }
        }
        self.scalars = scalars
        self.beginsCharacter = begins
        scanAll()
    }

    // MARK: - Positions

    private var location: SourceLocation { SourceLocation(line: line, column: column, offset: position) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    private mutating func advance() {
        guard position < scalars.count else { return }
        let scalar = scalars[position]
        position += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else if position < scalars.count ? beginsCharacter[position] : true {
            column += 1
        }
    }

    private func text(from start: SourceLocation) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start.offset..<position])
        return String(view)
    }

    private mutating func emit(_ kind: QueryToken.Kind, from start: SourceLocation) {
        let range = SourceRange(start: start, end: location)
        tokens.append(QueryToken(kind, text: text(from: start), range: range, startsLine: atLineStart))
        atLineStart = kind == .newline
    }

    // MARK: - Scanning

    private mutating func scanAll() {
        while true {
            skipSpaceAndComments()
            let start = location
            guard let scalar = peek() else {
                emit(.end, from: start)
                return
            }
            switch scalar {
            case "\n":
                advance()
                emit(.newline, from: start)
            case "\r" where peek(1) == "\n":
                advance()
                advance()
                emit(.newline, from: start)
            case "\"", "“", "”":
                scanString()
            case "0"..."9":
                scanNumber()
            case "-" where peek(1).map(Self.isDigit) == true:
                scanNumber()
            case _ where Self.isIdentifierStart(scalar):
                scanIdentifier()
            default:
                scanSymbol()
            }
        }
    }

    private mutating func skipSpaceAndComments() {
        while let scalar = peek() {
            if scalar == "#" {
                while let next = peek(), next != "\n", !(next == "\r" && peek(1) == "\n") { advance() }
            } else if scalar == "\r" ? peek(1) != "\n" : scalar != "\n" && Self.isSpace(scalar) {
                advance()
            } else {
                return
            }
        }
    }

    private mutating func scanIdentifier() {
        let start = location
        while let scalar = peek(), Self.isIdentifierContinuation(scalar) { advance() }
        let name = text(from: start)
        if let keyword = QueryToken.Keyword(rawValue: name) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(.identifier(name), from: start)
        }
    }

    /// A number, or a date when four digits are followed by `-` and a digit.
    private mutating func scanNumber() {
        let start = location
        let negative = peek() == "-"
        if negative { advance() }
        let digitsStart = position
        skipDigits()
        if !negative, position - digitsStart == 4, peek() == "-", peek(1).map(Self.isDigit) == true {
            scanDate(from: start)
            return
        }
        if peek() == ".", peek(1).map(Self.isDigit) == true {
            advance()
            skipDigits()
            let text = text(from: start)
            if let value = Double(text), value.isFinite {
                emit(.decimal(value), from: start)
            } else {
                fail(SyntaxMessages.numberTooLarge(text, SourceRange(start: start, end: location)), from: start)
            }
            return
        }
        let text = text(from: start)
        if let value = Int(text) {
            emit(.integer(value), from: start)
        } else {
            fail(SyntaxMessages.numberTooLarge(text, SourceRange(start: start, end: location)), from: start)
        }
    }

    /// `YYYY-MM` or `YYYY-MM-DD`, the year already read.
    private mutating func scanDate(from start: SourceLocation) {
        var parts = [position - start.offset]
        for _ in 0..<2 {
            guard peek() == "-", peek(1).map(Self.isDigit) == true else { break }
            advance()
            let partStart = position
            skipDigits()
            parts.append(position - partStart)
        }
        let text = text(from: start)
        let range = SourceRange(start: start, end: location)
        guard parts.dropFirst().allSatisfy({ $0 == 2 }) else {
            fail(SyntaxMessages.malformedDate(text, range), from: start)
            return
        }
        let numbers = text.split(separator: "-").map { Int($0)! }
        if numbers.count == 2 {
            guard (1...9999).contains(numbers[0]), (1...12).contains(numbers[1]) else {
                fail(SyntaxMessages.noSuchMonth(text, range), from: start)
                return
            }
            emit(.date(.month(year: numbers[0], month: numbers[1])), from: start)
        } else if let day = Day(year: numbers[0], month: numbers[1], day: numbers[2]) {
            emit(.date(.day(day)), from: start)
        } else {
            fail(SyntaxMessages.noSuchDay(text, range), from: start)
        }
    }

    private mutating func skipDigits() {
        while let scalar = peek(), Self.isDigit(scalar) { advance() }
    }

    /// A string in straight or curly double quotes; it may run over several lines.
    private mutating func scanString() {
        let start = location
        let opener = peek()!
        let curly = opener != "\""
        advance()
        var value = String.UnicodeScalarView()
        var problem: Diagnostic?
        while true {
            guard let scalar = peek() else {
                endsInsideString = true
                let range = SourceRange(
                    start: start,
                    end: SourceLocation(line: start.line, column: start.column + 1, offset: start.offset + 1))
                fail(SyntaxMessages.unterminatedString(range), from: start)
                return
            }
            if curly ? scalar == "”" || scalar == "“" : scalar == "\"" {
                advance()
                break
            }
            if scalar == "\\" {
                let escapeStart = location
                advance()
                switch peek() {
                case "\"":
                    value.append("\"")
                    advance()
                case "\\":
                    value.append("\\")
                    advance()
                case "n":
                    value.append("\n")
                    advance()
                case "t":
                    value.append("\t")
                    advance()
                case "r":
                    value.append("\r")
                    advance()
                case "u":
                    if let scalar = scanUnicodeEscape(from: escapeStart, problem: &problem) { value.append(scalar) }
                default:
                    if peek() != nil { advance() }
                    let range = SourceRange(start: escapeStart, end: location)
                    problem = problem ?? SyntaxMessages.unknownEscape(text(from: escapeStart), range)
                }
                continue
            }
            value.append(scalar)
            advance()
        }
        if let problem {
            fail(problem, from: start)
        } else {
            emit(.string(String(value)), from: start)
        }
    }

    /// `\u{…}` after the `\`, at the `u`.
    private mutating func scanUnicodeEscape(from escapeStart: SourceLocation, problem: inout Diagnostic?)
        -> Unicode.Scalar?
    {
        advance()
        var digits = ""
        if peek() == "{" {
            advance()
            while let scalar = peek(), scalar.properties.isASCIIHexDigit, digits.count <= 8 {
                digits.unicodeScalars.append(scalar)
                advance()
            }
            if peek() == "}" {
                advance()
                if !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: 16),
                    let scalar = Unicode.Scalar(value)
                {
                    return scalar
                }
            }
        }
        let range = SourceRange(start: escapeStart, end: location)
        problem = problem ?? SyntaxMessages.invalidUnicodeEscape(text(from: escapeStart), range)
        return nil
    }

    private mutating func scanSymbol() {
        let start = location
        let first = peek()!
        let second = peek(1)
        let symbol: QueryToken.Symbol?
        switch (first, second) {
        case ("=", "="): symbol = .equal
        case ("!", "="): symbol = .notEqual
        case ("!", "~"): symbol = .notTilde
        case ("<", "="): symbol = .lessOrEqual
        case (">", "="): symbol = .greaterOrEqual
        case (".", "."): symbol = .dotDot
        case ("|", "|"), ("&", "&"):
            advance()
            advance()
            fail(
                SyntaxMessages.unexpectedCharacter(text(from: start), SourceRange(start: start, end: location)),
                from: start)
            return
        default:
            symbol = QueryToken.Symbol(rawValue: String(first))
        }
        guard let symbol else {
            advance()
            while let scalar = peek(), !beginsCharacter[position], scalar != "\n" { advance() }
            fail(
                SyntaxMessages.unexpectedCharacter(text(from: start), SourceRange(start: start, end: location)),
                from: start)
            return
        }
        for _ in symbol.rawValue.unicodeScalars { advance() }
        emit(.symbol(symbol), from: start)
    }

    /// Reports a problem and emits an invalid token for the text read since `start`.
    private mutating func fail(_ diagnostic: Diagnostic, from start: SourceLocation) {
        diagnostics.append(diagnostic)
        emit(.invalid, from: start)
    }

    // MARK: - Character classes

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if isIdentifierStart(scalar) || isDigit(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return false
        }
    }
}
