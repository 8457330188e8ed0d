/// The recursive-descent parser behind ``QueryParser``: one function per rule of the
/// grammar (SPEC §6), over the tokens of a ``QueryLexer``.
///
/// Newlines: inside brackets they are spaces. Outside, a statement goes on over a line
/// break while it needs more (after `|`, a binary operator, `let x =`, a stage name
/// that takes an argument) or when the next line starts with `|`; otherwise a line
/// break ends it, as `;` does.
///
/// Errors: the first error of a statement is reported and the parser "panics": from then
/// on it sees only the end of the text, so every rule returns at once, and the program
/// rule resynchronises at the next statement boundary and goes on. Every loop consumes a
/// token per turn, and nesting deeper than ``SyntaxMessages/nestingLimit`` is an error,
/// so no input makes it loop or overflow the stack.
struct SyntaxParser {
    /// Where the parser was when it met its first error in a statement.
    private struct Panic {
        /// The index of the offending token.
        var index: Int
        /// How many brackets were open there.
        var openBrackets: Int
    }

    private let tokens: [QueryToken]
    private var index = 0
    /// The open brackets, innermost last.
    private var brackets: [QueryToken] = []
    /// The nesting of brackets, `not` and pipelines, against the limit.
    private var depth = 0
    private var panic: Panic?
    /// The last token consumed, for ranges and "after …" messages.
    private var previous: QueryToken
    /// The index just after a plugin stage written without parentheses, and its name.
    private var bareCustomStage: (index: Int, name: String)?

    /// The parser's diagnostics, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Whether each diagnostic was found at the end of the text, where more text would help.
    private(set) var diagnosticsAtEnd: [Bool] = []

    /// Creates a parser over tokens that end with ``QueryToken/Kind/end``.
    init(tokens: [QueryToken]) {
        precondition(tokens.last?.kind == .end, "tokens must end with .end")
        self.tokens = tokens
        self.previous = tokens[0]
    }

    // MARK: - Tokens

    /// The end token, which the parser sees everywhere while it panics.
    private var endToken: QueryToken { tokens[tokens.count - 1] }

    /// The next token; line breaks are skipped inside brackets.
    private mutating func peek() -> QueryToken {
        if panic != nil { return endToken }
        if !brackets.isEmpty {
            while tokens[index].kind == .newline { index += 1 }
        }
        return tokens[index]
    }

    /// The next token that is not a line break, where the statement needs more.
    private mutating func peekPastNewlines() -> QueryToken {
        if panic != nil { return endToken }
        while tokens[index].kind == .newline { index += 1 }
        return tokens[index]
    }

    /// Consumes the next token (as ``peek()`` sees it) and returns it.
    @discardableResult
    private mutating func advance() -> QueryToken {
        let token = peek()
        if token.kind != .end {
            index += 1
            previous = token
        }
        return token
    }

    /// Consumes the symbol if it comes next.
    private mutating func consume(_ symbol: QueryToken.Symbol) -> QueryToken? {
        peek().is(symbol) ? advance() : nil
    }

    /// Consumes the contextual word if it comes next on the line.
    private mutating func consume(word: String) -> QueryToken? {
        peek().is(word: word) ? advance() : nil
    }

    /// Consumes the reserved word if it comes next.
    private mutating func consume(_ keyword: QueryToken.Keyword) -> QueryToken? {
        peek().is(keyword) ? advance() : nil
    }

    /// Consumes the reserved word if it comes next, and tells whether it did.
    private mutating func accept(_ keyword: QueryToken.Keyword) -> Bool {
        guard peek().is(keyword) else { return false }
        advance()
        return true
    }

    /// Whether the symbol comes next.
    private mutating func at(_ symbol: QueryToken.Symbol) -> Bool { peek().is(symbol) }

    /// The range of the next token.
    private mutating func nextRange() -> SourceRange { peek().range }

