import KarabakhCorpus

/// Quotes grouped by the date of their article: earliest first, undated last.
///
/// Within a date, quotes keep corpus order: articles in load order, quotes in text order.
struct Timeline {
    /// The quotes of one article.
    struct Entry {
        /// The article the quotes stand in.
        let article: Article
        /// The quotes, in text order.
        let quotes: [Quote]
    }

    /// The articles of one date, or of no date.
    struct Group {
        /// The articles' date, or `nil` for undated articles.
        let day: Day?
        /// The articles, in corpus order.
        let entries: [Entry]
    }

    /// The groups, by date; the undated group, if any, comes last.
    let groups: [Group]

    /// Finds the article of each quote (`corpus.article(of:)`) and groups them by the
    /// articles' dates; articles keep corpus order, quotes their order in the text.
    init(quotes: [Quote], in corpus: Corpus) {
        var quotesByArticle: [String: [Quote]] = [:]
        for quote in quotes { quotesByArticle[quote.articleID, default: []].append(quote) }
        var entriesByDay: [Day?: [Entry]] = [:]
        for article in corpus.articles {
            guard let kept = quotesByArticle[article.id] else { continue }
            entriesByDay[article.date, default: []].append(Entry(article: article, quotes: kept))
        }
        groups = entriesByDay.keys
            .sorted { lhs, rhs in
                guard let lhs else { return false }
                guard let rhs else { return true }
                return lhs < rhs
            }
            .map { Group(day: $0, entries: entriesByDay[$0] ?? []) }
    }

    /// The number of quotes in all groups.
    var quoteCount: Int { groups.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.quotes.count } } }

    /// The number of articles in all groups.
    var articleCount: Int { groups.reduce(0) { $0 + $1.entries.count } }

    /// The timeline as text: a line per date, a line per article, a line per quote with
    /// its verb and the first `width` characters of its words.
    ///
    /// For example:
    ///
    /// ```
    /// 2020-03-30
    ///   AzerNews · Head of Karabakh’s Azerbaijani community receives death threats from Armenians
    ///     told      “They even threaten us with murder and terrorist attacks. They send information a…”
    ///     informed  “virtual terror”
    /// ```
    func render(width: Int = 80) -> String {
        let verbWidth = groups.flatMap(\.entries).flatMap(\.quotes).map { ($0.verb ?? "–").count }.max() ?? 0
        var lines: [String] = []
        for group in groups {
            lines.append(group.day?.description ?? "undated")
            for entry in group.entries {
                lines.append("  " + Self.heading(of: entry.article))
                for quote in entry.quotes {
                    let verb = quote.verb ?? "–"
                    let padding = String(repeating: " ", count: verbWidth - verb.count)
                    lines.append("    \(verb)\(padding)  “\(Self.excerpt(of: quote.text, width: width))”")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `AzerNews · Title`, or the file when the article has no title.
    private static func heading(of article: Article) -> String {
        [article.source, article.title ?? article.file].compactMap(\.self).joined(separator: " · ")
    }

    /// The first `width` characters of a quote on one line, with `…` when cut.
    private static func excerpt(of text: String, width: Int) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.count <= width ? line : String(line.prefix(width)) + "…"
    }
}
