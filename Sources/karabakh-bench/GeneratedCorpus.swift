import Foundation
import KarabakhCorpus

/// What ``SyntheticCorpus`` wrote: the folder, and for every article its id, header
/// style, the title and date the reader should find in it, and its size.
///
/// For example:
///
/// ```swift
/// let generated = try SyntheticCorpus(articles: 100, seed: 1).write(to: folder)
/// print(generated.byteCount, generated.expectations.count)
/// ```
struct GeneratedCorpus: Sendable {
    /// One written article.
    struct Expectation: Sendable {
        /// The id the reader gives it (`000/a0000042`).
        var id: String
        /// Its header family.
        var style: OutletStyle
        /// The title the reader should find, or `nil`.
        var title: String?
        /// The date the reader should find, or `nil`.
        var date: Day?
        /// The file's size in bytes.
        var byteCount: Int
    }

    /// The folder the articles are in.
    let folder: URL
    /// The articles, in id order.
    let expectations: [Expectation]

    /// The total size of the files, in bytes.
    var byteCount: Int { expectations.reduce(0) { $0 + $1.byteCount } }

    /// The share of articles whose title and date the reader took as written, and the
    /// styles it got wrong most often, for a warning.
    func readerAgreement(with corpus: Corpus) -> (share: Double, misses: [(OutletStyle, Int)]) {
        guard !expectations.isEmpty else { return (1, []) }
        var good = 0
        var misses: [OutletStyle: Int] = [:]
        for expected in expectations {
            guard let article = corpus[id: expected.id] else {
                misses[expected.style, default: 0] += 1
                continue
            }
            if article.title == expected.title, article.date == expected.date {
                good += 1
            } else {
                misses[expected.style, default: 0] += 1
            }
        }
        let sorted = misses.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }
        return (Double(good) / Double(expectations.count), sorted.map { ($0.key, $0.value) })
    }
}