    /// The range from the start of `first` to the end of the last token consumed.
    private func range(from first: SourceRange) -> SourceRange {
        SourceRange(start: first.start, end: Swift.max(first.end, previous.range.end))
    }

    /// Where a "missing" diagnostic points: the token found, or just after the previous
    /// token when what was found is a line break or the end.
    private func missingRange(_ found: QueryToken) -> SourceRange {
        found.isLineEnd ? SourceRange(start: previous.range.end, end: previous.range.end) : found.range
    }

    /// A node for what could not be parsed; the statement is dropped anyway.
    private static let placeholder = QueryNode.name("", .none)

    // MARK: - Errors

    /// Reports the first error of a statement at the current token and starts to panic.
    /// An invalid token was reported by the lexer and adds nothing.
    private mutating func fail(_ diagnostic: Diagnostic) {
        guard panic == nil else { return }
        let token = tokens[index]
        if token.kind != .invalid {
            diagnostics.append(diagnostic)
            diagnosticsAtEnd.append(token.kind == .end)
        }
        panic = Panic(index: index, openBrackets: brackets.count)
    }

    /// Whether the parser is panicking.
    private var failed: Bool { panic != nil }

    /// Notes for a token that cannot come next: a misspelt operator, `=` for `==`, a
    /// plugin stage given arguments without parentheses.
    private func notes(forUnexpected token: QueryToken) -> [String] {
        if let stage = bareCustomStage, stage.index == index, !token.startsLine {
            if let close = EditDistance.closest(to: stage.name, among: StageName.allCases.map(\.rawValue)) {
                return [SyntaxMessages.didYouMean(close)]
            }
            return [SyntaxMessages.pluginStageArguments(stage.name)]
        }
        if token.is(.assign) { return [SyntaxMessages.compareWithDoubleEquals] }
        if token.is(.not) { return [SyntaxMessages.notGoesFirst] }
        if let name = token.identifier, let close = EditDistance.closest(to: name, among: ["and", "or", "in"]) {
            return [SyntaxMessages.didYouMean(close)]
        }
        return []
    }

    /// Checks that an expression can start at the next token (past line breaks), after
    /// the token just consumed.
    private mutating func expectExpression() -> Bool {
        let next = peekPastNewlines()
        guard !Self.startsExpression(next) else { return true }
        fail(SyntaxMessages.expectedExpression(after: previous, missingRange(next)))
        return false
    }

    private static func startsExpression(_ token: QueryToken) -> Bool {
        switch token.kind {
        case .identifier, .string, .integer, .decimal, .date: true
        case .keyword(let keyword): keyword != .let && keyword != .and && keyword != .or && keyword != .in
        case .symbol(let symbol): symbol == .leftParenthesis || symbol == .leftBracket
        case .newline, .end, .invalid: false
        }
    }

    /// Counts one more level of nesting, or reports that there are too many.
    private mutating func enterNesting() -> Bool {
        guard depth < SyntaxMessages.nestingLimit else {
            fail(SyntaxMessages.nestingTooDeep(peek().range))
            return false
        }
        depth += 1
        return true
    }

    /// Consumes an opening bracket and counts it.
    private mutating func open() -> Bool {
        guard enterNesting() else { return false }
        brackets.append(advance())
        return true
    }

    /// Consumes the bracket that closes the innermost open one, or reports it missing:
    /// as never closed when the text or the line ends first, as expected otherwise.
    private mutating func close(with symbol: QueryToken.Symbol, orAlso alternative: QueryToken.Symbol? = nil) {
        guard let opener = brackets.last else { return }
        let token = peek()
        if token.is(symbol) {
            brackets.removeLast()
            depth -= 1
            advance()
            return
        }
        if token.kind == .end || token.startsLine {
            fail(SyntaxMessages.neverClosed(opener))
        } else {
            let expected = [alternative, symbol].compactMap { $0 }
            fail(
                SyntaxMessages.expected(
                    expected, found: token, notes: notes(forUnexpected: token) + [SyntaxMessages.openedAt(opener)]))
        }
    }

