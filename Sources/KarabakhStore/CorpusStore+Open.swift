import Foundation
import KarabakhCorpus

extension CorpusStore {
    /// Opens a saved corpus: its articles, entities, mentions, quotes and the
    /// diagnostics of the load that made it, exactly as saved, without reading or
    /// extracting any article again.
    ///
    /// A file that is not a saved corpus (not SQLite, cut short, another schema
    /// version, tables missing or damaged) throws a ``StoreError`` that names it
    /// (`display`, else the URL's path) and says what is wrong. `extractor` is kept
    /// with the corpus for merging; it extracts nothing here.
    ///
    /// For example:
    ///
    /// ```swift
    /// let corpus = try CorpusStore.open(URL(fileURLWithPath: "articles.kcorpus"))
    /// print(corpus.summary)    // ingested 1,204 articles, skipped 3: 2 binary files, 1 bad JSON line
    /// ```
    public static func open(_ url: URL, display: String? = nil, extractor: Extractor = .standard) throws(StoreError)
        -> Corpus
    {
        try StoreReader(path: url.standardizedFileURL.path, display: display ?? displayPath(url))
            .read(extractor: extractor).corpus
    }
}
