import Testing

@testable import KarabakhCorpus

/// The examples of SPEC §6 run on the sample corpus, with their results; and the
/// semantics the spec states, one rule per test.
@Suite("Query evaluation")
struct QueryEvaluationTests {
    static let corpus = Corpus.sample

    /// The query's last result as CSV.
    static func csv(_ query: String) throws -> String {
        let results = try corpus.run(query)
        let renderer = ResultRenderer(corpus: corpus)
        return try #require(results.last.map { renderer.render($0, as: .csv) })
    }

    struct Example: Sendable, CustomTestStringConvertible {
        let query: String
        let csv: String
        var testDescription: String { query }
    }

    static let examples: [Example] = [
        Example(query: "articles | count", csv: "5\r\n"),
        Example(
            query: "articles | where date >= 2020-03-01 | sort date | select file, date",
            csv: "file,date\r\n002_5c3ad30d49717d23.txt,2020-03-30\r\n000_c4999a362ed9034f.txt,2020-04-29\r\n"),
        Example(query: #"quotes | where speaker == "Tural Ganjaliyev" | count"#, csv: "14\r\n"),
        Example(
            query: "entities | where kind == person | top 5 by articles | select name, articles",
            csv:
                "name,articles\r\nTural Ganjaliyev,4\r\nAndrzej Kasprzyk,1\r\nSamir Mammadov,1\r\nIlham Aliyev,1\r\nFrank Pallone,1\r\n"
        ),
        Example(
            query:
                #"articles | where mentions("OSCE Minsk Group") and not mentions("UN Security Council") | select file"#,
            csv: "file\r\n004_bc2b4d9115e08d1c.txt\r\n"),
        Example(
            query: "articles | timeline by month",
            csv: "period,count\r\n2020-02,1\r\n2020-03,1\r\n2020-04,1\r\n"),
        Example(
            query: #"mentions | where entity == "Khankendi" | count by article.source, surface"#,
            csv: "article.source,surface,count\r\nAzerNews,Khankendi,3\r\nAzerNews,Khankandi,1\r\n,Khankandi,1\r\n"),
    ]

    @Test("each example of the spec gives its result on the sample corpus", arguments: examples)
    func example(_ example: Example) throws {
        #expect(try Self.csv(example.query) == example.csv)
    }

    @Test("organizations counted by name, most frequent first")
    func countBy() throws {
        let lines = try Self.csv("mentions | where entity.kind == organization | count by entity.name").split(
            separator: "\r\n")
        #expect(lines.first == "entity.name,count")
        #expect(lines.dropFirst().first == "Azerbaijani Community of Nagorno-Karabakh,24")
        #expect(lines.dropFirst(2).first == "OSCE Minsk Group,6")
    }

    @Test("kwic gives a row per match with article, left, match and right")
    func kwic() throws {
        let lines = try Self.csv(#"articles | where text ~ "peaceful coexist*" | kwic "coexist*" window 6"#)
            .split(separator: "\r\n")
        #expect(lines.first == "article,left,match,right")
        #expect(lines.count == 6)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",coexist") })
        #expect(lines[1].hasPrefix("000_c4999a362ed9034f,Armenian community is ready for peaceful,coexistence,"))
    }

    @Test("collocates gives words with count, frequency, logDice and MI, strongest first")
    func collocates() throws {
        let results = try Self.corpus.run(#"articles | collocates "occupied" window 4 | take 10"#)
        guard case .rows(let rows) = try #require(results.first) else {
            Issue.record("no rows")
            return
        }
        #expect(rows.columns == ["word", "count", "frequency", "logdice", "mi"])
        #expect(rows.values.count == 10)
        let scores = rows.values.compactMap { row -> Double? in
            if case .decimal(let score) = row.field("logdice", in: Self.corpus) ?? .null { return score }
            return nil
        }
        #expect(scores == scores.sorted(by: >))
    }

    @Test("a month literal is a period; a range is inclusive; a missing value compares false")
    func dates() throws {
        #expect(try Self.csv("articles | where date in 2020-03 | count") == "1\r\n")
        #expect(try Self.csv("articles | where date <= 2020-03 | count") == "2\r\n")
        #expect(try Self.csv("articles | where date in 2020-02-14..2020-03-30 | count") == "2\r\n")
        #expect(try Self.csv("articles | where date == null | count") == "2\r\n")
        #expect(try Self.csv("articles | where date < 2030-01-01 or date >= 2030-01-01 | count") == "3\r\n")
    }

    @Test("missing values sort last, ascending or descending")
    func missingLast() throws {
        #expect(
            try Self.csv("articles | sort date desc | select date")
                == "date\r\n2020-04-29\r\n2020-03-30\r\n2020-02-14\r\n\r\n\r\n")
    }

    @Test("an entity equals any of its names, without case")
    func entityNames() throws {
        #expect(try Self.csv(#"quotes | where speaker == "ganjaliyev" | count"#) == "14\r\n")
        #expect(try Self.csv(#"mentions | where entity == "Stepanakert" | count"#) == "5\r\n")
    }

    @Test("let binds a query for later statements, and a parenthesised pipeline is a list")
    func bindings() throws {
        let results = try Self.corpus.run(
            """
            let speakers = quotes | select speaker.name
            entities | where name in speakers | count
            entities | where name in (quotes | select speaker.name) | count
            """)
        let renderer = ResultRenderer(corpus: Self.corpus)
        #expect(results.map { renderer.render($0, as: .csv) } == ["4\r\n", "4\r\n"])
    }
}

extension QueryEvaluationTests {
    @Test("a timeline has a row for every period between the first and the last, zeros included")
    func timelineGaps() throws {
        let articles = [("a", Day(2020, 1, 30)), ("b", Day(2020, 3, 2)), ("c", Day(2020, 3, 9))].map { id, day in
            Article(id: id, file: "\(id).txt", metadata: ArticleMetadata(date: day), text: "Text.", raw: "Text.")
        }
        let corpus = Corpus(articles: articles)
        let renderer = ResultRenderer(corpus: corpus)
        let months = try corpus.run("articles | timeline").map { renderer.render($0, as: .csv) }
        #expect(months == ["period,count\r\n2020-01,1\r\n2020-02,0\r\n2020-03,2\r\n"])
        let weeks = try corpus.run("articles | timeline by week").map { renderer.render($0, as: .csv) }
        let lines = weeks.joined().split(separator: "\r\n")
        #expect(lines.first == "period,count")
        #expect(lines.dropFirst().first == "2020-W05,1")
        #expect(lines.last == "2020-W11,1")
        #expect(lines.count == 8)
    }
}
