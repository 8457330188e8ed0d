import Foundation

/// A line that closes an article rather than belonging to it: a staff-journalist
/// note, a social-media plug, an outlet's trailer, a wire credit, a copyright line,
/// a line in another language. Some of them name the outlet or the author.
enum FooterLine: Equatable {
    /// `Akbar Mammadov is AzerNews' staff journalist` — names the author and the outlet.
    case staff(author: String?, outlet: String?)
    /// `FROM AFP NEWS` — the wire service that wrote the piece.
    case credit(outlet: String)
    /// `News.Az` alone on its line, or `Source: Trend`.
    case outlet(String)
    /// `(Reporting by Jane Doe in Baku; Editing by John Roe)`.
    case reporting(authors: [String])
    /// A URL alone on its line, or `Source: https://…`.
    case url(String)
    /// `Follow us on Twitter @AzerNewsAz`: a social-media plug, naming the outlet
    /// when its handle is a known one.
    case social(outlet: String?)
    /// Copyright, tags, a line in another language.
    case boilerplate

    /// Classifies a cleaned line, or `nil` when it reads as article text.
    static func classify(_ line: String, outlets: OutletDirectory) -> FooterLine? {
        let lower = line.lowercased()
        if let url = url(in: line) { return .url(url) }
        if let staff = staff(line, outlets: outlets) { return staff }
        if let credit = credit(line, outlets: outlets) { return credit }
        if let outlet = outletLine(line, outlets: outlets) { return .outlet(outlet) }
        if let reporting = reporting(line) { return reporting }
        if isSocial(lower) { return .social(outlet: handleOutlet(line, outlets: outlets)) }
        if isLegal(lower) || isForeign(line) { return .boilerplate }
        return nil
    }

    // MARK: - Families

    private static let journalismWords: Set<String> = [
        "journalist", "writer", "correspondent", "reporter", "editor", "columnist", "contributor", "analyst",
        "intern", "blogger",
    ]

    /// `NAME is OUTLET's [staff] journalist[, follow him on Twitter: …]`,
    /// `NAME is a staff writer at OUTLET`.
    private static func staff(_ line: String, outlets: OutletDirectory) -> FooterLine? {
        let lineWords = LineText.words(line)
        guard lineWords.count <= 25, let isIndex = lineWords.firstIndex(of: "is"), isIndex > 0 else { return nil }
        let name = Byline.personName(Array(lineWords[..<isIndex]))
        let tail = lineWords[(isIndex + 1)...].joined(separator: " ").split(separator: ",").first.map(String.init) ?? ""
        let words = LineText.words(tail)
        guard let roleIndex = words.firstIndex(where: { journalismWords.contains(LineText.bare($0).lowercased()) }),
            roleIndex <= 6
        else { return nil }
        var outlet: String?
        // `OUTLET's staff journalist`
        if let possessive = words[..<roleIndex].firstIndex(where: {
            $0.hasSuffix("'") || $0.hasSuffix("’") || $0.hasSuffix("'s") || $0.hasSuffix("’s")
        }) {
            let printed = words[...possessive].joined(separator: " ")
                .replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
                .trimming(in: "'’ ")
            let dropArticle =
                printed.hasPrefix("a ") || printed.hasPrefix("an ")
                ? String(printed.drop { $0 != " " }.dropFirst()) : printed
            outlet = outlets.canonicalName(dropArticle) ?? dropArticle
        } else if let preposition = words[roleIndex...].firstIndex(where: {
            ["at", "for", "with", "to", "of"].contains($0.lowercased())
        }),
            preposition + 1 < words.count
        {
            // `a staff writer at OUTLET`
            let printed = words[(preposition + 1)...].joined(separator: " ").trimming(in: ". ")
            outlet = outlets.canonicalName(printed) ?? printed
        } else if roleIndex > 0 {
            // `OUTLET correspondent`
            let printed = words[..<roleIndex].filter {
                !["a", "an", "the", "staff", "senior"].contains($0.lowercased())
            }
            .joined(separator: " ")
            outlet = outlets.canonicalName(printed)
        }
        guard let outlet, !outlet.isEmpty, name != nil || outlets.canonicalName(outlet) != nil else {
            // `Heather Ellison is a journalist based in Tbilisi.`: an author's note without an outlet.
            return name != nil && words.count <= 12 ? .staff(author: name, outlet: nil) : nil
        }
        return .staff(author: name, outlet: outlet)
    }

