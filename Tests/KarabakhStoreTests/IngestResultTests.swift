import KarabakhCorpus
import KarabakhStore
import Testing

/// The line `karabakh ingest` prints: the new and stored counts go after the total,
/// whatever its digits.
@Suite("Ingest result")
struct IngestResultTests {
    @Test(
        "The counts follow the total, grouped in thousands",
        arguments: [
            (20_000, 0, [], "ingested 20,000 articles (20,000 new, 0 already stored), skipped 0"),
            (
                1_200, 4, [IngestDiagnostic(file: "a.png", problem: .binaryFile)],
                "ingested 1,204 articles (1,200 new, 4 already stored), skipped 1: 1 binary file"
            ),
            (1, 0, [], "ingested 1 article (1 new, 0 already stored), skipped 0"),
            (0, 1_234_567, [], "ingested 1,234,567 articles (0 new, 1,234,567 already stored), skipped 0"),
        ] as [(Int, Int, [IngestDiagnostic], String)])
    func description(new: Int, stored: Int, diagnostics: [IngestDiagnostic], line: String) {
        let result = IngestResult(
            newArticleCount: new, storedArticleCount: stored, totalArticleCount: new + stored,
            diagnostics: diagnostics, wroteFile: new > 0)
        #expect(result.description == line)
    }
}
