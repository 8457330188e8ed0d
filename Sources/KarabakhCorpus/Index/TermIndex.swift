import Foundation

/// A positional inverted index over the normalised words of every article's text:
/// for each term, the articles that hold it and where. It answers phrase patterns
/// (`text ~ "peace talks"`), prefixes (`negotiat*`), `near`, and gives BM25 its
/// term and document frequencies, without reading any text.
///
/// Postings are kept compressed: for each term, a stream of article gaps and counts
/// and a stream of position gaps, as ``VarInt``s in two shared buffers. A lookup
/// decodes only the terms it needs (``TermPostings``). The same bytes are what a
/// saved corpus stores (``serialized()``), so opening one reads them back as they are.
struct TermIndex: Equatable, Sendable {
    /// Every term's key, sorted: lookups are binary searches.
    let keys: [String]
    /// How many articles hold each term.
    let articleCounts: [Int32]
    /// The last article that holds each term (for appending another index).
    let lastArticles: [Int32]
    /// Where each term's article stream starts in ``articleBytes``; one more entry at the end.
    let articleOffsets: [Int]
    /// Article gaps and per-article counts, term after term.
    let articleBytes: [UInt8]
    /// Where each term's position stream starts in ``positionBytes``; one more entry at the end.
    let positionOffsets: [Int]
    /// Position gaps, restarting at each article, term after term.
    let positionBytes: [UInt8]
    /// The number of words of each article.
    let lengths: [Int32]

    /// Builds the index from each article's terms, in article order.
    init(_ articles: [ArticleTerms]) {
        var builder = Builder()
        for terms in articles { builder.add(terms) }
        self = builder.index()
    }

    /// Builds the index of texts, tokenising them on every core, a batch at a time.
    init(texts: [String]) {
        var builder = Builder()
        for batchStart in stride(from: 0, to: texts.count, by: CorpusExtraction.batchSize) {
            let batch = Array(texts[batchStart..<min(texts.count, batchStart + CorpusExtraction.batchSize)])
            for terms in ParallelMap.map(batch, ArticleTerms.init(text:)) { builder.add(terms) }
        }
        self = builder.index()
    }

    init(
        keys: [String], articleCounts: [Int32], lastArticles: [Int32], articleOffsets: [Int], articleBytes: [UInt8],
        positionOffsets: [Int], positionBytes: [UInt8], lengths: [Int32]
    ) {
        self.keys = keys
        self.articleCounts = articleCounts
        self.lastArticles = lastArticles
        self.articleOffsets = articleOffsets
        self.articleBytes = articleBytes
        self.positionOffsets = positionOffsets
        self.positionBytes = positionBytes
        self.lengths = lengths
    }

    /// Adds articles one after another; `index()` gives the finished index.
    struct Builder {
        private var numbers: [String: Int] = [:]
        private var keys: [String] = []
        private var counts: [Int32] = []
        private var lastArticles: [Int32] = []
        private var articleStreams: [[UInt8]] = []
        private var positionStreams: [[UInt8]] = []
        private var lengths: [Int32] = []

        /// Adds the next article's terms.
        mutating func add(_ terms: ArticleTerms) {
            let article = Int32(lengths.count)
            for (key, positions) in zip(terms.keys, terms.positions) {
                let number: Int
                if let known = numbers[key] {
                    number = known
                } else {
                    number = keys.count
                    numbers[key] = number
                    keys.append(key)
                    counts.append(0)
                    lastArticles.append(0)
                    articleStreams.append([])
                    positionStreams.append([])
                }
                let gap = counts[number] == 0 ? article : article - lastArticles[number]
                VarInt.append(UInt32(gap), to: &articleStreams[number])
                VarInt.append(UInt32(positions.count), to: &articleStreams[number])
                var previous: Int32 = 0
                for position in positions {
                    VarInt.append(UInt32(position - previous), to: &positionStreams[number])
                    previous = position
                }
                counts[number] += 1
                lastArticles[number] = article
            }
            lengths.append(Int32(terms.length))
        }

