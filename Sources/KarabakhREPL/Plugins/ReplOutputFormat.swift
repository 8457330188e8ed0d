import KarabakhCorpus

/// An output format a plugin adds to `:format`, beside table, json, jsonl, csv and markdown.
///
/// For example, tab-separated values:
///
/// ```swift
/// ReplOutputFormat(name: "tsv", summary: "Tab-separated values.") { result, corpus in
///     guard case .rows(let rows) = result else { return "\(result)\n" }
///     return ([rows.columns] + rows.values.map { rows.cells(of: $0, in: corpus).map(\.text) })
///         .map { $0.joined(separator: "\t") + "\n" }.joined()
/// }
/// ```
public struct ReplOutputFormat: Sendable {
    /// The name `:format` takes.
    public var name: String
    /// One line for `:help`.
    public var summary: String
    /// Writes a result, ending with a line break.
    public var render: @Sendable (QueryResult, Corpus) -> String

    /// Creates a format.
    public init(name: String, summary: String, render: @escaping @Sendable (QueryResult, Corpus) -> String) {
        self.name = name
        self.summary = summary
        self.render = render
    }
}
