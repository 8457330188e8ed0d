import Foundation

/// The text-analysis stages: `kwic`, `collocates`, `timeline` and `rank`.
enum TextStages {
    static let kwicColumns = [
        Column("article", .string), Column("left", .string), Column("match", .string), Column("right", .string),
    ]
    static let collocateColumns = [
        Column("word", .string), Column("count", .int), Column("frequency", .int), Column("logdice", .decimal),
        Column("mi", .decimal),
    ]
    static let timelineColumns = [Column("period", .string), Column("count", .int)]

    /// The most words a window or a distance counts: more than any text holds, and
    /// small enough that adding it to a word's position cannot overflow.
    static let mostWords = Int(Int32.max)

    /// A window as written (5 when it is not), kept between `least` and ``mostWords``.
    static func wordCount(_ window: Int?, least: Int) -> Int {
        min(max(least, window ?? 5), mostWords)
    }

    /// A row per match with `article` (its id), `left`, `match`, `right` (`window`
    /// words each side, 5 by default).
    /// With a `limit` it stops after that many rows. With `index`, articles in
    /// corpus order are read through it (``indexedKwic(_:phrase:width:limit:corpus:index:stop:)``).
    static func kwic(
        _ rows: [QueryValue], pattern: String, window: Int?, limit: Int? = nil, corpus: Corpus,
        index: TermIndex? = nil, stop: () -> Bool = { false }
    ) -> [QueryValue] {
        let phrase = PhrasePattern(pattern)
        let width = wordCount(window, least: 0)
        if let index,
            let result = indexedKwic(
                rows, phrase: phrase, width: width, limit: limit, corpus: corpus, index: index, stop: stop)
        {
            return result
        }
        var result: [QueryValue] = []
        for row in rows {
            if let limit, result.count >= limit { break }
            if stop() { break }
            guard let text = row.text(in: corpus) else { continue }
            let words = TextWords(text)
            let id = row.owningArticle?.id ?? ""
            for match in phrase.matches(in: words) {
                let left = max(0, match.lowerBound - width)..<match.lowerBound
                let right = match.upperBound..<min(words.keys.count, match.upperBound + width)
                result.append(
                    .record(
                        kwicColumns.map(\.name),
                        [
                            .string(id), .string(words.text(left)), .string(words.text(match)),
                            .string(words.text(right)),
                        ]))
            }
        }
        return result
    }

    /// `kwic` over article rows in corpus order, through the term index; `nil` when
    /// the rows are not such articles.
    private static func indexedKwic(
        _ rows: [QueryValue], phrase: PhrasePattern, width: Int, limit: Int?, corpus: Corpus, index: TermIndex,
        stop: () -> Bool
    ) -> [QueryValue]? {
        // Rows are asked for one at a time; one that is not an article of the corpus
        // in corpus order sends the whole stage back to reading texts.
        var row = -1
        var previous: Int32 = -1
        var inOrder = true
        let result = indexedKwic(phrase: phrase, width: width, limit: limit, index: index, stop: stop) {
            row += 1
            guard row < rows.count else { return nil }
            guard case .article(let article) = rows[row], let position = corpus.position(ofArticle: article.id),
                Int32(position) > previous
            else {
                inOrder = false
                return nil
            }
            previous = Int32(position)
            return (previous, article)
        }
        return inOrder ? result : nil
    }

    /// `kwic` over a set of the corpus's articles, through the term index: what
    /// ``kwic(_:pattern:window:limit:corpus:index:stop:)`` gives for their rows.
    static func kwic(
        _ articles: ArticleSet, pattern: PhrasePattern, window: Int?, limit: Int?, corpus: Corpus,
        index: TermIndex, stop: () -> Bool = { false }
    ) -> [QueryValue] {
        var next = 0
        let positions = articles.positions
        return indexedKwic(phrase: pattern, width: wordCount(window, least: 0), limit: limit, index: index, stop: stop)
        {
            guard next < positions.count else { return nil }
            next += 1
            return (positions[next - 1], corpus.articles[Int(positions[next - 1])])
        }
    }

