/// Reads the text of one scraped article file: finds the header and footer lines,
/// takes the metadata from them, and returns the body without them.
///
/// The reader works by line families, not by outlet: scraper date lines
/// (` date 2020-04-29 By Akbar Mammadov`), printed dates with times and offsets
/// (`30 March 2020 15:10 (UTC+04:00)`), bylines (`By …`, `by First Last`, names alone
/// beside the date or under the headline), headlines with media tags (`… [PHOTO]`),
/// the site's name and tagline, section labels and breadcrumbs above the headline
/// (`Politics › Diplomacy`), wire datelines (`MOSCOW, October 4. /TASS/.`),
/// staff-journalist and social-media footers, outlet trailers (`News.Az`), wire
/// credits (`FROM AFP NEWS`), page furniture (`Please enter your comment!`), lists of
/// related links and trailing lines in another language. A file with none of these
/// is all body.
///
/// For example:
///
/// ```swift
/// let reading = ArticleReader().read("By Jane Doe\n\nBAKU, Oct. 5. Trend: The talks …")
/// reading.metadata.authors   // ["Jane Doe"]
/// reading.metadata.dateline  // "BAKU"
/// reading.metadata.source    // "Trend"
/// reading.body               // "The talks …"
/// ```
public struct ArticleReader: Sendable {
    /// The outlets the reader recognises by name.
    public var outlets: OutletDirectory

    /// Creates a reader that knows the given outlets.
    public init(outlets: OutletDirectory = .standard) {
        self.outlets = outlets
    }

    /// The metadata and body the reader found in a file's text.
    public struct Reading: Hashable, Sendable {
        /// The metadata found in the header, dateline and footer.
        public var metadata: ArticleMetadata
        /// The body text, line ends normalised to `\n`.
        public var body: String
    }

    /// Reads an article file's decoded text.
    public func read(_ text: String) -> Reading {
        var scan = Scan(lines: LineText.lines(text), outlets: outlets)
        scan.readHeader()
        scan.readDateline()
        scan.readFooter()
        return Reading(metadata: scan.metadata(), body: scan.body())
    }
}

/// The state of one pass over an article's lines.
private struct Scan {
    let lines: [Substring]
    let cleaned: [String]
    let outlets: OutletDirectory

    var title: String?
    /// The line of the headline, once found.
    var titleIndex: Int?
    /// The last line above the headline that named the outlet (`Hetq Online`).
    var mastheadIndex: Int?
    var dates: [Day] = []
    var bylines: [Byline] = []
    var dateline: WireDateline?
    var credit: String?
    var staffOutlet: String?
    var staffAuthor: String?
    var namedOutlets: [String] = []
    var handleOutlets: [String] = []
    var reportingAuthors: [String] = []
    var url: String?

    /// The first body line, and the part of it that is body when a header shares it.
    var bodyStart: Int
    var bodyStartText: Substring?
    /// The last body line.
    var bodyEnd: Int
    var furniture: Set<Int> = []

    init(lines: [Substring], outlets: OutletDirectory) {
        var lines = lines
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        self.lines = lines
        self.cleaned = lines.map { LineText.clean($0) }
        self.outlets = outlets
        self.bodyStart = lines.count
        self.bodyEnd = lines.count - 1
    }

    // MARK: Header

    mutating func readHeader() {
        var index = 0
        while index < lines.count {
            let line = cleaned[index]
            if line.isEmpty {
                index += 1
                continue
            }
            if PageFurniture.contains(line) {
                furniture.insert(index)
                index += 1
                continue
            }
            let words = LineText.words(line)
            if let dated = DateText.matchLine(words[...]), let day = dated.date.fullDay {
                dates.append(day)
                if readRest(of: index, words: words, from: dated.wordCount) { return }
                index += 1
                continue
            }
            if let byline = Byline.parse(line, outlets: outlets) {
                bylines.append(byline)
                if let start = byline.bodyStart {
                    startBody(at: index, words: start)
                    return
                }
                index += 1
                continue
            }
            if let (author, date) = labelAndDate(words) {
                // `Joshua Kucera Oct 5, 2020`, or a section label: `Politics Materials 5 October 2020 15:23`
                if let author { bylines.append(Byline(authors: [author])) }
                dates.append(date)
                index += 1
                continue
            }
            if bylines.isEmpty, let byline = Byline.bare(line, everyName: title == nil),
                isBesideDate(index) || isUnderHeadline(index)
            {
                // Names alone, above or below the date line (`Ruzanna Stepanian` / `12.10.2020`),
                // or just under the headline.
                bylines.append(byline)
                index += 1
                continue
            }
            if readKeyValue(line) {
                index += 1
                continue
            }
            if let footer = FooterLine.classify(line, outlets: outlets), isHeaderFamily(footer) {
                if case .outlet = footer, title == nil { mastheadIndex = index }
                record(footer)
                index += 1
                continue
            }
            // A wire dateline starts the body, even alone on its line.
            if WireDateline.parse(words, outlets: outlets) != nil || WireDateline.gluedPlace(words) != nil { break }
            // The site's name and tagline, section labels and breadcrumbs above the headline.
            if title == nil, let heading = pageHeading(at: index), headerFollows(index, headline: heading.needsHeadline)
            {
                if case .masthead(let outlet) = heading {
                    record(.outlet(outlet))
                    mastheadIndex = index
                }
                index += 1
                continue
            }
            if title == nil, isTitle(at: index) {
                title = TitleText.clean(line)
                titleIndex = index
                index += 1
                continue
            }
            // A section label (`Domestic policy`) or a standfirst below the headline,
            // when more header lines follow.
            if title != nil || !dates.isEmpty, index < 12, isLabelOrStandfirst(at: index, words: words) {
                index += 1
                continue
            }
            break
        }
        startBody(at: index, words: 0)
    }