    // MARK: - program = { statement ( ";" | NEWLINE ) }

    /// Parses the whole text; statements with errors are left out.
    mutating func parseProgram() -> Program {
        var statements: [Statement] = []
        while true {
            while tokens[index].kind == .newline || tokens[index].is(.semicolon) { index += 1 }
            if tokens[index].kind == .end { break }
            let start = index
            let statement = parseStatement()
            if !failed {
                let next = peek()
                if !next.isLineEnd, !next.is(.semicolon) {
                    fail(SyntaxMessages.unexpected(next, notes: notes(forUnexpected: next)))
                }
            }
            if failed {
                recover(statementStart: start)
            } else {
                statements.append(statement)
            }
        }
        return Program(statements)
    }

    /// Stops panicking and moves to where the next statement probably starts.
    private mutating func recover(statementStart: Int) {
        guard let panic else { return }
        self.panic = nil
        brackets = []
        depth = 0
        bareCustomStage = nil
        index = resumeIndex(after: panic, statementStart: statementStart)
    }

    /// The index to go on from after an error: the offending token itself when it
    /// starts a line inside brackets (a bracket was probably left open); else after the
    /// next `;` or line break outside brackets that ends the statement; else the next
    /// line; else the end.
    private func resumeIndex(after panic: Panic, statementStart: Int) -> Int {
        let offending = tokens[panic.index]
        if panic.openBrackets > 0, offending.startsLine, panic.index > statementStart, !offending.is(.pipe) {
            return panic.index
        }
        var open = panic.openBrackets
        var i = panic.index
        while tokens[i].kind != .end {
            let token = tokens[i]
            switch token.kind {
            case .symbol(.leftParenthesis), .symbol(.leftBracket): open += 1
            case .symbol(.rightParenthesis), .symbol(.rightBracket): open = Swift.max(0, open - 1)
            case .symbol(.semicolon) where open == 0: return i + 1
            case .newline where open == 0 && !continues(afterNewlineAt: i): return i + 1
            default: break
            }
            i += 1
        }
        for j in (panic.index + 1)..<tokens.count where tokens[j].startsLine && tokens[j].kind != .newline {
            if !tokens[j].is(.pipe) { return j }
        }
        return tokens.count - 1
    }

    /// Whether a statement goes on over the line break at `newline`: the token before
    /// needs more, or the next line starts with `|`.
    private func continues(afterNewlineAt newline: Int) -> Bool {
        var after = newline
        while tokens[after].kind == .newline { after += 1 }
        if tokens[after].is(.pipe) { return true }
        guard newline > 0 else { return false }
        switch tokens[newline - 1].kind {
        case .symbol(let symbol): return symbol != .rightParenthesis && symbol != .rightBracket && symbol != .semicolon
        case .keyword(let keyword): return [.and, .or, .not, .in, .let].contains(keyword)
        default: return false
        }
    }

    // MARK: - statement = "let" IDENT "=" expr | expr

    private mutating func parseStatement() -> Statement {
        guard let letToken = consume(.let) else { return .query(parseExpression()) }
        guard let name = parseBindingName(after: letToken) else { return .query(Self.placeholder) }
        let value = parseExpression()
        return .binding(name, value, range(from: letToken.range))
    }

    /// `IDENT "="` after `let`, up to where the value starts.
    private mutating func parseBindingName(after letToken: QueryToken) -> String? {
        let nameToken = peekPastNewlines()
        guard case .identifier(let name) = nameToken.kind else {
            if nameToken.keyword != nil {
                fail(SyntaxMessages.reservedName(nameToken))
            } else {
                fail(SyntaxMessages.expectedName(after: letToken, missingRange(nameToken)))
            }
            return nil
        }
        advance()
        let equals = peekPastNewlines()
        guard equals.is(.assign) else {
            fail(SyntaxMessages.expectedAssignment(name, missingRange(equals)))
            return nil
        }
        advance()
        return expectExpression() ? name : nil
    }

