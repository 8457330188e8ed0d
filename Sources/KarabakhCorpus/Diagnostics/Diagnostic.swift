/// A problem found in query text, with where it is and how to fix it.
///
/// Rendered by ``DiagnosticRenderer`` as SPEC §11 shows:
///
/// ```
/// <repl>:1:18: error: articles have no field 'dat'
/// articles | where dat > 2020-01-01
///                  ^~~
/// note: did you mean 'date'?
/// ```
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Hashable, Sendable {
        /// The query cannot run.
        case error
        /// The query runs, but probably not as meant.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// A stable identifier of the kind of problem: `unknown-field`, `type-mismatch`.
    public var id: String
    /// The message, lower-case, names in quotes: `articles have no field 'dat'`.
    public var message: String
    /// The culprit's place in the text.
    public var range: SourceRange
    /// Notes after the caret line: `did you mean 'date'?`.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, id: String, message: String, range: SourceRange, notes: [String] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// `LINE:COLUMN: error: message`.
    public var description: String { "\(range.start): \(severity.rawValue): \(message)" }

    /// Diagnostics are equal when they say the same thing about the same place
    /// (unlike tree nodes, their ranges count).
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.id == rhs.id && lhs.message == rhs.message && lhs.notes == rhs.notes
            && lhs.range.start == rhs.range.start && lhs.range.end == rhs.range.end
    }

    /// Hashes what equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(message)
        hasher.combine(range.start)
    }
}
