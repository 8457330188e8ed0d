import KarabakhCorpus

/// A family of header and footer conventions that real scraped articles carry, which
/// the reader recognises by rule (SPEC §3.1): the synthetic articles are spread over
/// them so that ingest parses headers of every shape.
///
/// Each style knows what the reader should take from it: whether it prints a title
/// (``hasTitle``) and a full date (``hasDate``); the benchmark checks the reader
/// against that after ingest.
///
/// For example, ``reuters`` writes:
///
/// ```
/// Armenia says ceasefire holds in Syunik
///
/// By Anush Petrosyan and Rauf Aghayev
///
/// September 26, 2023 5:12 PM GMT+4
///
/// YEREVAN (Reuters) - The …
/// ```
enum OutletStyle: String, CaseIterable, Sendable {
    /// ` date 2020-04-29 By Akbar Mammadov`, no title, a staff-journalist footer.
    case scraperByline
    /// ` date 2022-11-10 By Caliber.Az`, blank lines, then `By Elnur Rustamli`; no title.
    case scraperOutlet
    /// A title with a media tag, `30 March 2020 15:10 (UTC+04:00)`, `By Name`, footers.
    case printedDate
    /// Trend: `Politics Materials 5 October 2020 15:23 (UTC +04:00)` and the dateline
    /// `BAKU, Azerbaijan, Oct. 5. By Name – Trend:`.
    case trend
    /// ` date 2021-05-14 By Armenpress` and `YEREVAN, MAY 14, ARMENPRESS.`; no title.
    case armenpress
    /// A title and `MOSCOW, October 14. /TASS/.`: the year is not printed, so no date.
    case tass
    /// A title, `By A and B`, `September 26, 2023 5:12 PM GMT+4`, `YEREVAN (Reuters) -`.
    case reuters
    /// A title, `By NAME IN CAPITALS`, `October 9, 2020`, `STEPANAKERT, Nagorno-Karabakh (AP) —`.
    case associatedPress
    /// A magazine: a title, `by First Last`, `Jan 5, 2021`, a contributor footer.
    case magazine
    /// A title, `by Name`, `23 May 2022`, a follow-us footer.
    case ocMedia
    /// A title, no date, and a `News.Az` trailer line.
    case newsAz

    /// How often each style occurs, in percent.
    static let weights: [(OutletStyle, Int)] = [
        (.scraperByline, 14), (.scraperOutlet, 9), (.printedDate, 12), (.trend, 11), (.armenpress, 10),
        (.tass, 6), (.reuters, 10), (.associatedPress, 7), (.magazine, 8), (.ocMedia, 8), (.newsAz, 5),
    ]

    /// A style, drawn with ``weights``.
    static func draw(using random: inout SplitMix64) -> OutletStyle {
        var target = random.below(weights.reduce(0) { $0 + $1.1 })
        for (style, weight) in weights {
            if target < weight { return style }
            target -= weight
        }
        return .newsAz
    }

    /// Whether the reader should find a title.
    var hasTitle: Bool {
        switch self {
        case .scraperByline, .scraperOutlet, .armenpress: false
        default: true
        }
    }

    /// Whether the header prints a full date (with its year).
    var hasDate: Bool {
        switch self {
        case .tass, .newsAz: false
        default: true
        }
    }

    /// The lines before the body, ending with the blank line that opens it.
    func header(title: String, date: Day, authors: [String], random: inout SplitMix64) -> String {
        let author = authors[0]
        switch self {
        case .scraperByline:
            return " date \(date) By \(author)\n\n"
        case .scraperOutlet:
            return " date \(date) By \(random.pick(["Azernews", "Caliber.Az"]))\n\n\n\n\nBy \(author)\n\n"
        case .printedDate:
            let tag = random.chance(0.3) ? random.pick([" [PHOTO]", " [VIDEO]", " [UPDATED]"]) : ""
            return "\(title)\(tag)\n\n\(date.day) \(Self.months[date.month - 1]) \(date.year) \(Self.clock(&random)) "
                + "(UTC+04:00)\n\nBy \(author)\n\n"
        case .trend:
            return "\(title)\n\nPolitics Materials \(date.day) \(Self.months[date.month - 1]) \(date.year) "
                + "\(Self.clock(&random)) (UTC +04:00)\n\n"
        case .armenpress:
            return " date \(date) By Armenpress\n\n"
        case .tass, .newsAz:
            return "\(title)\n\n"
        case .reuters:
            let byline = authors.count > 1 ? "\(authors[0]) and \(authors[1])" : author
            let hour = random.between(1...12)
            let minute = random.below(60)
            return "\(title)\n\nBy \(byline)\n\n\(Self.months[date.month - 1]) \(date.day), \(date.year) "
                + "\(hour):\(minute < 10 ? "0" : "")\(minute) \(random.pick(["AM", "PM"])) GMT+4\n\n"
        case .associatedPress:
            return "\(title)\n\nBy \(author.uppercased())\n\(Self.months[date.month - 1]) \(date.day), \(date.year)\n\n"
        case .magazine:
            return "\(title)\n\nby \(author)\n\n\(Self.months[date.month - 1].prefix(3)) \(date.day), \(date.year)\n\n"
        case .ocMedia:
            return "\(title)\n\nby \(author)\n\n\(date.day) \(Self.months[date.month - 1]) \(date.year)\n\n"
        }
    }

    /// The wire dateline that opens the first paragraph, or an empty string.
    func dateline(date: Day, authors: [String], random: inout SplitMix64) -> String {
        switch self {
        case .trend:
            return "BAKU, Azerbaijan, \(Self.shortMonths[date.month - 1]) \(date.day). By \(authors[0]) – Trend: "
        case .armenpress:
            return "YEREVAN, \(Self.months[date.month - 1].uppercased()) \(date.day), ARMENPRESS. "
        case .tass:
            let city = random.pick(["MOSCOW", "BAKU", "YEREVAN"])
            return "\(city), \(Self.months[date.month - 1]) \(date.day). /TASS/. "
        case .reuters:
            return "\(random.pick(["YEREVAN", "BAKU", "MOSCOW", "TBILISI"])) (Reuters) - "
        case .associatedPress:
            return random.pick(["STEPANAKERT, Nagorno-Karabakh (AP) — ", "BAKU, Azerbaijan (AP) — "])
        default:
            return ""
        }
    }

    /// The lines after the body, or an empty string.
    func footer(authors: [String], random: inout SplitMix64) -> String {
        let author = authors[0]
        switch self {
        case .scraperByline:
            return "\n\n\(author) is AzerNews' staff journalist\n"
        case .printedDate:
            let handle = author.filter { $0 != " " }
            return "\n\n\n\(author) is AzerNews’ staff journalist, follow him on Twitter: @\(handle)\n\n"
                + "Follow us on Twitter @AzerNewsAz"
        case .magazine:
            return "\n\n\(author) is a contributor to EVN Report.\n"
        case .ocMedia:
            return "\n\nFollow OC Media on Telegram and Twitter for the latest updates.\n"
        case .newsAz:
            return "\n\nNews.Az\n"
        default:
            return random.chance(0.5) ? "\n" : ""
        }
    }

    private static func clock(_ random: inout SplitMix64) -> String {
        let hour = random.below(24)
        let minute = random.below(60)
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static let shortMonths = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]
}
