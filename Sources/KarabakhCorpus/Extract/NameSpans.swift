/// Runs of capitalised words that may be names no gazetteer lists, cut into the
/// pieces the name finder types: an organization name around its head word
/// (`Congressional Armenian Caucus`, `Ministry of Foreign Affairs of Armenia`), and
/// other names with the titles before them set aside (`Co-Chair` | `Andrew Schofer`).
enum NameSpans {
    /// A candidate name.
    struct Span: Hashable, Sendable {
        /// The tokens of the name.
        var tokens: Range<Int>
        /// Title tokens set aside before it (`Foreign Minister`), possibly empty.
        var titleTokens: Range<Int>

        /// The name as printed.
        func text(_ all: [Token]) -> String { EntityFinder.text(all, tokens) }

        /// The title as printed, or an empty string.
        func role(_ all: [Token]) -> String {
            titleTokens.isEmpty ? "" : EntityFinder.text(all, titleTokens)
        }
    }

    private static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Months and weekdays: capitalised, never part of a name.
    static func isCalendarWord(_ key: String) -> Bool { calendarWords.contains(key) }

    private static let connectors: Set<String> = [
        "of", "for", "and", "on", "in", "de", "al", "von", "van", "der", "el", "bin",
    ]

    /// Words that belong to a title between its title words: `Minister of Foreign Affairs`.
    private static let titleDomains: Set<String> = [
        "affairs", "relations", "security", "internal", "interior", "economy", "emergency", "situations", "justice",
        "health", "education", "culture", "finance", "energy", "defense", "defence", "staff", "forces", "office",
        "state", "general", "armed", "foreign", "national", "assembly", "republic", "the", "of", "and", "in",
        "on", "for",
    ]

    /// Whether an `of` or `for` stands in the span so far: `and` then joins the objects
    /// of that phrase (`Ministry of Public Administration and Justice`).
    private static func spanHasOf(_ range: Range<Int>, tokens: [Token]) -> Bool {
        range.contains { ["of", "for"].contains(tokens[$0].key) }
    }

    /// Whether the words after `and` name something else: an acronym, or a run of
    /// capitalised words with a head word of its own.
    private static func startsAnotherName(after index: Int, tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        if tokens[index + 1].isAllCaps { return true }
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, tokens[position].isCapitalised {
            if NameLexicon.organizationWords.contains(tokens[position].key) { return true }
            position += 1
        }
        return false
    }

    /// A lower-case connector that separates names outside an organization's name:
    /// `Gohar Melkonyan and Ramiz Guliyev`, `Mayor of Goris`.
    private static func isSplitter(_ token: Token) -> Bool {
        !token.isCapitalised && ["and", "of", "for", "on", "in"].contains(token.key)
    }

