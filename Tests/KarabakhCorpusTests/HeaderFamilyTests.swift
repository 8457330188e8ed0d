import Foundation
import KarabakhTestSupport
import Testing

@testable import KarabakhCorpus

/// The header and footer line families of SPEC §3.1, each read from invented
/// articles in the style of the outlets that print them, against the metadata
/// conventions of SPEC §4: what a careful human reading the fixture would say.
@Suite("Header and footer line families")
struct HeaderFamilyTests {
    /// What the body of a fixture must be, beyond its first and last sentence.
    enum ExactBody: Sendable {
        /// The fixture's text from the first sentence to the last sentence.
        case slice
        /// This text.
        case text(String)
        /// Only the first and last sentences and the lines left out are checked
        /// (page furniture between paragraphs leaves blank lines of no fixed number).
        case unchecked
    }

    /// One invented article and what a careful reader finds in it.
    struct Fixture: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let metadata: ArticleMetadata
        /// The first words of the first real body sentence.
        let first: String
        /// The last words of the last real body sentence.
        let last: String
        /// Header and footer lines that must not be in the body.
        var notInBody: [String] = []
        var exact: ExactBody = .slice

        var testDescription: String { name }

        /// The body the fixture must read to.
        var expectedBody: String? {
            switch exact {
            case .unchecked:
                return nil
            case .text(let body):
                return body
            case .slice:
                guard let start = text.range(of: first), let end = text.range(of: last, options: .backwards),
                    start.lowerBound <= end.upperBound
                else { return nil }
                return String(text[start.lowerBound..<end.upperBound])
            }
        }
    }

    /// Reads the fixture and checks every metadata field and the body.
    static func check(_ fixture: Fixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let reading = ArticleReader().read(fixture.text)
        let found = reading.metadata
        let expected = fixture.metadata
        #expect(found.title == expected.title, "title", sourceLocation: sourceLocation)
        #expect(found.date == expected.date, "date", sourceLocation: sourceLocation)
        #expect(found.authors == expected.authors, "authors", sourceLocation: sourceLocation)
        #expect(found.source == expected.source, "source", sourceLocation: sourceLocation)
        #expect(found.dateline == expected.dateline, "dateline", sourceLocation: sourceLocation)
        #expect(found.url == expected.url, "url", sourceLocation: sourceLocation)

        let body = reading.body
        #expect(body.hasPrefix(fixture.first), "body starts with the first sentence", sourceLocation: sourceLocation)
        #expect(body.hasSuffix(fixture.last), "body ends with the last sentence", sourceLocation: sourceLocation)
        for line in fixture.notInBody {
            #expect(!body.contains(line), "\"\(line)\" is not body", sourceLocation: sourceLocation)
        }
        #expect(!body.contains("\r"), "body lines are joined with \\n", sourceLocation: sourceLocation)
        #expect(!body.contains("\u{FEFF}"), "no byte order mark in the body", sourceLocation: sourceLocation)
        if let wanted = fixture.expectedBody {
            #expect(
                body == wanted, "body differs:\n\(TextDiff(expected: wanted, actual: body))",
                sourceLocation: sourceLocation)
        } else if case .slice = fixture.exact {
            Issue.record(
                "fixture \(fixture.name): first or last sentence not found in its text", sourceLocation: sourceLocation)
        }
    }

    // MARK: - 1. Scraper date lines

    static let scraperDateLines: [Fixture] = [
        Fixture(
            name: "scraper date line with a byline and a staff footer",
            text: """
                 date 2020-04-29 By Akbar Mammadov

                Head of Nagorno-Karabakh’s Azerbaijani community Tural Ganjaliyev has said that the region’s Armenian residents are ready for peaceful coexistence with Azerbaijanis.

                Ganjaliyev said the community is ready for a broader inter-communal dialogue, which will be organized soon.

                Akbar Mammadov is AzerNews' staff journalist
                """,
            metadata: ArticleMetadata(date: Day(2020, 4, 29), authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "Head of Nagorno-Karabakh’s Azerbaijani community",
            last: "which will be organized soon.",
            notInBody: ["date 2020-04-29", "By Akbar Mammadov", "staff journalist"]),
        Fixture(
            name: "scraper date line with a byline and no footer",
            text: """
                 date 2020-05-12 By Akbar Mammadov

                Azerbaijan’s Foreign Ministry has condemned the so-called inauguration ceremony held by the separatist regime in occupied Shusha.

                The ministry called the event a provocation aimed at undermining the peace process.
                """,
            metadata: ArticleMetadata(date: Day(2020, 5, 12), authors: ["Akbar Mammadov"]),
            first: "Azerbaijan’s Foreign Ministry has condemned",
            last: "undermining the peace process.",
            notInBody: ["date 2020-05-12", "By Akbar"]),
        Fixture(
            name: "scraper date line naming the outlet, the author on a later byline",
            text: """
                 date 2020-02-14 By Azernews





                By Abdul Kerimkhanov

                The OSCE Minsk Group co-chairs have once again called on the sides to refrain from actions that could escalate tension.

                For nearly 25 years, the efforts of the Minsk Group have yielded no results.
                """,
            metadata: ArticleMetadata(date: Day(2020, 2, 14), authors: ["Abdul Kerimkhanov"], source: "AzerNews"),
            first: "The OSCE Minsk Group co-chairs",
            last: "have yielded no results.",
            notInBody: ["date 2020-02-14", "By Azernews", "By Abdul Kerimkhanov"]),
        Fixture(
            name: "scraper date line naming only the outlet",
            text: """
                 date 2020-10-04 By Azernews

                Azerbaijan’s army has taken control of the city of Jabrayil and several villages of the district, President Ilham Aliyev said.

                The announcement came on the eighth day of fighting.
                """,
            metadata: ArticleMetadata(date: Day(2020, 10, 4), source: "AzerNews"),
            first: "Azerbaijan’s army has taken control",
            last: "on the eighth day of fighting.",
            notInBody: ["date 2020-10-04", "By Azernews"]),
    ]

    @Test("a scraper date line gives the date, and its byline the author or the outlet", arguments: scraperDateLines)
    func scraperDateLine(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 2. Printed dates and times

    static func shellingReport(dateLine: String) -> String {
        """
        Azerbaijan reports new shelling of Tartar district

        \(dateLine)

        By Akbar Mammadov

        Armenian armed forces shelled villages of Azerbaijan’s Tartar district overnight, the Defence Ministry said.

        No casualties were reported, the ministry added.
        """
    }

    static let printedDates: [(String, Day)] = [
        ("30 March 2020 15:10 (UTC+04:00)", Day(2020, 3, 30)),
        ("March 30, 2020", Day(2020, 3, 30)),
        ("Monday, March 30, 2020 3:10 pm", Day(2020, 3, 30)),
        ("30.03.2020 15:10", Day(2020, 3, 30)),
        ("2020-03-30T15:10:00+04:00", Day(2020, 3, 30)),
        ("Published: 5 October 2020", Day(2020, 10, 5)),
    ]

    @Test("a printed date line, with or without time and offset, gives the date", arguments: printedDates)
    func printedDate(_ dateLine: String, _ day: Day) {
        Self.check(
            Fixture(
                name: dateLine,
                text: Self.shellingReport(dateLine: dateLine),
                metadata: ArticleMetadata(
                    title: "Azerbaijan reports new shelling of Tartar district", date: day, authors: ["Akbar Mammadov"]),
                first: "Armenian armed forces shelled",
                last: "the ministry added.",
                notInBody: [dateLine, "By Akbar Mammadov", "reports new shelling"]))
    }

    // MARK: - 3. Bylines

    static func exchangeReport(byline: String) -> String {
        """
        \(byline)

        Azerbaijan and Armenia exchanged the bodies of soldiers killed in the fighting, the International Committee of the Red Cross said on Thursday.

        The exchange took place near the town of Aghdam.
        """
    }

    static let bylines: [(String, ArticleMetadata)] = [
        ("By Akbar Mammadov", ArticleMetadata(authors: ["Akbar Mammadov"])),
        ("By Jane Doe and John Roe", ArticleMetadata(authors: ["Jane Doe", "John Roe"])),
        (
            "By Anna Petrosyan, Ruslan Rehimov and Ayla Jean Yackley",
            ArticleMetadata(authors: ["Anna Petrosyan", "Ruslan Rehimov", "Ayla Jean Yackley"])
        ),
        ("BY JANE DOE", ArticleMetadata(authors: ["Jane Doe"])),
        ("By Jane Doe, Reuters", ArticleMetadata(authors: ["Jane Doe"], source: "Reuters")),
    ]

    @Test("a byline gives the bylined people, split at commas and \"and\", never the outlet", arguments: bylines)
    func byline(_ line: String, _ metadata: ArticleMetadata) {
        Self.check(
            Fixture(
                name: line,
                text: Self.exchangeReport(byline: line),
                metadata: metadata,
                first: "Azerbaijan and Armenia exchanged the bodies",
                last: "near the town of Aghdam.",
                notInBody: [line]))
    }

    static let byInBody: [Fixture] = [
        Fixture(
            name: "first line of the file starts with \"By the end of\"",
            text: """
                By the end of the war, more than 6,000 soldiers had been killed on both sides, officials said.

                Both governments have since begun exchanging the remains of the dead.
                """,
            metadata: ArticleMetadata(),
            first: "By the end of the war,",
            last: "the remains of the dead.",
            exact: .text(
                """
                By the end of the war, more than 6,000 soldiers had been killed on both sides, officials said.

                Both governments have since begun exchanging the remains of the dead.
                """)),
        Fixture(
            name: "first body line after a headline starts with \"By the end of\"",
            text: """
                Six weeks that redrew the map of the South Caucasus

                By the end of the war, Azerbaijan had retaken Shusha and large parts of the surrounding districts.

                Russian peacekeepers deployed along the Lachin corridor on November 10.
                """,
            metadata: ArticleMetadata(title: "Six weeks that redrew the map of the South Caucasus"),
            first: "By the end of the war, Azerbaijan had retaken Shusha",
            last: "along the Lachin corridor on November 10.",
            notInBody: ["Six weeks that redrew"]),
    ]

    @Test("a body sentence that starts with \"By\" is not a byline", arguments: byInBody)
    func byInBodyIsNotByline(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 4. Titles

    static func strikeReport(title: String) -> String {
        """
        \(title)

        Azerbaijan’s Defence Ministry released footage on Tuesday showing the destruction of Armenian air-defence systems near Aghdara.

        The ministry said the strikes were carried out by drones.
        """
    }

    static let titles: [(String, String)] = [
        (
            "Azerbaijani army destroys Armenian air-defence systems [VIDEO]",
            "Azerbaijani army destroys Armenian air-defence systems"
        ),
        (
            "Drone footage shows strikes on air-defence systems near Aghdara [PHOTO]",
            "Drone footage shows strikes on air-defence systems near Aghdara"
        ),
        ("Azerbaijan releases new footage from the front (PHOTOS)", "Azerbaijan releases new footage from the front"),
        ("Air-defence systems destroyed near Aghdara - VIDEO", "Air-defence systems destroyed near Aghdara"),
        (
            "Defence Ministry shows destroyed air-defence launchers [PHOTO/VIDEO]",
            "Defence Ministry shows destroyed air-defence launchers"
        ),
        (
            "Azerbaijan destroys Armenian air-defence systems near Aghdara",
            "Azerbaijan destroys Armenian air-defence systems near Aghdara"
        ),
    ]

    @Test(
        "a short first line without final period before a blank line is the title, without media tags",
        arguments: titles)
    func title(_ line: String, _ title: String) {
        Self.check(
            Fixture(
                name: line,
                text: Self.strikeReport(title: line),
                metadata: ArticleMetadata(title: title),
                first: "Azerbaijan’s Defence Ministry released footage",
                last: "carried out by drones.",
                notInBody: [line]))
    }

    static let sentenceFirstLines: [Fixture] = [
        Fixture(
            name: "first line ends with a full stop",
            text: """
                Armenia and Azerbaijan agreed to a humanitarian ceasefire in Moscow on Saturday after ten hours of talks.

                The truce was due to take effect at noon, but both sides accused each other of violating it within minutes.
                """,
            metadata: ArticleMetadata(),
            first: "Armenia and Azerbaijan agreed to a humanitarian ceasefire",
            last: "of violating it within minutes."),
        Fixture(
            name: "first line is a quote ending .”",
            text: """
                “We will not give up a single inch of our land.”

                President Ilham Aliyev said this in an address to the nation on Sunday, as fighting continued along the front line.
                """,
            metadata: ArticleMetadata(),
            first: "“We will not give up a single inch of our land.”",
            last: "continued along the front line."),
    ]

    @Test("a first line that is a sentence is body, not a title", arguments: sentenceFirstLines)
    func sentenceIsNotTitle(_ fixture: Fixture) {
        #expect(fixture.expectedBody == fixture.text, "fixture: the whole file is the body to expect")
        Self.check(fixture)
    }

    // MARK: - 5. Footers

    static let footers: [Fixture] = [
        Fixture(
            name: "staff-journalist footer",
            text: """
                By Akbar Mammadov

                The head of Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians through social networking websites.

                Ganjaliyev said the threats would not stop the community’s work.

                Akbar Mammadov is AzerNews' staff journalist
                """,
            metadata: ArticleMetadata(authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "The head of Azerbaijani community",
            last: "stop the community’s work.",
            notInBody: ["By Akbar", "staff journalist"]),
        Fixture(
            name: "staff footer with a Twitter handle, then an outlet's social plug",
            text: """
                By Akbar Mammadov

                The head of Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians through social networking websites.

                Ganjaliyev said the threats would not stop the community’s work.


                Akbar Mammadov  is AzerNews’ staff journalist, follow him on Twitter: @AkbarMammadov97

                Follow us on Twitter @AzerNewsAz
                """,
            metadata: ArticleMetadata(authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "The head of Azerbaijani community",
            last: "stop the community’s work.",
            notInBody: ["staff journalist", "@AkbarMammadov97", "Follow us", "@AzerNewsAz"]),
        Fixture(
            name: "only the outlet's social plug names the outlet",
            text: """
                 date 2020-09-28 By Akbar Mammadov

                Azerbaijan has declared martial law and a curfew in several cities, including Baku, Ganja and Yevlakh.

                The curfew runs from midnight to 6 a.m., the Cabinet of Ministers said.

                Follow us on Twitter @AzerNewsAz
                """,
            metadata: ArticleMetadata(date: Day(2020, 9, 28), authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "Azerbaijan has declared martial law",
            last: "the Cabinet of Ministers said.",
            notInBody: ["Follow us", "@AzerNewsAz"]),
        Fixture(
            name: "last line in another language",
            text: """
                Russian community of Azerbaijan supports reintegration of Karabakh Armenians

                The Russian community of Azerbaijan fully supports the country’s efforts to reintegrate the Armenian residents of Karabakh, the community said in a statement.

                “We wish a speedy recovery to the wounded,” the statement said.

                Bütün xəbərlər Facebook səhifəmizdə
                """,
            metadata: ArticleMetadata(
                title: "Russian community of Azerbaijan supports reintegration of Karabakh Armenians"),
            first: "The Russian community of Azerbaijan fully supports",
            last: "the statement said.",
            notInBody: ["Bütün xəbərlər", "səhifəmizdə"]),
        Fixture(
            name: "full AzerNews page: tagged headline, date-time, byline, staff and social footers",
            text: """
                Head of Karabakh’s Azerbaijani community receives death threats from Armenians [PHOTO]

                30 March 2020 15:10 (UTC+04:00)

                By Akbar Mammadov

                The head of Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians through social networking websites.

                The Minsk Group’s efforts have resulted in no progress to this date.


                Akbar Mammadov  is AzerNews’ staff journalist, follow him on Twitter: @AkbarMammadov97

                Follow us on Twitter @AzerNewsAz
                """,
            metadata: ArticleMetadata(
                title: "Head of Karabakh’s Azerbaijani community receives death threats from Armenians",
                date: Day(2020, 3, 30), authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "The head of Azerbaijani community",
            last: "no progress to this date.",
            notInBody: ["[PHOTO]", "15:10", "By Akbar", "staff journalist", "Follow us"]),
    ]

    @Test("footers name the outlet and are not body", arguments: footers)
    func footer(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 6. Wire datelines

    static let datelines: [Fixture] = [
        Fixture(
            name: "MOSCOW, October 4. /TASS/.",
            text: """
                MOSCOW, October 4. /TASS/. Russian President Vladimir Putin discussed the situation in Nagorno-Karabakh with French President Emmanuel Macron in a phone call on Sunday, the Kremlin press service said.

                The two leaders called on the parties to cease fire as soon as possible.
                """,
            metadata: ArticleMetadata(source: "TASS", dateline: "MOSCOW"),
            first: "Russian President Vladimir Putin discussed",
            last: "to cease fire as soon as possible.",
            notInBody: ["MOSCOW", "/TASS/"]),
        Fixture(
            name: "YEREVAN, SEPTEMBER 25, ARMENPRESS.",
            text: """
                YEREVAN, SEPTEMBER 25, ARMENPRESS. Prime Minister Nikol Pashinyan held a phone conversation with the President of France, the Office of the Prime Minister said.

                The sides discussed the situation on the Armenian-Azerbaijani border.
                """,
            metadata: ArticleMetadata(source: "Armenpress", dateline: "YEREVAN"),
            first: "Prime Minister Nikol Pashinyan held",
            last: "on the Armenian-Azerbaijani border.",
            notInBody: ["YEREVAN", "ARMENPRESS"]),
        Fixture(
            name: "BAKU, Azerbaijan, Oct. 5. Trend:",
            text: """
                BAKU, Azerbaijan, Oct. 5. Trend: The Armenian armed forces fired at the city of Ganja on Sunday night, the Prosecutor General’s Office said.

                Several civilians were injured, according to the office.
                """,
            metadata: ArticleMetadata(source: "Trend", dateline: "BAKU"),
            first: "The Armenian armed forces fired at the city of Ganja",
            last: "according to the office.",
            notInBody: ["BAKU", "Oct. 5", "Trend:"]),
        Fixture(
            name: "STEPANAKERT, Nagorno-Karabakh (AP) —",
            text: """
                STEPANAKERT, Nagorno-Karabakh (AP) — Heavy shelling hit the capital of Nagorno-Karabakh on Sunday as fighting between Armenian and Azerbaijani forces entered its second week.

                Residents took shelter in basements as sirens sounded across the city.
                """,
            metadata: ArticleMetadata(source: "AP", dateline: "STEPANAKERT"),
            first: "Heavy shelling hit the capital",
            last: "sirens sounded across the city.",
            notInBody: ["STEPANAKERT", "(AP)"]),
        Fixture(
            name: "BAKU (Reuters) -",
            text: """
                BAKU (Reuters) - Azerbaijan said on Monday its forces had taken control of several villages, while Armenia said its troops had repelled attacks.

                The fighting is the heaviest in the region in decades.
                """,
            metadata: ArticleMetadata(source: "Reuters", dateline: "BAKU"),
            first: "Azerbaijan said on Monday its forces",
            last: "in the region in decades.",
            notInBody: ["BAKU", "(Reuters)"]),
        Fixture(
            name: "headline and date-time line above a TASS dateline",
            text: """
                Putin and Macron call for ceasefire in Nagorno-Karabakh

                4 October 2020 14:25 (UTC+04:00)

                MOSCOW, October 4. /TASS/. Russian President Vladimir Putin and French President Emmanuel Macron called for a ceasefire in Nagorno-Karabakh in a phone call on Sunday.

                The Kremlin said the leaders would stay in contact.
                """,
            metadata: ArticleMetadata(
                title: "Putin and Macron call for ceasefire in Nagorno-Karabakh", date: Day(2020, 10, 4),
                source: "TASS",
                dateline: "MOSCOW"),
            first: "Russian President Vladimir Putin and French President",
            last: "would stay in contact.",
            notInBody: ["14:25", "/TASS/"]),
        Fixture(
            name: "publication date line above an ARMENPRESS dateline of the day before",
            text: """
                Published: 26 September 2020

                YEREVAN, SEPTEMBER 25, ARMENPRESS. Foreign Minister Zohrab Mnatsakanyan met with the OSCE Minsk Group co-chairs in Geneva.

                The parties discussed the preparation of the next round of talks.
                """,
            metadata: ArticleMetadata(date: Day(2020, 9, 26), source: "Armenpress", dateline: "YEREVAN"),
            first: "Foreign Minister Zohrab Mnatsakanyan met",
            last: "the next round of talks.",
            notInBody: ["Published", "ARMENPRESS"]),
        Fixture(
            name: "byline above a Trend dateline",
            text: """
                By Jane Doe

                BAKU, Oct. 5. Trend: The talks between the foreign ministers of Azerbaijan and Russia focused on the situation on the front line, the ministry said.

                The ministers agreed to stay in contact.
                """,
            metadata: ArticleMetadata(authors: ["Jane Doe"], source: "Trend", dateline: "BAKU"),
            first: "The talks between the foreign ministers",
            last: "agreed to stay in contact.",
            notInBody: ["By Jane Doe", "Trend:"]),
        Fixture(
            name: "Baku, October 5, AZERTAC alone on its line",
            text: """
                Baku, October 5, AZERTAC

                President Ilham Aliyev has received the credentials of the newly appointed ambassador of Italy.

                The ambassador conveyed the greetings of the Italian president.
                """,
            metadata: ArticleMetadata(source: "AZERTAC", dateline: "Baku"),
            first: "President Ilham Aliyev has received",
            last: "greetings of the Italian president.",
            notInBody: ["AZERTAC", "October 5"]),
    ]

    @Test("a wire dateline gives the place and the outlet, and the body starts after it", arguments: datelines)
    func dateline(_ fixture: Fixture) {
        Self.check(fixture)
    }

    static let notDatelines: [Fixture] = [
        Fixture(
            name: "NATO, the EU and the OSCE urged restraint.",
            text: """
                NATO, the EU and the OSCE urged restraint.

                Fighting broke out along the line of contact on Sunday morning, with both sides reporting casualties.
                """,
            metadata: ArticleMetadata(),
            first: "NATO, the EU and the OSCE urged restraint.",
            last: "with both sides reporting casualties."),
        Fixture(
            name: "Russia, France and the United States urged both sides …",
            text: """
                Russia, France and the United States urged both sides to return to talks without preconditions.

                The three countries co-chair the OSCE Minsk Group.
                """,
            metadata: ArticleMetadata(),
            first: "Russia, France and the United States urged",
            last: "co-chair the OSCE Minsk Group."),
        Fixture(
            name: "headline Armenia, Azerbaijan agree to talks",
            text: """
                Armenia, Azerbaijan agree to talks

                Armenia and Azerbaijan have agreed to hold talks in Moscow, the Russian Foreign Ministry said.

                The foreign ministers of the two countries are expected to arrive on Friday.
                """,
            metadata: ArticleMetadata(title: "Armenia, Azerbaijan agree to talks"),
            first: "Armenia and Azerbaijan have agreed to hold talks",
            last: "expected to arrive on Friday.",
            notInBody: ["agree to talks"]),
    ]

    @Test("a sentence or headline opening with a capitalised list is not a dateline", arguments: notDatelines)
    func notDateline(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 7. Outlet trailers

    static let trailers: [Fixture] = [
        Fixture(
            name: "News.Az as the last line",
            text: """
                Azerbaijani army liberates more villages in Fuzuli district

                The Azerbaijani Army has liberated several more villages in the Fuzuli district, President Ilham Aliyev said on Twitter.

                “Glory to the Azerbaijani Army!” the president wrote.

                News.Az
                """,
            metadata: ArticleMetadata(
                title: "Azerbaijani army liberates more villages in Fuzuli district", source: "News.Az"),
            first: "The Azerbaijani Army has liberated",
            last: "the president wrote.",
            notInBody: ["News.Az"]),
        Fixture(
            name: "News.Az after a date-time header, followed by blank lines",
            text: """
                17 October 2020 09:45 (UTC+04:00)

                Armenian forces fired a ballistic missile at Ganja overnight, killing at least 13 civilians, the Prosecutor General’s Office said.

                Rescue workers searched the rubble of destroyed houses through the morning.

                News.Az


                """,
            metadata: ArticleMetadata(date: Day(2020, 10, 17), source: "News.Az"),
            first: "Armenian forces fired a ballistic missile",
            last: "through the morning.",
            notInBody: ["News.Az", "09:45"]),
    ]

    @Test("an outlet's name alone on the last line is its trailer", arguments: trailers)
    func trailer(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 8. Wire credits

    static let credits: [Fixture] = [
        Fixture(
            name: "FROM AFP NEWS as the first line",
            text: """
                FROM AFP NEWS

                Armenia and Azerbaijan accused each other on Sunday of breaching a humanitarian ceasefire agreed in Moscow, as shelling continued in Nagorno-Karabakh.

                The truce was meant to allow the exchange of prisoners and bodies.
                """,
            metadata: ArticleMetadata(source: "AFP"),
            first: "Armenia and Azerbaijan accused each other",
            last: "exchange of prisoners and bodies.",
            notInBody: ["FROM AFP NEWS"]),
        Fixture(
            name: "FROM AFP NEWS last, under a reposting site's byline outlet",
            text: """
                 date 2020-10-11 By Azernews

                Armenia and Azerbaijan accused each other on Sunday of breaching a humanitarian ceasefire agreed in Moscow, as shelling continued in Nagorno-Karabakh.

                The truce was meant to allow the exchange of prisoners and bodies.

                FROM AFP NEWS
                """,
            metadata: ArticleMetadata(date: Day(2020, 10, 11), source: "AFP"),
            first: "Armenia and Azerbaijan accused each other",
            last: "exchange of prisoners and bodies.",
            notInBody: ["FROM AFP NEWS", "By Azernews"]),
        Fixture(
            name: "FROM AFP NEWS before a reposting site's trailer",
            text: """
                Ceasefire breaks down hours after Moscow talks

                Armenia and Azerbaijan accused each other on Sunday of breaching a humanitarian ceasefire agreed in Moscow, as shelling continued in Nagorno-Karabakh.

                The truce was meant to allow the exchange of prisoners and bodies.

                FROM AFP NEWS

                News.Az
                """,
            metadata: ArticleMetadata(title: "Ceasefire breaks down hours after Moscow talks", source: "AFP"),
            first: "Armenia and Azerbaijan accused each other",
            last: "exchange of prisoners and bodies.",
            notInBody: ["FROM AFP NEWS", "News.Az"]),
        Fixture(
            name: "FROM AFP NEWS first, a reposting site's social plug last",
            text: """
                FROM AFP NEWS

                Armenia and Azerbaijan accused each other on Sunday of breaching a humanitarian ceasefire agreed in Moscow, as shelling continued in Nagorno-Karabakh.

                The truce was meant to allow the exchange of prisoners and bodies.

                Follow us on Twitter @AzerNewsAz
                """,
            metadata: ArticleMetadata(source: "AFP"),
            first: "Armenia and Azerbaijan accused each other",
            last: "exchange of prisoners and bodies.",
            notInBody: ["FROM AFP NEWS", "Follow us"]),
    ]

    @Test("a wire credit names the source and wins over the reposting site", arguments: credits)
    func credit(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 9. Page furniture

    static let furniture: [Fixture] = [
        Fixture(
            name: "font-size widget on the date line, comment form after the body",
            text: """
                 date 2019-01-07 + ↺ − 16 px

                The foreign ministers of Azerbaijan and Armenia will meet in Paris on January 16, the OSCE Minsk Group co-chairs said.

                The meeting will be the first since the ministers met in Milan last month.

                Facebook Comments

                Please enter your comment!

                Please enter your name here
                """,
            metadata: ArticleMetadata(date: Day(2019, 1, 7)),
            first: "The foreign ministers of Azerbaijan and Armenia",
            last: "met in Milan last month.",
            notInBody: ["↺", "16 px", "Facebook Comments", "Please enter"]),
        Fixture(
            name: "furniture before the headline, between paragraphs and at the end",
            text: """
                Leave a Reply
                Azerbaijan, Armenia foreign ministers to meet in Paris

                 date 2019-01-07 + ↺ − 16 px

                The foreign ministers of Azerbaijan and Armenia will meet in Paris on January 16, the OSCE Minsk Group co-chairs said.

                Please enter your comment!

                The meeting will be the first since the ministers met in Milan last month.

                Facebook Comments
                Please enter your name here
                """,
            metadata: ArticleMetadata(
                title: "Azerbaijan, Armenia foreign ministers to meet in Paris", date: Day(2019, 1, 7)),
            first: "The foreign ministers of Azerbaijan and Armenia",
            last: "met in Milan last month.",
            notInBody: [
                "Leave a Reply", "↺", "Please enter your comment!", "Facebook Comments", "Please enter your name here",
            ],
            exact: .unchecked),
    ]

    @Test("page furniture is never body, wherever it stands", arguments: furniture)
    func pageFurniture(_ fixture: Fixture) {
        Self.check(fixture)
        let body = ArticleReader().read(fixture.text).body
        #expect(body.contains("Minsk Group co-chairs said.\n"), "the first paragraph is kept whole")
    }

    // MARK: - 10. Magazine bylines

    static let magazine: [Fixture] = [
        Fixture(
            name: "headline, blank line, by First Last, date",
            text: """
                The long road back to Shusha

                by Thomas de Waal
                Jan 5, 2021

                When Azerbaijani troops entered Shusha in November, they found a town that had been half empty for years.

                Few of its former residents have been able to return so far.
                """,
            metadata: ArticleMetadata(
                title: "The long road back to Shusha", date: Day(2021, 1, 5), authors: ["Thomas de Waal"]),
            first: "When Azerbaijani troops entered Shusha",
            last: "able to return so far.",
            notInBody: ["by Thomas de Waal", "Jan 5, 2021"]),
        Fixture(
            name: "headline directly above by First Last and date",
            text: """
                Karabakh’s new frontier villages
                by Laurence Broers
                Mar 12, 2021

                The ceasefire of November left Armenian and Azerbaijani villages within sight of each other along a new line.

                Many residents say they do not expect the arrangement to last.
                """,
            metadata: ArticleMetadata(
                title: "Karabakh’s new frontier villages", date: Day(2021, 3, 12), authors: ["Laurence Broers"]),
            first: "The ceasefire of November left",
            last: "expect the arrangement to last.",
            notInBody: ["by Laurence Broers", "Mar 12, 2021"]),
    ]

    @Test("a magazine byline and the date under it give author and date", arguments: magazine)
    func magazineByline(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 11. Headers sharing a line with the body

    static let sharedLines: [Fixture] = [
        Fixture(
            name: "scraper date line and byline run on into the first sentence",
            text: """
                 date 2020-04-29 By Akbar Mammadov Head of the community said the region’s Armenians are ready for peaceful coexistence with Azerbaijanis.

                Ganjaliyev said the community would continue its work despite the pressure from Yerevan.

                Akbar Mammadov is AzerNews' staff journalist
                """,
            metadata: ArticleMetadata(date: Day(2020, 4, 29), authors: ["Akbar Mammadov"], source: "AzerNews"),
            first: "Head of the community said",
            last: "despite the pressure from Yerevan.",
            notInBody: ["date 2020-04-29", "Mammadov Head", "staff journalist"]),
        Fixture(
            name: "date-time line runs on into the first sentence",
            text: """
                30 March 2020 15:10 (UTC+04:00) The head of Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians.

                Ganjaliyev said he would not be intimidated.
                """,
            metadata: ArticleMetadata(date: Day(2020, 3, 30)),
            first: "The head of Azerbaijani community",
            last: "he would not be intimidated.",
            notInBody: ["15:10", "UTC"]),
        Fixture(
            name: "byline runs on into the first sentence",
            text: """
                By Akbar Mammadov The head of Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians.

                Ganjaliyev said he would not be intimidated.
                """,
            metadata: ArticleMetadata(authors: ["Akbar Mammadov"]),
            first: "The head of Azerbaijani community",
            last: "he would not be intimidated.",
            notInBody: ["By Akbar", "Mammadov The"]),
    ]

    @Test(
        "a header that shares its line with the first sentence leaves that sentence in the body", arguments: sharedLines
    )
    func sharedLine(_ fixture: Fixture) {
        Self.check(fixture)
    }

    // MARK: - 12. Encoding details

    static let threatsMetadata = ArticleMetadata(
        title: "Head of Karabakh’s Azerbaijani community receives death threats from Armenians",
        date: Day(2020, 3, 30), authors: ["Akbar Mammadov"], source: "AzerNews")

    static let threatsBody = """
        The head of\u{00A0}Azerbaijani community of Nagorno-Karabakh, Tural Ganjaliyev, has received death threats from Armenians\u{00A0}through social networking websites.

        Ganjaliyev said the threats would not stop the community’s work.
        """

    static func threatsArticle(
        byline: String = "By Akbar Mammadov", staff: String = "Akbar Mammadov is AzerNews’ staff journalist"
    )
        -> String
    {
        """
        Head of Karabakh’s Azerbaijani community receives death threats from Armenians [PHOTO]

        30 March 2020 15:10 (UTC+04:00)

        \(byline)

        \(threatsBody)


        \(staff), follow him on Twitter: @AkbarMammadov97

        Follow us on Twitter @AzerNewsAz

        """
    }

    static func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\r\n")
    }

    static let nbspArticle = threatsArticle(
        byline: "By\u{00A0}Akbar Mammadov", staff: "Akbar Mammadov\u{00A0} is AzerNews’ staff journalist")

    static let encodings: [Fixture] = [
        ("LF line ends", threatsArticle()),
        ("CRLF line ends", crlf(threatsArticle())),
        ("UTF-8 BOM", "\u{FEFF}" + threatsArticle()),
        ("BOM and CRLF", "\u{FEFF}" + crlf(threatsArticle())),
        ("NBSP in byline and staff footer", nbspArticle),
        ("NBSP in header lines, BOM and CRLF", "\u{FEFF}" + crlf(nbspArticle)),
    ].map { name, text in
        Fixture(
            name: name, text: text, metadata: threatsMetadata,
            first: "The head of\u{00A0}Azerbaijani community", last: "stop the community’s work.",
            notInBody: ["[PHOTO]", "15:10", "Akbar Mammadov", "staff journalist", "Follow us"],
            exact: .text(threatsBody))
    }

    @Test("CRLF, a BOM and non-breaking spaces change neither metadata nor body text", arguments: encodings)
    func encoding(_ fixture: Fixture) {
        Self.check(fixture)
        let reading = ArticleReader().read(fixture.text)
        #expect(
            reading.metadata == ArticleReader().read(Self.threatsArticle()).metadata, "same metadata as the plain file")
        #expect(reading.body.contains("\u{00A0}"), "the body keeps its non-breaking spaces")
    }

    @Test("a BOM before a scraper date line and CRLF line ends")
    func bomBeforeScraperDateLine() {
        let plain = """
             date 2020-04-29 By Akbar Mammadov

            Head of the Azerbaijani community Tural Ganjaliyev said the community is ready for dialogue.

            Ganjaliyev made the remarks in a Facebook post.

            Akbar Mammadov is AzerNews' staff journalist
            """
        Self.check(
            Fixture(
                name: "BOM, scraper date line, CRLF",
                text: "\u{FEFF}" + Self.crlf(plain),
                metadata: ArticleMetadata(date: Day(2020, 4, 29), authors: ["Akbar Mammadov"], source: "AzerNews"),
                first: "Head of the Azerbaijani community",
                last: "in a Facebook post.",
                notInBody: ["date 2020", "staff journalist"],
                exact: .text(
                    """
                    Head of the Azerbaijani community Tural Ganjaliyev said the community is ready for dialogue.

                    Ganjaliyev made the remarks in a Facebook post.
                    """)))
    }

    // MARK: - 13. No header

    static let plainArticles: [Fixture] = [
        Fixture(
            name: "three plain paragraphs",
            text: """
                Azerbaijan and Armenia have agreed to exchange prisoners of war under a deal brokered by Russia, officials in Baku said on Friday.

                The exchange is expected to take place on the border in the coming days.

                The OSCE Minsk Group is co-chaired by France, Russia and the United States.
                """,
            metadata: ArticleMetadata(),
            first: "Azerbaijan and Armenia have agreed",
            last: "France, Russia and the United States."),
        Fixture(
            name: "plain paragraphs, the last one about following the news on Telegram",
            text: """
                Residents of Tartar spent another night in basements as shelling continued, local officials said.

                Schools in the district have been closed since the fighting began.

                Many residents follow the news from the front on Telegram channels run by volunteers.
                """,
            metadata: ArticleMetadata(),
            first: "Residents of Tartar spent another night",
            last: "Telegram channels run by volunteers."),
    ]

    @Test("a file without a recognisable header is all body, with no metadata", arguments: plainArticles)
    func noHeader(_ fixture: Fixture) {
        #expect(fixture.expectedBody == fixture.text, "fixture: the whole file is the body to expect")
        Self.check(fixture)
    }

    // MARK: - 14. Key lines and URLs

    static let keyLines: [Fixture] = [
        Fixture(
            name: "Title: and Source: lines",
            text: """
                Title: Ceasefire violated hours after Moscow talks [VIDEO]
                Source: Trend

                Azerbaijan’s Defence Ministry said Armenian forces shelled the Tartar and Aghdam districts minutes after the humanitarian ceasefire took effect.

                Armenia denied the accusation.
                """,
            metadata: ArticleMetadata(title: "Ceasefire violated hours after Moscow talks", source: "Trend"),
            first: "Azerbaijan’s Defence Ministry said",
            last: "Armenia denied the accusation.",
            notInBody: ["Title:", "Source:"]),
        Fixture(
            name: "Title:, Source: and a URL line in the header",
            text: """
                Title: Azerbaijan marks first Victory Day
                Source: AzerNews
                https://www.azernews.az/nation/176543.html

                Azerbaijan celebrated Victory Day for the first time on Thursday, marking the end of the 44-day war.

                Thousands of people gathered on Baku’s seaside boulevard.
                """,
            metadata: ArticleMetadata(
                title: "Azerbaijan marks first Victory Day", source: "AzerNews",
                url: "https://www.azernews.az/nation/176543.html"),
            first: "Azerbaijan celebrated Victory Day",
            last: "on Baku’s seaside boulevard.",
            notInBody: ["Title:", "Source:", "https://"]),
        Fixture(
            name: "URL line in the footer of an ARMENPRESS story",
            text: """
                YEREVAN, OCTOBER 14, ARMENPRESS. The Ministry of Defense of Armenia said Azerbaijani forces resumed shelling in the southern direction of the front overnight.

                Ministry spokesperson Shushan Stepanyan said the situation remained tense.

                https://armenpress.am/eng/news/1030845.html
                """,
            metadata: ArticleMetadata(
                source: "Armenpress", dateline: "YEREVAN", url: "https://armenpress.am/eng/news/1030845.html"),
            first: "The Ministry of Defense of Armenia said",
            last: "the situation remained tense.",
            notInBody: ["ARMENPRESS", "https://"]),
    ]

    @Test("Title: and Source: key lines and a URL line alone give title, source and url", arguments: keyLines)
    func keyLine(_ fixture: Fixture) {
        Self.check(fixture)
    }
}
