import Foundation
import Testing

@testable import KarabakhCorpus

/// The bundled sample articles read with the metadata of the development gold
/// (`../shared/gold/seeds.jsonl`), kept here so the tests run without `../shared`.
@Suite("Sample corpus metadata")
struct SampleMetadataTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let file: String
        let metadata: ArticleMetadata
        let bodyStart: String
        let bodyEnd: String

        var testDescription: String { file }
    }

    static let expected: [Expected] = [
        Expected(
            file: "000_c4999a362ed9034f.txt",
            metadata: ArticleMetadata(date: Day(2020, 4, 29), authors: ["Akbar Mammadov"], source: "AzerNews"),
            bodyStart: "Head of Nagorno-Karabakh’s Azerbaijani community Tural Ganjaliyev has said",
            bodyEnd: "such dialogue will be organized soon."),
        Expected(
            file: "001_2fef7283c8922ff9.txt",
            metadata: ArticleMetadata(date: Day(2020, 2, 14), authors: ["Abdul Kerimkhanov"], source: "AzerNews"),
            bodyStart: "Azerbaijani community of Azerbaijan’s Nagorno-Karabakh region is ready",
            bodyEnd: "from the Nagorno-Karabakh and surrounding regions."),
        Expected(
            file: "002_5c3ad30d49717d23.txt",
            metadata: ArticleMetadata(
                title: "Head of Karabakh’s Azerbaijani community receives death threats from Armenians",
                date: Day(2020, 3, 30), authors: ["Akbar Mammadov"], source: "AzerNews"),
            bodyStart: "The head of\u{00A0}Azerbaijani community of Nagorno-Karabakh",
            bodyEnd: "from the occupied territories of Azerbaijan."),
        Expected(
            file: "003_1f3a16c7ec46af58.txt",
            metadata: ArticleMetadata(
                title:
                    "Russian community of Azerbaijan supports speedy reintegration of Armenian population of Karabakh"),
            bodyStart: "The Russian community of Azerbaijan fully supports",
            bodyEnd: "peace will be restored forever,\" the community said."),
        Expected(
            file: "004_bc2b4d9115e08d1c.txt",
            metadata: ArticleMetadata(authors: ["Akbar Mammadov"]),
            bodyStart: "Head of Nagorno-Karabakh’s Azerbaijani Community Tural Ganjaliyev has described",
            bodyEnd: "condemned the elections in Nagorno-Karabakh."),
    ]

    @Test("each sample article has the gold metadata and a clean body", arguments: expected)
    func metadata(_ expected: Expected) throws {
        let article = try #require(Corpus.sample.articles.first { $0.file == expected.file })
        #expect(article.metadata == expected.metadata)
        #expect(article.text.hasPrefix(expected.bodyStart))
        #expect(article.text.hasSuffix(expected.bodyEnd))
        #expect(!article.text.contains("staff journalist"))
        #expect(!article.text.contains("Follow us"))
        #expect(!article.text.contains("Bütün xəbərlər"))
        #expect(article.id == String(expected.file.dropLast(4)))
    }

    @Test("the sample corpus holds the five articles in file order, with nothing skipped")
    func sampleCorpus() {
        let corpus = Corpus.sample
        #expect(corpus.articles.map(\.file) == Self.expected.map(\.file))
        #expect(corpus.diagnostics.isEmpty)
        #expect(corpus.summary.description == "ingested 5 articles, skipped 0")
    }

    @Test("the raw text of every sample article is the file as bundled")
    func rawText() throws {
        let folder = try Corpus.sampleFolder
        for article in Corpus.sample.articles {
            let data = try #require(
                FileManager.default.contents(atPath: folder.appendingPathComponent(article.file).path))
            #expect(Array(article.raw.utf8) == Array(data))
        }
    }
}
