/// Finds the word and number tokens of a text exactly as ``Tokenizer`` does, without
/// making tokens: it walks the text's UTF-8 bytes once and gives each word's byte range.
///
/// Phrase matching, concordance lines and collocations need only the words of an
/// article, in order; the tokenizer also makes punctuation tokens, sentences, keys and
/// case flags for the extractors. The two must agree word for word, since the term
/// index numbers words the tokenizer's way (a test compares them on random text).
///
/// For example, `Karabakh’s U.S.-backed talks` has the words `Karabakh`, `U.S.`,
/// `backed` and `talks` (bytes `0..<8`, `13..<17`, …): the possessive `’s` and the
/// hyphen are not words.
enum WordScanner {
    /// A word or number token's place in the text, in UTF-8 bytes.
    struct Word: Equatable, Sendable {
        /// The bytes of the word, from the start of the text.
        var bytes: Range<Int>
        /// Whether the word is all ASCII.
        var isASCII: Bool
    }

    /// The words of a text, in order.
    static func words(of text: String) -> [Word] {
        var words: [Word] = []
        var text = text
        text.withUTF8 { bytes in
            words.reserveCapacity(bytes.count / 6)
            scan(bytes) { word in
                words.append(word)
                return true
            }
        }
        return words
    }

    /// Calls `body` with each word of the UTF-8 text, in order, while it returns true.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Bool) {
        let count = bytes.count
        /// The scalar at a byte offset of the valid UTF-8 text, and its length in bytes.
        func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = lead & (0xFF >> (length + 1))
            for next in 1..<length { value = value << 6 | UInt32(bytes[offset + next] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
        func isWordScalar(at offset: Int) -> Bool {
            offset < count && Tokenizer.isWordScalar(scalar(at: offset).0)
        }

        var offset = 0
        // Where the last token ended if it was a word (not a number): a possessive may follow.
        var wordEnd = -1
        while offset < count {
            let (first, firstLength) = scalar(at: offset)
            guard Tokenizer.isWordScalar(first) else {
                if Tokenizer.isApostrophe(first), wordEnd == offset, offset + firstLength < count,
                    bytes[offset + firstLength] | 0x20 == UInt8(ascii: "s"), !isWordScalar(at: offset + firstLength + 1)
                {
                    // A possessive `’s`: its `s` is not a word.
                    offset += firstLength + 1
                } else {
                    offset += firstLength
                }
                wordEnd = -1
                continue
            }
            let start = offset
            var end = offset + firstLength
            var scalars = 1
            var secondIsDot = false
            var isASCII = first.isASCII
            var allDigits = ("0"..."9").contains(first)
            while end < count {
                let (current, length) = scalar(at: end)
                if Tokenizer.isWordScalar(current) {
                    allDigits = allDigits && ("0"..."9").contains(current)
                } else if Tokenizer.isApostrophe(current), isWordScalar(at: end + length) {
                    // `’s` followed by a non-letter is a possessive, not part of the word.
                    if bytes[end + length] | 0x20 == UInt8(ascii: "s"), !isWordScalar(at: end + length + 1) { break }
                    allDigits = false
                } else if current == ".", scalars == 1, first.properties.isUppercase, end + 1 < count {
                    // U.S. / U.K.: single capitals joined by dots.
                    let (next, nextLength) = scalar(at: end + 1)
                    guard next.properties.isAlphabetic,
                        end + 1 + nextLength >= count || bytes[end + 1 + nextLength] == UInt8(ascii: ".")
                    else { break }
                    allDigits = false
                    secondIsDot = true
                } else {
                    break
                }
                isASCII = isASCII && current.isASCII
                end += length
                scalars += 1
            }
            // Keep the final dot of a dotted abbreviation (`U.S.`).
            if end < count, bytes[end] == UInt8(ascii: "."), scalars >= 3, secondIsDot {
                end += 1
                allDigits = false
            }
            guard body(Word(bytes: start..<end, isASCII: isASCII)) else { return }
            wordEnd = allDigits ? -1 : end
            offset = end
        }
    }
}
