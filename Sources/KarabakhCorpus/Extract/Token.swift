/// A word, number or punctuation mark of an article's text, with its place.
///
/// Offsets count Unicode scalars in the article's `text`, as mention and quote
/// offsets do (SPEC §4).
struct Token: Hashable, Sendable {
    /// What a token is.
    enum Kind: Hashable, Sendable {
        /// Letters (and digits) — `Karabakh`, `COVID`, `U.S.`
        case word
        /// Digits only — `2020`, `44`
        case number
        /// The possessive ending `’s` or `'s`, or a bare `’` after a plural.
        case possessive
        /// Any other single character that is not a space.
        case punctuation
    }

    /// The kind of token.
    let kind: Kind
    /// The text as printed.
    let text: Substring
    /// The first scalar's offset in the text.
    let start: Int
    /// The offset after the last scalar.
    let end: Int
    /// The index of the sentence the token belongs to.
    let sentence: Int
    /// Whether a line break stands between this token and the one before.
    let startsLine: Bool

    /// Lower-cased, with curly apostrophes made straight.
    let key: String
    /// Whether the token starts with an upper-case letter.
    let isCapitalised: Bool
    /// Whether every letter is upper-case and there are at least two.
    let isAllCaps: Bool

    /// Creates a token; its key and case are computed once, here.
    init(kind: Kind, text: Substring, start: Int, end: Int, sentence: Int, startsLine: Bool) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.startsLine = startsLine
        key = Token.key(text)
        if let first = text.unicodeScalars.first {
            isCapitalised = first.isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase
        } else {
            isCapitalised = false
        }
        isAllCaps = isCapitalised && LineText.isAllCaps(text)
    }

    /// The normal form used to compare words: lower case, apostrophes and dashes unified.
    static func key(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lower-case by arithmetic, straight into the new string's bytes.
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                var count = 0
                for byte in text.utf8 {
                    buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "`", "\u{02BC}": result.unicodeScalars.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": result.unicodeScalars.append("-")
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { result.unicodeScalars.append(lower) }
            }
        }
        return result
    }
}
