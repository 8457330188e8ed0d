/// Writes CSV as RFC 4180 describes: comma-separated, fields quoted when they hold a
/// comma, a quote or a line end, quotes doubled, lines ended with CRLF.
///
/// For example:
///
/// ```swift
/// CSVWriter.line(["file", "title"])                 // file,title\r\n
/// CSVWriter.line(["a.txt", "Peace, at last"])       // a.txt,"Peace, at last"\r\n
/// ```
public enum CSVWriter {
    /// One CSV record, with its CRLF line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted if it needs to be.
    public static func field(_ value: String) -> String {
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