    // MARK: - expr = orExpr { "|" stage }
    //
    // The functions from here to `parseParenthesized` call each other recursively, so
    // they keep their frames small (deep nesting must not need much stack, even in a
    // debug build): they look at tokens and report errors through helper functions.

    /// A full expression: a value, or a source followed by stages.
    private mutating func parseExpression() -> QueryNode {
        let source = parseOr()
        return atPipe() ? parsePipeline(from: source) : source
    }

    /// The stages after a source, at the first `|`.
    private mutating func parsePipeline(from source: QueryNode) -> QueryNode {
        var stages: [QueryStage] = []
        while consumePipe() {
            stages.append(parseStage())
            if failed { break }
        }
        return .pipeline(source, stages, range(from: source.range))
    }

    /// Whether a `|` comes next on the line, or starts a following line.
    private mutating func atPipe() -> Bool {
        if at(.pipe) { return true }
        guard !failed, tokens[index].kind == .newline else { return false }
        var next = index
        while tokens[next].kind == .newline { next += 1 }
        return tokens[next].is(.pipe)
    }

    /// Consumes a `|` next on the line, or starting a following line.
    private mutating func consumePipe() -> Bool {
        guard atPipe() else { return false }
        _ = peekPastNewlines()
        advance()
        return true
    }

    // MARK: - orExpr = andExpr { "or" andExpr }

    private mutating func parseOr() -> QueryNode {
        var left = parseAnd()
        while accept(.or) {
            guard expectExpression() else { return left }
            left = Self.binary(.or, left, parseAnd())
        }
        return left
    }

    // MARK: - andExpr = notExpr { "and" notExpr }

    private mutating func parseAnd() -> QueryNode {
        var left = parseNot()
        while accept(.and) {
            guard expectExpression() else { return left }
            left = Self.binary(.and, left, parseNot())
        }
        return left
    }

    // MARK: - notExpr = "not" notExpr | cmp

    private mutating func parseNot() -> QueryNode {
        guard let start = consumeNot() else { return parseComparison() }
        defer { depth -= 1 }
        let operand = parseNot()
        return .not(operand, start.through(operand.range))
    }

    /// Consumes `not` and counts its nesting, if it comes next and an expression
    /// follows; returns its range.
    private mutating func consumeNot() -> SourceRange? {
        guard peek().is(.not) else { return nil }
        guard enterNesting() else { return nil }
        let range = advance().range
        guard expectExpression() else {
            depth -= 1
            return nil
        }
        return range
    }

    // MARK: - cmp = postfix [ op postfix [ ".." postfix ] ]

    private mutating func parseComparison() -> QueryNode {
        let left = parsePostfix()
        guard let op = consumeComparison() else { return left }
        var right = parsePostfix()
        if consumeRange(after: op) {
            let upper = parsePostfix()
            right = .range(right, upper, right.range.through(upper.range))
        }
        guard !failed, !rejectChainedComparison() else { return left }
        return Self.binary(op, left, right)
    }

    /// Consumes a comparison operator if one comes next and an expression follows it;
    /// reports a `..` that does not follow `in`.
    private mutating func consumeComparison() -> BinaryOperator? {
        let token = peek()
        if token.is(.dotDot) {
            fail(SyntaxMessages.rangeOutsideIn(token.range))
            return nil
        }
        guard let op = Self.comparison(token) else { return nil }
        advance()
        return expectExpression() ? op : nil
    }

    /// Consumes the `..` of a range on the right of `in`, if it comes next.
    private mutating func consumeRange(after op: BinaryOperator) -> Bool {
        let token = peek()
        guard token.is(.dotDot) else { return false }
        guard op == .in else {
            fail(SyntaxMessages.rangeOutsideIn(token.range))
            return false
        }
        advance()
        return expectExpression()
    }

