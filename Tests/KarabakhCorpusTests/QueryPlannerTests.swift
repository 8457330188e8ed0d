import Foundation
import Testing

@testable import KarabakhCorpus

/// Planned queries give exactly what reading every row gives: the indexes change
/// how rows are found, never which rows, in which order, with which values.
@Suite("Query planner")
struct QueryPlannerTests {
    /// The sample and both fixture sets in one corpus: 31 articles from many outlets.
    static let corpus: Corpus = {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let folders = ["OutletStyles", "HeldOut"].map {
            fixtures.appendingPathComponent($0).appendingPathComponent("articles")
        }
        return Corpus.sample.merged(with: try! Corpus.load(contentsOf: folders))
    }()

    /// The results of a program, planned over the indexes or read row by row.
    static func results(_ text: String, usesIndexes: Bool, in corpus: Corpus = corpus) throws -> [QueryResult] {
        let program = try QueryParser.parseProgram(text)
        var checker = TypeChecker(environment: .standard, corpus: corpus, bindings: [:])
        _ = checker.check(program)
        #expect(checker.diagnostics.isEmpty, "\(text) does not check")
        let evaluator = Evaluator(corpus: corpus, environment: .standard)
        evaluator.usesIndexes = usesIndexes
        return try program.statements.compactMap { try evaluator.run($0) }
    }

    static let queries: [String] = [
        "articles | count",
        #"articles | where text ~ "ceasefire" | count"#,
        #"articles | where text ~ "peace talks" | select file"#,
        #"articles | where text ~ "Nagorno-Karabakh" | count"#,
        #"articles | where text ~ "negotiat*" | select file, date"#,
        #"articles | where text ~ "the * of" | count"#,
        #"articles | where text ~ "occupied territor*" and not (text ~ "Armenia") | select file"#,
        #"articles | where text !~ "said" | count"#,
        #"articles | where text ~ "zzzz-not-a-word" | count"#,
        #"articles | where mentions("OSCE Minsk Group") | select file"#,
        #"articles | where mentions("Ilham Aliyev") or mentions("Nikol Pashinyan") | count"#,
        #"articles | where mentions(person("Ilham Aliyev")) | count"#,
        #"articles | where mentions("Khankandi") and not mentions("UN Security Council") | select file"#,
        "articles | where date >= 2020-03-01 | sort date | select file, date",
        "articles | where date in 2020-03 | count",
        "articles | where date in 2020-01-01..2021-06 | select file",
        "articles | where date < 2020-04 or date > 2022-12-31 | select file",
        "articles | where date != 2020-03-30 | count",
        "articles | where date in [2020-03-30, 2020-04] | count",
        "articles | where 2021-01-01 <= date | count",
        "articles | where date == null | count",
        #"articles | where source == "TASS" | select file"#,
        #"articles | where source == "AzerNews" and date >= 2020-03 | count"#,
        #"articles | where author == "Akbar Mammadov" | count"#,
        #"articles | where dateline == "BAKU" or dateline == "MOSCOW" | select file, dateline"#,
        #"articles | where near("Karabakh", "conflict", 5) | select file"#,
        #"articles | where text ~ "war" and year(date) == 2020 | select file"#,
        #"articles | where text ~ "president" | where date >= 2020-01 | take 3"#,
        #"articles | where (text ~ "Azerbaijan" and mentions("Armenia")) or title ~ "Karabakh" | count"#,
        #"articles | where not (mentions("Armenia") and title ~ "Karabakh") | count"#,
        #"articles | rank "ceasefire violation" | take 5"#,
        #"articles | where date >= 2020-01 | rank "humanitarian corridor""#,
        #"articles | where text ~ "ceasefire" | kwic "ceasefire" window 4 | take 6"#,
        #"articles | kwic "peace*" | take 3"#,
        #"articles | where title ~ "Karabakh" | kwic "Karabakh" window 3"#,
        #"articles | kwic "no such words here""#,
        #"articles | kwic "peace talks" window 2"#,
        #"articles | kwic "the" window 0 | take 40"#,
        #"articles | kwic "of the" | count"#,
        #"articles | kwic "Nagorno-Karabakh" window 8"#,
        #"articles | kwic "humanitarian corr*""#,
        #"articles | kwic "said" window 12 | take 7"#,
        #"articles | sort date desc | kwic "Azerbaijan" | take 5"#,
        #"articles | where mentions("Armenia") | kwic "Armenia*" window 1"#,
        "articles | take 4",
        "mentions | count",
        #"mentions | where entity == "Khankendi" | count by article.source, surface"#,
        "mentions | where entity.kind == organization | count by entity.name | take 10",
        "mentions | where entity.kind == place and surface ~ \"Baku\" | count",
        "mentions | count by entity.kind",
        #"mentions | where entity.name == "Armenia" | take 5"#,
        "quotes | count",
        #"quotes | where speaker == "Tural Ganjaliyev" | count"#,
        "quotes | where speaker == null | count",
        "quotes | where speaker.kind == organization | select speaker, text",
        "quotes | count by speaker.name",
        #"quotes | where speaker == "Ilham Aliyev" and kind == direct | count"#,
        "entities | where kind == person | top 5 by articles",
        #"let a = articles | where mentions("Armenia"); a | count"#,
    ]

