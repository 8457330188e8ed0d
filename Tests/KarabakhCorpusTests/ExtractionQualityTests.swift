import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// Extraction quality measured the way the project measures it: the export scored
/// against hand-made gold with `ExtractionScore` (the Swift port of
/// `score_extraction.py`), on the sample articles and on articles in other outlets' styles.
@Suite("Extraction quality against gold")
struct ExtractionQualityTests {
    /// The `Fixtures` folder beside this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The corpus exported as `karabakh export --format jsonl` writes it.
    static func export(_ corpus: Corpus) -> String {
        corpus.articles.map { ArticleExport.json($0, in: corpus).serialized() }.joined(separator: "\n")
    }

    static func score(gold: URL, corpus: Corpus) throws -> ExtractionScore {
        let goldLines = try String(contentsOf: gold, encoding: .utf8)
        return try ExtractionScore(goldJSONLines: goldLines, predictedJSONLines: export(corpus))
    }

    @Test("the sample articles meet the issue's thresholds: entities and quotes F1 ≥ 0.95, speakers ≥ 0.95")
    func sampleGold() throws {
        let score = try Self.score(
            gold: Self.fixtures.appendingPathComponent("SampleGold/seeds.jsonl"), corpus: .sample)
        #expect(score.missingArticles.isEmpty)
        #expect(score.entityF1 >= 0.95, "\(score.summary)\n\(score.notes)")
        #expect(score.quoteF1 >= 0.95, "\(score.summary)\n\(score.notes)")
        #expect(score.attributionAccuracy >= 0.95, "\(score.summary)\n\(score.notes)")
        for (field, accuracy) in score.metadataAccuracy {
            #expect(accuracy == 1.0, "\(field): \(score.summary)")
        }
    }

    @Test(
        "articles in other outlets' styles meet the held-out thresholds: entities ≥ 0.85, quotes ≥ 0.90, speakers ≥ 0.85"
    )
    func outletStyles() throws {
        let folder = Self.fixtures.appendingPathComponent("OutletStyles")
        let corpus = try Corpus.load(contentsOf: folder.appendingPathComponent("articles"))
        #expect(corpus.diagnostics.isEmpty)
        let score = try Self.score(gold: folder.appendingPathComponent("gold.jsonl"), corpus: corpus)
        #expect(score.missingArticles.isEmpty)
        #expect(score.entityF1 >= 0.85, "\(score.summary)\n\(score.notes)")
        #expect(score.quoteF1 >= 0.90, "\(score.summary)\n\(score.notes)")
        #expect(score.attributionAccuracy >= 0.85, "\(score.summary)\n\(score.notes)")
        let meanMetadata = score.metadataAccuracy.values.reduce(0, +) / Double(score.metadataAccuracy.count)
        #expect(meanMetadata >= 0.9, "\(score.summary)")
    }
}
