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
        var text = text
        let found: (Int, Int)? = raw.withUTF8 { rawBytes in
            text.withUTF8 { textBytes in
                guard let offset = Self.firstOffset(of: textBytes, in: rawBytes) else { return nil }
                return (offset, offset + textBytes.count)
            }
        }
        guard let (start, end) = found else {
            self = .whole(raw)
            return
        }
        let bytes = raw.utf8
        let prefix = bytes.index(bytes.startIndex, offsetBy: start)
        let suffix = bytes.index(bytes.startIndex, offsetBy: end)
        self = .around(prefix: String(raw[..<prefix]), suffix: String(raw[suffix...]))
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
            if haystack[offset] == first, memcmp(haystackStart + offset, needleStart, head) == 0 {
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
