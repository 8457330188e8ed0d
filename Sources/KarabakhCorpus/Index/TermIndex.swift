import Foundation

/// A positional inverted index over the normalised words of every article's text:
/// for each term, the articles that hold it and where. It answers phrase patterns
/// (`text ~ "peace talks"`), prefixes (`negotiat*`), `near`, and gives BM25 its
/// term and document frequencies, without reading any text.
struct TermIndex: Sendable {
    /// Term number by key.
    private let numbers: [String: Int32]
    /// Postings by term number.
    private let postings: [TermPostings]
    /// Every key, sorted, with its number: prefix lookups are a binary search.
    private let sortedKeys: [String]
    private let sortedNumbers: [Int32]
    /// The number of words of each article.
    let lengths: [Int32]

    /// Builds the index from each article's terms, in article order.
    init(_ articles: [ArticleTerms]) {
        var builder = Builder()
        for (position, terms) in articles.enumerated() { builder.add(terms, article: Int32(position)) }
        self = builder.index()
    }

    /// Builds the index of texts, tokenising them on every core, a batch at a time.
    init(texts: [String]) {
        var builder = Builder()
        for batchStart in stride(from: 0, to: texts.count, by: CorpusExtraction.batchSize) {
            let batch = Array(texts[batchStart..<min(texts.count, batchStart + CorpusExtraction.batchSize)])
            for (offset, terms) in ParallelMap.map(batch, ArticleTerms.init(text:)).enumerated() {
                builder.add(terms, article: Int32(batchStart + offset))
            }
        }
        self = builder.index()
    }

    /// This index followed by another's articles: the other's article positions move
    /// past this index's articles.
    func appending(_ other: TermIndex) -> TermIndex {
        var numbers = self.numbers
        var postings = self.postings
        let shift = Int32(lengths.count)
        for (key, number) in other.numbers {
            let added = other.postings[Int(number)]
            let target: Int
            if let known = numbers[key] {
                target = Int(known)
            } else {
                target = postings.count
                numbers[key] = Int32(target)
                postings.append(TermPostings())
            }
            for slot in added.articles.indices {
                postings[target].append(
                    article: added.articles[slot] + shift, positions: Array(added.positions(at: slot)))
            }
        }
        return TermIndex(numbers: numbers, postings: postings, lengths: lengths + other.lengths)
    }

    private init(numbers: [String: Int32], postings: [TermPostings], lengths: [Int32]) {
        self.numbers = numbers
        self.postings = postings
        self.lengths = lengths
        let sorted = numbers.sorted { $0.key < $1.key }
        sortedKeys = sorted.map(\.key)
        sortedNumbers = sorted.map(\.value)
    }

    /// Adds articles one after another; `index()` gives the finished index.
    struct Builder {
        private var numbers: [String: Int32] = [:]
        private var postings: [TermPostings] = []
        private var lengths: [Int32] = []

        /// Adds the next article's terms; articles must come in corpus order.
        mutating func add(_ terms: ArticleTerms, article: Int32) {
            for (key, positions) in zip(terms.keys, terms.positions) {
                let number: Int32
                if let known = numbers[key] {
                    number = known
                } else {
                    number = Int32(postings.count)
                    numbers[key] = number
                    postings.append(TermPostings())
                }
                postings[Int(number)].append(article: article, positions: positions)
            }
            lengths.append(Int32(terms.length))
        }

        /// The index of the articles added so far.
        func index() -> TermIndex {
            TermIndex(numbers: numbers, postings: postings, lengths: lengths)
        }
    }

    /// The number of distinct terms.
    var termCount: Int { postings.count }

    /// The postings of a pattern word: one term's, or every term's that a `*` word begins.
    func postings(for word: PhrasePattern.Word) -> [TermPostings] {
        guard word.isPrefix else { return numbers[word.key].map { [postings[Int($0)]] } ?? [] }
        var low = 0
        var high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle] < word.key { low = middle + 1 } else { high = middle }
        }
        var found: [TermPostings] = []
        while low < sortedKeys.count, sortedKeys[low].hasPrefix(word.key) {
            found.append(postings[Int(sortedNumbers[low])])
            low += 1
        }
        return found
    }

    /// The articles that hold any of the postings' terms.
    static func articles(_ lists: [TermPostings]) -> ArticleSet {
        guard let first = lists.first else { return ArticleSet(sorted: []) }
        if lists.count == 1 { return ArticleSet(sorted: first.articles) }
        return ArticleSet(unsorted: lists.flatMap(\.articles))
    }

    /// The articles in whose text a phrase pattern occurs, as `~` finds it.
    func articles(matching pattern: PhrasePattern) -> ArticleSet {
        guard !pattern.isEmpty else { return ArticleSet(sorted: []) }
        let lists = pattern.words.map(postings(for:))
        // Rarest word first: its articles are the candidates.
        var candidates: ArticleSet?
        for articles in lists.map(Self.articles).sorted(by: { $0.count < $1.count }) {
            candidates = candidates.map { $0.intersection(articles) } ?? articles
            if candidates?.count == 0 { return ArticleSet(sorted: []) }
        }
        guard let candidates, lists.count > 1 else { return candidates ?? ArticleSet(sorted: []) }
        var cursors = lists.map { [Int](repeating: 0, count: $0.count) }
        return candidates.filter { article in
            let positions = lists.indices.map { word in
                self.positions(of: article, in: lists[word], cursors: &cursors[word])
            }
            return Self.consecutive(positions)
        }
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
    func rank(_ pattern: PhrasePattern, among selection: ArticleSet) -> [(article: Int32, score: Double)] {
        let count = Double(max(1, selection.count))
        var inSelection = [Bool](repeating: selection.count == lengths.count, count: lengths.count)
        var totalLength = 0
        if selection.count == lengths.count {
            totalLength = lengths.reduce(0) { $0 + Int($1) }
        } else {
            for position in selection.positions {
                inSelection[Int(position)] = true
                totalLength += Int(lengths[Int(position)])
            }
        }
        let averageLength = max(1, Double(totalLength) / count)
        var keys: [String] = []
        var lists: [String: [TermPostings]] = [:]
        for word in pattern.words {
            if lists[word.key] == nil { keys.append(word.key) }
            lists[word.key, default: []] += postings(for: word)
        }
        var scores = [Double](repeating: 0, count: lengths.count)
        var touched: [Int32] = []
        for key in keys {
            var frequencies: [Int32: Int] = [:]
            for list in lists[key] ?? [] {
                for slot in list.articles.indices where inSelection[Int(list.articles[slot])] {
                    frequencies[list.articles[slot], default: 0] += list.frequency(at: slot)
                }
            }
            let documents = Double(frequencies.count)
            let idf = log(1 + (count - documents + 0.5) / (documents + 0.5))
            for (article, frequency) in frequencies {
                if scores[Int(article)] == 0 { touched.append(article) }
                let tf = Double(frequency)
                let length = Double(lengths[Int(article)])
                scores[Int(article)] += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
            }
        }
        return touched.map { (article: $0, score: scores[Int($0)]) }.sorted {
            ($0.score, -$0.article) > ($1.score, -$1.article)
        }
    }
}
