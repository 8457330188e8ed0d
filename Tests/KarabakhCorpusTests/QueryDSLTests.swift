import Testing

@testable import KarabakhCorpus

/// The Swift DSL builds the same trees as the parser, prints as the same text, and
/// gives the same results.
@Suite("Swift DSL")
struct QueryDSLTests {
    @Test("the spec's example prints as its query text")
    func specExample() {
        let query = Query.articles
            .where { $0.date >= Day(2020, 3, 1) && $0.mentions("Tural Ganjaliyev") }
            .sorted { $0.date.descending }
            .prefix(10)
        #expect(
            query.description
                == #"articles | where date >= 2020-03-01 and mentions("Tural Ganjaliyev") | sort date desc | take 10"#)
    }

    @Test("DSL queries equal the parsed text and give the same results")
    func sameAsText() throws {
        let corpus = Corpus.sample
        let pairs: [(QueryNode, String)] = [
            (Query.articles.count().node, "articles | count"),
            (
                Query.quotes.where { $0.speaker == "Tural Ganjaliyev" }.count().node,
                #"quotes | where speaker == "Tural Ganjaliyev" | count"#
            ),
            (
                Query.entities.where { $0.kind == .person }.top(5) { $0.articles }.node,
                "entities | where kind == person | top 5 by articles"
            ),
            (
                Query.articles.where { $0.mentions("OSCE Minsk Group") && !$0.mentions("UN Security Council") }.node,
                #"articles | where mentions("OSCE Minsk Group") and not mentions("UN Security Council")"#
            ),
            (
                Query.articles.where { $0.text.matches("peaceful coexist*") }.node,
                #"articles | where text ~ "peaceful coexist*""#
            ),
            (Query.articles.where { $0.date.isIn(Month(2020, 3)) }.node, "articles | where date in 2020-03"),
            (
                Query.mentions.where { $0.entity == "Khankendi" && $0.article.source == "AzerNews" }.node,
                #"mentions | where entity == "Khankendi" and article.source == "AzerNews""#
            ),
        ]
        for (node, text) in pairs {
            let parsed = try QueryParser.parseExpression(text)
            #expect(node == parsed, "\(text)")
            #expect(node.description == text)
            let renderer = ResultRenderer(corpus: corpus)
            let fromTree = try corpus.run(Program([.query(node)])).map { renderer.render($0, as: .csv) }
            let fromText = try corpus.run(text).map { renderer.render($0, as: .csv) }
            #expect(fromTree == fromText)
        }
    }

    @Test("typed runs give model values")
    func typedResults() throws {
        let corpus = Corpus.sample
        let articles: [Article] = try corpus.run(
            Query.articles.where { $0.date >= Month(2020, 3) }.sorted { $0.date.ascending })
        #expect(articles.map(\.file) == ["002_5c3ad30d49717d23.txt", "000_c4999a362ed9034f.txt"])
        #expect(try corpus.run(Query.quotes.where { $0.speaker == "Ganjaliyev" }.count()) == 14)
        let people: [Entity] = try corpus.run(Query.entities.where { $0.kind == .person }.top(1) { $0.articles })
        #expect(people.map(\.name) == ["Tural Ganjaliyev"])
    }
}
