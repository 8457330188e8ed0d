extension TermIndex {
    /// Where a phrase pattern occurs in some articles, from the postings alone: for
    /// each article `nextArticle` gives (ascending, until `nil`) that holds it, the word position of
    /// each match's first word, left to right and not overlapping, just as
    /// ``PhrasePattern/matches(in:)`` finds them in the article's words. Calls `body`
    /// with each such article and its starts while `body` returns true.
    ///
    /// Each term's stream is read once, front to back, and only as far as the last
    /// article asked about, and articles are asked for one at a time: `kwic` with a
    /// `take` looks at no more articles than it prints from.
    func forEachMatch(
        of pattern: PhrasePattern, in nextArticle: () -> Int32?,
        _ body: (_ article: Int32, _ starts: [Int32]) -> Bool
    ) {
        let wordTerms = pattern.words.map { terms(for: $0) }
        guard !wordTerms.isEmpty, wordTerms.allSatisfy({ !$0.isEmpty }) else { return }
        var cursors = wordTerms.map { $0.map { TermCursor(term: $0, in: self) } }
        var positions = [[Int32]](repeating: [], count: wordTerms.count)
        let length = Int32(wordTerms.count)
        articleBytes.withUnsafeBufferPointer { articleStream in
            positionBytes.withUnsafeBufferPointer { positionStream in
                candidates: while let article = nextArticle() {
                    for word in cursors.indices {
                        positions[word].removeAll(keepingCapacity: true)
                        for term in cursors[word].indices
                        where cursors[word][term].advance(
                            to: article, articles: articleStream, positions: positionStream)
                        {
                            cursors[word][term].appendPositions(positionStream, to: &positions[word])
                        }
                        if positions[word].isEmpty { continue candidates }
                        // A prefix word's terms each give their positions: merge them.
                        if cursors[word].count > 1 { positions[word].sort() }
                    }
                    let starts = Self.matchStarts(positions, length: length)
                    if !starts.isEmpty, !body(article, starts) { return }
                }
            }
        }
    }

    /// The starts `p` of the first word's positions with `p + i` among word `i`'s, for
    /// every word, taken left to right without overlapping.
    private static func matchStarts(_ positions: [[Int32]], length: Int32) -> [Int32] {
        var starts: [Int32] = []
        var ahead = [Int](repeating: 0, count: positions.count)
        var allowed: Int32 = 0
        next: for start in positions[0] where start >= allowed {
            for word in 1..<positions.count {
                let wanted = start + Int32(word)
                let list = positions[word]
                while ahead[word] < list.count, list[ahead[word]] < wanted { ahead[word] += 1 }
                guard ahead[word] < list.count else { break next }
                if list[ahead[word]] != wanted { continue next }
            }
            starts.append(start)
            allowed = start + length
        }
        return starts
    }
}
