import Foundation
import KarabakhTestSupport
import Testing

/// The Swift port of `../shared/tools/score_extraction.py`. Every expected number and
/// text below is what the Python scorer printed for the same gold and predicted lines
/// (`score_extraction.py GOLD PRED --json`, and `-v` for the notes).
@Suite("Extraction scorer")
struct ExtractionScoreTests {
    // MARK: Entities

    @Test("Exact matches score 1 everywhere")
    func exactMatches() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "title": "Talks resume", "date": "2020-04-29", "authors": ["Akbar Mammadov"], "source": "AzerNews", "dateline": null, "entities": [{"name": "Tural Ganjaliyev", "kind": "person", "aliases": ["Ganjaliyev"], "optional": false}, {"name": "Armenia", "kind": "place", "aliases": [], "optional": false}], "quotes": [{"speaker": "Tural Ganjaliyev", "starts": "Despite the repressive actions", "optional": false}]}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "title": "Talks resume", "date": "2020-04-29", "authors": ["Akbar Mammadov"], "source": "AzerNews", "dateline": null, "entities": [{"name": "Tural Ganjaliyev", "kind": "person"}, {"name": "Armenia", "kind": "place"}], "quotes": [{"text": "Despite the repressive actions of the regime, we stand.", "speaker": "Tural Ganjaliyev"}]}
                """#)

        #expect(score.articles == 1)
        #expect(score.missingArticles == [])
        #expect(score.entityPrecision == 1.0)
        #expect(score.entityRecall == 1.0)
        #expect(score.entityF1 == 1.0)
        #expect(score.entityKindErrors == 0)
        #expect(score.entitySplits == 0)
        #expect(score.quotePrecision == 1.0)
        #expect(score.quoteRecall == 1.0)
        #expect(score.quoteF1 == 1.0)
        #expect(score.attributionAccuracy == 1.0)
        #expect(score.metadataAccuracy == ["title": 1.0, "date": 1.0, "authors": 1.0, "source": 1.0, "dateline": 1.0])
        #expect(score.notes.isEmpty)
    }

    @Test("A predicted entity matches through gold aliases, its own aliases and mention surfaces")
    func aliasesAndSurfaces() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person", "aliases": ["Ganjaliyev"], "optional": false}, {"name": "OSCE Minsk Group", "kind": "organization", "aliases": ["Minsk Group"], "optional": false}, {"name": "Azerbaijan", "kind": "place", "aliases": [], "optional": false}], "quotes": []}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Ganjaliyev", "kind": "person"}, {"name": "the co-chairs", "kind": "organization", "mentions": [{"surface": "Minsk Group", "start": 10}]}, {"name": "Republic of Azerbaijan", "kind": "place", "aliases": ["Azerbaijan"]}, {"name": "Capital", "kind": "place", "mentions": ["Baku"]}], "quotes": []}
                """#)

        #expect(score.entityPrecision == 0.75)
        #expect(score.entityRecall == 1.0)
        #expect(score.entityF1 == 0.8571428571428571)
        #expect(score.entityKindErrors == 0)
        #expect(score.entitySplits == 0)
        #expect(score.notes == ["a.txt": ["  extra entity: 'Capital' (place)"]])
    }

    @Test("A name with the wrong kind is a kind error and a false positive; the gold entity is missed")
    func wrongKind() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Armenia", "kind": "place", "aliases": [], "optional": false}, {"name": "OSCE", "kind": "organization", "aliases": [], "optional": false}], "quotes": []}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Armenia", "kind": "person"}, {"name": "OSCE", "kind": "organization"}], "quotes": []}
                """#)

        #expect(score.entityPrecision == 0.5)
        #expect(score.entityRecall == 0.5)
        #expect(score.entityF1 == 0.5)
        #expect(score.entityKindErrors == 1)
        #expect(score.entitySplits == 0)
        #expect(
            score.notes == [
                "a.txt": ["  wrong kind: 'Armenia' as person, gold place", "  missed entity: 'Armenia' (place)"]
            ])
    }

    @Test("A second match of a matched gold entity is a split; a shared alias goes to the first unmatched entity")
    func splits() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person", "aliases": ["Ganjaliyev"], "optional": false}, {"name": "Ilham Aliyev", "kind": "person", "aliases": ["Aliyev"], "optional": false}, {"name": "Heydar Aliyev", "kind": "person", "aliases": ["Aliyev"], "optional": false}], "quotes": []}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person"}, {"name": "Ganjaliyev", "kind": "person"}, {"name": "Mr Ganjaliyev", "kind": "person", "mentions": [{"surface": "Ganjaliyev"}]}, {"name": "Aliyev", "kind": "person"}, {"name": "Aliyev", "kind": "person"}, {"name": "Aliyev", "kind": "person"}], "quotes": []}
                """#)

        #expect(score.entityPrecision == 1.0)
        #expect(score.entityRecall == 1.0)
        #expect(score.entityF1 == 1.0)
        #expect(score.entityKindErrors == 0)
        #expect(score.entitySplits == 3)
        #expect(score.notes.isEmpty)
    }

    @Test("Optional gold entities and quotes are neither rewarded nor penalised")
    func optionalEntitiesAndQuotes() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person", "aliases": [], "optional": false}, {"name": "Facebook", "kind": "organization", "aliases": [], "optional": true}, {"name": "COVID-19", "kind": "organization", "aliases": [], "optional": true}, {"name": "Yerevan", "kind": "place", "aliases": [], "optional": true}], "quotes": [{"speaker": "Tural Ganjaliyev", "starts": "Facts show that", "optional": false}, {"speaker": "Tural Ganjaliyev", "starts": "a broader dialogue", "optional": true}, {"speaker": "Tural Ganjaliyev", "starts": "We call on"}, {"speaker": "Tural Ganjaliyev", "starts": "Peace is possible", "optional": true}]}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person"}, {"name": "Facebook", "kind": "organization"}, {"name": "COVID-19", "kind": "place"}], "quotes": [{"text": "Facts show that the community suffers.", "speaker": "Tural Ganjaliyev"}, {"text": "We need a broader dialogue for peace.", "speaker": null}]}
                """#)

        #expect(score.entityPrecision == 1.0)
        #expect(score.entityRecall == 1.0)
        #expect(score.entityF1 == 1.0)
        #expect(score.entityKindErrors == 0)
        #expect(score.quotePrecision == 1.0)
        #expect(score.quoteRecall == 0.5)
        #expect(score.quoteF1 == 0.6666666666666666)
        #expect(score.attributionAccuracy == 1.0)
        #expect(score.notes == ["a.txt": ["  missed quote: 'We call on'"]])
    }

    // MARK: Quotes

    @Test("Speakers match through gold aliases or a speaker object; quotes take the first unmatched gold quote")
    func quoteSpeakers() throws {
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person", "aliases": ["Ganjaliyev", "Tural Ganjaliyev"], "optional": false}], "quotes": [{"speaker": "Tural Ganjaliyev", "starts": "Despite the repressive", "optional": false}, {"speaker": "Tural Ganjaliyev", "starts": "Facts show", "optional": false}, {"speaker": "Hikmet Hajiyev", "starts": "As an MP", "optional": false}, {"speaker": "Tural Ganjaliyev", "starts": "We will", "optional": false}, {"speaker": "Tural Ganjaliyev", "starts": "We will", "optional": false}, {"speaker": "Tural Ganjaliyev", "starts": "Nobody said this", "optional": false}]}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "entities": [{"name": "Tural Ganjaliyev", "kind": "person"}], "quotes": [{"text": "Despite the repressive actions, we stand.", "speaker": "Ganjaliyev"}, {"text": "Facts show otherwise.", "speaker": {"name": "tural ganjaliyev", "kind": "person"}}, {"text": "As an MP, I object.", "speaker": "Hajiyev"}, {"text": "We will return.", "speaker": "Ganjaliyev"}, {"text": "we will rebuild.", "speaker": null}, {"text": "We will not forget.", "speaker": "Ganjaliyev"}]}
                """#)

        #expect(score.quotePrecision == 0.8333333333333334)
        #expect(score.quoteRecall == 0.8333333333333334)
        #expect(score.quoteF1 == 0.8333333333333334)
        #expect(score.attributionAccuracy == 0.6)
        #expect(
            score.notes == [
                "a.txt": [
                    "  speaker of 'As an MP': gold 'Hikmet Hajiyev' got 'Hajiyev'",
                    "  speaker of 'We will': gold 'Tural Ganjaliyev' got None",
                    "  extra quote: 'We will not forget.'",
                    "  missed quote: 'Nobody said this'",
                ]
            ])
    }

    // MARK: Articles and metadata

    @Test("A gold article without a prediction counts all its required entities and quotes as missed")
    func missingArticle() throws {
        // b.txt is found as "b" (the name without extension), a.txt through its path;
        // c.txt is keyed by its id, and the prediction for d.txt has no gold article.
        let score = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "title": "Talks", "entities": [{"name": "OSCE", "kind": "organization", "aliases": [], "optional": false}], "quotes": []}
                {"file": "b.txt", "title": "Peace", "entities": [{"name": "Baku", "kind": "place", "aliases": [], "optional": false}], "quotes": []}

                {"id": "feeds/c.txt", "title": "War", "entities": [{"name": "Armenia", "kind": "place", "aliases": [], "optional": false}, {"name": "Azerbaijan", "kind": "place", "aliases": [], "optional": false}, {"name": "Facebook", "kind": "organization", "aliases": [], "optional": true}], "quotes": [{"speaker": "Armenia", "starts": "We will", "optional": false}, {"speaker": "Armenia", "starts": "Later", "optional": true}]}
                """#,
            predictedJSONLines: #"""
                {"file": "corpus/a.txt", "title": "Talks", "entities": [{"name": "OSCE", "kind": "organization"}]}
                {"file": "b", "title": "Peace.", "entities": [{"name": "Baku", "kind": "place"}]}
                {"file": "d.txt", "title": "Other", "entities": [{"name": "Armenia", "kind": "place"}]}
                """#)

        #expect(score.articles == 3)
        #expect(score.missingArticles == ["c.txt"])
        #expect(score.entityPrecision == 1.0)
        #expect(score.entityRecall == 0.5)
        #expect(score.entityF1 == 0.6666666666666666)
        #expect(score.quotePrecision == 1.0)
        #expect(score.quoteRecall == 0.0)
        #expect(score.quoteF1 == 0.0)
        #expect(score.attributionAccuracy == 1.0)
        #expect(score.metadataAccuracy == ["title": 1.0, "date": 1.0, "authors": 1.0, "source": 1.0, "dateline": 1.0])
        #expect(score.notes.isEmpty)
    }

    @Test("Metadata compares normalised values; authors as sorted lists, a string as its characters")
    func metadata() throws {
        let score = try ExtractionScore(goldJSONLines: Self.metadataGold, predictedJSONLines: Self.metadataPredicted)

        #expect(score.metadataAccuracy == ["title": 1.0, "date": 0.0, "authors": 0.5, "source": 0.5, "dateline": 1.0])
        #expect(
            score.notes == [
                "a.txt": ["  date: gold '2020-04-29' got '2020-04-29T10:00'"],
                "b.txt": [
                    "  date: gold '2020-04-29' got None",
                    "  authors: gold ['Akbar Mammadov'] got 'Akbar Mammadov'",
                    "  source: gold 'AzerNews' got 'Trend'",
                ],
            ])
    }

    @Test("The summary is the text the Python scorer prints")
    func summary() throws {
        let score = try ExtractionScore(goldJSONLines: Self.metadataGold, predictedJSONLines: Self.metadataPredicted)
        let expected = """
            articles 2, missing 0
            entities  P 1.000  R 1.000  F1 1.000  (wrong kind 0, splits 0)
            quotes    P 1.000  R 1.000  F1 1.000  speaker accuracy 1.000
            metadata  title 1.00  date 0.00  authors 0.50  source 0.50  dateline 1.00
            SCORE entity_f1=1.000 quote_f1=1.000 attribution=1.000 metadata=0.600
            """

        #expect(score.summary == expected, "\(TextDiff(expected: expected, actual: score.summary))")
    }

    static let metadataGold = #"""
        {"file": "a.txt", "title": "The talks resume.", "date": "2020-04-29", "authors": ["Akbar Mammadov", "Jane Doe"], "source": "AzerNews", "dateline": null, "entities": [], "quotes": []}
        {"file": "b.txt", "title": "Talks \u201cresume\u201d", "date": "2020-04-29", "authors": ["Akbar Mammadov"], "source": "AzerNews", "dateline": "BAKU", "entities": [], "quotes": []}
        """#

    static let metadataPredicted = #"""
        {"file": "a.txt", "title": "talks resume", "date": "2020-04-29T10:00", "authors": ["jane  doe", "Akbar Mammadov"], "source": "azernews", "dateline": ""}
        {"file": "b.txt", "title": "Talks \"resume\"", "authors": "Akbar Mammadov", "source": "Trend", "dateline": "Baku,"}
        """#

    // MARK: Normalisation

    @Test(
        "Names are compared after normalisation",
        arguments: [
            // Curly apostrophes and quotes are straight ones.
            ("Nagorno-Karabakh\u{2019}s community", "Nagorno-Karabakh's community", 1.0),
            ("Nagorno-Karabakh's community", "Nagorno-Karabakh\u{2018}s community", 1.0),
            ("\u{201C}Armenia\u{201D}", "'Armenia';", 1.0),
            // Runs of spaces, NBSP, hyphens and dashes are one space.
            ("Nagorno Karabakh", "Nagorno\u{00A0}Karabakh", 1.0),
            ("Nagorno-Karabakh", "Nagorno Karabakh", 1.0),
            ("Nagorno-Karabakh", "Nagorno \u{2013} Karabakh", 1.0),
            ("Nagorno-Karabakh", "Nagorno\u{2014}-\u{2014}Karabakh", 1.0),
            ("Nagorno-Karabakh", "NagornoKarabakh", 0.0),
            // One leading "the " goes, and only as a word.
            ("OSCE", "The OSCE", 1.0),
            ("The OSCE", "the   osce", 1.0),
            ("OSCE", "Theosce", 0.0),
            ("Hague", "The The Hague", 0.0),
            // Surrounding punctuation goes; a possessive stays.
            ("OSCE", "OSCE.", 1.0),
            ("Armenia", "\"Armenia,\"", 1.0),
            ("Armenia", "Armenia's", 0.0),
            // NFKC and lower case.
            ("OSCE", "\u{FF2F}\u{FF33}\u{FF23}\u{FF25}", 1.0),
            ("finance ministry", "\u{FB01}nance ministry", 1.0),
            ("Caf\u{00E9} Baku", "Cafe\u{0301} Baku", 1.0),
            ("Kilometre 2", "Kilometre \u{2082}", 1.0),
            ("\u{039F}\u{0394}\u{039F}\u{03A3}", "\u{03BF}\u{03B4}\u{03BF}\u{03C2}", 1.0),
        ])
    func normalisation(gold: String, predicted: String, f1: Double) {
        let score = ExtractionScore(
            gold: [
                [
                    "file": "a.txt",
                    "entities": [["name": gold, "kind": "place", "aliases": [String](), "optional": false]],
                    "quotes": [Any](),
                ]
            ],
            predicted: [["file": "a.txt", "entities": [["name": predicted, "kind": "place"]]]])

        #expect(score.entityF1 == f1)
        #expect(score.entityPrecision == f1)
        #expect(score.entityRecall == f1)
    }

    // MARK: Input

    @Test("Decoded Swift values score as their JSON Lines do")
    func swiftValues() throws {
        let gold: [[String: Any]] = [
            [
                "file": "a.txt", "title": "Talks", "dateline": NSNull(),
                "entities": [
                    ["name": "Armenia", "kind": "place", "aliases": [String](), "optional": false],
                    ["name": "OSCE", "kind": "organization", "aliases": [String](), "optional": false],
                ],
                "quotes": [["speaker": "OSCE", "starts": "We will", "optional": false]],
            ]
        ]
        let predicted: [[String: Any]] = [
            [
                "file": "a.txt", "title": "Talks",
                "entities": [["name": "Armenia", "kind": "person"], ["name": "OSCE", "kind": "organization"]],
                "quotes": [["text": "We will meet.", "speaker": ["name": "OSCE"]]],
            ]
        ]
        let score = ExtractionScore(gold: gold, predicted: predicted)
        let lines = try ExtractionScore(
            goldJSONLines: #"""
                {"file": "a.txt", "title": "Talks", "dateline": null, "entities": [{"name": "Armenia", "kind": "place", "aliases": [], "optional": false}, {"name": "OSCE", "kind": "organization", "aliases": [], "optional": false}], "quotes": [{"speaker": "OSCE", "starts": "We will", "optional": false}]}
                """#,
            predictedJSONLines: #"""
                {"file": "a.txt", "title": "Talks", "entities": [{"name": "Armenia", "kind": "person"}, {"name": "OSCE", "kind": "organization"}], "quotes": [{"text": "We will meet.", "speaker": {"name": "OSCE"}}]}
                """#)

        #expect(score.entityPrecision == 0.5)
        #expect(score.entityRecall == 0.5)
        #expect(score.entityF1 == 0.5)
        #expect(score.entityKindErrors == 1)
        #expect(score.quoteF1 == 1.0)
        #expect(score.attributionAccuracy == 1.0)
        #expect(score.metadataAccuracy == ["title": 1.0, "date": 1.0, "authors": 1.0, "source": 1.0, "dateline": 1.0])
        #expect(score.summary == lines.summary)
        #expect(score.notes == lines.notes)
        #expect(
            score.notes == [
                "a.txt": ["  wrong kind: 'Armenia' as person, gold place", "  missed entity: 'Armenia' (place)"]
            ])
    }

    @Test("A line that is not JSON, or not an object, throws an error naming it")
    func badLines() throws {
        let good = #"{"file": "a.txt", "entities": [], "quotes": []}"#
        let notJSON = #expect(throws: ExtractionScore.LoadError.self) {
            try ExtractionScore(goldJSONLines: "\n\(good)\n{bad\n", predictedJSONLines: good)
        }
        #expect(notJSON?.input == "gold")
        #expect(notJSON?.line == 3)
        #expect(notJSON?.description.hasPrefix("gold:3: not JSON: ") == true)

        let notObject = #expect(throws: ExtractionScore.LoadError.self) {
            try ExtractionScore(goldJSONLines: good, predictedJSONLines: "\(good)\r\n\r\n[1]\n")
        }
        #expect(notObject?.input == "predicted")
        #expect(notObject?.line == 3)
    }
}
