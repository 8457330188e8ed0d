/// Whether a quote is a whole statement or a few words inside a sentence.
///
/// For example: `quotes | where kind == direct`.
public enum QuoteKind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// One or more whole sentences in quotation marks.
    case direct
    /// A few quoted words inside the reporter's own sentence: described as “irresponsible”.
    case partial

    /// `direct` or `partial`.
    public var description: String { rawValue }
}
