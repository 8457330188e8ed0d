/// Writes query results in every ``ResultFormat``.
///
/// For example, `articles | count by source` as `table`:
///
/// ```
/// ┌──────────┬───────┐
/// │ source   │ count │
/// ├──────────┼───────┤
/// │ AzerNews │     3 │
/// │          │     2 │
/// └──────────┴───────┘
/// ```
public struct ResultRenderer: Sendable {
    /// The corpus the results came from (to name entities and articles).
    public let corpus: Corpus
    /// The widest a table may be, in characters; `nil` for no limit.
    public var width: Int?
    /// The most rows a table shows before `… N more rows`; `nil` for all.
    public var maximumRows: Int?

    /// Creates a renderer.
    public init(corpus: Corpus, width: Int? = nil, maximumRows: Int? = nil) {
        self.corpus = corpus
        self.width = width
        self.maximumRows = maximumRows
    }

    /// The result as text in a format, ending with a line break.
    public func render(_ result: QueryResult, as format: ResultFormat) -> String {
        switch result {
        case .value(let value):
            switch format {
            case .json, .jsonl: return json(value).serialized() + "\n"
            case .csv: return CSVWriter.line([value.text])
            case .table, .markdown: return value.text + "\n"
            }
        case .rows(let rows):
            let columns = rows.columns
            let cells = rows.values.map { rows.cells(of: $0, in: corpus) }
            switch format {
            case .json:
                return "[" + cells.map { object(columns, $0).serialized() }.joined(separator: ",\n") + "]\n"
            case .jsonl:
                return cells.map { object(columns, $0).serialized() + "\n" }.joined()
            case .csv:
                return CSVWriter.line(columns) + cells.map { CSVWriter.line($0.map(\.text)) }.joined()
            case .markdown:
                return markdown(columns, cells)
            case .table:
                return TableLayout(
                    columns: columns, rows: cells.map { $0.map(cellText) }, width: width, maximumRows: maximumRows,
                    bars: rows.type == .table(TextStages.timelineColumns)
                        ? cells.map { $0.last.flatMap(\.intValue) } : nil
                )
                .render()
            }
        }
    }

    private func cellText(_ value: QueryValue) -> String {
        value.text.replacing("\n", with: " ")
    }

    private func object(_ columns: [String], _ cells: [QueryValue]) -> JSONValue {
        .object(zip(columns, cells).map { JSONValue.Member($0, json($1)) })
    }

    /// A value as JSON: entities by name, articles by file, dates as `YYYY-MM-DD`.
    public func json(_ value: QueryValue) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .decimal(let number): .double((number * 10_000).rounded() / 10_000)
        case .list(let items): .array(items.map(json))
        case .record(let columns, let values): object(columns, values)
        case .scored(let base, _): json(base)
        default: .string(value.text)
        }
    }

    private func markdown(_ columns: [String], _ cells: [[QueryValue]]) -> String {
        func escape(_ text: String) -> String { text.replacing("|", with: "\\|").replacing("\n", with: " ") }
        var text = "| " + columns.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + columns.map { _ in " --- |" }.joined() + "\n"
        for row in cells {
            text += "| " + row.map { escape($0.text) }.joined(separator: " | ") + " |\n"
        }
        return text
    }
}

extension QueryValue {
    /// The whole number a value holds, or `nil`.
    var intValue: Int? {
        if case .int(let number) = self { return number }
        return nil
    }
}