    /// `FROM AFP NEWS`, `From Reuters`, `Via TASS`: a wire service's credit.
    private static func credit(_ line: String, outlets: OutletDirectory) -> FooterLine? {
        let words = LineText.words(line)
        guard words.count >= 2, words.count <= 5, ["from", "via"].contains(words[0].lowercased()) else { return nil }
        var rest = Array(words.dropFirst())
        if let canonical = outlets.canonicalName(rest.joined(separator: " ")) { return .credit(outlet: canonical) }
        if rest.count > 1, rest.last!.lowercased() == "news" { rest.removeLast() }
        let name = rest.joined(separator: " ")
        if let canonical = outlets.canonicalName(name) { return .credit(outlet: canonical) }
        return LineText.isAllCaps(name) && words[0] == "FROM" ? .credit(outlet: name) : nil
    }

    /// An outlet's name alone, `Source: OUTLET`, `© OUTLET`, or a bare domain (`news.am`);
    /// a source line naming the outlet among others (`SOURCE: AL JAZEERA AND NEWS AGENCIES`).
    private static func outletLine(_ line: String, outlets: OutletDirectory) -> String? {
        var text = Substring(line)
        var lower = line.lowercased()
        var isSource = false
        for lead in ["source:", "sources:", "©", "(c)", "copyright", "—", "–", "-"] where lower.hasPrefix(lead) {
            isSource = isSource || lead.hasPrefix("source")
            text = text.dropFirst(lead.count).drop { $0 == " " }
            lower = text.lowercased()
        }
        let name = LineText.clean(text)
        guard !name.isEmpty, LineText.words(name).count <= 8 else { return nil }
        if LineText.words(name).count <= 5 {
            if let canonical = outlets.canonicalName(name) { return canonical }
            if isDomain(name) { return name }
        }
        return isSource ? firstOutlet(among: name, outlets: outlets) : nil
    }

    /// The first known outlet of a source line's list: `Al Jazeera and news agencies`,
    /// `Reuters, AFP`.
    private static func firstOutlet(among names: String, outlets: OutletDirectory) -> String? {
        let parts = names.replacingOccurrences(of: " and ", with: ",", options: .caseInsensitive)
            .replacingOccurrences(of: " & ", with: ",").split(separator: ",")
        return parts.lazy.compactMap { outlets.canonicalName(LineText.clean($0)) }.first
    }

    /// `Azatutyun – RFE/RL's Armenian Service`, `Hetq | Investigative journalism`: a
    /// known outlet's name, a dash or bar, and a short tagline without a final stop.
    /// Not part of ``classify(_:outlets:)``: above the headline it is only the site's
    /// name when a headline follows (`Trend - Baku talks continue` is a headline).
    static func outletWithTagline(_ line: String, outlets: OutletDirectory) -> String? {
        let name = LineText.clean(line)
        guard LineText.words(name).count <= 10 else { return nil }
        for separator in [" – ", " — ", " - ", " | "] {
            guard let range = name.range(of: separator) else { continue }
            let tagline = name[range.upperBound...]
            guard let canonical = outlets.canonicalName(name[..<range.lowerBound]),
                (1...6).contains(LineText.words(String(tagline)).count),
                let last = LineText.trimmingClosers(tagline).last, !".!?;:,".contains(last)
            else { return nil }
            return canonical
        }
        return nil
    }

    /// `(Reporting by Jane Doe in Baku; Editing by John Roe)`.
    private static func reporting(_ line: String) -> FooterLine? {
        let text = line.trimming(in: "() .")
        let lower = text.lowercased()
        guard lower.hasPrefix("reporting by ") || lower.hasPrefix("additional reporting by ") else { return nil }
        let clause =
            text.split(separator: ";").first.map { $0.dropFirst(lower.hasPrefix("additional") ? 24 : 13) } ?? ""
        var authors: [String] = []
        for part in clause.replacingOccurrences(of: " and ", with: ",").split(separator: ",") {
            var words = LineText.words(LineText.clean(part))
            if let inIndex = words.firstIndex(of: "in") { words = Array(words[..<inIndex]) }
            if let name = Byline.personName(words) { authors.append(name) }
        }
        return .reporting(authors: authors)
    }

    /// A plug for the outlet's or the author's social-media pages: `Follow us on
    /// Twitter @AzerNewsAz`, `… follow him on Twitter: @…`, `Subscribe to our channel`.
    private static func isSocial(_ lower: String) -> Bool {
        let words = LineText.words(lower)
        guard words.count <= 30 else { return false }
        let follows = [
            "follow us", "follow him", "follow her", "follow them", "follow me", "follow @", "follow the author",
        ]
        if follows.contains(where: { LineText.containsBytes(lower, $0) && lower.contains($0) }) { return true }
        // `Follow OC Media on Telegram`
        let networks = [
            "twitter", "facebook", "telegram", "instagram", "youtube", "linkedin", "x", "tiktok", "whatsapp",
        ]
        if words.first == "follow", words.count <= 14, let on = words.firstIndex(of: "on"), on + 1 < words.count,
            networks.contains(String(LineText.bare(words[on + 1])))
        {
            return true
        }
        let plugs = [
            "follow us", "subscribe to", "subscribe for", "join us", "join our", "like us", "find us on", "stay tuned",
            "stay up to date",
        ]
        // `Subscribe to …`, `…, subscribe to …`, `Keep up with the latest news: subscribe to …`
        let hasPlug = plugs.contains { plug in
            lower.hasPrefix(plug)
                || (LineText.containsBytes(lower, plug)
                    && (lower.contains(", \(plug)") || lower.contains(": \(plug)")))
        }
        if hasPlug {
            return true
        }
        if LineText.containsBytes(lower, "follow") && lower.contains("follow") && lower.contains(" @") { return true }
        return isMembershipPlug(lower)
    }

