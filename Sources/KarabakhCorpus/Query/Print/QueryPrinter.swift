/// Prints query trees as canonical query-language text, which parses back to the same
/// tree.
///
/// Canonical means: single spaces around `|` and binary operators, `, ` between list
/// items, arguments and keys, parentheses only where precedence needs them and around a
/// pipeline used inside an expression, strings in double quotes with escapes, decimals
/// that parse back to the same `Double`, months as `2020-03`. For example:
///
/// ```swift
/// QueryPrinter.text(query)
/// // articles | where date >= 2020-03-01 and mentions("Tural Ganjaliyev") | sort date desc | take 10
/// ```
///
/// For every tree the grammar can express, `QueryParser.parseExpression(text(tree)) == tree`.
public enum QueryPrinter {
    /// How tightly a context binds what is written in it; a node that binds more
    /// loosely than its context is put in parentheses.
    private enum Level: Int, Comparable {
        /// A statement or a `let` value: a pipeline stands bare.
        case pipeline
        /// `or`, and the expressions of stages, list items and arguments.
        case or
        /// `and`
        case and
        /// `not`
        case not
        /// `==`, `<`, `~`, `in` …
        case comparison
        /// Members, calls and literals.
        case postfix

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The text of an expression or a query.
    ///
    /// For example: `articles | where not mentions("UN") | count`.
    public static func text(_ node: QueryNode) -> String {
        var output = ""
        write(node, in: .pipeline, to: &output)
        return output
    }

    /// The text of one stage, without its `|`.
    ///
    /// For example: `sort date desc, title`.
    public static func text(_ stage: QueryStage) -> String {
        var output = ""
        write(stage, to: &output)
        return output
    }

    /// The text of a statement.
    ///
    /// For example: `let osce = articles | where mentions("OSCE")`.
    public static func text(_ statement: Statement) -> String {
        var output = ""
        write(statement, to: &output)
        return output
    }

    /// The statements of a program, one per line.
    ///
    /// For example: `let n = articles | count` and `n` on two lines.
    public static func text(_ program: Program) -> String {
        var output = ""
        for (index, statement) in program.statements.enumerated() {
            if index > 0 { output += "\n" }
            write(statement, to: &output)
        }
        return output
    }

