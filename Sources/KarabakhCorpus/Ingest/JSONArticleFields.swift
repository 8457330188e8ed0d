import Foundation

/// The article fields of a JSON object — a JSON line (SPEC §3.2) or a `.meta.json`
/// sidecar (§3.3) — checked for type. A field that is absent stays `nil`; a field
/// given as `null` is `.some(nil)` and clears the value it overrides.
struct JSONArticleFields {
    var id: String?
    var text: String?
    var title: String??
    var date: Day??
    var authors: [String]??
    var source: String??
    var dateline: String??
    var url: String??

    /// Reads the fields of a parsed JSON object.
    init(_ object: [String: Any]) throws(IngestProblem) {
        if let value = object["id"], !(value is NSNull) {
            if let string = value as? String {
                id = string
            } else if let number = value as? NSNumber, !Self.isBool(number) {
                id = number.stringValue
            } else {
                throw .wrongType(field: "id", expected: "a string or a number")
            }
        }
        text = try Self.string(object, "text") ?? nil
        title = try Self.string(object, "title")
        source = try Self.string(object, "source")
        dateline = try Self.string(object, "dateline")
        url = try Self.string(object, "url")
        if let printed = try Self.string(object, "date") {
            if let printed {
                guard let day = Self.day(printed) else { throw .badDate(field: "date", value: printed) }
                date = .some(day)
            } else {
                date = .some(nil)
            }
        }
        if let value = object["authors"] {
            if value is NSNull {
                authors = .some(nil)
            } else if let list = value as? [Any], let names = list as? [String] {
                authors = .some(names.map { LineText.clean($0) }.filter { !$0.isEmpty })
            } else {
                throw .wrongType(field: "authors", expected: "an array of strings")
            }
        } else if let author = try Self.string(object, "author") {
            authors = .some(author.map { [LineText.clean($0)] }?.filter { !$0.isEmpty } ?? nil)
        }
    }

    /// Sets every field that was given on the metadata.
    func apply(to metadata: inout ArticleMetadata) {
        if let title { metadata.title = title.flatMap(Self.nonEmpty) }
        if let date { metadata.date = date }
        if let authors { metadata.authors = authors ?? [] }
        if let source { metadata.source = source.flatMap(Self.nonEmpty) }
        if let dateline { metadata.dateline = dateline.flatMap(Self.nonEmpty) }
        if let url { metadata.url = url.flatMap(Self.nonEmpty) }
    }

    /// `YYYY-MM-DD`, or an ISO 8601 date-time whose date part is that
    /// (`2020-03-30T15:10:00+04:00`): the date as printed.
    static func day(_ printed: String) -> Day? {
        let trimmed = printed.trimming(in: " ")
        guard trimmed.utf8.count >= 10 else { return nil }
        let datePart = trimmed.prefix(10)
        let rest = trimmed.dropFirst(10)
        guard rest.isEmpty || isTime(rest.dropFirst()) && (rest.first == "T" || rest.first == "t" || rest.first == " ")
        else { return nil }
        return Day(iso: datePart)
    }

    /// `15:10`, `15:10:00`, `15:10:00.250`, with an optional `Z` or `±hh[:mm]` offset.
    private static func isTime(_ text: Substring) -> Bool {
        var body = text
        if body.hasSuffix("Z") || body.hasSuffix("z") {
            body = body.dropLast()
        } else if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = body[body.index(after: sign)...].filter { $0 != ":" }
            guard offset.count == 2 || offset.count == 4, offset.allSatisfy(\.isASCIIDigit) else { return false }
            body = body[..<sign]
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return false }
        if parts.count == 3 {
            let seconds = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard seconds[0].count == 2, let second = Int(seconds[0]), second < 61,
                seconds.count == 1 || (!seconds[1].isEmpty && seconds[1].allSatisfy(\.isASCIIDigit))
            else { return false }
        }
        return true
    }

    private static func string(_ object: [String: Any], _ key: String) throws(IngestProblem) -> String?? {
        guard let value = object[key] else { return nil }
        if value is NSNull { return .some(nil) }
        guard let string = value as? String else { throw .wrongType(field: key, expected: "a string") }
        return .some(string)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let cleaned = LineText.clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    private static func isBool(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
