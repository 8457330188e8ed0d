/// A line-by-line comparison of two texts, for failure messages that show where
/// an expected rendering and an actual one part.
///
/// For example: `TextDiff(expected: "a\nb", actual: "a\nc").description` is
/// ```
///   a
/// - b
/// + c
/// ```
public struct TextDiff: CustomStringConvertible, Sendable {
    /// The expected text.
    public let expected: String
    /// The actual text.
    public let actual: String

    /// Compares two texts.
    public init(expected: String, actual: String) {
        self.expected = expected
        self.actual = actual
    }

    /// Whether the texts are equal.
    public var isEmpty: Bool { expected == actual }

    /// The lines of both texts, marked `-` where only the expected text has them and
    /// `+` where only the actual text has them, from a longest common subsequence.
    public var description: String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var lines: [String] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append("  " + old[i])
                i += 1
                j += 1
            } else if j < new.count, i == old.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                lines.append("+ " + new[j])
                j += 1
            } else {
                lines.append("- " + old[i])
                i += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
