/// Helpers for looking at one line of an article file the way a reader does:
/// spaces of every kind count as one space, and the ends are trimmed.
enum LineText {
    /// The line with tabs, non-breaking and other Unicode spaces turned into plain
    /// spaces, runs of spaces collapsed, and both ends trimmed.
    static func clean(_ line: some StringProtocol) -> String {
        if isClean(line.utf8) { return String(line) }
        var result = ""
        result.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else if scalar == "\u{FEFF}" || scalar == "\u{200B}" || scalar == "\u{200E}" || scalar == "\u{200F}" {
                continue
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether ``clean(_:)`` would give a line back unchanged: no space at either end
    /// or two together, no tab, and none of the bytes that can start a Unicode space
    /// separator or an invisible mark (`C2`, `E1`, `E2`, `E3`, `EF`, looked at
    /// closely only for `E2`, which curly quotes and dashes start too).
    private static func isClean(_ bytes: some Collection<UInt8>) -> Bool {
        var previousIsSpace = true
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x20:
                if previousIsSpace { return false }
                previousIsSpace = true
                continue
            case 0x09, 0xC2, 0xE1, 0xE3, 0xEF:
                return false
            case 0xE2:
                // U+2000–U+200F, U+202F and U+205F are E2 80 80–8F, E2 80 AF and E2 81 9F.
                guard let second = iterator.next(), let third = iterator.next() else { return false }
                if second == 0x80, third <= 0x8F || third == 0xAF { return false }
                if second == 0x81, third == 0x9F { return false }
            default:
                break
            }
            previousIsSpace = false
        }
        return !previousIsSpace
    }

    /// Whether a scalar is white space: ASCII space and tab, NBSP, and the other
    /// Unicode space separators.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// Whether the text holds nothing but white space and line ends.
    static func isBlank(_ line: some StringProtocol) -> Bool {
        line.unicodeScalars.allSatisfy {
            isSpace($0) || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" || $0 == "\u{200B}"
        }
    }

    /// The words of a cleaned line.
    static func words(_ cleaned: String) -> [Substring] {
        cleaned.split(separator: " ")
    }

    /// Whether the UTF-8 bytes of `needle` stand somewhere in `text`: a quick test to
    /// make before a Foundation search or replacement, which can only find a match
    /// where the bytes are (for needles like `" and "` or `"follow us"`).
    static func containsBytes(_ text: some StringProtocol, _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let hit = bytes[index...].firstIndex(of: first) else { return false }
            if bytes[hit...].starts(with: needle) { return true }
            index = bytes.index(after: hit)
        }
        return false
    }

    /// Splits text into lines at `\r\n`, `\r` or `\n`, without the line ends.
    static func lines(_ text: String) -> [Substring] {
        // Line ends are found on the bytes: a CR or an LF is always a character of its
        // own (CR LF one together), so each line is whole characters.
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The line without closing quotation marks, brackets and spaces at its end.
    static func trimmingClosers(_ line: some StringProtocol) -> Substring {
        var slice = Substring(line)
        while let last = slice.last, "\"'”’»)]* ".contains(last) {
            slice = slice.dropLast()
        }
        return slice
    }

    /// Whether the word starts with an upper-case letter.
    static func isCapitalised(_ word: some StringProtocol) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Whether every letter of the word is upper-case and it has at least two letters.
    static func isAllCaps(_ word: some StringProtocol) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The word with leading and trailing punctuation removed (`"Baku,"` → `Baku`).
    static func bare(_ word: some StringProtocol) -> Substring {
        var slice = Substring(word)
        while let first = slice.unicodeScalars.first, !isWordScalar(first) {
            slice = slice.dropFirst()
        }
        while let last = slice.unicodeScalars.last, !isWordScalar(last) {
            slice = slice.dropLast()
        }
        return slice
    }

    /// Whether the scalar is a letter or a digit.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Lower-cased text with apostrophes unified, for comparing names.
    static func key(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in clean(text).lowercased().unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "`": result.unicodeScalars.append("'")
            case "\u{2013}", "\u{2014}": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension LineText {
    /// The raw line after its first `count` words and the spaces after them, so that
    /// body text sharing a header's line keeps its original characters.
    static func dropWords(_ count: Int, from line: Substring) -> Substring {
        var index = line.startIndex
        var remaining = count
        func skipSpaces() {
            while index < line.endIndex, line[index].unicodeScalars.allSatisfy({ isSpace($0) }) {
                index = line.index(after: index)
            }
        }
        skipSpaces()
        while remaining > 0, index < line.endIndex {
            while index < line.endIndex, !line[index].unicodeScalars.allSatisfy({ isSpace($0) }) {
                index = line.index(after: index)
            }
            skipSpaces()
            remaining -= 1
        }
        return line[index...]
    }
}
