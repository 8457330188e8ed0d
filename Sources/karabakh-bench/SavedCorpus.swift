import Foundation
import KarabakhCorpus
import KarabakhStore

/// The one place the benchmark saves and opens a `.kcorpus` file, through
/// KarabakhStore's `CorpusStore`.
///
/// For example:
///
/// ```swift
/// try SavedCorpus.save(corpus, to: url)
/// let reopened = try SavedCorpus.open(url)
/// ```
enum SavedCorpus {
    /// Saves a corpus to a file.
    static func save(_ corpus: Corpus, to url: URL) throws {
        try CorpusStore.save(corpus, to: url)
    }

    /// Opens a saved corpus.
    static func open(_ url: URL) throws -> Corpus {
        try CorpusStore.open(url)
    }
}
