/// Finds the stretches of an article's text inside quotation marks.
///
/// Curly and straight marks pair with each other (`“…"` is a quote), a quote may run
/// over paragraphs — when a later paragraph closes it before opening another, or
/// starts again with an opening mark, as newspapers print long quotes — and a quote
/// left open ends with its paragraph. Single marks (`‘…’`) count only outside double
/// ones and around four words or more, so apostrophes and scare quotes inside a
/// quote stay text.
enum QuoteSpan {
    /// A quoted stretch: scalar offsets of its first and one-past-last character,
    /// without the marks.
    struct Span: Hashable, Sendable {
        var start: Int
        var end: Int
        /// Whether a closing mark ended it (rather than the end of its paragraph).
        var closed: Bool
    }

    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        var open: Int?
        // A `‘` before this offset has been looked at already and cannot open a
        // quote: looking again would only find the same end, with fewer words.
        var noSingleQuoteBefore = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let start = open {
                if isParagraphBreak(at: index, scalars) {
                    // Does the quote go on in the next paragraph?
                    let next = nextParagraphStart(after: index, scalars)
                    if next < scalars.count, isDoubleMark(scalars[next]), isOpening(at: next, scalars) {
                        index = next + 1  // continued: `“…` / `“…”`
                        continue
                    }
                    if closesBeforeOpening(from: next, scalars) {
                        index = next
                        continue
                    }
                    spans.append(Span(start: start, end: trimmedEnd(index, start: start, scalars), closed: false))
                    open = nil
                    index = next
                    continue
                }
                if isDoubleMark(scalar), isClosing(at: index, scalars) {
                    if index > start { spans.append(Span(start: start, end: index, closed: true)) }
                    open = nil
                }
                index += 1
                continue
            }
            if isDoubleMark(scalar), isOpening(at: index, scalars) {
                open = index + 1
            } else if scalar == "\u{2018}", index >= noSingleQuoteBefore {
                switch singleQuote(at: index, scalars) {
                case .quote(let span):
                    spans.append(span)
                    index = span.end + 1
                    continue
                case .none(let end):
                    noSingleQuoteBefore = end
                }
            }
            index += 1
        }
        if let start = open, start < scalars.count {
            spans.append(Span(start: start, end: trimmedEnd(scalars.count, start: start, scalars), closed: false))
        }
        return spans.map { trimmed($0, scalars) }.filter { $0.end > $0.start }
    }

    static func isDoubleMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "\u{201E}" || scalar == "\u{00AB}"
            || scalar == "\u{00BB}"
    }

    /// An opening mark: `“`, `«`, `„`, or a straight one after a space or the start and before a non-space.
    private static func isOpening(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        if scalar == "\u{201C}" || scalar == "\u{00AB}" || scalar == "\u{201E}" { return true }
        if scalar == "\u{201D}" || scalar == "\u{00BB}" { return false }
        let before = index > 0 ? scalars[index - 1] : " "
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        return !isSpaceOrBreak(after) && (isSpaceOrBreak(before) || "([{—–-:".unicodeScalars.contains(before))
    }

    /// A closing mark: `”`, `»`, or any double mark after a non-space.
    private static func isClosing(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        if scalar == "\u{201D}" || scalar == "\u{00BB}" { return true }
        let before = index > 0 ? scalars[index - 1] : " "
        if scalar == "\u{201C}" || scalar == "\u{201E}" || scalar == "\u{00AB}" {
            // A curly opening mark used to close (seen in scraped text): only before a space or punctuation.
            let after = index + 1 < scalars.count ? scalars[index + 1] : " "
            return !isSpaceOrBreak(before) && (isSpaceOrBreak(after) || ",.;:!?".unicodeScalars.contains(after))
        }
        return !isSpaceOrBreak(before)
    }

    private static func isSpaceOrBreak(_ scalar: Unicode.Scalar) -> Bool {
        LineText.isSpace(scalar) || scalar == "\n" || scalar == "\r"
    }

    private static func isParagraphBreak(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        scalars[index] == "\n" || scalars[index] == "\r"
    }

    private static func nextParagraphStart(after index: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var next = index
        while next < scalars.count, isSpaceOrBreak(scalars[next]) { next += 1 }
        return next
    }

    /// Whether the paragraph starting at `index` has a closing mark before any
    /// opening one (the quote of the paragraph before goes on into it).
    private static func closesBeforeOpening(from index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var position = index
        while position < scalars.count, !isParagraphBreak(at: position, scalars) {
            if isDoubleMark(scalars[position]) {
                return !isOpening(at: position, scalars) && isClosing(at: position, scalars)
            }
            position += 1
        }
        return false
    }

    /// What a `‘` opens.
    private enum SingleQuote {
        /// A quote.
        case quote(Span)
        /// No quote: the look ended at this offset (a closing mark after too few
        /// words, a double mark, or the end of the paragraph), as it would from any
        /// `‘` before it.
        case none(end: Int)
    }

    /// `‘…’` around four words or more, outside double marks.
    private static func singleQuote(at index: Int, _ scalars: [Unicode.Scalar]) -> SingleQuote {
        var position = index + 1
        var words = 0
        var inWord = false
        while position < scalars.count, !isParagraphBreak(at: position, scalars) {
            let scalar = scalars[position]
            if scalar == "\u{2019}" || scalar == "'" {
                let after = position + 1 < scalars.count ? scalars[position + 1] : " "
                if !after.properties.isAlphabetic {
                    return words >= 4
                        ? .quote(Span(start: index + 1, end: position, closed: true)) : .none(end: position)
                }
            }
            if isDoubleMark(scalar) { return .none(end: position) }
            let isLetter = scalar.properties.isAlphabetic
            if isLetter, !inWord { words += 1 }
            inWord = isLetter
            position += 1
        }
        return .none(end: position)
    }

    private static func trimmedEnd(_ end: Int, start: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var end = end
        while end > start, isSpaceOrBreak(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// The span without white space at its ends.
    private static func trimmed(_ span: Span, _ scalars: [Unicode.Scalar]) -> Span {
        var span = span
        while span.start < span.end, isSpaceOrBreak(scalars[span.start]) { span.start += 1 }
        while span.end > span.start, isSpaceOrBreak(scalars[span.end - 1]) { span.end -= 1 }
        return span
    }
}
