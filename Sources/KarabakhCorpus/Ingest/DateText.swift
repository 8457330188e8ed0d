/// Recognises printed dates at the start of a run of words: `2020-03-30`,
/// `30 March 2020`, `March 30, 2020`, `Mon, Mar 30, 2020`, `30.03.2020`, and the
/// year-less forms of wire datelines (`October 4`, `SEPTEMBER 25`, `Oct. 5`).
///
/// It works on the words of a cleaned line (see ``LineText``) and never looks at
/// more than a handful of them, so it is cheap enough for every header line.
enum DateText {
    /// A date found at the start of some words.
    struct Match: Equatable {
        /// The year, when printed.
        var year: Int?
        /// The month, `1...12`.
        var month: Int
        /// The day of the month.
        var day: Int
        /// How many words the date took.
        var wordCount: Int

        /// The full day, when the year was printed and the day exists.
        var fullDay: Day? { year.flatMap { Day(year: $0, month: month, day: day) } }
    }

    /// A date and what follows it on a line that starts with a date.
    struct LineMatch {
        /// The date.
        var date: Match
        /// How many words the date, its time, zone and separators took.
        var wordCount: Int
    }

    /// Matches a date at the start of `words`.
    static func match(_ words: ArraySlice<Substring>) -> Match? {
        guard let first = words.first else { return nil }
        if let iso = isoDate(first) { return Match(year: iso.year, month: iso.month, day: iso.day, wordCount: 1) }
        if let numeric = numericDate(first) {
            return Match(year: numeric.year, month: numeric.month, day: numeric.day, wordCount: 1)
        }
        var index = words.startIndex
        var used = 0
        if weekday(words[index]) {
            index += 1
            used += 1
            guard index < words.endIndex else { return nil }
        }
        let rest = words[index...]
        guard rest.count >= 2 else { return nil }
        let (one, two) = (rest[rest.startIndex], rest[rest.startIndex + 1])
        // Day Month [Year], or Month Day[,] [Year]
        let dayMonth: (day: Int, month: Int)? =
            if let day = dayNumber(one), let month = monthNumber(two) {
                (day, month)
            } else if let month = monthNumber(one), let day = dayNumber(two) {
                (day, month)
            } else {
                nil
            }
        if let dayMonth {
            var match = Match(year: nil, month: dayMonth.month, day: dayMonth.day, wordCount: used + 2)
            if rest.count >= 3, let year = yearNumber(rest[rest.startIndex + 2]) {
                match.year = year
                match.wordCount += 1
            }
            return validated(match)
        }
        return nil
    }

    /// Matches a line that starts with a date, with an optional lead word
    /// (`Published:`, `Updated`), time of day and zone before or after it
    /// (`15:10 (UTC+04:00)`, `3:10 pm GMT`, `12:45, 5 October 2020`).
    static func matchLine(_ words: ArraySlice<Substring>) -> LineMatch? {
        var index = words.startIndex
        while index < words.endIndex, index - words.startIndex < 3, isLeadWord(words[index]) {
            index += 1
        }
        var date = match(words[index...])
        var timeEnd = index
        while date == nil, timeEnd < words.endIndex, timeEnd - index < 2, isClockTime(words[timeEnd]) {
            timeEnd += 1
            date = match(words[timeEnd...])
        }
        guard let date else { return nil }
        index = timeEnd
        index += date.wordCount
        while index < words.endIndex, isTimeOrZone(words[index]) {
            index += 1
        }
        return LineMatch(date: date, wordCount: index - words.startIndex)
    }

    // MARK: - Pieces

    private static func validated(_ match: Match) -> Match? {
        let year = match.year ?? 2000  // a leap year, so that February 29 passes without one
        return Day(year: year, month: match.month, day: match.day) == nil ? nil : match
    }

    /// `2020-03-30`, optionally followed by `T15:10:00+04:00` or punctuation.
    static func isoDate(_ word: Substring) -> Day? {
        let utf8 = Array(word.utf8.prefix(11))
        guard utf8.count >= 10 else { return nil }
        if utf8.count == 11 {
            let next = utf8[10]
            guard
                next == UInt8(ascii: "T") || next == UInt8(ascii: ",") || next == UInt8(ascii: ".")
                    || next == UInt8(ascii: ";") || next == UInt8(ascii: "|")
            else { return nil }
        }
        return Day(iso: String(decoding: utf8.prefix(10), as: UTF8.self))
    }

