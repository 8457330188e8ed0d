/// What a load read and what it left out, for the line that ends an ingest:
/// `ingested 1,204 articles, skipped 3: 2 binary files, 1 bad JSON line`.
public struct IngestSummary: Hashable, Sendable, CustomStringConvertible {
    /// The number of articles read.
    public var articleCount: Int
    /// The files and lines skipped, by category (`binary file`), in first-seen order.
    public var skipped: [(category: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.isSkip {
            if counts[diagnostic.category] == nil { order.append(diagnostic.category) }
            counts[diagnostic.category, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
    /// The number of files and lines skipped.
    public var skippedCount: Int { diagnostics.filter(\.isSkip).count }
    /// The number of sidecars ignored.
    public var ignoredCount: Int { diagnostics.count - skippedCount }

    private let diagnostics: [IngestDiagnostic]

    /// Summarises a load.
    public init(articleCount: Int, diagnostics: [IngestDiagnostic]) {
        self.articleCount = articleCount
        self.diagnostics = diagnostics
    }

    /// `ingested 5 articles, skipped 2: 1 binary file, 1 empty file`.
    public var description: String {
        var text = "ingested \(Count.noun(articleCount, "article")), skipped \(Count.grouped(skippedCount))"
        let parts = skipped.map { Count.noun($0.count, $0.category, Self.plural($0.category)) }
        if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
        if ignoredCount > 0 { text += "; ignored \(Count.noun(ignoredCount, "sidecar"))" }
        return text
    }

    private static func plural(_ category: String) -> String {
        // `file over the size limit` → `files over the size limit`
        let words = category.split(separator: " ", maxSplits: 2)
        if let index = words.firstIndex(where: { ["file", "line", "sidecar"].contains($0) }) {
            var plural = words.map(String.init)
            plural[index] += "s"
            return plural.joined(separator: " ")
        }
        return category + "s"
    }

}