    /// A plea for readers' money: `Support independent journalism. Become a CivilNet
    /// member.`, `Donate to …`, `Become a patron`.
    private static func isMembershipPlug(_ lower: String) -> Bool {
        guard LineText.words(lower).count <= 20 else { return false }
        let pleas = ["support independent journalism", "support our journalism", "support our work", "donate to "]
        if pleas.contains(where: { lower.hasPrefix($0) }) { return true }
        // `Become a … member` opening the line or one of its sentences, not `… to become a member of …`.
        guard let become = lower.range(of: "become a "),
            become.lowerBound == lower.startIndex || lower[..<become.lowerBound].hasSuffix(". ")
        else { return false }
        let rest = lower[become.upperBound...].prefix { $0 != "." }
        guard rest.split(separator: " ").count <= 4 else { return false }
        return ["member", "patron", "supporter", "subscriber"].contains { rest.contains($0) }
    }

    /// The outlet whose handle a social plug gives (`@AzerNewsAz` → AzerNews), or that
    /// it names (`Follow OC Media on Telegram`), if known.
    private static func handleOutlet(_ line: String, outlets: OutletDirectory) -> String? {
        let words = LineText.words(line)
        if words.first?.lowercased() == "follow", let on = words.firstIndex(where: { $0.lowercased() == "on" }), on > 1,
            let outlet = outlets.canonicalName(words[1..<on].joined(separator: " "))
        {
            return outlet
        }
        for word in LineText.words(line) where word.hasPrefix("@") {
            if let outlet = outlets.canonicalName(LineText.bare(word)) { return outlet }
        }
        return nil
    }

    private static func isLegal(_ lower: String) -> Bool {
        lower.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ")
            || lower.contains("all rights reserved")
            || lower.hasPrefix("tags:") || lower.hasPrefix("keywords:") || lower.hasPrefix("photo:")
            || lower.hasPrefix("photo credit") || lower.hasPrefix("read more:") || lower.hasPrefix("read also:")
            || lower.hasPrefix("when using materials") || lower.hasPrefix("reproduction")
            || lower.hasPrefix("the views expressed") || lower.hasPrefix("our standards:")
            || lower.hasPrefix("editing by ") || lower.hasPrefix("writing by ")
    }

    private static let englishWords: Set<String> = [
        "the", "of", "and", "to", "in", "is", "a", "for", "on", "with", "that", "by", "at", "from", "as", "are", "was",
        "our", "us", "all", "news", "page", "more",
    ]

    /// A short line in another language: most of its words carry letters outside
    /// English (`Bütün xəbərlər Facebook səhifəmizdə`), or another script.
    static func isForeign(_ line: String) -> Bool {
        let words = LineText.words(line).map(LineText.bare).filter { !$0.isEmpty }
        guard !words.isEmpty, words.count <= 25 else { return false }
        if words.contains(where: { englishWords.contains($0.lowercased()) }) { return false }
        let foreign = words.filter { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic && !$0.isASCII }
        }
        return foreign.count * 2 >= words.count && foreign.count >= 1 && words.count >= 2
    }

    /// A URL alone on its line, optionally after `Source:` or `URL:`.
    private static func url(in line: String) -> String? {
        var text = Substring(line)
        var lower = line.lowercased()
        for lead in ["source:", "url:", "link:", "original:", "read more:"] where lower.hasPrefix(lead) {
            text = text.dropFirst(lead.count).drop { $0 == " " }
            lower = text.lowercased()
        }
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."),
            !text.contains(" ")
        else { return nil }
        return String(text)
    }

    /// `news.am`, `Report.az`, `azertag.az`: one word with a dot and a known top-level domain.
    static func isDomain(_ word: String) -> Bool {
        guard !word.contains(" "), let dot = word.lastIndex(of: "."), dot != word.startIndex else { return false }
        let tld = word[word.index(after: dot)...].lowercased()
        let domains: Set<String> = [
            "az", "am", "ru", "com", "net", "org", "ge", "tr", "ir", "info", "news", "uk", "eu", "io",
        ]
        return domains.contains(tld) && word[..<dot].allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }
}
