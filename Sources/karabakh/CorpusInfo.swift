import KarabakhCorpus

/// The report `karabakh info` prints: counts, date range, sources, skipped files.
struct CorpusInfo {
    let corpus: Corpus

    init(_ corpus: Corpus) {
        self.corpus = corpus
    }

    var rendered: String {
        let articles = corpus.articles
        let dates = articles.compactMap(\.date).sorted()
        let undated = articles.count - dates.count
        var rows: [(String, String)] = [
            ("articles", grouped(articles.count)),
            ("words", grouped(articles.reduce(0) { $0 + $1.words })),
        ]
        if let first = dates.first, let last = dates.last {
            rows.append(("dates", "\(first) to \(last)" + (undated > 0 ? " (\(grouped(undated)) undated)" : "")))
        } else {
            rows.append(("dates", "none"))
        }
        var counts: [String: Int] = [:]
        for article in articles { counts[article.source ?? "(none)", default: 0] += 1 }
        let sources = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key) \(grouped($0.value))" }
        rows.append(("sources", sources.isEmpty ? "none" : sources.joined(separator: ", ")))
        let summary = corpus.summary
        let skipped = summary.skipped.map { "\(grouped($0.count)) \($0.category)" }
        rows.append(
            (
                "skipped",
                grouped(summary.skippedCount) + (skipped.isEmpty ? "" : " (" + skipped.joined(separator: ", ") + ")")
            ))
        if summary.ignoredCount > 0 { rows.append(("ignored", "\(grouped(summary.ignoredCount)) sidecar")) }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
            .joined(separator: "\n")
    }

    private func grouped(_ value: Int) -> String {
        var digits = Array(String(value))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
