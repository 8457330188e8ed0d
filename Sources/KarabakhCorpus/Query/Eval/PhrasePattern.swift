/// A phrase pattern of `~`, `near`, `kwic` and `collocates`: words that must occur
/// one after another, compared without case; a word ending in `*` matches any word
/// it begins (`coexist*`).
///
/// Matching tries each start word once, comparing at most the pattern's words
/// there, and never backtracks: time linear in the text, times the pattern's length
/// at worst, whatever the pattern (`a* a* a* … c` included).
struct PhrasePattern: Hashable, Sendable {
    /// One word of the pattern.
    struct Word: Hashable, Sendable {
        var key: String
        var isPrefix: Bool
    }

    let words: [Word]
    /// The pattern as written.
    let text: String

    /// Compiles a pattern; punctuation inside words is split as in article text
    /// (`Nagorno-Karabakh` is two words).
    init(_ pattern: String) {
        var words: [Word] = []
        for piece in pattern.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let isPrefix = piece.hasSuffix("*")
            let core = isPrefix ? String(piece.dropLast()) : String(piece)
            let tokens = Tokenizer.tokens(of: core).filter { $0.kind == .word || $0.kind == .number }
            for (index, token) in tokens.enumerated() {
                words.append(Word(key: token.key, isPrefix: isPrefix && index == tokens.count - 1))
            }
        }
        self.words = words
        self.text = pattern
    }

    /// Whether the pattern has no words (it then matches nothing).
    var isEmpty: Bool { words.isEmpty }

    /// The word ranges of every match in a text's words, left to right, not overlapping.
    func matches(in text: TextWords) -> [Range<Int>] {
        guard !words.isEmpty, text.keys.count >= words.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        let last = text.keys.count - words.count
        while start <= last {
            if matches(at: start, in: text.keys) {
                found.append(start..<(start + words.count))
                start += words.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether the pattern occurs anywhere in the text.
    func occurs(in text: TextWords) -> Bool {
        guard !words.isEmpty, text.keys.count >= words.count else { return false }
        for start in 0...(text.keys.count - words.count) where matches(at: start, in: text.keys) { return true }
        return false
    }

    private func matches(at start: Int, in keys: [String]) -> Bool {
        for (offset, word) in words.enumerated() {
            let key = keys[start + offset]
            if word.isPrefix ? !key.hasPrefix(word.key) : key != word.key { return false }
        }
        return true
    }
}

/// The words of a text, lower-cased, with where each stands, for phrase matching
/// and concordance lines: the tokenizer's word and number tokens, found by
/// ``WordScanner``.
struct TextWords: Sendable {
    /// The words' keys.
    let keys: [String]
    /// The words as printed.
    let surfaces: [Substring]

    init(_ text: String) {
        let words = WordScanner.words(of: text)
        var keys: [String] = []
        var surfaces: [Substring] = []
        keys.reserveCapacity(words.count)
        surfaces.reserveCapacity(words.count)
        let utf8 = text.utf8
        for word in words {
            let lower = utf8.index(utf8.startIndex, offsetBy: word.bytes.lowerBound)
            let upper = utf8.index(lower, offsetBy: word.bytes.count)
            let surface = text[lower..<upper]
            surfaces.append(surface)
            keys.append(Token.key(surface))
        }
        self.keys = keys
        self.surfaces = surfaces
    }

    /// The printed words of a range, joined by spaces.
    func text(_ range: Range<Int>) -> String {
        surfaces[range.clamped(to: 0..<surfaces.count)].joined(separator: " ")
    }
}
