import Foundation
import Testing

@testable import KarabakhCorpus

/// Every example of `Docs/LanguageReference.md` runs on the sample corpus and gives
/// the result shown under it, so the reference cannot go stale.
@Suite("Language reference")
struct LanguageReferenceTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let query: String
        let result: String
        var testDescription: String { query }
    }

    /// The reference's `kq` blocks, each with the `text` block after it.
    static let examples: [Example] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/LanguageReference.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var pending: String?
        var block: [Substring] = []
        var fence: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = fence {
                if line == "```" {
                    let body = block.joined(separator: "\n")
                    if open == "kq" {
                        pending = body
                    } else if open == "text", let query = pending {
                        examples.append(Example(query: query, result: body + "\n"))
                        pending = nil
                    }
                    fence = nil
                    block = []
                } else {
                    block.append(line)
                }
            } else if line.hasPrefix("```") {
                fence = String(line.dropFirst(3))
            }
        }
        return examples
    }()

    @Test("the reference has examples of every stage")
    func coverage() {
        let text = Self.examples.map(\.query).joined(separator: "\n")
        #expect(Self.examples.count >= 20)
        for stage in [
            "where", "sort", "take", "select", "count", "top", "distinct", "kwic", "collocates", "timeline", "rank",
        ] {
            #expect(text.contains("| \(stage)"), "\(stage)")
        }
    }

    @Test("each example gives the result the reference shows", arguments: examples)
    func example(_ example: Example) throws {
        let corpus = Corpus.sample
        let renderer = ResultRenderer(corpus: corpus)
        let output = try corpus.run(example.query).map { renderer.render($0, as: .table) }.joined()
        #expect(output == example.result)
    }
}
