/// What completing the word at the cursor offers: where the word starts and the
/// candidates that replace it.
public struct Completion: Hashable, Sendable {
    /// The character offset in the line where the replaced word starts.
    public var replaceFrom: Int
    /// The candidates, sorted, without duplicates.
    public var candidates: [String]

    /// Creates a completion.
    public init(replaceFrom: Int, candidates: [String]) {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
    }

    /// The longest text all candidates start with (what Tab inserts when several match).
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
