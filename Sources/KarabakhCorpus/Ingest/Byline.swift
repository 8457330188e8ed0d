import Foundation

/// A byline line: `By Akbar Mammadov`, `by First Last`, `By A, B and C`,
/// `By Azernews`, `Author: Name`. It names people, outlets, or both
/// (`By Jane Doe, Reuters`), and may run on into the first sentence of the body.
struct Byline: Equatable {
    /// The people the byline names, in order.
    var authors: [String] = []
    /// The outlets the byline names, in their usual spelling where known.
    var outlets: [String] = []
    /// The index of the first body word when the byline's line runs on into the
    /// body (`By Akbar Mammadov Head of …`), counted in the line's words.
    var bodyStart: Int?

    /// Parses a cleaned line (see ``LineText/clean(_:)``) as a byline.
    static func parse(_ line: String, outlets directory: OutletDirectory) -> Byline? {
        guard let (leadWords, names) = stripLead(line), !names.isEmpty else { return nil }
        if let byline = parseNames(names, directory: directory) { return byline }
        guard var byline = parseRunOn(names, directory: directory) else { return nil }
        byline.bodyStart = byline.bodyStart.map { $0 + leadWords }
        return byline
    }

    /// Parses the names of a byline after its lead word.
    static func parseNames(_ names: Substring, directory: OutletDirectory) -> Byline? {
        let parts = mergeSuffixes(split(names))
        guard !parts.isEmpty, parts.count <= 8 else { return nil }
        var byline = Byline()
        for (offset, part) in parts.enumerated() {
            let words = LineText.words(part)
            if let outlet = directory.canonicalName(part) {
                byline.outlets.append(outlet)
            } else if isRole(part) {
                continue
            } else if let outlet = outletWithRole(words, directory: directory) {
                byline.outlets.append(outlet)  // `By Asbarez Staff`
            } else if let person = personName(words) ?? personAndPlace(words) {
                byline.authors.append(person)
            } else if parts.count == 1, words.count == 1, LineText.isCapitalised(words[0]) {
                byline.outlets.append(String(LineText.bare(words[0])))  // `By Azernews`: an outlet
            } else if offset > 0, words.count <= 2 {
                continue  // a trailing place or note: `By Jane Doe, Baku`
            } else {
                return nil
            }
        }
        return byline.authors.isEmpty && byline.outlets.isEmpty ? nil : byline
    }

    /// A byline without a lead word, as printed under a headline or beside the date:
    /// `Ruzanna Stepanian`, `Ruzanna Stepanian, Yerevan`, `Helen Ashworth in Tbilisi
    /// and Daniel Price in Budapest`. Every name must have the shape of a person's
    /// name, optionally followed by `in Place`; every name (or, when `everyName` is
    /// false, at least one) must also look like a person's name without `By` before it
    /// (see ``looksLikePersonName(_:)``). A last part of one or two capitalised words
    /// after a name is a place.
    static func bare(_ line: String, everyName: Bool = true) -> Byline? {
        let parts = mergeSuffixes(split(Substring(line)))
        guard (1...4).contains(parts.count) else { return nil }
        var byline = Byline()
        var recognised = 0
        for (offset, part) in parts.enumerated() {
            var words = LineText.words(part)
            if let place = placeStart(words) { words = Array(words[..<place]) }
            guard let person = personName(words) else {
                let isPlace =
                    offset == parts.count - 1 && offset > 0 && words.count <= 2
                    && words.allSatisfy { LineText.isCapitalised($0) }
                if isPlace { break }
                return nil
            }
            if looksLikePersonName(words) { recognised += 1 }
            byline.authors.append(person)
        }
        let names = byline.authors.count
        return recognised == names || (!everyName && recognised > 0) ? byline : nil
    }

    /// A person's name followed by where they filed from: `Helen Ashworth in Tbilisi`.
    private static func personAndPlace(_ words: [Substring]) -> String? {
        guard let place = placeStart(words) else { return nil }
        return personName(Array(words[..<place]))
    }

    /// The index of `in` in `Name in Place`, when one to three capitalised words follow it.
    private static func placeStart(_ words: [Substring]) -> Int? {
        guard let index = words.firstIndex(of: "in"), index >= 2 else { return nil }
        let place = words[(index + 1)...]
        guard (1...3).contains(place.count), place.allSatisfy({ LineText.isCapitalised(LineText.bare($0)) }) else {
            return nil
        }
        return index
    }

    /// A byline whose line goes on with the body: `By Akbar Mammadov Head of the …`.
    private static func parseRunOn(_ names: Substring, directory: OutletDirectory) -> Byline? {
        let words = LineText.words(String(names))
        guard words.count >= 5 else { return nil }
        for length in stride(from: 3, through: 1, by: -1) where words.count > length + 2 {
            let candidate = words[0..<length].joined(separator: " ")
            if let outlet = directory.canonicalName(candidate) {
                return Byline(outlets: [outlet], bodyStart: length)
            }
        }
        let length = words.count > 3 && isInitial(words[1]) ? 3 : 2
        guard let person = personName(Array(words[0..<length])) else { return nil }
        let rest = words[length...]
        guard rest.count >= 3, let first = rest.first,
            LineText.isCapitalised(first) || first.first == "“" || first.first == "\""
        else { return nil }
        return Byline(authors: [person], bodyStart: length)
    }