    /// A string literal: in double quotes, with `\"`, `\\`, `\n`, `\t`, `\r` and
    /// `\u{…}` for other control characters.
    ///
    /// For example: `quoted("say \"no\"")` is `"say \"no\""`.
    public static func quoted(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// A decimal that parses back to the same value: always with a `.`, never with an
    /// exponent (`1e-05` is `0.00001`).
    ///
    /// For example: `decimal(2)` is `2.0`, `decimal(0.1)` is `0.1`.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
        let text = value.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...])
        else { return text.contains(".") ? text : text + ".0" }
        var mantissa = text[..<e]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let point =
            mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        let digits = Array(mantissa.filter { $0 != "." })
        let newPoint = point + exponent
        let body: String
        if newPoint <= 0 {
            body = "0." + String(repeating: "0", count: -newPoint) + String(digits)
        } else if newPoint >= digits.count {
            body = String(digits) + String(repeating: "0", count: newPoint - digits.count) + ".0"
        } else {
            body = String(digits[..<newPoint]) + "." + String(digits[newPoint...])
        }
        return sign + body
    }

    // MARK: - Writing

    private static func level(of node: QueryNode) -> Level {
        switch node {
        case .pipeline: .pipeline
        case .binary(.or, _, _, _): .or
        case .binary(.and, _, _, _): .and
        case .not: .not
        case .binary, .range: .comparison
        default: .postfix
        }
    }

    private static func write(_ statement: Statement, to output: inout String) {
        switch statement {
        case .binding(let name, let value, _):
            output += "let \(name) = "
            write(value, in: .pipeline, to: &output)
        case .query(let node):
            write(node, in: .pipeline, to: &output)
        }
    }

    /// Writes a node where the context binds as tightly as `context`.
    private static func write(_ node: QueryNode, in context: Level, to output: inout String) {
        if level(of: node) < context {
            output += "("
            write(node, in: .pipeline, to: &output)
            output += ")"
            return
        }
        switch node {
        case .name(let name, _): output += name
        case .string(let value, _): output += quoted(value)
        case .integer(let value, _): output += String(value)
        case .decimal(let value, _): output += decimal(value)
        case .date(let value, _): output += value.description
        case .boolean(let value, _): output += value ? "true" : "false"
        case .null: output += "null"
        case .list(let items, _):
            output += "["
            write(items, to: &output)
            output += "]"
        case .member(let base, let name, _):
            write(base, in: .postfix, to: &output)
            output += "." + name
        case .call(let name, let arguments, _):
            output += name + "("
            write(arguments, to: &output)
            output += ")"
        case .not(let operand, _):
            output += "not "
            write(operand, in: .not, to: &output)
        case .binary(let op, let left, let right, _):
            write(binary: op, left, right, to: &output)
        case .range(let lower, let upper, _):
            write(lower, in: .postfix, to: &output)
            output += ".."
            write(upper, in: .postfix, to: &output)
        case .pipeline(let source, let stages, _):
            write(source, in: .or, to: &output)
            for stage in stages {
                output += " | "
                write(stage, to: &output)
            }
        }
    }

    /// `or` and `and` associate to the left; comparisons take postfix operands, and
    /// `in` a range as its right side.
    private static func write(binary op: BinaryOperator, _ left: QueryNode, _ right: QueryNode, to output: inout String)
    {
        let (leftLevel, rightLevel): (Level, Level) =
            switch op {
            case .or: (.or, .and)
            case .and: (.and, .not)
            default: (.postfix, .postfix)
            }
        write(left, in: leftLevel, to: &output)
        output += " \(op.symbol) "
        if op == .in, case .range = right {
            write(right, in: .comparison, to: &output)
        } else {
            write(right, in: rightLevel, to: &output)
        }
    }

    /// Items, arguments: each an expression in which a pipeline is parenthesised.
    private static func write(_ items: [QueryNode], to output: inout String) {
        for (index, item) in items.enumerated() {
            if index > 0 { output += ", " }
            write(item, in: .or, to: &output)
        }
    }

    private static func write(_ projections: [Projection], to output: inout String) {
        for (index, projection) in projections.enumerated() {
            if index > 0 { output += ", " }
            write(projection.expression, in: .or, to: &output)
            if let alias = projection.alias { output += " as " + alias }
        }
    }

    private static func write(_ stage: QueryStage, to output: inout String) {
        switch stage {
        case .filter(let condition, _):
            output += "where "
            write(condition, in: .or, to: &output)
        case .sort(let keys, _):
            output += "sort "
            for (index, key) in keys.enumerated() {
                if index > 0 { output += ", " }
                write(key.expression, in: .or, to: &output)
                if let order = key.order { output += " " + order.rawValue }
            }
        case .take(let count, _): output += "take \(count)"
        case .skip(let count, _): output += "skip \(count)"
        case .select(let projections, _):
            output += "select "
            write(projections, to: &output)
        case .count(let keys, _):
            output += "count"
            if !keys.isEmpty {
                output += " by "
                write(keys, to: &output)
            }
        case .top(let count, let key, _):
            output += "top \(count) by "
            write(key, in: .or, to: &output)
        case .distinct(let key, _):
            output += "distinct "
            write(key, in: .or, to: &output)
        case .kwic(let pattern, let window, _):
            output += "kwic " + quoted(pattern)
            if let window { output += " window \(window)" }
        case .collocates(let pattern, let window, _):
            output += "collocates " + quoted(pattern)
            if let window { output += " window \(window)" }
        case .timeline(let period, _):
            output += "timeline"
            if let period { output += " by " + period.rawValue }
        case .rank(let words, _):
            output += "rank " + quoted(words)
        case .custom(let name, let arguments, _):
            output += name
            if let arguments {
                output += "("
                write(arguments, to: &output)
                output += ")"
            }
        }
    }
}
