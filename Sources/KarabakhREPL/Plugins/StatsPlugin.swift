import KarabakhCorpus

/// `:stats`: what the corpus holds.
public struct StatsPlugin: ReplPlugin {
    /// Creates the plugin.
    public init() {}

    /// `stats`
    public let name = "stats"
    /// One line about it.
    public let summary = "Counts of the corpus: articles, entities by kind, mentions, quotes, dates."

    /// The commands.
    public var commands: [MetaCommand] {
        [
            MetaCommand(name: "stats", summary: "Show what the corpus holds.") { state, _ in
                let corpus = state.corpus
                let dates = corpus.articles.compactMap(\.date).sorted()
                var lines = ["articles  \(corpus.articles.count)"]
                for kind in EntityKind.allCases {
                    let count = corpus.entities.filter { $0.kind == kind }.count
                    lines.append("\(kind)s".padding(toLength: 10, withPad: " ", startingAt: 0) + "\(count)")
                }
                lines.append("mentions  \(corpus.articles.reduce(0) { $0 + $1.mentions.count })")
                lines.append("quotes    \(corpus.articles.reduce(0) { $0 + $1.quotes.count })")
                if let first = dates.first, let last = dates.last { lines.append("dates     \(first) to \(last)") }
                return [.output(lines.joined(separator: "\n") + "\n")]
            }
        ]
    }
}
