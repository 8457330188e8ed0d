/// Splits an article's text into tokens and sentences.
///
/// Words are runs of letters and digits; an inner apostrophe stays in a word
/// (`O'Brien`) unless it starts a possessive (`Karabakh’s` → `Karabakh`, `’s`);
/// dotted abbreviations stay whole (`U.S.`); hyphens are tokens of their own, so
/// `Nagorno-Karabakh` and `Nagorno Karabakh` compare equal word by word.
/// A sentence ends at `.`, `!` or `?` before a space and a capital, a quotation
/// mark or a line break — but not after a title or an initial (`Mr.`, `M.`).
enum Tokenizer {
    /// The tokens of a text.
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var sentence = 0
        var lineBreak = true
        var pendingBreak = false
        // Scalar offsets to String indices, built as we go.
        var stringIndex = text.unicodeScalars.startIndex
        var scalarPosition = 0
        func textRange(_ start: Int, _ end: Int) -> Substring {
            while scalarPosition < start {
                stringIndex = text.unicodeScalars.index(after: stringIndex)
                scalarPosition += 1
            }
            let lower = stringIndex
            var upper = lower
            for _ in start..<end { upper = text.unicodeScalars.index(after: upper) }
            return Substring(text.unicodeScalars[lower..<upper])
        }

        func append(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            let closes =
                kind == .punctuation && tokens.last?.end == start
                && "\"'”’)]".unicodeScalars.contains(scalars[start])
            if pendingBreak, !closes {
                sentence += 1
                pendingBreak = false
            }
            tokens.append(
                Token(
                    kind: kind, text: textRange(start, end), start: start, end: end, sentence: sentence,
                    startsLine: lineBreak))
            lineBreak = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lineBreak = true
                if !tokens.isEmpty { pendingBreak = true }
                index += 1
                continue
            }
            if LineText.isSpace(scalar) {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                var end = index
                while end < scalars.count {
                    let current = scalars[end]
                    if isWordScalar(current) {
                        end += 1
                    } else if isApostrophe(current), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                        // `’s` followed by a non-letter is a possessive, not part of the word.
                        if scalars[end + 1] == "s" || scalars[end + 1] == "S",
                            end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])
                        {
                            break
                        }
                        end += 1
                    } else if current == ".", end + 1 < scalars.count, scalars[end + 1].properties.isAlphabetic,
                        end - start == 1, scalars[start].properties.isUppercase,
                        end + 2 >= scalars.count || scalars[end + 2] == "."
                    {
                        // U.S. / U.K.: single capitals joined by dots.
                        end += 1
                    } else {
                        break
                    }
                }
                // Keep the final dot of a dotted abbreviation (`U.S.`).
                if end < scalars.count, scalars[end] == ".", end - start >= 3, scalars[start + 1] == "." {
                    end += 1
                }
                let allDigits = scalars[start..<end].allSatisfy { ("0"..."9").contains($0) }
                append(allDigits ? .number : .word, start, end)
                index = end
                continue
            }
            if isApostrophe(scalar), let last = tokens.last, last.end == index, last.kind == .word {
                if index + 1 < scalars.count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                    index + 2 >= scalars.count || !isWordScalar(scalars[index + 2])
                {
                    append(.possessive, index, index + 2)
                    index += 2
                    continue
                }
                if last.text.last == "s", index + 1 >= scalars.count || !isWordScalar(scalars[index + 1]) {
                    append(.possessive, index, index + 1)
                    index += 1
                    continue
                }
            }
            append(.punctuation, index, index + 1)
            if scalar == "." || scalar == "!" || scalar == "?" {
                if endsSentence(at: index, scalars: scalars, tokens: tokens) { pendingBreak = true }
            }
            index += 1
        }
        return tokens
    }

    /// Whether a scalar belongs in a word: a letter, a digit or a combining mark.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let letter = value | 0x20
            return (0x61...0x7A).contains(letter) || (0x30...0x39).contains(value)
        }
        return isNonASCIIWordScalar(scalar)
    }

    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "rep", "sen",
        "gov", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "amb", "adm", "rev", "hon", "dept", "art", "para", "vol", "fig",
    ]

    /// Whether the `.`, `!` or `?` at `index` ends a sentence.
    private static func endsSentence(at index: Int, scalars: [Unicode.Scalar], tokens: [Token]) -> Bool {
        if scalars[index] == "." {
            // Not after a title abbreviation or an initial.
            if tokens.count >= 2 {
                let previous = tokens[tokens.count - 2]
                if previous.kind == .word, previous.end == index {
                    let key = previous.key
                    if abbreviations.contains(key) { return false }
                    if previous.text.unicodeScalars.count == 1, previous.isCapitalised { return false }
                }
            }
        }
        // Skip closing quotes and brackets, then need a space and a capital, a quote, or a line end.
        var next = index + 1
        while next < scalars.count, "\"'”’)]".unicodeScalars.contains(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        guard LineText.isSpace(scalars[next]) || scalars[next] == "\n" || scalars[next] == "\r" else { return false }
        while next < scalars.count, LineText.isSpace(scalars[next]) { next += 1 }
        guard next < scalars.count else { return true }
        let first = scalars[next]
        return first.properties.isUppercase || "\"“‘'(\n\r".unicodeScalars.contains(first)
            || ("0"..."9").contains(first)
    }
}