    /// Reads what follows a date on its line: a byline, widget text, or the body.
    /// Returns whether the body started on this line.
    private mutating func readRest(of index: Int, words: [Substring], from start: Int) -> Bool {
        guard start < words.count else { return false }
        let rest = words[start...]
        let restText = rest.joined(separator: " ")
        if rest.first!.lowercased() == "by", let byline = Byline.parse(restText, outlets: outlets) {
            bylines.append(byline)
            if let bodyWord = byline.bodyStart {
                startBody(at: index, words: start + bodyWord)
                return true
            }
            return false
        }
        if PageFurniture.isWidget(restText.lowercased()) || rest.count < 4 { return false }
        startBody(at: index, words: start)
        return true
    }

    /// A person's name followed by a date on one line.
    /// A person's name or a short section label, then a date, on one line: the
    /// author (`nil` for a label) and the date.
    private func labelAndDate(_ words: [Substring]) -> (String?, Day)? {
        for length in 1...4 where length < words.count {
            let label = Array(words[..<length])
            guard label.allSatisfy({ LineText.isCapitalised($0) || LineText.isCapitalised(LineText.bare($0)) }),
                !label.contains(where: { $0.last.map { ".:;".contains($0) } ?? false })
            else { return nil }
            let rest = words[length...]
            guard let dated = DateText.matchLine(rest), dated.wordCount == rest.count, let day = dated.date.fullDay
            else { continue }
            if let name = Byline.personName(label), Byline.looksLikePersonName(label) { return (name, day) }
            return length <= 3 ? (nil, day) : nil
        }
        return nil
    }

    /// A line of one to three words without a final stop, or a sentence, that sits
    /// between header lines: the next non-blank line is a byline or a date line, or
    /// (for a short label) the line after it is blank.
    private func isLabelOrStandfirst(at index: Int, words: [Substring]) -> Bool {
        guard let next = (index + 1..<lines.count).first(where: { !cleaned[$0].isEmpty }) else { return false }
        let nextWords = LineText.words(cleaned[next])
        let nextIsHeader =
            Byline.parse(cleaned[next], outlets: outlets) != nil || labelAndDate(nextWords) != nil
            || (DateText.matchLine(nextWords[...]).map { $0.date.fullDay != nil && $0.wordCount == nextWords.count }
                ?? false)
            || (Byline.bare(cleaned[next], everyName: title == nil) != nil && isBesideDate(next))
        if nextIsHeader { return words.count <= 40 }
        let isLabel =
            words.count <= 3 && !(LineText.trimmingClosers(cleaned[index]).last.map { ".!?:;,".contains($0) } ?? true)
        return isLabel && next > index + 1 && WireDateline.parse(nextWords, outlets: outlets) != nil
    }

    /// A line above the headline that names the page rather than the article.
    private enum PageHeading {
        /// `Politics`, `Politics › Diplomacy`.
        case section
        /// `News | Armenia-Azerbaijan conflict`: segments joined by bars, which some
        /// headlines use too.
        case barredSection
        /// The outlet's name with its tagline: `Azatutyun – RFE/RL's Armenian Service`.
        case masthead(String)
        /// A line directly under the outlet's name: `Hetq Online` / `Investigative …`.
        case tagline

        /// Whether only a headline after it makes the line a page heading.
        var needsHeadline: Bool {
            switch self {
            case .section: false
            case .barredSection, .masthead, .tagline: true
            }
        }
    }

