/// Where one term occurs, decoded from the ``TermIndex``: the articles that hold it,
/// ascending, and in each its word positions, ascending (the n-th word of the
/// article's text counts from 0).
struct TermPostings: Sendable {
    /// The articles, as positions in ``Corpus/articles``, ascending.
    var articles: [Int32] = []
    /// `offsets[k] ..< offsets[k + 1]` are the positions of `articles[k]` in ``positions``.
    var offsets: [Int32] = [0]
    /// Word positions, article by article.
    var positions: [Int32] = []

    /// The positions of the k-th article of the list.
    func positions(at k: Int) -> ArraySlice<Int32> {
        positions[Int(offsets[k])..<Int(offsets[k + 1])]
    }

    /// How often the term occurs in the k-th article of the list.
    func frequency(at k: Int) -> Int {
        Int(offsets[k + 1] - offsets[k])
    }

    /// The slot of an article in ``articles`` at or after `start`, found by galloping,
    /// or `nil` when the term is not in that article; `start` moves past the articles
    /// before it, for walking candidates in ascending order.
    func slot(of article: Int32, from start: inout Int) -> Int? {
        var step = 1
        var high = start
        while high < articles.count, articles[high] < article {
            start = high + 1
            high += step
            step *= 2
        }
        high = min(high, articles.count)
        while start < high {
            let middle = (start + high) / 2
            if articles[middle] < article { start = middle + 1 } else { high = middle }
        }
        return start < articles.count && articles[start] == article ? start : nil
    }
}
