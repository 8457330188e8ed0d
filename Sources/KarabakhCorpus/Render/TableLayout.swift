/// A text table with box-drawing lines, fitted to a width: columns shrink from the
/// widest, long cells are cut with `…`, numbers align right, and a long result shows
/// its first rows and how many more there are. A timeline gets a bar per row.
struct TableLayout {
    let columns: [String]
    let rows: [[String]]
    let width: Int?
    let maximumRows: Int?
    /// For timelines: the count of each row, drawn as a bar.
    let bars: [Int?]?

    func render() -> String {
        var header = columns
        var body = rows
        if let bars {
            let largest = max(1, bars.compactMap { $0 }.max() ?? 1)
            header.append("")
            for index in body.indices {
                let count = bars[index] ?? 0
                let length = count == 0 ? 0 : max(1, Int((Double(count) / Double(largest) * 30).rounded()))
                body[index].append(String(repeating: "█", count: length))
            }
        }
        let shown = maximumRows.map { Array(body.prefix($0)) } ?? body
        var widths = header.indices.map { column in
            ([header[column]] + shown.map { $0[column] }).map(\.count).max() ?? 0
        }
        if let width {
            // Borders take 3 characters per column plus 1.
            while widths.reduce(0, +) + 3 * widths.count + 1 > width,
                let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
                widths[widest] > 3
            {
                widths[widest] -= 1
            }
        }
        let numeric = header.indices.map { column in
            !shown.isEmpty && shown.allSatisfy { $0[column].isEmpty || Double($0[column]) != nil }
        }
        func line(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func row(_ cells: [String], alignNumbers: Bool) -> String {
            "│"
                + cells.indices.map { column in
                    let text = fit(cells[column], widths[column])
                    let padding = String(repeating: " ", count: widths[column] - text.count)
                    return " " + (alignNumbers && numeric[column] ? padding + text : text + padding) + " "
                }.joined(separator: "│") + "│\n"
        }
        var text = line("┌", "┬", "┐") + row(header, alignNumbers: false) + line("├", "┼", "┤")
        for cells in shown { text += row(cells, alignNumbers: true) }
        text += line("└", "┴", "┘")
        let hidden = body.count - shown.count
        if hidden > 0 { text += "… \(Count.grouped(hidden)) more row\(hidden == 1 ? "" : "s")\n" }
        return text
    }

    private func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}