    /// The kind of page heading the line is, if it is one: a section label, a
    /// breadcrumb trail, the outlet's name with its tagline, or a short line directly
    /// under the outlet's name, with no blank line between.
    private func pageHeading(at index: Int) -> PageHeading? {
        let line = cleaned[index]
        if PageFurniture.isSectionLabel(line) || PageFurniture.isBreadcrumb(line, barsAllowed: false) {
            return .section
        }
        if let outlet = FooterLine.outletWithTagline(line, outlets: outlets) { return .masthead(outlet) }
        if PageFurniture.isBreadcrumb(line) { return .barredSection }
        guard mastheadIndex == index - 1, (1...8).contains(LineText.words(line).count),
            let last = LineText.trimmingClosers(line).last, !".!?:;,".contains(last)
        else { return nil }
        return .tagline
    }

    /// Whether more of the header follows a page heading: within the next few lines,
    /// past other page headings, a headline, or (unless `headline` is required) a date
    /// line, a byline or an outlet's name. Without one, the line is left to the header
    /// rules after it, or to the body.
    private func headerFollows(_ index: Int, headline: Bool) -> Bool {
        var seen = 0
        for next in (index + 1)..<lines.count where !cleaned[next].isEmpty {
            let line = cleaned[next]
            seen += 1
            guard seen <= 5 else { return false }
            if PageFurniture.contains(line) || PageFurniture.isSectionLabel(line) || PageFurniture.isBreadcrumb(line) {
                continue
            }
            if isDateLine(line) || Byline.parse(line, outlets: outlets) != nil { return !headline }
            if case .outlet = FooterLine.classify(line, outlets: outlets) { return !headline }
            return isTitle(at: next)
        }
        return false
    }

    /// Whether the nearest non-blank line above is the headline.
    private func isUnderHeadline(_ index: Int) -> Bool {
        guard let titleIndex else { return false }
        return (0..<index).reversed().first(where: { !cleaned[$0].isEmpty }) == titleIndex
    }

    /// Whether a cleaned line is a date with nothing but its time and zone.
    private func isDateLine(_ line: String) -> Bool {
        let words = LineText.words(line)
        guard let dated = DateText.matchLine(words[...]) else { return false }
        return dated.date.fullDay != nil && dated.wordCount == words.count
    }

    /// Whether the nearest non-blank line above or below is a date line.
    private func isBesideDate(_ index: Int) -> Bool {
        if let above = (0..<index).reversed().first(where: { !cleaned[$0].isEmpty }), isDateLine(cleaned[above]) {
            return true
        }
        if let below = (index + 1..<lines.count).first(where: { !cleaned[$0].isEmpty }), isDateLine(cleaned[below]) {
            return true
        }
        return false
    }

    /// `Title: …`, `Headline: …`, `Source: …` at the top of a file.
    private mutating func readKeyValue(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let key = line[..<colon].lowercased()
        let value = LineText.clean(line[line.index(after: colon)...])
        guard !value.isEmpty else { return false }
        switch key {
        case "title", "headline":
            title = TitleText.clean(value)
        case "source", "outlet", "publisher":
            guard !value.lowercased().hasPrefix("http") else { return false }
            namedOutlets.append(outlets.canonicalName(value) ?? value)
        default:
            return false
        }
        return true
    }

    private func isHeaderFamily(_ footer: FooterLine) -> Bool {
        switch footer {
        case .credit, .outlet, .url: true
        case .social, .boilerplate: true
        case .staff, .reporting: false
        }
    }

    /// A headline: a short line without a final full stop, followed by a blank line,
    /// another header line (a date, a byline, a name alone), or nothing.
    private func isTitle(at index: Int) -> Bool {
        let line = cleaned[index]
        let words = LineText.words(line)
        guard (2...30).contains(words.count), line.count <= 250 else { return false }
        guard let last = LineText.trimmingClosers(line).last, !".;:,".contains(last) else { return false }
        guard index + 1 < lines.count else { return true }
        let next = cleaned[index + 1]
        if next.isEmpty { return true }
        return DateText.matchLine(LineText.words(next)[...])?.date.fullDay != nil
            || Byline.parse(next, outlets: outlets) != nil || Byline.bare(next) != nil
    }

    private mutating func startBody(at index: Int, words: Int) {
        bodyStart = index
        bodyStartText = words > 0 ? LineText.dropWords(words, from: lines[index]) : nil
        if let text = bodyStartText, LineText.isBlank(text) {
            bodyStart = index + 1
            bodyStartText = nil
        }
    }

    // MARK: Dateline

