import Foundation
import KarabakhCorpus

/// Writes one synthetic article: a header of one ``OutletStyle``, a body of Zipfian
/// sentences with topical phrases, the article's cast of people, organizations and
/// places in the contexts the extractor reads (`Foreign Minister X said`,
/// `according to X`, `in X`), two to four quotes attributed as `“…,” X said`,
/// `"…," said X` or `X told reporters: “…”`, and a footer.
///
/// Lengths follow a log-normal around 450 words (80 to 2,500); dates spread over
/// 2016–2024, with more during the 2020 war. Everything comes from the article's own
/// generator, so an article does not depend on the others.
///
/// For example:
///
/// ```swift
/// let composer = ArticleComposer(vocabulary: Vocabulary(seed: 1), pool: EntityPool(gazetteer: .standard))
/// var random = SplitMix64(seed: 1, stream: 0)
/// let article = composer.compose(using: &random)
/// print(article.text)
/// ```
struct ArticleComposer: Sendable {
    /// What an article is, with what the reader should take from its header.
    struct Composed: Sendable {
        /// The file's text.
        var text: String
        /// The header family.
        var style: OutletStyle
        /// The title the reader should find, or `nil`.
        var title: String?
        /// The date the reader should find, or `nil`.
        var date: Day?
    }

    /// The words.
    let vocabulary: Vocabulary
    /// The names.
    let pool: EntityPool

    /// The median length of an article, in words.
    static let medianWords = 450.0
    /// The spread of the log-normal length (its sigma).
    static let lengthSigma = 0.6
    /// The shortest and longest article, in words.
    static let wordRange = 80...2_500

    /// One article.
    func compose(using random: inout SplitMix64) -> Composed {
        let style = OutletStyle.draw(using: &random)
        let date = Self.date(using: &random)
        let authors = [Self.author(using: &random), Self.author(using: &random)]
        var cast = Cast(
            people: pool.cast(.person, count: random.between(2...5), using: &random),
            organizations: pool.cast(.organization, count: random.between(1...3), using: &random),
            places: pool.cast(.place, count: random.between(2...4), using: &random))
        let title = self.title(cast: cast, using: &random)
        let target = Self.length(using: &random)

        var paragraphs: [String] = []
        var words = 0
        var quotesLeft = random.between(2...4)
        let quoteEvery = max(2, target / 12 / (quotesLeft + 1))
        var sentencesSinceQuote = 0
        while words < target {
            var sentences: [String] = []
            for _ in 0..<random.between(1...4) {
                let sentence = self.sentence(cast: &cast, using: &random)
                words += sentence.words
                sentences.append(sentence.text)
                sentencesSinceQuote += 1
            }
            paragraphs.append(sentences.joined(separator: " "))
            if quotesLeft > 0, sentencesSinceQuote >= quoteEvery || words >= target {
                let quote = self.quote(cast: &cast, using: &random)
                words += quote.words
                paragraphs.append(quote.text)
                quotesLeft -= 1
                sentencesSinceQuote = 0
            }
        }
        paragraphs[0] = style.dateline(date: date, authors: authors, random: &random) + paragraphs[0]

        var text = style.header(title: title, date: date, authors: authors, random: &random)
        text += paragraphs.joined(separator: "\n\n")
        text += style.footer(authors: authors, random: &random)
        if random.chance(0.03) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        if random.chance(0.02) { text = "\u{FEFF}" + text }
        return Composed(
            text: text, style: style, title: style.hasTitle ? title : nil, date: style.hasDate ? date : nil)
    }

    // MARK: Sentences

    /// The people, organizations and places of one article, and which were named already.
    private struct Cast {
        var people: [GazetteerEntry]
        var organizations: [GazetteerEntry]
        var places: [GazetteerEntry]
        var named: Set<String> = []

