import Testing

@testable import KarabakhCorpus

/// Whole web pages as scrapers copy them: the site's name and tagline, breadcrumbs and
/// section labels above the headline, dates in many shapes, bylines without "By",
/// wire datelines under a reposting site's name, and lists of links after the article.
/// Each case is one rule of the reader, written for the test, not taken from a real page.
@Suite("Page styles around the article")
struct ReaderPageStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let metadata: ArticleMetadata
        let body: String

        var testDescription: String { name }
    }

    static let pageHeadings: [Case] = [
        Case(
            name: "a breadcrumb with › above the headline",
            text: """
                Region › South Caucasus

                Border commission meets again in Ijevan

                By Sarah Lindqvist
                4 March 2021

                The two delegations met for a third time.
                """,
            metadata: ArticleMetadata(
                title: "Border commission meets again in Ijevan", date: Day(2021, 3, 4), authors: ["Sarah Lindqvist"]),
            body: "The two delegations met for a third time."),
        Case(
            name: "a breadcrumb of capitals joined by bars",
            text: """
                WORLD | EUROPE | CAUCASUS

                Ceasefire holds for a second night

                2 November 2020

                No shelling was reported overnight.
                """,
            metadata: ArticleMetadata(title: "Ceasefire holds for a second night", date: Day(2020, 11, 2)),
            body: "No shelling was reported overnight."),
        Case(
            name: "a breadcrumb with » and a lower-case word in a segment",
            text: """
                Home » Regional news » Peace process

                Talks resume in Geneva

                5 May 2022

                The foreign ministers met on Thursday.
                """,
            metadata: ArticleMetadata(title: "Talks resume in Geneva", date: Day(2022, 5, 5)),
            body: "The foreign ministers met on Thursday."),
        Case(
            name: "a headline with a bar and a colon is no breadcrumb",
            text: """
                Armenia | Turkey: the border question

                7 July 2022

                The border has been closed since 1993.
                """,
            metadata: ArticleMetadata(title: "Armenia | Turkey: the border question", date: Day(2022, 7, 7)),
            body: "The border has been closed since 1993."),
        Case(
            name: "a headline joined by a bar, with no other headline after it, stays the headline",
            text: """
                Lachin | The road ahead

                12 August 2022

                The new road is almost finished.
                """,
            metadata: ArticleMetadata(title: "Lachin | The road ahead", date: Day(2022, 8, 12)),
            body: "The new road is almost finished."),
        Case(
            name: "a one-word section label above the headline",
            text: """
                Economy

                Gas exports through Georgia rise by a fifth

                by Thomas Berglund
                Jan 12, 2022

                Exports grew steadily through the year.
                """,
            metadata: ArticleMetadata(
                title: "Gas exports through Georgia rise by a fifth", date: Day(2022, 1, 12),
                authors: ["Thomas Berglund"]),
            body: "Exports grew steadily through the year."),
        Case(
            name: "two section labels stacked above the headline",
            text: """
                Opinion
                Georgia

                What the war changed for Tbilisi

                The region looks different after six weeks of fighting.
                """,
            metadata: ArticleMetadata(title: "What the war changed for Tbilisi"),
            body: "The region looks different after six weeks of fighting."),
        Case(
            name: "a section label with nothing of the header after it stays in the body",
            text: """
                Introduction

                The war began on a Sunday morning.
                """,
            metadata: ArticleMetadata(),
            body: "Introduction\n\nThe war began on a Sunday morning."),
        Case(
            name: "the outlet's name with its tagline names the source",
            text: """
                JAMnews – Stories from the Caucasus

                Culture

                A museum reopens in Gyumri

                12.05.2022

                The museum was closed for two years.
                """,
            metadata: ArticleMetadata(
                title: "A museum reopens in Gyumri", date: Day(2022, 5, 12), source: "JAMnews"),
            body: "The museum was closed for two years."),
        Case(
            name: "a tagline on its own line directly under the outlet's name",
            text: """
                Eurasianet
                Reporting on the region since the nineties

                Analysis

                Why the corridor matters to Ankara

                Michael Okonkwo

                Turkey has long wanted a land route east.
                """,
            metadata: ArticleMetadata(
                title: "Why the corridor matters to Ankara", authors: ["Michael Okonkwo"], source: "Eurasianet"),
            body: "Turkey has long wanted a land route east."),
        Case(
            name: "an outlet's name, a dash and a headline, with no other headline after it",
            text: """
                Trend - Gas flows resume through the pipeline

                By Jane Doe

                Deliveries resumed on Monday.
                """,
            metadata: ArticleMetadata(title: "Trend - Gas flows resume through the pipeline", authors: ["Jane Doe"]),
            body: "Deliveries resumed on Monday."),
        Case(
            name: "a headline directly under the outlet's name, then a byline",
            text: """
                Civil.ge
                Parliament passes the budget for next year

                By John Harlow

                The vote was 81 to 12.
                """,
            metadata: ArticleMetadata(
                title: "Parliament passes the budget for next year", authors: ["John Harlow"], source: "Civil.ge"),
            body: "The vote was 81 to 12."),
        Case(
            name: "a headline directly under the outlet's name stays the headline",
            text: """
                Civil.ge
                Parliament passes the budget for next year

                The vote was 81 to 12.
                """,
            metadata: ArticleMetadata(title: "Parliament passes the budget for next year", source: "Civil.ge"),
            body: "The vote was 81 to 12."),
        Case(
            name: "the outlet's own spelling with a letter outside ASCII",
            text: """
                AZƏRTAC

                New school opens in Fuzuli

                01.09.2023 [10:15]

                The school has 360 places.
                """,
            metadata: ArticleMetadata(title: "New school opens in Fuzuli", date: Day(2023, 9, 1), source: "AZERTAC"),
            body: "The school has 360 places."),
    ]

    static let dates: [Case] = [
        Case(
            name: "a weekday without a comma and a time with a dot",
            text: """
                Observers leave the border zone

                Tue 6 Oct 2020 09.41 BST

                The mission left on Tuesday.
                """,
            metadata: ArticleMetadata(title: "Observers leave the border zone", date: Day(2020, 10, 6)),
            body: "The mission left on Tuesday."),
        Case(
            name: "a month in capitals, a dash, a time and an offset",
            text: """
                Trade talks open in Ankara

                FEB 3, 2021 - 10:05 AM GMT+4

                Officials met for the first time in years.
                """,
            metadata: ArticleMetadata(title: "Trade talks open in Ankara", date: Day(2021, 2, 3)),
            body: "Officials met for the first time in years."),
        Case(
            name: "a labelled date with a bar before the time",
            text: """
                Demining teams enter Aghdam

                Date: 2021-03-04 | 11:20

                Work began at dawn.
                """,
            metadata: ArticleMetadata(title: "Demining teams enter Aghdam", date: Day(2021, 3, 4)),
            body: "Work began at dawn."),
        Case(
            name: "Published On and a date, then the date again",
            text: """
                Refugees reach Goris

                Published On 4 Mar 2021
                4 Mar 2021

                Buses arrived through the night.
                """,
            metadata: ArticleMetadata(title: "Refugees reach Goris", date: Day(2021, 3, 4)),
            body: "Buses arrived through the night."),
        Case(
            name: "a date and a time with a dash, then a dateline with the agency in parentheses",
            text: """
                Tehran Times

                Politics

                Iran sends aid convoy to Syunik

                March 2, 2021 - 14:30

                GORIS, March 2 (IRNA) -- An Iranian aid convoy crossed the border on Tuesday.
                """,
            metadata: ArticleMetadata(
                title: "Iran sends aid convoy to Syunik", date: Day(2021, 3, 2), source: "IRNA", dateline: "GORIS"),
            body: "An Iranian aid convoy crossed the border on Tuesday."),
    ]

    static let bylines: [Case] = [
        Case(
            name: "names with the places they filed from, without By, above the date",
            text: """
                Hungary pardon sparks anger in Yerevan

                Lena Moritz in Vienna and Peter Holm in Yerevan

                Sun 2 Sep 2012 10.15 BST

                Crowds gathered outside the consulate.
                """,
            metadata: ArticleMetadata(
                title: "Hungary pardon sparks anger in Yerevan", date: Day(2012, 9, 2),
                authors: ["Lena Moritz", "Peter Holm"]),
            body: "Crowds gathered outside the consulate."),
        Case(
            name: "a standfirst without a final stop between the headline and the byline",
            text: """
                Officer returns home to a hero's welcome

                The pardon, announced within hours of his arrival, drew protests from three capitals

                David Rennick in London

                Sat 1 Sep 2012 18.02 BST

                The officer landed in the capital on Friday.
                """,
            metadata: ArticleMetadata(
                title: "Officer returns home to a hero's welcome", date: Day(2012, 9, 1), authors: ["David Rennick"]),
            body: "The officer landed in the capital on Friday."),
        Case(
            name: "a name and the place after a comma, directly under the headline",
            text: """
                Power restored in Stepanakert
                Ruzanna Stepanian, Yerevan

                The line was repaired overnight.
                """,
            metadata: ArticleMetadata(title: "Power restored in Stepanakert", authors: ["Ruzanna Stepanian"]),
            body: "The line was repaired overnight."),
        Case(
            name: "By with names and places",
            text: """
                By Anna Kovacs in Budapest and Levon Sahakyan in Yerevan

                Both governments recalled their envoys.
                """,
            metadata: ArticleMetadata(authors: ["Anna Kovacs", "Levon Sahakyan"]),
            body: "Both governments recalled their envoys."),
        Case(
            name: "a name alone just under the headline, with no date",
            text: """
                A village waits for its water

                Armine Hovhannisyan

                The pipe was cut on the second day of the fighting.
                """,
            metadata: ArticleMetadata(title: "A village waits for its water", authors: ["Armine Hovhannisyan"]),
            body: "The pipe was cut on the second day of the fighting."),
        Case(
            name: "a name directly under the headline",
            text: """
                Schools reopen in Martuni
                Gayane Mirzoyan

                Classes began on Monday.
                """,
            metadata: ArticleMetadata(title: "Schools reopen in Martuni", authors: ["Gayane Mirzoyan"]),
            body: "Classes began on Monday."),
        Case(
            name: "a staff byline of the site beside a source line listing agencies",
            text: """
                Al Jazeera

                News | Nagorno-Karabakh

                Fighting resumes along the line of contact

                By Al Jazeera Staff

                Heavy fighting was reported on Sunday.

                SOURCE: AL JAZEERA AND NEWS AGENCIES
                """,
            metadata: ArticleMetadata(title: "Fighting resumes along the line of contact", source: "Al Jazeera"),
            body: "Heavy fighting was reported on Sunday."),
    ]

    static let datelines: [Case] = [
        Case(
            name: "a title-case place, a date and an agency in capitals, under a reposting site's name",
            text: """
                Caspian News

                Mosque restored in Aghdam

                Aghdam, May 3, AZERTAC

                Restoration of the mosque has been completed.
                """,
            metadata: ArticleMetadata(title: "Mosque restored in Aghdam", source: "AZERTAC", dateline: "Aghdam"),
            body: "Restoration of the mosque has been completed."),
        Case(
            name: "a title-case place and an unknown agency in parentheses",
            text: """
                Kapan, Oct. 3 (SYUNIKPRESS) -- The new road was opened on Monday.
                """,
            metadata: ArticleMetadata(source: "SYUNIKPRESS", dateline: "Kapan"),
            body: "The new road was opened on Monday."),
    ]

    static let footers: [Case] = [
        Case(
            name: "a list of related articles and a comment counter after the body",
            text: """
                Harvest begins in Askeran

                Farmers started picking grapes this week.

                Comments (3)

                Related articles
                Wine Makers Look East
                Askeran: A Year After the War

                Copyright © 2020. All rights reserved.
                """,
            metadata: ArticleMetadata(title: "Harvest begins in Askeran"),
            body: "Farmers started picking grapes this week."),
        Case(
            name: "a list of topics, share buttons and a reuse link after the body",
            text: """
                Envoys return to Baku

                The ambassadors returned on Monday.

                Explore more on these topics
                Azerbaijan
                Diplomacy
                World news

                Share on Facebook   Share on X   Share on LinkedIn

                Reuse this content
                """,
            metadata: ArticleMetadata(title: "Envoys return to Baku"),
            body: "The ambassadors returned on Monday."),
        Case(
            name: "the outlet's name with its tagline as the last line",
            text: """
                The report was published on Monday.

                JAMnews – Stories from the Caucasus
                """,
            metadata: ArticleMetadata(source: "JAMnews"),
            body: "The report was published on Monday."),
        Case(
            name: "a membership plea and a newsletter plug after the body",
            text: """
                The bridge reopened after repairs.

                Independent reporting costs money. Become a Borderline member.

                Keep reading: subscribe to our weekly newsletter

                Facebook
                """,
            metadata: ArticleMetadata(),
            body: "The bridge reopened after repairs."),
        Case(
            name: "a last sentence about becoming a member stays in the body",
            text: """
                Armenia still hopes to become a member of the European Union one day.
                """,
            metadata: ArticleMetadata(),
            body: "Armenia still hopes to become a member of the European Union one day."),
    ]

    @Test("page headings above the headline are not the title", arguments: pageHeadings)
    func pageHeading(_ example: Case) {
        check(example)
    }

    @Test("dates in other shapes", arguments: dates)
    func date(_ example: Case) {
        check(example)
    }

    @Test("bylines without By, and names with places", arguments: bylines)
    func byline(_ example: Case) {
        check(example)
    }

    @Test("datelines with a title-case place and an agency", arguments: datelines)
    func dateline(_ example: Case) {
        check(example)
    }

    @Test("lists of links and plugs after the body are footer", arguments: footers)
    func footer(_ example: Case) {
        check(example)
    }

    private func check(_ example: Case) {
        let reading = ArticleReader().read(example.text)
        #expect(reading.metadata == example.metadata)
        #expect(reading.body == example.body)
    }
}
