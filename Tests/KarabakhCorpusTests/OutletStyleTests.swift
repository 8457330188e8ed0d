import Testing

@testable import KarabakhCorpus

/// Header styles of outlets beyond the sample files, read by the same rules:
/// bylines without "By", names on the date line, staff bylines, times before dates.
@Suite("Header styles of other outlets")
struct OutletStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let metadata: ArticleMetadata
        let body: String

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "a name alone above a day-first numeric date",
            text: """
                Yerevan says talks must resume

                Ruzanna Stepanian
                12.10.2020

                Armenia said on Monday that talks must resume.
                """,
            metadata: ArticleMetadata(
                title: "Yerevan says talks must resume", date: Day(2020, 10, 12), authors: ["Ruzanna Stepanian"]),
            body: "Armenia said on Monday that talks must resume."),
        Case(
            name: "a name and a date on one line",
            text: """
                Why the ceasefire failed

                Joshua Kucera Oct 5, 2020

                The ceasefire lasted less than a day.
                """,
            metadata: ArticleMetadata(
                title: "Why the ceasefire failed", date: Day(2020, 10, 5), authors: ["Joshua Kucera"]),
            body: "The ceasefire lasted less than a day."),
        Case(
            name: "a staff byline names the outlet",
            text: """
                BY ASBAREZ STAFF

                Protesters gathered outside the consulate on Sunday.
                """,
            metadata: ArticleMetadata(source: "Asbarez"),
            body: "Protesters gathered outside the consulate on Sunday."),
        Case(
            name: "a time before the date",
            text: """
                12:45, 5 October 2020

                Shelling resumed overnight, officials said.
                """,
            metadata: ArticleMetadata(date: Day(2020, 10, 5)),
            body: "Shelling resumed overnight, officials said."),
        Case(
            name: "a Reuters dateline with a reporting credit at the end",
            text: """
                TBILISI, Georgia, Sept 27 (Reuters) - Fighting broke out on Sunday.

                (Reporting by Nvard Hovhannisyan in Yerevan and Nailia Bagirova in Baku; Editing by Jon Boyle)
                """,
            metadata: ArticleMetadata(
                authors: ["Nvard Hovhannisyan", "Nailia Bagirova"], source: "Reuters", dateline: "TBILISI"),
            body: "Fighting broke out on Sunday."),
        Case(
            name: "a Trend dateline with its byline inside",
            text: """
                BAKU, Azerbaijan, Oct. 5. By Jane Doe – Trend: The ministry said the road was reopened.
                """,
            metadata: ArticleMetadata(authors: ["Jane Doe"], source: "Trend", dateline: "BAKU"),
            body: "The ministry said the road was reopened."),
        Case(
            name: "a dated dateline with its year",
            text: """
                MOSCOW, October 4, 2020. /TASS/. The Kremlin called for a ceasefire.
                """,
            metadata: ArticleMetadata(date: Day(2020, 10, 4), source: "TASS", dateline: "MOSCOW"),
            body: "The Kremlin called for a ceasefire."),
        Case(
            name: "a headline ending in a question mark, then a dated byline block",
            text: """
                Is peace finally possible?

                by Thomas de Waal
                Jan 5, 2021

                Three months after the war, the region is quiet.
                """,
            metadata: ArticleMetadata(
                title: "Is peace finally possible?", date: Day(2021, 1, 5), authors: ["Thomas de Waal"]),
            body: "Three months after the war, the region is quiet."),
        Case(
            name: "a standfirst between the headline and a name-and-date line",
            text: """
                Peace talks stall as the blockade enters its fourth month

                Baku and Yerevan trade accusations while shortages grow.

                Heather Ellison Mar 14, 2023

                The blockade shows no sign of ending.

                Heather Ellison is a journalist based in Tbilisi.
                """,
            metadata: ArticleMetadata(
                title: "Peace talks stall as the blockade enters its fourth month", date: Day(2023, 3, 14),
                authors: ["Heather Ellison"]),
            body: "The blockade shows no sign of ending."),
        Case(
            name: "a section label, then an agency dateline with its outlet",
            text: """
                About 1,000 families to move to Fuzuli by the end of the year

                12 October, 2023 14:35
                Domestic policy

                Baku. 12 October. REPORT.AZ/ About 1,000 families are expected to move.
                """,
            metadata: ArticleMetadata(
                title: "About 1,000 families to move to Fuzuli by the end of the year", date: Day(2023, 10, 12),
                source: "Report.az", dateline: "Baku"),
            body: "About 1,000 families are expected to move."),
        Case(
            name: "a section label sharing the date line",
            text: """
                Ganja shelled overnight

                Politics Materials 5 October 2020 15:23 (UTC +04:00)

                Several buildings were damaged.
                """,
            metadata: ArticleMetadata(title: "Ganja shelled overnight", date: Day(2020, 10, 5)),
            body: "Several buildings were damaged."),
        Case(
            name: "a dateline glued to the first word by a dash, and an outlet plug at the end",
            text: """
                STEPANAKERT—The shelves are emptying fast.

                Follow OC Media on Telegram and Twitter for the latest updates.
                """,
            metadata: ArticleMetadata(source: "OC Media", dateline: "STEPANAKERT"),
            body: "The shelves are emptying fast."),
        Case(
            name: "Reuters' standards line closes the footer",
            text: """
                YEREVAN (Reuters) - Refugees kept arriving.

                (Reporting by Anush Petrosyan; Editing by Gareth Jones)

                Our Standards: The Thomson Reuters Trust Principles.
                """,
            metadata: ArticleMetadata(authors: ["Anush Petrosyan"], source: "Reuters", dateline: "YEREVAN"),
            body: "Refugees kept arriving."),
    ]

    @Test("each style gives the metadata a reader would write down", arguments: cases)
    func style(_ example: Case) {
        let reading = ArticleReader().read(example.text)
        #expect(reading.metadata == example.metadata)
        #expect(reading.body == example.body)
    }
}
