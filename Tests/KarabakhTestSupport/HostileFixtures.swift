import Foundation

/// A folder of input written to break a reader (SPEC §3.4, §13), and what a reader
/// that breaks on none of it reports: how many articles, and how many files and
/// JSON lines skipped for which reason.
///
/// Every file is made from a fixed seed, so the set is the same on every run. The
/// counts are known by construction: each piece is written as something the spec
/// says is an article or something it says is skipped.
///
/// ```swift
/// let folder = try TemporaryFolder()
/// let fixtures = try HostileFixtures.write(into: folder)
/// let corpus = try Corpus.load(contentsOf: folder.url)
/// #expect(corpus.articles.count == fixtures.articles)
/// ```
public struct HostileFixtures: Sendable {
    /// How large the pieces are; the end-to-end test uses ``full``, the quicker
    /// in-process one ``small``.
    public struct Scale: Sendable {
        /// The number of one-sentence files.
        public var tinyFiles: Int
        /// The bytes of the single line over the size limit.
        public var hugeLine: Int
        /// The bytes of the single line under it.
        public var longLine: Int
        /// The depth of the nested quotes and of the nested JSON.
        public var nesting: Int
        /// The number of bare quotation marks.
        public var quotationMarks: Int

        /// 10,000 tiny files, a 50 MB line, 100,000 quotation marks.
        public static let full = Scale(
            tinyFiles: 10_000, hugeLine: 50 << 20, longLine: 200_000, nesting: 10_000, quotationMarks: 100_000)
        /// The same kinds of piece, smaller.
        public static let small = Scale(
            tinyFiles: 300, hugeLine: 17 << 20, longLine: 40_000, nesting: 2_000, quotationMarks: 20_000)
    }

    /// The number of articles a faithful reader keeps.
    public private(set) var articles = 0
    /// The number of files and JSON lines it skips, by the category of its summary
    /// (`binary file`, `bad JSON line`).
    public private(set) var skipped: [String: Int] = [:]
    /// The number of sidecars it ignores (their articles are kept).
    public private(set) var ignoredSidecars = 0
    /// The number of files written.
    public private(set) var files = 0

    /// The total of ``skipped``.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// The summary line the ingest should end with, but for the order of its parts.
    public var skippedCategories: Set<String> { Set(skipped.keys) }

    private let folder: TemporaryFolder

    private init(folder: TemporaryFolder) { self.folder = folder }

    /// A sentence a reader keeps as an article.
    private static func sentence(_ number: Int) -> String {
        "Talks on the ceasefire resumed in Geneva on day \(number), officials said.\n"
    }

    /// Writes the set into `folder` and gives what reading it should report.
    public static func write(into folder: TemporaryFolder, scale: Scale = .full) throws -> HostileFixtures {
        var set = HostileFixtures(folder: folder)
        var random = SplitMix64(seed: 2020)
        try set.writeBinary(&random)
        try set.writeBrokenText()
        try set.writeLines(scale)
        try set.writeTinyFiles(scale)
        try set.writeQuotes(scale)
        try set.writeJSONLines(scale)
        try set.writeSidecars(scale)
        return set
    }

    // MARK: Pieces

    private mutating func article(_ path: String, _ text: String) throws {
        try folder.write(path, text)
        files += 1
        articles += 1
    }

    private mutating func skip(_ path: String, _ bytes: [UInt8], as category: String) throws {
        try folder.write(path, bytes: bytes)
        files += 1
        skipped[category, default: 0] += 1
    }