        /// The index of the articles added so far, terms in key order.
        func index() -> TermIndex {
            let order = keys.indices.sorted { keys[$0] < keys[$1] }
            var articleOffsets = [0]
            var positionOffsets = [0]
            articleOffsets.reserveCapacity(order.count + 1)
            positionOffsets.reserveCapacity(order.count + 1)
            var articleBytes: [UInt8] = []
            var positionBytes: [UInt8] = []
            articleBytes.reserveCapacity(articleStreams.reduce(0) { $0 + $1.count })
            positionBytes.reserveCapacity(positionStreams.reduce(0) { $0 + $1.count })
            for number in order {
                articleBytes += articleStreams[number]
                positionBytes += positionStreams[number]
                articleOffsets.append(articleBytes.count)
                positionOffsets.append(positionBytes.count)
            }
            return TermIndex(
                keys: order.map { keys[$0] }, articleCounts: order.map { counts[$0] },
                lastArticles: order.map { lastArticles[$0] }, articleOffsets: articleOffsets,
                articleBytes: articleBytes, positionOffsets: positionOffsets, positionBytes: positionBytes,
                lengths: lengths)
        }
    }

    /// The number of distinct terms.
    var termCount: Int { keys.count }

    /// The first term whose key is not below `key`.
    private func firstTerm(atLeast key: String) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The terms of a pattern word: the one with its key, or every term a `*` word begins.
    func terms(for word: PhrasePattern.Word) -> Range<Int> {
        let first = firstTerm(atLeast: word.key)
        guard word.isPrefix else {
            return first < keys.count && keys[first] == word.key ? first..<(first + 1) : first..<first
        }
        var end = first
        while end < keys.count, keys[end].hasPrefix(word.key) { end += 1 }
        return first..<end
    }

    /// How many articles hold some term of a pattern word, counting an article once
    /// per term (an estimate for prefixes).
    func articleCount(for word: PhrasePattern.Word) -> Int {
        terms(for: word).reduce(0) { $0 + Int(articleCounts[$1]) }
    }