    /// The candidate names among tokens not yet claimed by a person or an
    /// organization (places may stand inside an organization's name).
    static func spans(
        in tokens: [Token], owner: [Int?], mentions: [ArticleEntities.Found], entities: [ArticleEntities.Local]
    ) -> [Span] {
        func ownerKind(_ index: Int) -> EntityKind? {
            owner[index].map { entities[mentions[$0].entity].kind }
        }
        func isOpen(_ index: Int) -> Bool {
            let kind = ownerKind(index)
            return kind == nil || kind == .place
        }
        func isCapitalWord(_ index: Int) -> Bool {
            tokens[index].kind == .word && tokens[index].isCapitalised && !isCalendarWord(tokens[index].key)
        }

        var spans: [Span] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalWord(index), isOpen(index) else {
                index += 1
                continue
            }
            var last = index
            var next = index + 1
            while next < tokens.count, tokens[next].sentence == tokens[index].sentence, isOpen(next) {
                if isCapitalWord(next) {
                    last = next
                    next += 1
                } else if NameMatcher.isInnerHyphen(at: next, in: tokens), next + 1 < tokens.count,
                    isCapitalWord(next + 1)
                {
                    next += 1
                } else if NameMatcher.isInnerHyphen(at: next, in: tokens), next + 3 < tokens.count,
                    tokens[next + 1].kind == .word, NameMatcher.isInnerHyphen(at: next + 2, in: tokens),
                    isCapitalWord(next + 3)
                {
                    next += 3  // `Chairperson-in-Office`, `Commander-in-Chief`
                } else if NameMatcher.isInnerHyphen(at: next, in: tokens), next + 1 < tokens.count,
                    tokens[next + 1].kind == .number, tokens[next - 1].isAllCaps
                {
                    last = next + 1  // `COVID-19`
                    next += 2
                } else if tokens[next].text == ".", tokens[next - 1].text.unicodeScalars.count == 1,
                    tokens[next - 1].isCapitalised, tokens[next].start == tokens[next - 1].end,
                    next + 1 < tokens.count, isCapitalWord(next + 1)
                {
                    next += 1  // an initial: `Gus M. Bilirakis`
                } else if connectors.contains(tokens[next].key), !tokens[next].isCapitalised,
                    !(tokens[next].key == "and"
                        && (!spanHasOf(index..<next, tokens: tokens) || startsAnotherName(after: next, tokens: tokens)))
                {
                    // Not across `and` before an acronym or another body's name: `the Foundation and TURKPA`,
                    // but through it inside one (`Ministry of Public Administration and Justice`).
                    var after = next + 1
                    if after < tokens.count, tokens[after].key == "the" { after += 1 }
                    guard after < tokens.count, isCapitalWord(after), isOpen(after) else { break }
                    next = after
                } else {
                    break
                }
            }
            spans += pieces(of: index..<(last + 1), tokens: tokens, ownerKind: ownerKind)
            index = last + 1
        }
        return spans
    }

    /// Cuts a run into an organization name around its head words, and other names
    /// between places, with leading common words and titles set aside.
    private static func pieces(
        of run: Range<Int>, tokens: [Token], ownerKind: (Int) -> EntityKind?
    ) -> [Span] {
        // A place named by its last word: `France Square`, `Hakari Bridge`.
        if let last = run.last(where: { tokens[$0].kind == .word }), tokens[last].isCapitalised,
            NameLexicon.placeHeads.contains(tokens[last].key), run.filter({ tokens[$0].kind == .word }).count >= 2
        {
            var start = run.lowerBound
            while start < last, NameLexicon.commonWords.contains(tokens[start].key) { start += 1 }
            if start < last { return [Span(tokens: start..<(last + 1), titleTokens: start..<start)] }
        }
        // Head words, but not inside a hyphenated compound (`Chairperson-in-Office`).
        let heads = run.filter {
            ownerKind($0) == nil && tokens[$0].isCapitalised
                && (NameLexicon.organizationWords.contains(tokens[$0].key)
                    || (tokens[$0].key == "power" && $0 > 0 && tokens[$0 - 1].key == "executive"))
                && !($0 > 0 && NameMatcher.isInnerHyphen(at: $0 - 1, in: tokens))
                && !($0 + 1 < tokens.count && NameMatcher.isInnerHyphen(at: $0 + 1, in: tokens))
        }
        let words = run.filter { tokens[$0].kind == .word }
        if let firstHead = heads.first, let lastHead = heads.last, words.count >= 2 {
            // Back from the first head word over name words that are not titles.
            var start = firstHead
            while start > run.lowerBound {
                let previous = start - 1
                if NameMatcher.isInnerHyphen(at: previous, in: tokens) {
                    start -= 1
                    continue
                }
                let key = tokens[previous].key
                guard tokens[previous].kind == .word, tokens[previous].isCapitalised,
                    !NameLexicon.commonWords.contains(key) || NameLexicon.nationalities[key] != nil,
                    !NameLexicon.titleWords.contains(key)
                        || ["foreign", "state", "national", "defense", "defence", "executive"].contains(key)
                else { break }
                start -= 1
            }
            while start < firstHead, tokens[start].kind != .word { start += 1 }
            // On from the last head word through `of …` phrases.
            var end = lastHead + 1
            while end < run.upperBound {
                if NameMatcher.isInnerHyphen(at: end, in: tokens)
                    || (tokens[end].kind == .word && tokens[end].isCapitalised
                        && (ownerKind(end) != nil || NameLexicon.organizationWords.contains(tokens[end].key)))
                {
                    end += 1
                } else if connectors.contains(tokens[end].key), tokens[end].key != "in" {
                    // Not through `in`: `Caucasus Policy Center in Yerevan` is a center and a city.
                    var after = end + 1
                    if after < run.upperBound, tokens[after].key == "the" { after += 1 }
                    var phraseEnd = after
                    while phraseEnd < run.upperBound,
                        (tokens[phraseEnd].kind == .word && tokens[phraseEnd].isCapitalised)
                            || NameMatcher.isInnerHyphen(at: phraseEnd, in: tokens)
                    {
                        phraseEnd += 1
                        // Stop after a place: `of Azerbaijan Jeyhun Bayramov`.
                        if ownerKind(phraseEnd - 1) == .place, phraseEnd < run.upperBound,
                            ownerKind(phraseEnd) != .place
                        {
                            break
                        }
                    }
                    guard phraseEnd > after else { break }
                    end = phraseEnd
                } else {
                    break
                }
            }
            var result: [Span] = []
            if start > run.lowerBound {
                result += plainPieces(of: run.lowerBound..<start, tokens: tokens, ownerKind: ownerKind)
            }
            result.append(Span(tokens: start..<end, titleTokens: start..<start))
            if end < run.upperBound {
                result += plainPieces(of: end..<run.upperBound, tokens: tokens, ownerKind: ownerKind)
            }
            return result
        }
        return plainPieces(of: run, tokens: tokens, ownerKind: ownerKind)
    }

    /// The names of a run without organization words: the stretches between places,
    /// each with leading common words, nationalities and titles set aside.
    private static func plainPieces(
        of run: Range<Int>, tokens: [Token], ownerKind: (Int) -> EntityKind?
    ) -> [Span] {
        var result: [Span] = []
        var start = run.lowerBound
        while start < run.upperBound {
            while start < run.upperBound, ownerKind(start) != nil || isSplitter(tokens[start]) { start += 1 }
            var end = start
            while end < run.upperBound, ownerKind(end) == nil, !isSplitter(tokens[end]) { end += 1 }
            guard start < end else { break }
            var nameStart = start
            while nameStart < end,
                tokens[nameStart].kind != .word || NameLexicon.commonWords.contains(tokens[nameStart].key)
                    || NameLexicon.nationalities[tokens[nameStart].key] != nil
                    || (!tokens[nameStart].isCapitalised && Self.connectors.contains(tokens[nameStart].key))
            {
                nameStart += 1
            }
            let titleStart = nameStart
            while nameStart < end,
                NameLexicon.titleWords.contains(tokens[nameStart].key)
                    || (nameStart > titleStart && titleDomains.contains(tokens[nameStart].key))
                    || NameMatcher.isInnerHyphen(at: nameStart, in: tokens)
                    || (tokens[nameStart].text == "." && nameStart > titleStart)
                    || (nameStart + 2 < end && NameMatcher.isInnerHyphen(at: nameStart + 1, in: tokens)
                        && NameLexicon.titleWords.contains(tokens[nameStart + 2].key))
            {
                nameStart += 1
            }
            var nameEnd = end
            while nameEnd > nameStart,
                tokens[nameEnd - 1].kind != .word || connectors.contains(tokens[nameEnd - 1].key),
                !(tokens[nameEnd - 1].kind == .number && nameEnd - 2 > nameStart
                    && NameMatcher.isInnerHyphen(at: nameEnd - 2, in: tokens))
            {
                nameEnd -= 1
            }
            if nameStart < nameEnd {
                result.append(Span(tokens: nameStart..<nameEnd, titleTokens: titleStart..<nameStart))
            }
            start = end
        }
        return result
    }
}