        /// How to write an entity here: its full name the first time, then now and then
        /// a surname or another alias the gazetteer lists.
        mutating func surface(_ entry: GazetteerEntry, using random: inout SplitMix64) -> String {
            guard named.insert(entry.name).inserted else {
                let plain = entry.aliases.filter { $0.unicodeScalars.allSatisfy(\.isASCII) && $0.count >= 4 }
                if !plain.isEmpty, random.chance(0.35) { return random.pick(plain) }
                return entry.name
            }
            return entry.name
        }
    }

    private func sentence(cast: inout Cast, using random: inout SplitMix64) -> (text: String, words: Int) {
        var body = filler(count: random.between(6...24), using: &random)
        if random.chance(0.15) {
            body.insert(vocabulary.topic(using: &random), at: random.below(body.count + 1))
        }
        if random.chance(0.05) {
            body.insert(
                random.pick(["44", "2020", "1,300", "30", "three", "10,000", "2.5"]), at: random.below(body.count))
        }
        if random.chance(0.25), body.count > 6 { body[random.between(2...(body.count - 3))] += "," }
        var text: String
        if random.chance(0.4) {
            text = mentioning(body.joined(separator: " "), cast: &cast, using: &random)
        } else {
            text = Self.capitalised(random.pick(Self.openers) + " " + body.joined(separator: " "))
        }
        text += "."
        return (text, Self.wordCount(text))
    }

    /// A sentence around a body of words, naming one of the cast the way news does.
    private func mentioning(_ body: String, cast: inout Cast, using random: inout SplitMix64) -> String {
        switch random.below(10) {
        case 0, 1:
            let person = random.pick(cast.people)
            let role = Self.role(of: person, using: &random).map { "\($0) " } ?? ""
            return Self.capitalised("\(role)\(cast.surface(person, using: &random)) said that \(body)")
        case 2:
            let person = random.pick(cast.people)
            return Self.capitalised("\(body), according to \(cast.surface(person, using: &random))")
        case 3:
            let person = random.pick(cast.people)
            return "\(cast.surface(person, using: &random)) told reporters that \(body)"
        case 4:
            let first = random.pick(cast.people)
            let second = cast.people.count > 1 ? random.pick(cast.people.filter { $0.name != first.name }) : first
            let place = random.pick(cast.places)
            return "\(cast.surface(first, using: &random)) met with \(cast.surface(second, using: &random)) in "
                + "\(cast.surface(place, using: &random)) to discuss \(body)"
        case 5:
            let organization = random.pick(cast.organizations)
            return "The \(cast.surface(organization, using: &random)) said in a statement that \(body)"
        case 6:
            let organization = random.pick(cast.organizations)
            return Self.capitalised(
                "\(body), representatives of the \(cast.surface(organization, using: &random)) noted")
        case 7:
            let organization = random.pick(cast.organizations)
            return "In a statement by the \(cast.surface(organization, using: &random)), \(body)"
        case 8:
            let place = random.pick(cast.places)
            return Self.capitalised(
                "\(body) \(random.pick(["in", "near", "around"])) \(cast.surface(place, using: &random))")
        default:
            let from = random.pick(cast.places)
            let to = cast.places.count > 1 ? random.pick(cast.places.filter { $0.name != from.name }) : from
            return "From \(cast.surface(from, using: &random)) to \(cast.surface(to, using: &random)), \(body)"
        }
    }

    /// A paragraph holding one attributed quote, in curly or straight marks.
    private func quote(cast: inout Cast, using random: inout SplitMix64) -> (text: String, words: Int) {
        var body = filler(count: random.between(8...30), using: &random)
        if random.chance(0.5) {
            body.insert(vocabulary.topic(using: &random), at: random.below(body.count + 1))
        }
        let words = Self.capitalised(random.pick(Self.quoteOpeners) + " " + body.joined(separator: " "))
        let curly = random.chance(0.7)
        let open = curly ? "“" : "\""
        let close = curly ? "”" : "\""
        let speaker = random.pick(cast.people)
        let name = cast.surface(speaker, using: &random)
        let text: String
        switch random.below(4) {
        case 0: text = "\(open)\(words),\(close) \(name) said."
        case 1: text = "\(open)\(words),\(close) said \(name)."
        case 2: text = "\(name) told reporters: \(open)\(words).\(close)"
        default:
            let role = Self.role(of: speaker, using: &random).map { "\($0) " } ?? ""
            text = "\(open)\(words),\(close) \(role)\(name) noted."
        }
        return (text, Self.wordCount(text))
    }

