/// Edit distance, for "did you mean" notes and for matching close misspellings of
/// known names (`Nagorno-Karabkh`).
///
/// For example: `EditDistance.closest(to: "cuont", among: ["count", "sort"])` is `"count"`.
public enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and
    /// transpositions of neighbours (`cuont` → `count` is one) that turn one string
    /// into the other, or `nil` once it exceeds `limit`.
    public static func distance(_ a: some StringProtocol, _ b: some StringProtocol, limit: Int = .max) -> Int? {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The candidate closest to `word` within a distance of a third of its length
    /// (at least 1, at most 3), or `nil`.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            guard let distance = distance(word.lowercased(), candidate.lowercased(), limit: limit) else { continue }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }
}