    /// `kwic` over articles given one at a time in corpus order (with their
    /// positions): the term index says where the phrase starts in each, and only
    /// the words up to the last match's right context are found in the text.
    private static func indexedKwic(
        phrase: PhrasePattern, width: Int, limit: Int?, index: TermIndex, stop: () -> Bool,
        articles nextArticle: () -> (position: Int32, article: Article)?
    ) -> [QueryValue] {
        var article: Article?
        var result: [QueryValue] = []
        let length = phrase.words.count
        let names = kwicColumns.map(\.name)
        let next: () -> Int32? = {
            guard let (position, next) = nextArticle() else { return nil }
            article = next
            return position
        }
        index.forEachMatch(of: phrase, in: next) { _, starts in
            guard let article, !stop() else { return false }
            let needed = Int(starts.last!) + length + width
            var text = article.text
            text.withUTF8 { bytes in
                var words: [Range<Int>] = []
                // A word takes a byte and a space at least: a wide window reserves no more.
                words.reserveCapacity(min(needed, bytes.count / 2 + 1))
                WordScanner.scan(bytes) { word in
                    words.append(word.bytes)
                    return words.count < needed
                }
                func joined(_ range: Range<Int>) -> String {
                    let range = range.clamped(to: 0..<words.count)
                    guard let first = range.first else { return "" }
                    var line = String(decoding: UnsafeBufferPointer(rebasing: bytes[words[first]]), as: UTF8.self)
                    for word in range.dropFirst() {
                        line += " "
                        line += String(decoding: UnsafeBufferPointer(rebasing: bytes[words[word]]), as: UTF8.self)
                    }
                    return line
                }
                for start in starts.map(Int.init) {
                    result.append(
                        .record(
                            names,
                            [
                                .string(article.id), .string(joined(max(0, start - width)..<start)),
                                .string(joined(start..<(start + length))),
                                .string(joined((start + length)..<(start + length + width))),
                            ]))
                }
            }
            if let limit, result.count >= limit { return false }
            return true
        }
        return result
    }

    /// A row per word found within `window` words (5 by default) of a match, with
    /// `count` (co-occurrences), `frequency` (in the whole selection), `logdice` and
    /// `mi`, strongest first.
    static func collocates(
        _ rows: [QueryValue], pattern: String, window: Int?, corpus: Corpus, stop: () -> Bool = { false }
    ) -> [QueryValue] {
        let phrase = PhrasePattern(pattern)
        let width = wordCount(window, least: 1)
        var frequency: [String: Int] = [:]
        var together: [String: Int] = [:]
        var total = 0
        var matches = 0
        for row in rows {
            if stop() { break }
            guard let text = row.text(in: corpus) else { continue }
            let words = TextWords(text)
            total += words.keys.count
            for key in words.keys { frequency[key, default: 0] += 1 }
            for match in phrase.matches(in: words) {
                matches += 1
                let around =
                    Array(max(0, match.lowerBound - width)..<match.lowerBound)
                    + Array(match.upperBound..<min(words.keys.count, match.upperBound + width))
                for index in around { together[words.keys[index], default: 0] += 1 }
            }
        }
        guard matches > 0 else { return [] }
        let scored = together.map { word, count -> (String, Int, Int, Double, Double) in
            let wordFrequency = frequency[word] ?? count
            let logDice = 14 + log2(2 * Double(count) / Double(matches + wordFrequency))
            let mi = log2(Double(count) * Double(total) / (Double(matches) * Double(wordFrequency)))
            return (word, count, wordFrequency, logDice, mi)
        }
        return scored.sorted { ($0.3, $0.1, $1.0) > ($1.3, $1.1, $0.0) }.map {
            .record(
                collocateColumns.map(\.name), [.string($0.0), .int($0.1), .int($0.2), .decimal($0.3), .decimal($0.4)])
        }
    }

    /// A row per period from the first dated row to the last, with the number of rows
    /// in it, zeros included.
    static func timeline(_ rows: [QueryValue], by period: TimelinePeriod, corpus: Corpus) -> [QueryValue] {
        let days = rows.compactMap { row -> Day? in
            if case .day(let day) = row.field("date", in: corpus) ?? .null { return day }
            if case .day(let day) = row.owningArticle.flatMap({ $0.date.map(QueryValue.day) }) ?? .null { return day }
            return nil
        }
        guard let first = days.min(), let last = days.max() else { return [] }
        var counts: [String: Int] = [:]
        for day in days { counts[PeriodKey.label(day, period), default: 0] += 1 }
        return PeriodKey.labels(from: first, to: last, period).map {
            .record(timelineColumns.map(\.name), [.string($0), .int(counts[$0] ?? 0)])
        }
    }