    @Test("A planned query gives what reading every row gives", arguments: queries)
    func plannedEqualsScanned(_ query: String) throws {
        let planned = try Self.results(query, usesIndexes: true)
        let scanned = try Self.results(query, usesIndexes: false)
        #expect(planned == scanned)
    }

    @Test(
        "The planner's queries find something on the test corpus",
        arguments: [
            #"articles | where text ~ "ceasefire" | count"#,
            #"articles | where mentions("OSCE Minsk Group") | count"#,
            "articles | where date in 2020-01-01..2021-06 | count",
            #"articles | where source == "TASS" | count"#,
            #"quotes | where speaker == "Tural Ganjaliyev" | count"#,
        ])
    func queriesAreNotVacuous(_ query: String) throws {
        let results = try Self.results(query, usesIndexes: true)
        guard case .value(.int(let count))? = results.last else {
            Issue.record("\(query) gave \(results)")
            return
        }
        #expect(count > 0)
    }

    @Test("A corpus restored from its parts answers like the one it came from")
    func restoredCorpusAnswersTheSame() throws {
        let restored = try Corpus(
            extractedArticles: Self.corpus.articles, entities: Self.corpus.entities, extractor: Self.corpus.extractor)
        for query in Self.queries {
            #expect(
                try Self.results(query, usesIndexes: true, in: restored)
                    == Self.results(query, usesIndexes: false), "\(query)")
        }
    }

    struct Explained: Sendable, CustomTestStringConvertible {
        let query: String
        let plan: String
        var testDescription: String { query }
    }

    /// `~N articles`, N the number of articles a filter keeps, counted by reading every row.
    static func size(_ condition: String) -> String {
        let results = try? results("articles | where \(condition) | count", usesIndexes: false)
        guard case .value(.int(let count))? = results?.last else { return "?" }
        return "~\(count) article\(count == 1 ? "" : "s")"
    }

    /// The smaller of two sizes, as the planner estimates an intersection.
    static func smaller(_ first: String, _ second: String) -> String {
        let counts = [first, second].map { Int($0.dropFirst().prefix { $0.isNumber }) ?? 0 }
        return counts[0] <= counts[1] ? first : second
    }

    static let explained: [Explained] = [
        Explained(
            query: #"articles | where mentions("OSCE Minsk Group") and date >= 2020-01 and title ~ "Karabakh" | count"#,
            plan: """
                articles from the indexes, smallest first:
                  mentions("OSCE Minsk Group")  [entity postings]  \(size(#"mentions("OSCE Minsk Group")"#))
                  date >= 2020-01  [date order]  \(size("date >= 2020-01"))
                check each row: title ~ "Karabakh"
                then count
                """),
        Explained(
            query: #"articles | where text ~ "ceasefire" and source == "TASS" | count"#,
            plan: """
                articles from the indexes, smallest first:
                  source == "TASS"  [source lookup]  \(size(#"source == "TASS""#))
                  text ~ "ceasefire"  [term index]  \(size(#"text ~ "ceasefire""#))
                count from the indexes: no row is read
                """),
        Explained(
            query: #"articles | where text ~ "peaceful coexist*" | kwic "coexist*" window 6 | take 3"#,
            plan: """
                articles from the indexes:
                  text ~ "peaceful coexist*"  [term index]  \(smaller(size(#"text ~ "peaceful""#), size(#"text ~ "coexist*""#)))
                read only the articles where "coexist*" occurs [term index]
                then kwic "coexist*" window 6 (stops after 3 rows)
                then take 3
                """),
        Explained(
            query: #"articles | rank "ceasefire" | take 3"#,
            plan: """
                articles in corpus order
                rank by BM25 from the term index's postings: no text is read
                then take 3
                """),
        Explained(
            query: "mentions | where entity.kind == organization | count by entity.name | take 10",
            plan: """
                mentions of each entity for which entity.kind == organization (asked once per entity)
                count by, each entity's rows counted at once
                then take 10
                """),
        Explained(
            query: #"articles | where near("Karabakh", "conflict", 5) | take 2"#,
            plan: """
                articles from the indexes:
                  near("Karabakh", "conflict", 5)  [term index, candidates]  \(smaller(size(#"text ~ "Karabakh""#), size(#"text ~ "conflict""#)))
                check each row: near("Karabakh", "conflict", 5)
                stop after 2 rows
                then take 2
                """),
        Explained(
            query: #"articles | where title ~ "Karabakh" | count"#,
            plan: """
                read every row of articles
                then where title ~ "Karabakh"
                then count
                """),
    ]

    @Test("Explaining a query names the indexes it reads and what is left", arguments: explained)
    func explanation(_ example: Explained) throws {
        let plans = try QuerySession(corpus: Self.corpus).explain(example.query)
        #expect(plans == [example.plan])
    }
}
