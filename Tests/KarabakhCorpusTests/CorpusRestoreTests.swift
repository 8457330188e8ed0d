import Testing

@testable import KarabakhCorpus

/// A corpus made from already-extracted parts checks that they fit together, and
/// merging corpora gives what loading them together gives.
@Suite("Corpus from parts")
struct CorpusRestoreTests {
    static let sample = Corpus.sample

    @Test("parts that do not fit together are refused, naming what is wrong")
    func inconsistentParts() {
        let articles = Self.sample.articles
        let entities = Self.sample.entities
        let cases: [(String, [Article], [Entity])] = [
            ("article id '\(articles[0].id)' occurs twice", articles + [articles[0]], entities),
            ("an entity id occurs twice", articles, entities + [entities[0]]),
            (
                "article '\(articles[0].id)' mentions unknown entity '\(articles[0].mentions[0].entityID)'", articles,
                entities.filter { $0.id != articles[0].mentions[0].entityID }
            ),
        ]
        for (message, articles, entities) in cases {
            #expect(throws: CorpusError.inconsistent(message)) {
                try Corpus(extractedArticles: articles, entities: entities)
            }
        }
    }

    @Test("a corpus merged from two loads equals one load of both")
    func mergeWithoutExtracting() throws {
        let folder = try Corpus.sampleFolder
        let files = Self.sample.articles.map { folder.appendingPathComponent($0.file) }
        let first = try Corpus.load(contentsOf: Array(files.prefix(2)))
        let second = try Corpus.load(contentsOf: Array(files.dropFirst(2)))
        let merged = first.merged(with: second)
        let together = try Corpus.load(contentsOf: files)
        #expect(merged.articles == together.articles)
        #expect(merged.entities == together.entities)
        #expect(merged.index.termIndex.wrapped == together.index.termIndex.wrapped)
    }

    @Test("merging a corpus with itself renames the repeated ids and their mentions")
    func mergeRepeatedIDs() {
        let doubled = Self.sample.merged(with: Self.sample)
        #expect(doubled.articles.count == 10)
        let renamed = doubled.articles[5]
        #expect(renamed.id == Self.sample.articles[0].id + "~2")
        #expect(renamed.mentions.allSatisfy { $0.articleID == renamed.id })
        #expect(renamed.quotes.allSatisfy { $0.articleID == renamed.id })
        #expect(doubled.entities.map(\.mentions) == Self.sample.entities.map { $0.mentions * 2 })
    }
}
