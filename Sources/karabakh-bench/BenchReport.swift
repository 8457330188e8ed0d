import Foundation

/// The benchmark's results, printed as one JSON object (`--json`) or as a table.
///
/// The JSON keys are fixed (acceptance tests read them):
///
/// ```
/// {"articles", "text_mb", "peak_rss_mb",
///  "ingest": {"ours_s", "fts5_s", "speedup"}, "open": {"ours_s", "fts5_s"},
///  "queries": [{"name", "ours_p50_ms", "ours_p99_ms", "fts5_p50_ms", "fts5_p99_ms", "speedup"}]}
/// ```
///
/// `speedup` is the FTS5 time divided by ours (above 1: we are faster), `null` where
/// a figure is missing on either side. Missing figures are `null`, never left out.
struct BenchReport: Sendable {
    /// Ingest wall times.
    struct Ingest: Sendable {
        /// Ours: `Corpus.load` (read, parse, extract, index), in seconds.
        var ours: Double
        /// FTS5: read the files and build the full-text index, in seconds.
        var fts5: Double?

        /// FTS5's time over ours.
        var speedup: Double? { BenchReport.ratio(fts5, ours) }
    }

    /// Open a saved corpus and answer a first query, in seconds.
    struct Open: Sendable {
        /// Ours: `CorpusStore.open` and the `entity` query.
        var ours: Double
        /// FTS5: open the database file and the same question.
        var fts5: Double
    }

    /// The latency of one query on both sides, in milliseconds.
    struct QueryFigures: Sendable {
        /// The query's name.
        var name: String
        /// Our median.
        var oursP50: Double
        /// Our 99th percentile.
        var oursP99: Double
        /// FTS5's median, or `nil` where it has no equivalent.
        var fts5P50: Double?
        /// FTS5's 99th percentile, or `nil`.
        var fts5P99: Double?

        /// FTS5's median over ours.
        var speedup: Double? { BenchReport.ratio(fts5P50, oursP50) }
    }

    /// The number of articles generated.
    var articles: Int
    /// The size of the generated files, in millions of bytes.
    var textMB: Double
    /// The peak resident memory while our queries ran, in millions of bytes.
    var peakRSSMB: Double
    /// Ingest figures.
    var ingest: Ingest
    /// Open figures.
    var open: Open
    /// The fixed set's figures, in order.
    var queries: [QueryFigures]

    /// The report as one JSON object, keys in the documented order.
    func json() -> String {
        BenchJSON.object([
            ("articles", .int(articles)),
            ("text_mb", .number(Self.rounded(textMB, places: 3))),
            ("peak_rss_mb", .number(Self.rounded(peakRSSMB, places: 1))),
            (
                "ingest",
                .object([
                    ("ours_s", .number(Self.rounded(ingest.ours))),
                    ("fts5_s", .optional(ingest.fts5.map { Self.rounded($0) })),
                    ("speedup", .optional(ingest.speedup.map { Self.rounded($0, places: 2) })),
                ])
            ),
            (
                "open",
                .object([
                    ("ours_s", .number(Self.rounded(open.ours))),
                    ("fts5_s", .number(Self.rounded(open.fts5))),
                ])
            ),
            (
                "queries",
                .array(
                    queries.map { query in
                        .object([
                            ("name", .string(query.name)),
                            ("ours_p50_ms", .number(Self.rounded(query.oursP50))),
                            ("ours_p99_ms", .number(Self.rounded(query.oursP99))),
                            ("fts5_p50_ms", .optional(query.fts5P50.map { Self.rounded($0) })),
                            ("fts5_p99_ms", .optional(query.fts5P99.map { Self.rounded($0) })),
                            ("speedup", .optional(query.speedup.map { Self.rounded($0, places: 2) })),
                        ])
                    })
            ),
        ]).text()
    }

    /// The report as a table for people.
    func table(seed: UInt64) -> String {
        var lines: [String] = []
        lines.append(
            "karabakh-bench: \(Progress.grouped(articles)) articles, \(Self.fixed(textMB, 2)) MB of text, seed \(seed)")
        lines.append("")
        let throughput =
            "\(Self.fixed(textMB / ingest.ours, 2)) MB/s, "
            + "\(Progress.grouped(Int((Double(articles) / ingest.ours).rounded()))) articles/s"
        lines.append("ingest        ours \(Self.fixed(ingest.ours, 3)) s (\(throughput))")
        lines.append(
            "              FTS5 \(ingest.fts5.map { Self.fixed($0, 3) + " s" } ?? "n/a")"
                + "    speedup \(Self.times(ingest.speedup))")
        lines.append(
            "open + query  ours \(Self.fixed(open.ours, 3)) s"
                + "    FTS5 \(Self.fixed(open.fts5, 3)) s")
        lines.append(
            "peak memory during our queries: \(Self.fixed(peakRSSMB, 1)) MB "
                + "(\(Self.fixed(textMB > 0 ? peakRSSMB / textMB : 0, 2))x the text)")
        lines.append("")
        let header = ["query", "ours p50", "ours p99", "FTS5 p50", "FTS5 p99", "speedup"]
        var rows: [[String]] = [header]
        for query in queries {
            rows.append([
                query.name, Self.milliseconds(query.oursP50), Self.milliseconds(query.oursP99),
                query.fts5P50.map(Self.milliseconds) ?? "n/a", query.fts5P99.map(Self.milliseconds) ?? "n/a",
                Self.times(query.speedup),
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            lines.append(cells.joined(separator: "   "))
        }
        return lines.joined(separator: "\n")
    }

    /// `numerator / denominator`, or `nil` when either is missing or the denominator is 0.
    static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0 else { return nil }
        return numerator / denominator
    }

    /// A figure rounded for the JSON: four significant places after the point, at least.
    static func rounded(_ value: Double, places: Int = 4) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    private static func fixed(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }

    private static func milliseconds(_ value: Double) -> String {
        fixed(value, value < 10 ? 3 : 1) + " ms"
    }

    private static func times(_ value: Double?) -> String {
        value.map { fixed($0, 2) + "x" } ?? "n/a"
    }
}