    private mutating func writeBinary(_ random: inout SplitMix64) throws {
        let noise = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &random) }
        try skip("binary/noise.txt", noise, as: "binary file")
        try skip("binary/zeros.txt", [UInt8](repeating: 0, count: 4096), as: "binary file")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        try skip("binary/photo.png", png + noise.prefix(1000), as: "binary file")
        try skip("binary/notes.md", Array(Self.sentence(0).utf8), as: "unsupported file")
        // UTF-16 with its byte-order mark: every other byte is NUL.
        let utf16: [UInt8] =
            [0xFF, 0xFE] + Self.sentence(0).utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try skip("binary/utf16.txt", utf16, as: "binary file")
    }

    private mutating func writeBrokenText() throws {
        let good = Array((Self.sentence(1) + "The city of Şuşa was mentioned.").utf8)
        try skip("utf8/truncated.txt", Array(good.dropLast(4)) + [0xC5], as: "file not in UTF-8")
        try skip("utf8/overlong.txt", Array("An overlong slash ".utf8) + [0xC0, 0xAF], as: "file not in UTF-8")
        try skip("utf8/surrogate.txt", Array("A surrogate ".utf8) + [0xED, 0xA0, 0x80], as: "file not in UTF-8")
        try skip("utf8/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" in Baku.\n".utf8), as: "file not in UTF-8")
        try skip("empty/empty.txt", [], as: "empty file")
        try skip("empty/blank.txt", Array(" \n\t\r\n\u{00A0}\n".utf8), as: "empty file")
        try article("endings/crlf.txt", Self.sentence(2).replacingOccurrences(of: "\n", with: "\r\n") + "More.\r\n")
        try article("endings/cr.txt", Self.sentence(3).replacingOccurrences(of: "\n", with: "\r") + "More.\r")
        try article("endings/bom.txt", "\u{FEFF}" + Self.sentence(4))
        try article("endings/no-newline.txt", String(Self.sentence(5).dropLast()))
        try article("controls.txt", "Talks\u{1B}[31m resumed\u{7F} in\u{0C} Geneva.\n" + Self.sentence(6))
    }

    private mutating func writeLines(_ scale: Scale) throws {
        let words = "peace Armenia said Azerbaijan ceasefire “agreement” Stepanakert ‘Khankendi’ talks "
        let line = String(repeating: words, count: scale.longLine / words.utf8.count + 1)
        try article("lines/one-long-line.txt", line)
        let huge = [UInt8](repeating: UInt8(ascii: "a"), count: scale.hugeLine)
        try skip("lines/one-huge-line.txt", huge, as: "file over the size limit")
    }

    private mutating func writeTinyFiles(_ scale: Scale) throws {
        for number in 0..<scale.tinyFiles {
            let name = String(number).leftPadded(to: 5)
            try article("tiny/\(name.prefix(2))/\(name).txt", Self.sentence(number))
        }
    }

    private mutating func writeQuotes(_ scale: Scale) throws {
        let depth = scale.nesting
        let nested =
            "By Jane Doe\n\nThe envoy said “" + String(repeating: "he said ‘she said “", count: depth / 2)
            + "peace" + String(repeating: "” ’", count: depth / 2) + "”.\n"
        try article("quotes/nested-curly.txt", nested)
        let straight =
            String(repeating: "He said \"", count: depth) + "yes" + String(repeating: "\"", count: depth) + "\n"
        try article("quotes/nested-straight.txt", straight)
        try article(
            "quotes/marks.txt", Self.sentence(7) + String(repeating: "\"", count: scale.quotationMarks) + "\n")
        try article(
            "quotes/short-quotes.txt",
            Self.sentence(8) + String(repeating: "“a” ", count: scale.quotationMarks / 10) + "\n")
        try article(
            "quotes/open-singles.txt",
            Self.sentence(9) + String(repeating: "‘a ", count: scale.quotationMarks / 5) + "\n")
        try article(
            "quotes/fillers.txt",
            "Ilham Aliyev " + String(repeating: "has ", count: scale.quotationMarks / 5) + "said: “Peace will come.”\n")
        try article(
            "quotes/never-closed.txt",
            String(repeating: "“The talks went on ", count: scale.quotationMarks / 20) + "\n")
    }

    private mutating func writeJSONLines(_ scale: Scale) throws {
        func line(_ fields: [String: Any]) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        }
        let text = Self.sentence(10)
        var lines: [String] = []
        var good = 0
        var bad = 0
        func keep(_ fields: [String: Any]) {
            lines.append(line(fields))
            good += 1
        }
        func refuse(_ raw: String) {
            lines.append(raw)
            bad += 1
        }
        keep(["text": text, "title": "Talks", "date": "2020-10-10", "id": "good-1"])
        keep(["text": text, "unknown": ["a": [1, 2, 3]], "id": "good-2"])
        refuse(line(["text": 42]))
        refuse(line(["text": text, "title": 5]))
        refuse(line(["text": text, "date": [2020, 10, 10]]))
        refuse(line(["text": text, "author": ["name": "Jane"]]))
        refuse(line(["text": text, "authors": ["Jane", 7]]))
        refuse(line(["text": text, "date": "10 October"]))
        refuse(line(["title": "No text"]))
        refuse(line(["text": "  \n "]))
        refuse("[1, 2, 3]")
        refuse("\"just a string\"")
        refuse("{\"text\": \"cut short")
        refuse("{\"text\": " + String(repeating: "[", count: scale.nesting * 10) + "}")
        refuse(String(repeating: "{\"a\":", count: scale.nesting))
        refuse("{\"text\": \"" + String(repeating: "\\", count: 3) + "\"}")
        lines.append("")
        lines.append("   ")
        keep(["text": text, "id": "good-3"])
        try folder.write("jsonl/mixed.jsonl", lines.joined(separator: "\n") + "\n")
        files += 1
        articles += good
        skipped["bad JSON line", default: 0] += bad
    }

    private mutating func writeSidecars(_ scale: Scale) throws {
        try article("sidecars/deep.txt", Self.sentence(11))
        try folder.write("sidecars/deep.meta.json", String(repeating: "[", count: scale.nesting * 10))
        try article("sidecars/wrong.txt", Self.sentence(12))
        try folder.write("sidecars/wrong.meta.json", "{\"date\": 12, \"title\": [\"x\"]}")
        try article("sidecars/binary.txt", Self.sentence(13))
        try folder.write("sidecars/binary.meta.json", bytes: [0, 1, 2, 3, 0xFF])
        files += 3
        ignoredSidecars += 3
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
