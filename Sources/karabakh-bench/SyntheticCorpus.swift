import Foundation
import KarabakhCorpus
import Synchronization

/// A deterministic synthetic corpus of realistic shape (SPEC §12): for a seed and a
/// size it writes the same `.txt` files, byte for byte, in sub-folders of 1,000.
///
/// Article `i` is made by its own generator (the seed and `i`), so folders are written
/// in parallel without changing a byte.
///
/// For example:
///
/// ```swift
/// let synthetic = SyntheticCorpus(articles: 2_000, seed: 20_240_917)
/// let generated = try synthetic.write(to: URL(fileURLWithPath: "/tmp/bench/corpus"))
/// print(generated.byteCount)
/// ```
struct SyntheticCorpus: Sendable {
    /// The number of articles.
    let articles: Int
    /// The seed everything is drawn from.
    let seed: UInt64
    /// The words.
    let vocabulary: Vocabulary
    /// The names.
    let pool: EntityPool

    /// The number of files in each sub-folder.
    static let filesPerFolder = 1_000

    /// Creates the generator; nothing is written yet.
    init(articles: Int, seed: UInt64, gazetteer: Gazetteer = .standard) {
        self.articles = articles
        self.seed = seed
        vocabulary = Vocabulary(seed: seed)
        pool = EntityPool(gazetteer: gazetteer)
    }

    /// The id the reader gives article `index`: its path without the extension.
    static func id(of index: Int) -> String {
        "\(padded(index / filesPerFolder, 3))/a\(padded(index, 7))"
    }

    /// Writes every article under `folder` (which must exist) and returns what was written.
    func write(to folder: URL) throws -> GeneratedCorpus {
        let composer = ArticleComposer(vocabulary: vocabulary, pool: pool)
        let folders = (articles + Self.filesPerFolder - 1) / Self.filesPerFolder
        let results = Mutex<[Int: Result<[GeneratedCorpus.Expectation], any Error>]>([:])
        let (articles, seed) = (self.articles, self.seed)
        DispatchQueue.concurrentPerform(iterations: folders) { chunk in
            let result = Result { () throws -> [GeneratedCorpus.Expectation] in
                let directory = folder.appendingPathComponent(Self.padded(chunk, 3), isDirectory: true)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                var expected: [GeneratedCorpus.Expectation] = []
                let range = (chunk * Self.filesPerFolder)..<min(articles, (chunk + 1) * Self.filesPerFolder)
                for index in range {
                    var random = SplitMix64(seed: seed, stream: UInt64(index))
                    let article = composer.compose(using: &random)
                    let data = Data(article.text.utf8)
                    try data.write(to: directory.appendingPathComponent("a\(Self.padded(index, 7)).txt"))
                    expected.append(
                        GeneratedCorpus.Expectation(
                            id: Self.id(of: index), style: article.style, title: article.title, date: article.date,
                            byteCount: data.count))
                }
                return expected
            }
            results.withLock { $0[chunk] = result }
        }
        var expectations: [GeneratedCorpus.Expectation] = []
        expectations.reserveCapacity(articles)
        let collected = results.withLock { $0 }
        for chunk in 0..<folders {
            guard let result = collected[chunk] else { continue }
            expectations += try result.get()
        }
        return GeneratedCorpus(folder: folder, expectations: expectations)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