    /// Reports a second comparison operator after a comparison.
    private mutating func rejectChainedComparison() -> Bool {
        let token = peek()
        guard Self.comparison(token) != nil else { return false }
        fail(SyntaxMessages.chainedComparison(token.range))
        return true
    }

    private static func binary(_ op: BinaryOperator, _ left: QueryNode, _ right: QueryNode) -> QueryNode {
        .binary(op, left, right, left.range.through(right.range))
    }

    private static func comparison(_ token: QueryToken) -> BinaryOperator? {
        switch token.kind {
        case .keyword(.in): .in
        case .symbol(let symbol):
            switch symbol {
            case .equal: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            case .tilde: .matches
            case .notTilde: .notMatches
            default: nil
            }
        default: nil
        }
    }

    // MARK: - postfix = primary { "." IDENT | "(" [ args ] ")" }

    private mutating func parsePostfix() -> QueryNode {
        var node = parsePrimary()
        while !failed {
            if at(.dot) {
                node = parseMember(of: node)
            } else if at(.leftParenthesis) {
                node = parseCall(of: node)
            } else {
                break
            }
        }
        return node
    }

    /// `"." IDENT`, at the `.`; a reserved word is a field name here too.
    private mutating func parseMember(of base: QueryNode) -> QueryNode {
        advance()
        let name = peekPastNewlines()
        guard name.identifier != nil || name.keyword != nil else {
            fail(SyntaxMessages.expectedFieldName(missingRange(name)))
            return base
        }
        advance()
        return .member(base, name.text, base.range.through(name.range))
    }

    /// `"(" [ args ] ")"` after a function name, at the `(`.
    private mutating func parseCall(of callee: QueryNode) -> QueryNode {
        guard case .name(let name, let start) = callee else {
            fail(SyntaxMessages.notCallable(nextRange()))
            return callee
        }
        let arguments = parseList(closingWith: .rightParenthesis)
        return .call(name, arguments, range(from: start))
    }

    /// Expressions separated by commas up to a closing bracket, at the opening one.
    private mutating func parseList(closingWith closer: QueryToken.Symbol) -> [QueryNode] {
        guard open() else { return [] }
        var items: [QueryNode] = []
        if !at(closer) {
            while expectExpression() {
                items.append(parseExpression())
                guard consume(.comma) != nil else { break }
            }
        }
        close(with: closer, orAlso: .comma)
        return items
    }

    // MARK: - primary = IDENT | STRING | INT | DECIMAL | DATE | "true" | "false" | "null"
    //                 | "(" expr ")" | "[" [ expr { "," expr } ] "]"

    private mutating func parsePrimary() -> QueryNode {
        if at(.leftParenthesis) { return parseParenthesized() }
        if at(.leftBracket) { return parseListLiteral() }
        return parseLiteral()
    }

    /// `"[" [ expr { "," expr } ] "]"`.
    private mutating func parseListLiteral() -> QueryNode {
        let start = nextRange()
        let items = parseList(closingWith: .rightBracket)
        return .list(items, range(from: start))
    }

    /// `"(" expr ")"`: any expression, a pipeline included.
    private mutating func parseParenthesized() -> QueryNode {
        guard open(), expectExpression() else { return Self.placeholder }
        let inner = parseExpression()
        close(with: .rightParenthesis)
        return inner
    }

    /// A name or a literal; anything else is unexpected here.
    private mutating func parseLiteral() -> QueryNode {
        let token = peek()
        let node: QueryNode
        switch token.kind {
        case .identifier(let name): node = .name(name, token.range)
        case .string(let value): node = .string(value, token.range)
        case .integer(let value): node = .integer(value, token.range)
        case .decimal(let value): node = .decimal(value, token.range)
        case .date(let value): node = .date(value, token.range)
        case .keyword(.true): node = .boolean(true, token.range)
        case .keyword(.false): node = .boolean(false, token.range)
        case .keyword(.null): node = .null(token.range)
        default:
            fail(SyntaxMessages.unexpected(token, notes: notes(forUnexpected: token)))
            return Self.placeholder
        }
        advance()
        return node
    }

