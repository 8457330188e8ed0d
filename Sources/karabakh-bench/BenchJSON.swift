/// A JSON value with object keys in the order written, printed the way the report
/// documents its keys (`JSONEncoder` on Linux does not keep that order).
///
/// For example:
///
/// ```swift
/// BenchJSON.object([("name", .string("phrase")), ("speedup", .null)]).text()
/// // {"name": "phrase", "speedup": null}
/// ```
indirect enum BenchJSON: Equatable, Sendable {
    /// `null`.
    case null
    /// A whole number.
    case int(Int)
    /// A number with a fraction; not-a-number and infinities print as `null`.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([BenchJSON])
    /// An object, keys in order.
    case object([(String, BenchJSON)])

    /// A number, or `null` for `nil`.
    static func optional(_ value: Double?) -> BenchJSON {
        value.map { .number($0) } ?? .null
    }

    /// Compares values, objects key by key in order.
    static func == (lhs: BenchJSON, rhs: BenchJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.int(let left), .int(let right)): left == right
        case (.number(let left), .number(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.array(let left), .array(let right)): left == right
        case (.object(let left), .object(let right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// The value as JSON text, indented by two spaces a level.
    func text(indent: Int = 0) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .int(let value): return String(value)
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .string(let value): return Self.quoted(value)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.text(indent: indent + 1) }.joined(separator: ",\n") + "\n\(outer)]"
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let lines = members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.text(indent: indent + 1))" }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    private static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
