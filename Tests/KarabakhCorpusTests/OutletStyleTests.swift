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
    ]

    @Test("each style gives the metadata a reader would write down", arguments: cases)
    func style(_ example: Case) {
        let reading = ArticleReader().read(example.text)
        #expect(reading.metadata == example.metadata)
        #expect(reading.body == example.body)
    }
}
