/// What one side answered to a ``BenchQuery``, reduced to what both sides can agree on.
///
/// For example, `articles | where text ~ "peace talks" | count` answers `.count(214)`;
/// `rank` answers the ids of the articles, best first.
enum BenchAnswer: Equatable, Sendable, CustomStringConvertible {
    /// A number.
    case count(Int)
    /// The counts of `count by`, most frequent first (names may tie differently).
    case groups([Int])
    /// The number of context lines.
    case lines(Int)
    /// Article ids, most relevant first.
    case ranked([String])

    /// The answer in words, for warnings.
    var description: String {
        switch self {
        case .count(let count): "\(count)"
        case .groups(let counts): "counts \(counts)"
        case .lines(let count): "\(count) lines"
        case .ranked(let ids): "\(ids.count) articles"
        }
    }

    /// Whether two answers agree: the same count, the same group counts, the same
    /// number of lines or ranked rows. (Ranked ids are compared by ``overlap(with:)``:
    /// the two sides count words a little differently, so BM25 may order near-ties apart.)
    func agrees(with other: BenchAnswer) -> Bool {
        switch (self, other) {
        case (.ranked(let mine), .ranked(let theirs)): mine.count == theirs.count
        default: self == other
        }
    }

    /// For ranked answers, how many ids both share; `nil` for other answers.
    func overlap(with other: BenchAnswer) -> Int? {
        guard case .ranked(let mine) = self, case .ranked(let theirs) = other else { return nil }
        return Set(mine).intersection(theirs).count
    }
}
