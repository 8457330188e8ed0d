import Foundation
import KarabakhCorpus

extension CorpusStore {
    /// Reads article folders and files into a saved corpus, creating it or adding to it.
    ///
    /// When the file exists, only the article files (and JSON lines) it does not hold
    /// yet are read and extracted: articles are known by their ``Article/file``, the
    /// path inside the folder given (`2020/a.txt`, `feed.jsonl:12`), so a file is
    /// never read twice, and an edited file is not read again. The new articles are
    /// added with ``Corpus/merged(with:)``, so the result is the corpus that reading
    /// everything at once gives, and the file is saved atomically. A skipped file
    /// reported by an earlier ingest is reported again, and kept once.
    ///
    /// `options.skip`, when set, leaves out more files. Throws when a path does not
    /// exist, the file is not a saved corpus, or it cannot be written.
    ///
    /// For example:
    ///
    /// ```swift
    /// let file = URL(fileURLWithPath: "articles.kcorpus")
    /// _ = try CorpusStore.ingest([URL(fileURLWithPath: "2020")], into: file)
    /// let result = try CorpusStore.ingest([URL(fileURLWithPath: "2020"), URL(fileURLWithPath: "2021")], into: file)
    /// print(result)    // ingested 1,204 articles (600 new, 604 already stored), skipped 0
    /// ```
    public static func ingest(_ urls: [URL], into url: URL, options: IngestOptions = IngestOptions())
        throws(StoreError) -> IngestResult
    {
        let display = displayPath(url)
        let path = url.standardizedFileURL.path
        var stored: Corpus?
        var storedDigest: String?
        if FileManager.default.fileExists(atPath: path) {
            let (corpus, meta) = try StoreReader(path: path, display: display).read(extractor: options.extractor)
            stored = corpus
            storedDigest = meta["gazetteer_digest"]
        }
        let known = Set(stored?.articles.map(\.file) ?? [])
        let itself = namesInside(urls, of: path)
        let found = FoundFiles()
        var loadOptions = options
        let callerSkip = options.skip
        loadOptions.skip = { file in
            if callerSkip?(file) == true || itself.contains(file) { return true }
            guard known.contains(file) else { return false }
            found.insert(file)
            return true
        }
        let loaded: Corpus
        do {
            loaded = try Corpus.load(contentsOf: urls, options: loadOptions)
        } catch {
            throw StoreError(loading: error, display: display)
        }
        let storedCount = found.count
        guard let stored else {
            try save(loaded, diagnostics: loaded.diagnostics, to: url, display: display)
            return IngestResult(
                newArticleCount: loaded.articles.count, storedArticleCount: storedCount,
                totalArticleCount: loaded.articles.count, diagnostics: loaded.diagnostics, wroteFile: true)
        }
        let diagnostics = mergedDiagnostics(stored.diagnostics, loaded.diagnostics, newArticles: loaded.articles)
        let changed = !loaded.articles.isEmpty || diagnostics != stored.diagnostics
        if changed {
            try save(stored.merged(with: loaded), diagnostics: diagnostics, to: url, display: display)
        }
        let digest = GazetteerFingerprint(options.extractor.gazetteer).digest
        return IngestResult(
            newArticleCount: loaded.articles.count, storedArticleCount: storedCount,
            totalArticleCount: stored.articles.count + loaded.articles.count, diagnostics: loaded.diagnostics,
            wroteFile: changed, gazetteerChanged: !loaded.articles.isEmpty && storedDigest.map { $0 != digest } ?? false
        )
    }

    /// The names the corpus file at `path` has inside the folders of `urls`, so that
    /// an ingest of the folder that holds it does not read it as a skipped file.
    private static func namesInside(_ urls: [URL], of path: String) -> Set<String> {
        var names: Set<String> = []
        for url in urls {
            let folder = url.standardizedFileURL.path
            if path.hasPrefix(folder + "/") { names.insert(String(path.dropFirst(folder.count + 1))) }
        }
        return names
    }

    /// The diagnostics of a file after an ingest: the earlier ones that this ingest
    /// did not meet again (it reads every file it has not stored, so it reports
    /// those again) and that are not about an article it has now read, then this
    /// ingest's.
    static func mergedDiagnostics(
        _ earlier: [IngestDiagnostic], _ new: [IngestDiagnostic], newArticles: [Article]
    ) -> [IngestDiagnostic] {
        func key(_ diagnostic: IngestDiagnostic) -> String {
            let components = diagnostic.file.split(separator: "/").filter { $0 != "." }
            let file = (diagnostic.file.hasPrefix("/") ? "/" : "") + components.joined(separator: "/")
            return diagnostic.line.map { "\(file):\($0)" } ?? file
        }
        let again = Set(new.map(key))
        let articleFiles = Set(newArticles.map(\.file))
        return earlier.filter { diagnostic in
            let key = key(diagnostic)
            guard !again.contains(key) else { return false }
            // `corpus/2020/a.txt` is about the article whose file is `2020/a.txt` or `a.txt`.
            let parts = key.split(separator: "/", omittingEmptySubsequences: false)
            return !parts.indices.contains { articleFiles.contains(parts[$0...].joined(separator: "/")) }
        } + new
    }

    /// The names `IngestOptions.skip` was asked about and found stored, from every
    /// thread of a load.
    private final class FoundFiles: @unchecked Sendable {
        // Read and written only while `lock` is held.
        private var names: Set<String> = []
        private let lock = NSLock()

        func insert(_ name: String) {
            lock.withLock { _ = names.insert(name) }
        }

        var count: Int { lock.withLock { names.count } }
    }
}

extension StoreError {
    /// The error for a corpus that could not be read for an ingest into `display`.
    init(loading error: CorpusError, display: String) {
        switch error {
        case .notFound(let path): self.init(path: path, reason: "no such file or folder")
        case .unreadable(let path, let reason): self.init(path: path, reason: "cannot read: \(reason)")
        default: self.init(path: display, reason: error.description)
        }
    }
}
