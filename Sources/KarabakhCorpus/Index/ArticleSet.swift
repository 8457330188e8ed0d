/// A set of articles of one corpus, as their positions in ``Corpus/articles``,
/// ascending: what an index lookup gives and what the planner intersects.
///
/// For example, the articles of `articles | where mentions("OSCE") and date in 2020`
/// are the intersection of the OSCE's postings with the articles of 2020.
struct ArticleSet: Hashable, Sendable {
    /// The article positions, ascending, each once.
    private(set) var positions: [Int32]

    /// A set from positions already ascending and unique.
    init(sorted positions: [Int32]) {
        self.positions = positions
    }

    /// A set from positions in any order, repeats allowed.
    init(unsorted positions: [Int32]) {
        var sorted = positions
        sorted.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(sorted.count)
        for position in sorted where unique.last != position { unique.append(position) }
        self.positions = unique
    }

    /// Every article of a corpus of `count` articles.
    static func all(_ count: Int) -> ArticleSet {
        ArticleSet(sorted: (0..<Int32(count)).map { $0 })
    }

    /// The number of articles.
    var count: Int { positions.count }

    /// Whether the set holds an article, by binary search.
    func contains(_ position: Int32) -> Bool {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] == position
    }

    /// The articles in both sets; walks the smaller one and gallops through the larger.
    func intersection(_ other: ArticleSet) -> ArticleSet {
        let (small, large) = count <= other.count ? (positions, other.positions) : (other.positions, positions)
        var result: [Int32] = []
        result.reserveCapacity(small.count)
        var low = 0
        for position in small {
            // Gallop: double the step until past `position`, then search that stretch.
            var step = 1
            var high = low
            while high < large.count, large[high] < position {
                low = high + 1
                high += step
                step *= 2
            }
            high = min(high, large.count)
            while low < high {
                let middle = (low + high) / 2
                if large[middle] < position { low = middle + 1 } else { high = middle }
            }
            if low == large.count { break }
            if large[low] == position { result.append(position) }
        }
        return ArticleSet(sorted: result)
    }

    /// The articles in either set.
    func union(_ other: ArticleSet) -> ArticleSet {
        var result: [Int32] = []
        result.reserveCapacity(count + other.count)
        var (i, j) = (0, 0)
        let (a, b) = (positions, other.positions)
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                result.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return ArticleSet(sorted: result)
    }

    /// The articles of a corpus of `count` articles that are not in the set.
    func complement(in count: Int) -> ArticleSet {
        var result: [Int32] = []
        result.reserveCapacity(max(0, count - self.count))
        var next = 0
        for position in 0..<Int32(count) {
            if next < positions.count, positions[next] == position {
                next += 1
            } else {
                result.append(position)
            }
        }
        return ArticleSet(sorted: result)
    }

    /// The articles that a test keeps, in order.
    func filter(_ isIncluded: (Int32) throws -> Bool) rethrows -> ArticleSet {
        ArticleSet(sorted: try positions.filter(isIncluded))
    }
}