    private func title(cast: Cast, using random: inout SplitMix64) -> String {
        let subject = random.chance(0.6) ? random.pick(cast.people).name : random.pick(cast.places).name
        let verb = random.pick(["says", "calls for", "warns of", "discusses", "rejects", "welcomes", "urges"])
        let rest = filler(count: random.between(2...6), using: &random).joined(separator: " ")
        return "\(subject) \(verb) \(vocabulary.topic(using: &random)) \(rest)"
    }

    private func filler(count: Int, using random: inout SplitMix64) -> [String] {
        (0..<count).map { _ in vocabulary.word(using: &random) }
    }

    // MARK: Pieces

    private static let openers = [
        "the", "in", "on", "meanwhile,", "at the same time,", "however,", "it", "this", "they", "officials",
        "both sides", "the ministry", "earlier,", "later,", "according to the report,", "at the meeting,",
        "the sides", "in turn,", "the statement",
    ]
    private static let quoteOpeners = ["we", "this", "the", "our", "it", "they", "there", "today", "i"]

    private static let firstNames = [
        "Akbar", "Abdul", "Kamran", "Elnur", "Gohar", "Anush", "Rauf", "Tatevik", "Nareh", "Nino", "Heather",
        "Laman", "Sevinj", "Ani", "Lilit", "Aram", "Ruslan", "Leyla", "Farid", "Aysel", "Narmin", "Armen",
        "David", "Sarah", "James", "Olga", "Tigran", "Zaur", "Vusal", "Mariam",
    ]
    private static let surnames = [
        "Mammadov", "Kerimkhanov", "Iskandarli", "Rustamli", "Abrahamyan", "Petrosyan", "Aghayev", "Grigoryan",
        "Mkrtchyan", "Kvirikashvili", "Ellison", "Ismayilova", "Hakobyan", "Avetisyan", "Huseynov", "Babayan",
        "Smith", "Harris", "Novikova", "Karimov", "Sahakyan", "Bagirova", "Jafarli", "Melkonian",
    ]

    private static func author(using random: inout SplitMix64) -> String {
        "\(random.pick(firstNames)) \(random.pick(surnames))"
    }

    /// A title the gazetteer gives a person, now and then: `Foreign Minister of Azerbaijan`.
    private static func role(of entry: GazetteerEntry, using random: inout SplitMix64) -> String? {
        let roles = entry.roles.filter {
            !$0.contains("(") && $0.count <= 48 && $0.unicodeScalars.allSatisfy(\.isASCII)
        }
        guard !roles.isEmpty, random.chance(0.5) else { return nil }
        return random.pick(roles)
    }

    /// A day in 2016–2024: seven in ten spread evenly, three in ten during the autumn
    /// 2020 war (27 September to 30 November).
    private static func date(using random: inout SplitMix64) -> Day {
        if random.chance(0.3) {
            let offset = random.below(65)
            if offset < 4 { return Day(2020, 9, 27 + offset) }
            return offset < 35 ? Day(2020, 10, offset - 3) : Day(2020, 11, offset - 34)
        }
        let year = random.between(2016...2024)
        let month = random.between(1...12)
        return Day(year, month, random.between(1...Day.daysIn(month: month, year: year)))
    }

    private static func length(using random: inout SplitMix64) -> Int {
        let words = exp(log(medianWords) + lengthSigma * random.normal())
        return min(wordRange.upperBound, max(wordRange.lowerBound, Int(words.rounded())))
    }

    /// The words of a sentence, as spaces separate them.
    private static func wordCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }

    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
