/// The one error the query API throws: every diagnostic of a program that could not
/// be parsed or checked, or the failure of one that ran, with the source text so that
/// it can be rendered with carets.
///
/// For example:
///
/// ```swift
/// do {
///     try corpus.run("articles | where dat > 2020-01-01")
/// } catch let error as QueryError {
///     print(error.rendered)   // <repl>:1:18: error: articles have no field 'dat' …
/// }
/// ```
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in text order.
    public var diagnostics: [Diagnostic]
    /// The query text they refer to.
    public var source: String
    /// The file name shown in front of positions (`<repl>`, `report.kq`).
    public var file: String

    /// Creates an error.
    public init(diagnostics: [Diagnostic], source: String, file: String = "<query>") {
        self.diagnostics = diagnostics
        self.source = source
        self.file = file
    }

    /// Every diagnostic rendered with its line and caret.
    public var rendered: String {
        DiagnosticRenderer(source: source, file: file).render(diagnostics)
    }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