    /// The rows that contain any of the words, most relevant first by BM25
    /// (k1 = 1.2, b = 0.75), each with its score.
    static func rank(_ rows: [QueryValue], words: String, corpus: Corpus, stop: () -> Bool = { false })
        -> [QueryValue]
    {
        let terms = PhrasePattern(words).words
        var texts: [TextWords] = []
        for row in rows {
            if stop() { return [] }
            texts.append(TextWords(row.text(in: corpus) ?? ""))
        }
        let count = Double(max(1, texts.count))
        let averageLength = max(1, Double(texts.reduce(0) { $0 + $1.keys.count }) / count)
        var documentFrequency: [String: Int] = [:]
        var termCounts: [[String: Int]] = []
        for text in texts {
            var counts: [String: Int] = [:]
            for key in text.keys {
                for term in terms where term.isPrefix ? key.hasPrefix(term.key) : key == term.key {
                    counts[term.key, default: 0] += 1
                }
            }
            for term in counts.keys { documentFrequency[term, default: 0] += 1 }
            termCounts.append(counts)
        }
        // Terms add up in the pattern's order, so that a score is the same every run.
        var keys: [String] = []
        for term in terms where !keys.contains(term.key) { keys.append(term.key) }
        var scored: [(Int, Double)] = []
        for (index, counts) in termCounts.enumerated() where !counts.isEmpty {
            let length = Double(texts[index].keys.count)
            var score = 0.0
            for term in keys {
                guard let frequency = counts[term] else { continue }
                let documents = Double(documentFrequency[term] ?? 0)
                let idf = log(1 + (count - documents + 0.5) / (documents + 0.5))
                let tf = Double(frequency)
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
            }
            scored.append((index, score))
        }
        return scored.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.map { .scored(rows[$0.0], $0.1) }
    }
}

/// Labels of timeline periods: `2020-03-30`, `2020-W14`, `2020-03`, `2020`.
enum PeriodKey {
    static func label(_ day: Day, _ period: TimelinePeriod) -> String {
        switch period {
        case .day: return day.description
        case .month: return String(day.description.prefix(7))
        case .year: return String(day.year)
        case .week:
            let (year, week) = isoWeek(day)
            return "\(year)-W\(week < 10 ? "0" : "")\(week)"
        }
    }

    static func labels(from first: Day, to last: Day, _ period: TimelinePeriod) -> [String] {
        var labels: [String] = []
        var day = first
        while day <= last {
            let label = label(day, period)
            if labels.last != label { labels.append(label) }
            day = next(day)
        }
        return labels
    }

    private static func next(_ day: Day) -> Day {
        if day.day < Day.daysIn(month: day.month, year: day.year) { return Day(day.year, day.month, day.day + 1) }
        if day.month < 12 { return Day(day.year, day.month + 1, 1) }
        return Day(day.year + 1, 1, 1)
    }

    /// Days since 0001-01-01, for weekdays.
    private static func ordinal(_ day: Day) -> Int {
        let y = day.year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for month in 1..<day.month { days += Day.daysIn(month: month, year: day.year) }
        return days + day.day - 1
    }

    /// The ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ day: Day) -> (Int, Int) {
        let weekday = ordinal(day) % 7 + 1  // 0001-01-01 was a Monday: 1 = Monday … 7 = Sunday
        let dayOfYear = ordinal(day) - ordinal(Day(day.year, 1, 1)) + 1
        var week = (dayOfYear - weekday + 10) / 7
        var year = day.year
        if week < 1 {
            year -= 1
            week = weeks(in: year)
        } else if week > weeks(in: year) {
            year += 1
            week = 1
        }
        return (year, week)
    }

    private static func weeks(in year: Int) -> Int {
        let jan1 = ordinal(Day(year, 1, 1)) % 7 + 1
        return jan1 == 4 || (jan1 == 3 && Day.isLeap(year)) ? 53 : 52
    }
}
