import KarabakhCorpus

/// What ``CorpusStore/ingest(_:into:options:)`` did: how many articles it found, how
/// many were new and how many the file held already, what it skipped, and whether
/// it wrote the file.
///
/// For example, its description is the line `karabakh ingest` prints:
///
/// ```
/// ingested 1,204 articles (1,200 new, 4 already stored), skipped 3: 2 binary files, 1 bad JSON line
/// ```
public struct IngestResult: Sendable, CustomStringConvertible {
    /// The articles read and added to the file.
    public var newArticleCount: Int
    /// The article files (and JSON lines) found that the file held already, left unread.
    public var storedArticleCount: Int
    /// The number of articles in the file afterwards.
    public var totalArticleCount: Int
    /// What this ingest skipped or ignored, in the order met (not what earlier ingests did).
    public var diagnostics: [IngestDiagnostic]
    /// Whether the file was written; `false` when nothing was new and nothing changed.
    public var wroteFile: Bool
    /// Whether the file was made with another gazetteer than the one this ingest
    /// extracted with: its earlier articles keep what the earlier gazetteer found.
    public var gazetteerChanged: Bool

    /// Creates a result.
    public init(
        newArticleCount: Int, storedArticleCount: Int, totalArticleCount: Int, diagnostics: [IngestDiagnostic],
        wroteFile: Bool, gazetteerChanged: Bool = false
    ) {
        self.newArticleCount = newArticleCount
        self.storedArticleCount = storedArticleCount
        self.totalArticleCount = totalArticleCount
        self.diagnostics = diagnostics
        self.wroteFile = wroteFile
        self.gazetteerChanged = gazetteerChanged
    }

    /// The counts of this ingest: every article found, new or stored, and what was skipped.
    ///
    /// For example: `ingested 1,204 articles, skipped 3: 2 binary files, 1 bad JSON line`.
    public var summary: IngestSummary {
        IngestSummary(articleCount: newArticleCount + storedArticleCount, diagnostics: diagnostics)
    }

    /// `ingested 1,204 articles (1,200 new, 4 already stored), skipped 3: …`.
    public var description: String {
        let text = summary.description
        let head = "ingested \(Self.grouped(newArticleCount + storedArticleCount)) "
        guard text.hasPrefix(head) else { return text }
        // After `ingested 1,204 articles`: the count's own commas are in `head`.
        let afterHead = text.index(text.startIndex, offsetBy: head.count)
        let end = text[afterHead...].firstIndex(of: ",") ?? text.endIndex
        let counts = " (\(Self.grouped(newArticleCount)) new, \(Self.grouped(storedArticleCount)) already stored)"
        return String(text[..<end]) + counts + String(text[end...])
    }

    /// `1,204`.
    static func grouped(_ value: Int) -> String {
        var digits = Array(String(value.magnitude))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return (value < 0 ? "-" : "") + String(digits)
    }
}
