import Foundation
import Testing

@testable import KarabakhCorpus

/// The term index: built in parts or at once it is the same; saved and read back it
/// is the same; damaged bytes are an error, never a crash.
@Suite("Term index")
struct TermIndexTests {
    static let texts =
        Corpus.sample.articles.map(\.text) + [
            "Peace talks, peace talks and more peace talks.",
            "Négociations: the négociateurs met; Nagorno-Karabakh's ceasefire held.",
            "",
        ]

    @Test("An index of two parts appended is the index of both at once")
    func appending() {
        for split in [0, 1, 3, Self.texts.count] {
            let first = TermIndex(texts: Array(Self.texts[..<split]))
            let second = TermIndex(texts: Array(Self.texts[split...]))
            #expect(first.appending(second) == TermIndex(texts: Self.texts), "split at \(split)")
        }
    }

    @Test("A serialised index reads back as the same index")
    func roundTrip() throws {
        let index = TermIndex(texts: Self.texts)
        #expect(try TermIndex(serialized: index.serialized()) == index)
        let empty = TermIndex(texts: [])
        #expect(try TermIndex(serialized: empty.serialized()) == empty)
    }

    @Test("Damaged or foreign bytes are an error")
    func damagedBytes() throws {
        let data = TermIndex(texts: Self.texts).serialized()
        var flipped = data
        flipped[flipped.startIndex] ^= 0xFF
        let cases: [(String, Data)] = [
            ("empty", Data()), ("not an index", Data("SQLite format 3".utf8)),
            ("cut short", data.prefix(data.count - 7)),
            ("wrong magic", flipped), ("longer", data + Data([1, 2, 3])),
        ]
        for (name, bytes) in cases {
            #expect(throws: CorpusError.self, "\(name)") { try TermIndex(serialized: bytes) }
        }
    }

    @Test("Positions count the words of the text from 0, and phrases find their articles")
    func positionsAndPhrases() {
        let index = TermIndex(texts: Self.texts)
        let talks = index.terms(for: PhrasePattern.Word(key: "talks", isPrefix: false))
        #expect(talks.count == 1)
        let postings = index.postings(ofTerm: talks.lowerBound)
        let last = Int32(Self.texts.count - 3)
        #expect(postings.articles.last == last)
        #expect(Array(postings.positions(at: postings.articles.count - 1)) == [1, 3, 7])
        #expect(index.articles(matching: PhrasePattern("peace talks")).positions.last == last)
        #expect(index.articles(matching: PhrasePattern("négociat*")).positions == [last + 1])
        #expect(index.articles(matching: PhrasePattern("karabakh's ceasefire")).positions == [last + 1])
        #expect(index.articles(matching: PhrasePattern("talks peace talks and")).positions == [last])
        #expect(index.articles(matching: PhrasePattern("talks talks")).positions == [])
    }

    @Test("A restored corpus reads its saved term index instead of the texts")
    func restoredCorpus() throws {
        let sample = Corpus.sample
        let restored = try Corpus(
            extractedArticles: sample.articles, entities: sample.entities, termIndexData: sample.termIndexData)
        #expect(restored.index.termIndex.isComputed)
        #expect(restored.index.termIndex.wrapped == sample.index.termIndex.wrapped)
        let unindexed = try Corpus(extractedArticles: sample.articles, entities: sample.entities)
        #expect(!unindexed.index.termIndex.isComputed)
        #expect(throws: CorpusError.self) {
            try Corpus(
                extractedArticles: Array(sample.articles.dropLast()), entities: sample.entities,
                termIndexData: sample.termIndexData)
        }
    }

    @Test("rank's best few are the first few of the whole ranking")
    func rankTop() {
        let texts = (0..<12).flatMap { copy in Self.texts.map { $0 + String(repeating: " ceasefire", count: copy % 4) }
        }
        let index = TermIndex(texts: texts)
        let everything = ArticleSet.all(texts.count)
        for words in ["ceasefire", "peace talks", "azerbaijan* ceasefire"] {
            let all = index.rank(PhrasePattern(words), among: everything)
            #expect(all.count > 24, "\(words)")
            for top in [0, 1, 3] {
                let best = index.rank(PhrasePattern(words), among: everything, top: top)
                #expect(best.map(\.article) == all.prefix(top).map(\.article), "\(words), top \(top)")
            }
        }
    }
}
