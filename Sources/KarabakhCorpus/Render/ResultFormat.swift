/// How query results are written: `table` (default on a terminal), `json`,
/// `jsonl`, `csv` or `markdown`.
public enum ResultFormat: String, Hashable, Sendable, CaseIterable {
    /// A table with box-drawing lines; a single value plainly.
    case table
    /// A scalar as a bare JSON value (`5`); rows as an array of objects keyed by column.
    case json
    /// One JSON object per row, one line each; a scalar as a bare JSON value.
    case jsonl
    /// A header line of column names, then a record per row (RFC 4180).
    case csv
    /// A Markdown table.
    case markdown
}