    // MARK: - stage

    /// The stages the language defines; their names are contextual words.
    private enum StageName: String, CaseIterable {
        case `where`, sort, take, skip, select, count, top, distinct, kwic, collocates, timeline, rank
    }

    /// One stage, after its `|`. Stage names are contextual: any other name is a
    /// plugin's stage.
    private mutating func parseStage() -> QueryStage {
        var stage = QueryStage.custom("", arguments: nil, .none)
        guard let name = consumeStageName() else { return stage }
        // Each rule writes into `stage`, which keeps this frame small in debug builds.
        switch StageName(rawValue: name) {
        case .where: parseWhere(into: &stage)
        case .sort: parseSort(into: &stage)
        case .take, .skip: parseTakeOrSkip(into: &stage)
        case .select: parseSelect(into: &stage)
        case .count: parseCount(into: &stage)
        case .top: parseTop(into: &stage)
        case .distinct: parseDistinct(into: &stage)
        case .kwic, .collocates: parseKwicOrCollocates(into: &stage)
        case .timeline: parseTimeline(into: &stage)
        case .rank: parseRank(into: &stage)
        case nil: parseCustomStage(into: &stage)
        }
        return stage
    }

    /// The identifier naming a stage, after the `|` just consumed.
    private mutating func consumeStageName() -> String? {
        let token = peekPastNewlines()
        guard case .identifier(let name) = token.kind else {
            fail(SyntaxMessages.expectedStage(after: previous, missingRange(token)))
            return nil
        }
        advance()
        return name
    }

    /// `"where" expr`.
    private mutating func parseWhere(into stage: inout QueryStage) {
        let start = previous.range
        guard expectExpression() else { return }
        stage = .filter(parseOr(), range(from: start))
    }

    /// `"sort" expr ["asc"|"desc"] { "," expr ["asc"|"desc"] }`.
    private mutating func parseSort(into stage: inout QueryStage) {
        let start = previous.range
        var keys: [SortKey] = []
        while expectExpression() {
            let expression = parseOr()
            keys.append(SortKey(expression, order: consumeSortOrder()))
            guard consume(.comma) != nil else { break }
        }
        stage = .sort(keys, range(from: start))
    }

    /// `asc` or `desc`, if one comes next on the line.
    private mutating func consumeSortOrder() -> SortOrder? {
        guard let word = peek().identifier, let order = SortOrder(rawValue: word) else { return nil }
        advance()
        return order
    }

    /// `"take" INT`, `"skip" INT`.
    private mutating func parseTakeOrSkip(into stage: inout QueryStage) {
        let start = previous.range
        let name = previous.text
        let count = parseWholeNumber(for: name)
        stage = name == "take" ? .take(count, range(from: start)) : .skip(count, range(from: start))
    }

    /// `"select" expr ["as" IDENT] { "," expr ["as" IDENT] }`.
    private mutating func parseSelect(into stage: inout QueryStage) {
        let start = previous.range
        stage = .select(parseProjections(), range(from: start))
    }

    /// `"count" [ "by" expr ["as" IDENT] { "," expr ["as" IDENT] } ]`.
    private mutating func parseCount(into stage: inout QueryStage) {
        let start = previous.range
        guard consume(word: "by") != nil else {
            stage = .count([], start)
            return
        }
        stage = .count(parseProjections(), range(from: start))
    }

    /// `expr ["as" IDENT] { "," expr ["as" IDENT] }`, after `select` or `by`.
    private mutating func parseProjections() -> [Projection] {
        var projections: [Projection] = []
        while expectExpression() {
            let expression = parseOr()
            let alias = parseAlias()
            if failed { break }
            projections.append(Projection(expression, alias: alias))
            guard consume(.comma) != nil else { break }
        }
        return projections
    }