    /// A wire dateline opening the first body line.
    mutating func readDateline() {
        while bodyStart < lines.count, bodyStartText == nil, cleaned[bodyStart].isEmpty { bodyStart += 1 }
        guard bodyStart < lines.count else { return }
        let first = bodyStartText.map { LineText.clean($0) } ?? cleaned[bodyStart]
        let words = LineText.words(first)
        if let place = WireDateline.gluedPlace(words) {
            // `STEPANAKERT—The …`
            dateline = WireDateline(place: place, date: nil, outlet: nil, bodyStart: 0)
            let line = bodyStartText ?? lines[bodyStart]
            if let dash = line.firstIndex(where: { $0 == "—" || $0 == "–" }) {
                bodyStartText = line[line.index(after: dash)...]
            }
            return
        }
        guard let found = WireDateline.parse(words, outlets: outlets) else { return }
        dateline = found
        let remainder = LineText.dropWords(found.bodyStart, from: bodyStartText ?? lines[bodyStart])
        if LineText.isBlank(remainder) {
            bodyStart += 1
            bodyStartText = nil
        } else {
            bodyStartText = remainder
        }
    }

    // MARK: Footer

    mutating func readFooter() {
        var index = lines.count - 1
        while index > bodyStart {
            let line = cleaned[index]
            if line.isEmpty {
                index -= 1
                continue
            }
            if PageFurniture.contains(line) {
                furniture.insert(index)
                index -= 1
                continue
            }
            if let footer = FooterLine.classify(line, outlets: outlets) {
                record(footer)
                index -= 1
                continue
            }
            if let outlet = FooterLine.outletWithTagline(line, outlets: outlets) {
                record(.outlet(outlet))
                index -= 1
                continue
            }
            guard let heading = linkListHeading(endingAt: index) else { break }
            index = heading - 1
        }
        bodyEnd = index
    }

    /// The heading of a list of links to other articles that ends at `end`:
    /// `Related articles` or `Explore more on these topics`, then short lines without
    /// a final stop.
    private func linkListHeading(endingAt end: Int) -> Int? {
        var items = 0
        for index in stride(from: end, to: bodyStart, by: -1) where !cleaned[index].isEmpty {
            let line = cleaned[index]
            if PageFurniture.isListHeading(line) { return items > 0 ? index : nil }
            let words = LineText.words(line)
            guard items < 12, words.count <= 12, let last = LineText.trimmingClosers(line).last,
                !".!?;,".contains(last)
            else { return nil }
            items += 1
        }
        return nil
    }

    private mutating func record(_ footer: FooterLine) {
        switch footer {
        case .staff(let author, let outlet):
            if let outlet { staffOutlet = staffOutlet ?? outlet }
            staffAuthor = staffAuthor ?? author
        case .credit(let outlet):
            credit = credit ?? outlet
        case .outlet(let outlet):
            namedOutlets.append(outlet)
        case .reporting(let authors):
            reportingAuthors += authors
        case .url(let found):
            url = url ?? found
        case .social(let outlet):
            if let outlet { handleOutlets.append(outlet) }
        case .boilerplate:
            break
        }
    }

    // MARK: Results

    func metadata() -> ArticleMetadata {
        var authors: [String] = []
        var bylineOutlets: [String] = []
        for (offset, byline) in bylines.enumerated() {
            if offset == 0, bylines.count > 1 {
                // The first of several bylines names the outlet: ` date … By Azernews` … `By Abdul Kerimkhanov`.
                let printed = (byline.outlets + byline.authors).joined(separator: " ")
                bylineOutlets.append(outlets.canonicalName(printed) ?? printed)
                continue
            }
            authors += byline.authors
            bylineOutlets += byline.outlets
        }
        if authors.isEmpty { authors = dateline?.authors ?? [] }
        if authors.isEmpty, let staffAuthor { authors = [staffAuthor] }
        if authors.isEmpty { authors = reportingAuthors }
        var seen = Set<String>()
        authors = authors.filter { seen.insert($0.lowercased()).inserted }

        let source =
            credit ?? dateline?.outlet ?? bylineOutlets.first ?? staffOutlet ?? namedOutlets.first
            ?? handleOutlets.first
        let date = dates.first ?? dateline?.date?.fullDay
        return ArticleMetadata(
            title: title.flatMap { $0.isEmpty ? nil : $0 }, date: date, authors: authors, source: source,
            dateline: dateline?.place, url: url)
    }

    func body() -> String {
        guard bodyStart < lines.count, bodyStart <= bodyEnd else { return "" }
        var parts: [Substring] = []
        for index in bodyStart...bodyEnd where !furniture.contains(index) && !PageFurniture.contains(cleaned[index]) {
            parts.append(index == bodyStart ? (bodyStartText ?? lines[index]) : lines[index])
        }
        while let first = parts.first, LineText.isBlank(first) { parts.removeFirst() }
        while let last = parts.last, LineText.isBlank(last) { parts.removeLast() }
        return parts.joined(separator: "\n")
    }
}