    /// The articles that hold a term, ascending.
    func articles(ofTerm term: Int) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(Int(articleCounts[term]))
        articleBytes.withUnsafeBufferPointer { bytes in
            var offset = articleOffsets[term]
            var article: Int32 = 0
            for index in 0..<Int(articleCounts[term]) {
                let gap = Int32(VarInt.read(bytes, &offset))
                article = index == 0 ? gap : article + gap
                _ = VarInt.read(bytes, &offset)
                result.append(article)
            }
        }
        return result
    }

    /// A term's postings decoded: its articles and, in each, its positions.
    func postings(ofTerm term: Int) -> TermPostings {
        var postings = TermPostings()
        let count = Int(articleCounts[term])
        postings.articles.reserveCapacity(count)
        postings.offsets.reserveCapacity(count + 1)
        articleBytes.withUnsafeBufferPointer { articleStream in
            positionBytes.withUnsafeBufferPointer { positionStream in
                var articleOffset = articleOffsets[term]
                var positionOffset = positionOffsets[term]
                var article: Int32 = 0
                for index in 0..<count {
                    let gap = Int32(VarInt.read(articleStream, &articleOffset))
                    article = index == 0 ? gap : article + gap
                    let frequency = Int(VarInt.read(articleStream, &articleOffset))
                    postings.articles.append(article)
                    var position: Int32 = 0
                    for _ in 0..<frequency {
                        position += Int32(VarInt.read(positionStream, &positionOffset))
                        postings.positions.append(position)
                    }
                    postings.offsets.append(Int32(postings.positions.count))
                }
            }
        }
        return postings
    }

    /// The decoded postings of a pattern word's terms.
    func postings(for word: PhrasePattern.Word) -> [TermPostings] {
        terms(for: word).map(postings(ofTerm:))
    }

    /// The articles that hold any term of a pattern word.
    func articles(for word: PhrasePattern.Word) -> ArticleSet {
        let terms = terms(for: word)
        if terms.count == 1 { return ArticleSet(sorted: articles(ofTerm: terms.lowerBound)) }
        return ArticleSet(unsorted: terms.flatMap(articles(ofTerm:)))
    }

    /// The articles in whose text a phrase pattern occurs, as `~` finds it.
    func articles(matching pattern: PhrasePattern) -> ArticleSet {
        guard !pattern.isEmpty else { return ArticleSet(sorted: []) }
        if pattern.words.count == 1 { return articles(for: pattern.words[0]) }
        let exact = pattern.words.map { terms(for: $0) }
        if pattern.words.allSatisfy({ !$0.isPrefix }) {
            guard exact.allSatisfy({ $0.count == 1 }) else { return ArticleSet(sorted: []) }
            return phraseArticles(exact.map(\.lowerBound))
        }
        // Rarest word first: its articles are the candidates.
        var candidates: ArticleSet?
        let words = pattern.words.sorted { articleCount(for: $0) < articleCount(for: $1) }
        for word in words {
            let articles = articles(for: word)
            candidates = candidates.map { $0.intersection(articles) } ?? articles
            if candidates?.count == 0 { return ArticleSet(sorted: []) }
        }
        guard let candidates else { return ArticleSet(sorted: []) }
        let lists = pattern.words.map(postings(for:))
        var cursors = lists.map { [Int](repeating: 0, count: $0.count) }
        return candidates.filter { article in
            let positions = lists.indices.map { word in
                self.positions(of: article, in: lists[word], cursors: &cursors[word])
            }
            return Self.consecutive(positions)
        }
    }

    /// The articles in which the terms stand one after another. The rarest term's
    /// cursor leads; the others catch up with it, each stream read once, front to
    /// back (``TermCursor``); positions are decoded only where all terms meet, into
    /// one buffer reused from article to article.
    private func phraseArticles(_ terms: [Int]) -> ArticleSet {
        var cursors = terms.map { TermCursor(term: $0, in: self) }
        let lead = terms.indices.min { articleCounts[terms[$0]] < articleCounts[terms[$1]] }!
        let words = terms.count
        // Word `i`'s positions in the current article are `flat[bounds[i]..<bounds[i + 1]]`;
        // `bounds[words + 1...]` is room for the matching's own cursors.
        let bounds = UnsafeMutablePointer<Int>.allocate(capacity: 2 * words + 1)
        defer { bounds.deallocate() }
        var capacity = 256
        var flat = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        defer { flat.deallocate() }
        var found: [Int32] = []
        articleBytes.withUnsafeBufferPointer { articles in
            positionBytes.withUnsafeBufferPointer { positions in
                cursors.withUnsafeMutableBufferPointer { cursors in
                    candidates: while true {
                        cursors[lead].step(articles: articles, positions: positions)
                        if cursors[lead].isExhausted { return }
                        let article = cursors[lead].article
                        for word in cursors.indices where word != lead {
                            guard cursors[word].advance(to: article, articles: articles, positions: positions) else {
                                if cursors[word].isExhausted { return }
                                continue candidates
                            }
                        }
                        var needed = 0
                        for word in 0..<words { needed += cursors[word].frequency }
                        if needed > capacity {
                            flat.deallocate()
                            capacity = 2 * needed
                            flat = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
                        }
                        var count = 0
                        for word in 0..<words {
                            bounds[word] = count
                            count += cursors[word].readPositions(positions, into: flat + count)
                        }
                        bounds[words] = count
                        if Self.consecutive(flat, bounds: bounds, words: words) { found.append(article) }
                    }
                }
            }
        }
        return ArticleSet(sorted: found)
    }

    /// The word positions of an article in any of the lists, ascending.
    func positions(of article: Int32, in lists: [TermPostings], cursors: inout [Int]) -> [Int32] {
        var found: [Int32] = []
        for (index, list) in lists.enumerated() {
            if let slot = list.slot(of: article, from: &cursors[index]) {
                found.append(contentsOf: list.positions(at: slot))
            }
        }
        if lists.count > 1 { found.sort() }
        return found
    }

    /// Whether some position `p` of the first word has `p + i` among the positions
    /// of word `i`, for every word; word `i`'s positions are
    /// `flat[bounds[i]..<bounds[i + 1]]`, and `bounds` has room for `words` more.
    private static func consecutive(
        _ flat: UnsafePointer<Int32>, bounds: UnsafeMutablePointer<Int>, words: Int
    ) -> Bool {
        let ahead = bounds + words + 1
        for word in 0..<words { ahead[word] = bounds[word] }
        for index in bounds[0]..<bounds[1] {
            let start = flat[index]
            var all = true
            for word in 1..<words {
                let wanted = start + Int32(word)
                let end = bounds[word + 1]
                while ahead[word] < end, flat[ahead[word]] < wanted { ahead[word] += 1 }
                if ahead[word] == end { return false }
                if flat[ahead[word]] != wanted {
                    all = false
                    break
                }
            }
            if all { return true }
        }
        return false
    }

    /// Whether some position `p` of the first word has `p + i` among the positions
    /// of word `i`, for every word: the words stand one after another.
    static func consecutive(_ positions: [[Int32]]) -> Bool {
        guard let first = positions.first else { return false }
        var cursors = [Int](repeating: 0, count: positions.count)
        for start in first {
            var all = true
            for word in 1..<positions.count {
                let wanted = start + Int32(word)
                let list = positions[word]
                while cursors[word] < list.count, list[cursors[word]] < wanted { cursors[word] += 1 }
                if cursors[word] == list.count { return false }
                if list[cursors[word]] != wanted {
                    all = false
                    break
                }
            }
            if all { return true }
        }
        return false
    }

    /// The articles of a selection that hold any of the words, most relevant first by
    /// BM25 (k1 = 1.2, b = 0.75) within the selection, with their scores: what `rank`
    /// gives, from postings alone. Words with the same key count together, as
    /// `rank` counts them.
    /// With `top`, only the `top` best are given (the rest are never sorted).
    func rank(_ pattern: PhrasePattern, among selection: ArticleSet, top: Int? = nil) -> [(
        article: Int32, score: Double
    )] {
        let count = Double(max(1, selection.count))
        let everything = selection.count == lengths.count
        var inSelection = [Bool](repeating: everything, count: lengths.count)
        var totalLength = 0
        if everything {
            totalLength = lengths.reduce(0) { $0 + Int($1) }
        } else {
            for position in selection.positions {
                inSelection[Int(position)] = true
                totalLength += Int(lengths[Int(position)])
            }
        }
        let averageLength = max(1, Double(totalLength) / count)
        var keys: [String] = []
        var terms: [String: [Int]] = [:]
        for word in pattern.words {
            if terms[word.key] == nil { keys.append(word.key) }
            terms[word.key, default: []] += Array(self.terms(for: word))
        }
        var scores = [Double](repeating: 0, count: lengths.count)
        var frequencies = [Int32](repeating: 0, count: lengths.count)
        var touched: [Int32] = []
        for key in keys {
            var holding: [Int32] = []
            articleBytes.withUnsafeBufferPointer { bytes in
                for term in terms[key] ?? [] {
                    var offset = articleOffsets[term]
                    var article: Int32 = 0
                    for index in 0..<Int(articleCounts[term]) {
                        let gap = Int32(VarInt.read(bytes, &offset))
                        article = index == 0 ? gap : article + gap
                        let frequency = Int32(VarInt.read(bytes, &offset))
                        guard inSelection[Int(article)] else { continue }
                        if frequencies[Int(article)] == 0 { holding.append(article) }
                        frequencies[Int(article)] += frequency
                    }
                }
            }
            let documents = Double(holding.count)
            let idf = log(1 + (count - documents + 0.5) / (documents + 0.5))
            for article in holding {
                if scores[Int(article)] == 0 { touched.append(article) }
                let tf = Double(frequencies[Int(article)])
                let length = Double(lengths[Int(article)])
                scores[Int(article)] += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
                frequencies[Int(article)] = 0
            }
        }
        let before: ((article: Int32, score: Double), (article: Int32, score: Double)) -> Bool = {
            ($0.score, -$0.article) > ($1.score, -$1.article)
        }
        let all = touched.map { (article: $0, score: scores[Int($0)]) }
        guard let top, top < all.count / 8 else { return all.sorted(by: before) }
        // The best `top`, kept sorted as the scores go by.
        var best: [(article: Int32, score: Double)] = []
        best.reserveCapacity(top + 1)
        for candidate in all {
            if best.count == top, let last = best.last, !before(candidate, last) { continue }
            let slot = best.firstIndex { before(candidate, $0) } ?? best.count
            best.insert(candidate, at: slot)
            if best.count > top { best.removeLast() }
        }
        return best
    }
}