    /// `["as" IDENT]`: the name, or `nil` when there is none (or an error).
    private mutating func parseAlias() -> String? {
        guard let asToken = consume(word: "as") else { return nil }
        let token = peekPastNewlines()
        guard case .identifier(let name) = token.kind else {
            if token.keyword != nil {
                fail(SyntaxMessages.reservedName(token))
            } else {
                fail(SyntaxMessages.expectedName(after: asToken, missingRange(token)))
            }
            return nil
        }
        advance()
        return name
    }

    /// `"top" INT "by" expr`.
    private mutating func parseTop(into stage: inout QueryStage) {
        let start = previous.range
        let count = parseWholeNumber(for: "top")
        guard expectWord("by", after: "top \(count)"), expectExpression() else { return }
        stage = .top(count, parseOr(), range(from: start))
    }

    /// Consumes a contextual word the stage needs, past line breaks, or reports it missing.
    private mutating func expectWord(_ word: String, after text: String) -> Bool {
        guard !failed else { return false }
        let token = peekPastNewlines()
        guard token.is(word: word) else {
            fail(SyntaxMessages.expectedWord(word, after: text, missingRange(token)))
            return false
        }
        advance()
        return true
    }

    /// `"distinct" expr`.
    private mutating func parseDistinct(into stage: inout QueryStage) {
        let start = previous.range
        guard expectExpression() else { return }
        stage = .distinct(parseOr(), range(from: start))
    }

    /// `"kwic" STRING [ "window" INT ]`, `"collocates" STRING [ "window" INT ]`.
    private mutating func parseKwicOrCollocates(into stage: inout QueryStage) {
        let start = previous.range
        let name = previous.text
        let pattern = parsePhrase(for: name)
        var window: Int?
        if !failed, consume(word: "window") != nil { window = parseWholeNumber(for: "window") }
        stage =
            name == "kwic"
            ? .kwic(pattern, window: window, range(from: start))
            : .collocates(pattern, window: window, range(from: start))
    }

    /// `"timeline" [ "by" ("day"|"week"|"month"|"year") ]`.
    private mutating func parseTimeline(into stage: inout QueryStage) {
        let start = previous.range
        guard consume(word: "by") != nil else {
            stage = .timeline(nil, start)
            return
        }
        let token = peekPastNewlines()
        guard let name = token.identifier else {
            fail(SyntaxMessages.expectedPeriod(missingRange(token)))
            return
        }
        guard let period = TimelinePeriod(rawValue: name) else {
            fail(SyntaxMessages.unknownPeriod(name, token.range))
            return
        }
        advance()
        stage = .timeline(period, range(from: start))
    }

    /// `"rank" STRING`.
    private mutating func parseRank(into stage: inout QueryStage) {
        let start = previous.range
        stage = .rank(parsePhrase(for: "rank"), range(from: start))
    }

    /// `IDENT [ "(" args ")" ]`: a stage a plugin registered.
    private mutating func parseCustomStage(into stage: inout QueryStage) {
        let start = previous.range
        let name = previous.text
        guard at(.leftParenthesis) else {
            bareCustomStage = (index, name)
            stage = .custom(name, arguments: nil, start)
            return
        }
        let arguments = parseList(closingWith: .rightParenthesis)
        stage = .custom(name, arguments: arguments, range(from: start))
    }

    /// The INT after `take`, `skip`, `top` or `window`: a whole number, 0 or more.
    private mutating func parseWholeNumber(for word: String) -> Int {
        let token = peekPastNewlines()
        guard case .integer(let value) = token.kind, value >= 0 else {
            fail(SyntaxMessages.needsWholeNumber(word, missingRange(token)))
            return 0
        }
        advance()
        return value
    }

    /// The STRING after `kwic`, `collocates` or `rank`.
    private mutating func parsePhrase(for stage: String) -> String {
        let token = peekPastNewlines()
        guard case .string(let value) = token.kind else {
            fail(SyntaxMessages.needsPhrase(stage, missingRange(token)))
            return ""
        }
        advance()
        return value
    }
}
