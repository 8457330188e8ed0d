/// Levenshtein distance, for "did you mean" notes and for matching close misspellings
/// of known names (`Nagorno-Karabkh`).
enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that
    /// turn one string into the other, or `nil` once it exceeds `limit`.
    static func distance(_ a: some StringProtocol, _ b: some StringProtocol, limit: Int = .max) -> Int? {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The candidate closest to `word` within a distance of a third of its length
    /// (at least 1, at most 3), or `nil`.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            guard let distance = distance(word.lowercased(), candidate.lowercased(), limit: limit) else { continue }
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }
}