    /// The number of lead words and the text after `By`, `Written by`, `Author:` or
    /// `Authors:`, or `nil` when the line has no such lead.
    private static func stripLead(_ line: String) -> (Int, Substring)? {
        let lower = line.lowercased()
        for lead in ["written by ", "by ", "author: ", "authors: ", "by: "] where lower.hasPrefix(lead) {
            return (lead.split(separator: " ").count, line.dropFirst(lead.count).drop { $0 == " " })
        }
        return nil
    }

    /// Splits names at commas, semicolons, `and`, `&`, bars and dashes.
    private static func split(_ names: Substring) -> [String] {
        var text = " " + names + " "
        for separator in [" and ", " And ", " AND ", " & ", " | ", " – ", " — ", " - ", ";"]
        where LineText.containsBytes(text, separator) {
            text = text.replacingOccurrences(of: separator, with: ",")
        }
        return text.split(separator: ",").map { LineText.clean($0) }.filter { !$0.isEmpty }
    }

    private static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d."]

    /// Joins `Jr.` and similar parts to the name before them.
    static func mergeSuffixes(_ parts: [String]) -> [String] {
        var merged: [String] = []
        for part in parts {
            if suffixes.contains(part.lowercased()), let last = merged.popLast() {
                merged.append(last + ", " + part)
            } else {
                merged.append(part)
            }
        }
        return merged
    }

    private static let roleWords: Set<String> = [
        "staff", "writer", "correspondent", "reporter", "editor", "contributor", "columnist", "journalist",
        "senior", "special", "chief", "news", "desk", "team", "agency", "editorial", "board", "analyst",
        "our", "own", "foreign", "political", "bureau", "online", "web",
    ]

    /// The outlet of a part such as `Asbarez Staff` or `Trend News Desk`: role words
    /// after a known outlet, or after one capitalised word.
    private static func outletWithRole(_ words: [Substring], directory: OutletDirectory) -> String? {
        guard let firstRole = words.firstIndex(where: { roleWords.contains(LineText.bare($0).lowercased()) }),
            firstRole > 0, words[firstRole...].allSatisfy({ roleWords.contains(LineText.bare($0).lowercased()) })
        else { return nil }
        let name = words[..<firstRole].joined(separator: " ")
        if let outlet = directory.canonicalName(name) { return outlet }
        return firstRole == 1 && LineText.isCapitalised(words[0]) ? Byline.titleCasedIfCaps(String(words[0])) : nil
    }

    /// The word in title case if printed in capitals: `ASBAREZ` → `Asbarez`.
    static func titleCasedIfCaps(_ word: String) -> String {
        LineText.isAllCaps(word) ? titleCased(word) : word
    }

    /// Whether a byline part is a job title rather than a name: `Staff Writer`.
    static func isRole(_ part: String) -> Bool {
        let words = LineText.words(part.lowercased())
        return !words.isEmpty && words.allSatisfy { roleWords.contains(String(LineText.bare($0))) }
    }

    private static let particles: Set<String> = [
        "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "ter", "dos",
    ]

    private static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "of", "for", "with", "this", "that", "his", "her", "their", "its",
        "our", "we", "it", "he", "she", "they", "to", "from", "as", "after", "before", "during", "is", "was",
    ]

    /// The person's name the words spell, in title case if printed in capitals;
    /// `nil` unless they look like a name (two to five capitalised words, initials
    /// and particles allowed).
    static func personName(_ words: [Substring]) -> String? {
        guard (2...5).contains(words.count) else { return nil }
        var capitalised = 0
        for (index, word) in words.enumerated() {
            let bare = LineText.bare(word)
            guard !bare.isEmpty, !notNames.contains(bare.lowercased()) else { return nil }
            guard bare.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || "-'’.".contains(Character($0)) })
            else { return nil }
            if LineText.isCapitalised(bare) {
                capitalised += 1
            } else if !(particles.contains(String(bare)) && index > 0 && index < words.count - 1) {
                return nil
            }
        }
        guard capitalised >= 2, LineText.isCapitalised(words.last!) else { return nil }
        let text = words.joined(separator: " ").trimming(in: ",;:")
        return words.allSatisfy({ LineText.isAllCaps($0) || isInitial($0) }) ? titleCased(text) : text
    }

    /// Whether words that have the shape of a name are likely a person's name even
    /// without `By` before them: a known first name, or a surname ending of the region
    /// (`Ruzanna Stepanian`, `Heather Ellison`, not `Politics Materials`).
    static func looksLikePersonName(_ words: [Substring]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        return FirstNames.standard.contains(Token.key(LineText.bare(first)))
            || NameLexicon.hasSurnameEnding(Token.key(LineText.bare(last)))
    }

    /// Whether the word is an initial such as `M.`.
    static func isInitial(_ word: Substring) -> Bool {
        word.count == 2 && word.last == "." && LineText.isCapitalised(word)
    }

    /// `AKBAR MAMMADOV` → `Akbar Mammadov`, keeping initials and hyphenated parts.
    static func titleCased(_ text: String) -> String {
        var result = ""
        var startOfWord = true
        for character in text {
            result.append(contentsOf: startOfWord ? character.uppercased() : character.lowercased())
            startOfWord = character == " " || character == "-" || character == "."
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters from a set.
    func trimming(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
