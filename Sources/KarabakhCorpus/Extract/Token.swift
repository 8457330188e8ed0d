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
    var kind: Kind
    /// The text as printed.
    var text: Substring
    /// The first scalar's offset in the text.
    var start: Int
    /// The offset after the last scalar.
    var end: Int
    /// The index of the sentence the token belongs to.
    var sentence: Int
    /// Whether a line break stands between this token and the one before.
    var startsLine: Bool

    /// Lower-cased, with curly apostrophes made straight.
    var key: String { Token.key(text) }

    /// Whether the token starts with an upper-case letter.
    var isCapitalised: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }

    /// Whether every letter is upper-case and there are at least two.
    var isAllCaps: Bool { LineText.isAllCaps(text) }

    /// The normal form used to compare words: lower case, apostrophes and dashes unified.
    static func key(_ text: some StringProtocol) -> String {
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
