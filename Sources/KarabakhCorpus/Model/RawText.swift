import Foundation

/// How an article keeps its raw file text without holding the body twice: most
/// files are header lines, the body exactly as read, and footer lines, so the raw
/// text is kept as what stands before and after the body. A file whose body the
/// reader changed (CRLF line ends, a JSON line's escapes) keeps its raw text whole.
enum RawText: Hashable, Sendable {
    /// The raw text, when the body is not a stretch of it.
    case whole(String)
    /// The raw text is `prefix`, then the body, then `suffix`.
    case around(prefix: String, suffix: String)

    /// The way to keep `raw`, given the body `text` the article holds anyway.
    init(raw: String, text: String) {
        var raw = raw
        let found: Range<Int>? = raw.withUTF8 { Self.body(text, in: $0) }
        guard let found else {
            self = .whole(raw)
            return
        }
        let bytes = raw.utf8
        let prefix = bytes.index(bytes.startIndex, offsetBy: found.lowerBound)
        let suffix = bytes.index(bytes.startIndex, offsetBy: found.upperBound)
        self = .around(prefix: String(raw[..<prefix]), suffix: String(raw[suffix...]))
    }

    /// Where the bytes of `text` stand in `raw`, if they are found.
    private static func body(_ text: String, in raw: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var text = text
        return text.withUTF8 { textBytes in
            firstOffset(of: textBytes, in: raw).map { $0..<($0 + textBytes.count) }
        }
    }

    /// Where `needle` first stands in `haystack`, by byte. A full comparison (after the first eight
    /// bytes matched) is tried at most a few times (a body stands near the top of its file), so the search
    /// stays linear whatever the text; past that the answer is `nil`.
    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        guard let first = needle.first, needle.count <= haystack.count, let needleStart = needle.baseAddress,
            let haystackStart = haystack.baseAddress
        else { return nil }
        let head = min(8, needle.count)
        var attempts = 0
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last, attempts < 16 {
            // The next place the first byte stands, found with `memchr`.
            guard let hit = memchr(haystackStart + offset, Int32(first), last - offset + 1) else { return nil }
            offset = UnsafeRawPointer(haystackStart).distance(to: UnsafeRawPointer(hit))
            if memcmp(haystackStart + offset, needleStart, head) == 0 {
                attempts += 1
                if memcmp(haystackStart + offset, needleStart, needle.count) == 0 { return offset }
            }
            offset += 1
        }
        return nil
    }

    /// The raw text, around the body `text`.
    func raw(text: String) -> String {
        switch self {
        case .whole(let raw): raw
        case .around(let prefix, let suffix): prefix + text + suffix
        }
    }
}