    /// `30.03.2020`, `30/03/2020` (day first) or `2020/03/30`.
    private static func numericDate(_ word: Substring) -> Day? {
        let trimmed = word.trimmingSuffix(while: { ",;|".contains($0) })
        for separator: Character in [".", "/"] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { continue }
            let numbers = parts.compactMap { Int($0) }
            if parts[0].count == 4 {
                return Day(year: numbers[0], month: numbers[1], day: numbers[2])
            }
            guard parts[2].count == 4 else { return nil }
            if separator == "/", numbers[1] > 12 {  // unmistakably month first
                return Day(year: numbers[2], month: numbers[0], day: numbers[1])
            }
            return Day(year: numbers[2], month: numbers[1], day: numbers[0])
        }
        return nil
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    private static let leadWords: Set<String> = [
        "published", "posted", "updated", "last", "date", "dated", "on", "created", "modified", "time",
    ]

    private static let zones: Set<String> = [
        "utc", "gmt", "azt", "amt", "msk", "get", "trt", "irst", "cet", "cest", "eet", "eest", "est", "edt",
        "pst", "pdt", "bst", "et", "am", "pm", "a.m", "p.m", "at", "|", "-", "–", "—", "local", "time", "baku",
        "yerevan", "moscow",
    ]

    static func monthNumber(_ word: Substring) -> Int? {
        let key = word.trimmingSuffix(while: { ".,;".contains($0) }).lowercased()
        return months[key]
    }

    private static func weekday(_ word: Substring) -> Bool {
        weekdays.contains(word.trimmingSuffix(while: { ".,;".contains($0) }).lowercased())
    }

    private static func isLeadWord(_ word: Substring) -> Bool {
        leadWords.contains(word.trimmingSuffix(while: { ":.,".contains($0) }).lowercased())
    }

    /// `4`, `04`, `4th`, `4,`, `4.`
    private static func dayNumber(_ word: Substring) -> Int? {
        var core = word.trimmingSuffix(while: { ".,;".contains($0) })
        for suffix in ["st", "nd", "rd", "th"] where core.lowercased().hasSuffix(suffix) {
            core = core.dropLast(2)
            break
        }
        guard (1...2).contains(core.count), core.allSatisfy(\.isASCIIDigit), let day = Int(core), (1...31).contains(day)
        else { return nil }
        return day
    }

    private static func yearNumber(_ word: Substring) -> Int? {
        let core = word.trimmingSuffix(while: { ".,;|".contains($0) })
        guard core.count == 4, core.allSatisfy(\.isASCIIDigit), let year = Int(core), (1900...2100).contains(year)
        else { return nil }
        return year
    }

    /// A time of day such as `12:45,` or `15:10:00`.
    private static func isClockTime(_ word: Substring) -> Bool {
        let core = word.trimmingSuffix(while: { ",;.|".contains($0) })
        let pieces = core.split(separator: ":", omittingEmptySubsequences: false)
        return (2...3).contains(pieces.count)
            && pieces.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// `18.02`, `9.45`: hours and two-digit minutes joined by a dot.
    private static func isDottedTime(_ word: String) -> Bool {
        let pieces = word.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
            pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hours = Int(pieces[0]),
            let minutes = Int(pieces[1])
        else { return false }
        return hours < 24 && minutes < 60
    }

    /// A time of day, a time zone or offset, or a separator within a date line.
    private static func isTimeOrZone(_ word: Substring) -> Bool {
        var core = Substring(word)
        while let first = core.first, "([".contains(first) { core = core.dropFirst() }
        core = core.trimmingSuffix(while: { ")],;.".contains($0) })
        if core.isEmpty { return !word.isEmpty && word.allSatisfy { "()[],;.".contains($0) } }
        let lower = core.lowercased()
        if zones.contains(lower) { return true }
        // 15:10, 15:10:00
        let pieces = lower.split(separator: ":", omittingEmptySubsequences: false)
        if (2...3).contains(pieces.count),
            pieces.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
        {
            return true
        }
        // 18.02: a time with a dot, as British papers print it
        if isDottedTime(lower) { return true }
        // UTC+04:00, GMT+4, +0400, +04:00, −04:00
        var offset = Substring(lower)
        for prefix in ["utc", "gmt"] where offset.hasPrefix(prefix) {
            offset = offset.dropFirst(prefix.count)
        }
        if let sign = offset.first, "+-−".contains(sign) {
            let digits = offset.dropFirst().filter { $0 != ":" }
            return (1...4).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
        }
        return false
    }
}

extension Substring {
    /// The substring without trailing characters that satisfy the predicate.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var slice = self
        while let last = slice.last, predicate(last) { slice = slice.dropLast() }
        return slice
    }
}
