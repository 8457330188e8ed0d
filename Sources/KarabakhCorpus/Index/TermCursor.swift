/// A reader that walks one term's postings in the ``TermIndex`` streams article by
/// article, decoding positions only for the articles asked about: a phrase query
/// reads each of its terms' streams once, front to back, and allocates nothing per
/// article it skips.
struct TermCursor {
    private var articleOffset: Int
    private var positionOffset: Int
    private var remaining: Int
    private var positionsRead = true
    /// The article the cursor stands on; meaningful while ``isExhausted`` is false.
    private(set) var article: Int32 = -1
    /// How often the term occurs in ``article``.
    private(set) var frequency = 0
    /// Whether the cursor went past the term's last article.
    private(set) var isExhausted = false

    /// A cursor before the first article of a term.
    init(term: Int, in index: TermIndex) {
        articleOffset = index.articleOffsets[term]
        positionOffset = index.positionOffsets[term]
        remaining = Int(index.articleCounts[term])
    }

    /// Moves to the first article at or after `target`; returns whether it is `target`.
    mutating func advance(
        to target: Int32, articles: UnsafeBufferPointer<UInt8>, positions: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        while !isExhausted, article < target { step(articles: articles, positions: positions) }
        return !isExhausted && article == target
    }

    /// Moves to the next article.
    mutating func step(articles: UnsafeBufferPointer<UInt8>, positions: UnsafeBufferPointer<UInt8>) {
        if !positionsRead { skipPositions(positions) }
        guard remaining > 0 else {
            isExhausted = true
            return
        }
        let gap = Int32(VarInt.read(articles, &articleOffset))
        article = article < 0 ? gap : article + gap
        frequency = Int(VarInt.read(articles, &articleOffset))
        remaining -= 1
        positionsRead = false
    }

    /// Appends the positions of the term in the current article, ascending, to `buffer`.
    mutating func appendPositions(_ positions: UnsafeBufferPointer<UInt8>, to buffer: inout [Int32]) {
        var position: Int32 = 0
        for _ in 0..<frequency {
            position += Int32(VarInt.read(positions, &positionOffset))
            buffer.append(position)
        }
        positionsRead = true
    }

    /// Writes the positions of the term in the current article, ascending, from
    /// `buffer` on (room for ``frequency`` of them); returns how many it wrote.
    mutating func readPositions(_ positions: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutablePointer<Int32>)
        -> Int
    {
        var position: Int32 = 0
        for index in 0..<frequency {
            position += Int32(VarInt.read(positions, &positionOffset))
            buffer[index] = position
        }
        positionsRead = true
        return frequency
    }

    /// Steps over the current article's positions without decoding them.
    private mutating func skipPositions(_ positions: UnsafeBufferPointer<UInt8>) {
        var left = frequency
        while left > 0 {
            if positions[positionOffset] < 0x80 { left -= 1 }
            positionOffset += 1
        }
        positionsRead = true
    }
}
