/// A wire dateline opening the body: `MOSCOW, October 4. /TASS/.`,
/// `YEREVAN, SEPTEMBER 25, ARMENPRESS.`, `BAKU, Azerbaijan, Oct. 5. Trend:`,
/// `STEPANAKERT, Nagorno-Karabakh (AP) —`, `Baku, October 5, AZERTAC`.
///
/// A dateline is a place, then a date or an outlet (or both), then a separator; the
/// body goes on after it on the same line. A place in capitals needs a date or an
/// outlet after it; so does a capitalised one, which keeps sentences such as
/// `NATO, the EU and …` in the body.
struct WireDateline: Equatable {
    /// The place as printed, without country, date or outlet: `MOSCOW`.
    var place: String
    /// The date, often without a year.
    var date: DateText.Match?
    /// The outlet named, in its usual spelling where known.
    var outlet: String?
    /// Authors named inside the dateline (`BAKU, Oct. 5. By Jane Doe – Trend:`).
    var authors: [String] = []
    /// The index of the first body word in the line's words.
    var bodyStart: Int

    /// Parses the words of a cleaned line as a dateline.
    static func parse(_ words: [Substring], outlets: OutletDirectory) -> WireDateline? {
        guard words.count >= 2, let (place, afterPlace) = self.place(words) else { return nil }
        var index = afterPlace
        var lastEndsClause = words[index - 1].last.map { ".:".contains($0) } ?? false
        // A country or region after the place: `BAKU, Azerbaijan,` or `STEPANAKERT, Nagorno-Karabakh (AP)`.
        if words[index - 1].hasSuffix(","), index < words.count, DateText.match(words[index...]) == nil,
            outlets.canonicalName(words[index]) == nil
        {
            var end = index
            while end < words.count, end - index < 3, LineText.isCapitalised(words[end]),
                DateText.monthNumber(words[end]) == nil
            {
                end += 1
                if words[end - 1].hasSuffix(",") || (end < words.count && words[end].hasPrefix("(")) { break }
            }
            if end > index, words[end - 1].hasSuffix(",") || (end < words.count && words[end].hasPrefix("(")) {
                index = end
            }
        }
        var date: DateText.Match?
        if index < words.count, let match = DateText.match(words[index...]) {
            date = match
            index += match.wordCount
            lastEndsClause = words[index - 1].last.map { ".:".contains($0) } ?? false
        }
        var dateline = WireDateline(place: place, date: date, outlet: nil, bodyStart: index)
        if index < words.count, let (outlet, authors, next) = outletMarker(words, from: index, outlets: outlets) {
            dateline.outlet = outlet
            dateline.authors = authors
            index = next
            lastEndsClause = true
        }
        guard dateline.date != nil || dateline.outlet != nil else { return nil }
        if index < words.count, ["-", "–", "—", ".", ":", "--"].contains(words[index]) {
            index += 1
            lastEndsClause = true
        }
        // Without an outlet, a date must close the dateline: `MOSCOW, October 4. Text`.
        guard lastEndsClause || dateline.outlet != nil || index == words.count else { return nil }
        dateline.bodyStart = index
        return dateline
    }

    /// A place in capitals glued to the body by a dash: `STEPANAKERT—The …`. Returns
    /// the place; the body starts after the dash.
    static func gluedPlace(_ words: [Substring]) -> String? {
        guard let first = words.first, let dash = first.firstIndex(where: { $0 == "—" || $0 == "–" }) else {
            return nil
        }
        let place = first[..<dash]
        let rest = first[first.index(after: dash)...]
        guard LineText.isAllCaps(place), place.count >= 3, place.allSatisfy({ $0.isLetter || $0 == "-" }),
            !rest.isEmpty, LineText.isCapitalised(rest) || rest.first == "\"" || rest.first == "“"
        else { return nil }
        return String(place)
    }

    /// The place: up to four words in capitals (`NEW YORK,`), or up to three
    /// capitalised words ending in a comma or a full stop (`Baku,`).
    private static func place(_ words: [Substring]) -> (String, Int)? {
        var end = 0
        while end < words.count, end < 4, LineText.isAllCaps(words[end]), DateText.monthNumber(words[end]) == nil {
            end += 1
            if words[end - 1].last.map({ ",.".contains($0) }) ?? false { break }
            if end < words.count, words[end].hasPrefix("(") { break }
        }
        if end == 0 {
            while end < words.count, end < 3, LineText.isCapitalised(words[end]),
                DateText.monthNumber(words[end]) == nil
            {
                end += 1
                if words[end - 1].last.map({ ",.".contains($0) }) ?? false { break }
            }
            guard end > 0, words[end - 1].last.map({ ",.".contains($0) }) ?? false else { return nil }
        }
        let last = words[end - 1]
        guard last.last.map({ ",.".contains($0) }) ?? false || (end < words.count && words[end].hasPrefix("(")) else {
            return nil
        }
        let text = words[0..<end].joined(separator: " ").trimming(in: ",.")
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return (text, end)
    }

    /// An outlet credit at `index`: `/TASS/.`, `(Reuters)`, `ARMENPRESS.`, `Trend:`,
    /// `– Trend:`, `By Jane Doe – Trend:`. Returns the outlet, any authors, and the
    /// index after the credit.
    private static func outletMarker(_ words: [Substring], from start: Int, outlets: OutletDirectory)
        -> (String, [String], Int)?
    {
        var index = start
        var authors: [String] = []
        if ["-", "–", "—"].contains(words[index]) { index += 1 }
        guard index < words.count else { return nil }
        // `By Jane Doe – Trend:`
        if words[index].lowercased() == "by" {
            var end = index + 1
            while end < words.count, end - index <= 6, !["-", "–", "—"].contains(words[end]) { end += 1 }
            guard end < words.count - 1,
                let byline = Byline.parseNames(
                    Substring(words[(index + 1)..<end].joined(separator: " ")), directory: outlets)
            else { return nil }
            authors = byline.authors
            index = end + 1
        }
        let word = words[index]
        // `/TASS/.` or `/TASS/`
        if word.hasPrefix("/") {
            let name = word.trimming(in: "/.:,")
            guard !name.isEmpty, !name.contains("/") else { return nil }
            return (outlets.canonicalName(name) ?? name, authors, index + 1)
        }
        // `(Reuters)`, `(AP)`, `(Agence France-Presse)`
        if word.hasPrefix("(") {
            var end = index
            while end < words.count, end - index < 4, !words[end].contains(")") { end += 1 }
            guard end < words.count else { return nil }
            let name = words[index...end].joined(separator: " ").trimming(in: "()-–—.:, ")
            guard let canonical = outlets.canonicalName(name) ?? (LineText.isAllCaps(name) ? name : nil) else {
                return nil
            }
            return (canonical, authors, end + 1)
        }
        // `ARMENPRESS.`, `Trend:`, `AZERTAC`, `Report.az`
        for length in stride(from: 3, through: 1, by: -1) where index + length <= words.count {
            let candidate = words[index..<(index + length)].joined(separator: " ")
            if let canonical = outlets.canonicalName(candidate) {
                return (canonical, authors, index + length)
            }
        }
        if LineText.isAllCaps(word), let last = word.last, ".:".contains(last), word.count >= 3 {
            return (word.trimming(in: ".:,"), authors, index + 1)
        }
        return nil
    }
}
