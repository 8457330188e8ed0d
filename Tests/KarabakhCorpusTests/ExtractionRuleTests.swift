import Testing

@testable import KarabakhCorpus

/// One rule of entity and quote extraction per test, on invented sentences and a
/// small gazetteer of the tests' own, so that the rules are tested apart from the
/// bundled data.
@Suite("Extraction rules")
struct ExtractionRuleTests {
    static let gazetteer: Gazetteer = {
        let text = """
            [person]
            Nikol Pashinyan | Pashinyan :: Prime Minister of Armenia
            Adam Schiff
            Tural Ganjaliyev
            [organization]
            OSCE | Organization for Security and Co-operation in Europe
            OSCE Minsk Group | Minsk Group
            Ministry of Foreign Affairs of Armenia | Armenian Foreign Ministry
            [place]
            Nagorno-Karabakh | Nagorno Karabakh | Karabakh | Artsakh
            Khankendi | Khankandi | Stepanakert
            Aghdam | Akna
            Armenia
            Azerbaijan
            United States | US | U.S.
            """
        do {
            return try Gazetteer().adding(text: text, file: "test-gazetteer.txt")
        } catch {
            preconditionFailure("\(error)")
        }
    }()

    static let extractor = Extractor(gazetteer: gazetteer)

    /// A one-article corpus of the text, extracted with the tests' gazetteer.
    static func corpus(_ text: String) -> Corpus {
        Corpus(
            articles: [Article(id: "a", file: "a.txt", metadata: ArticleMetadata(), text: text, raw: text)],
            extractor: extractor)
    }

    /// `name (kind): surface, surface` for each entity mentioned, in order.
    static func entities(_ text: String) -> [String] {
        let corpus = corpus(text)
        let article = corpus.articles[0]
        return corpus.entities(of: article).map { entity in
            let surfaces = article.mentions.filter { $0.entityID == entity.id }.map(\.surface)
            return "\(entity.name) (\(entity.kind)): \(surfaces.joined(separator: ", "))"
        }
    }

    /// `speaker | verb | kind | first words` for each quote.
    static func quotes(_ text: String) -> [String] {
        let corpus = corpus(text)
        return corpus.articles[0].quotes.map { quote in
            let words = quote.text.split(separator: " ").prefix(4).joined(separator: " ")
            return "\(corpus.speaker(of: quote)?.name ?? "nil") | \(quote.verb ?? "nil") | \(quote.kind) | \(words)"
        }
    }

    // MARK: Gazetteer names

    @Test("the longest name wins, and an acronym matches only in capitals")
    func longestAndCase() {
        #expect(
            Self.entities("The OSCE Minsk Group met. Let us see what the OSCE says about the US.") == [
                "OSCE Minsk Group (organization): OSCE Minsk Group",
                "OSCE (organization): OSCE",
                "United States (place): US",
            ])
    }

    @Test("each side's name for a place resolves to one entity")
    func bothSidesNames() {
        #expect(
            Self.entities("Shelling hit Stepanakert. Baku calls the city Khankendi, some write Khankandi.") == [
                "Khankendi (place): Stepanakert, Khankendi, Khankandi"
            ])
    }

    @Test("a close misspelling of a long name is matched")
    func misspelling() {
        #expect(Self.entities("He spoke of Nagorno-Karabkh again.") == ["Nagorno-Karabakh (place): Nagorno-Karabkh"])
    }

    @Test("a middle initial does not hide a known person")
    func middleInitial() {
        #expect(Self.entities("Adam B. Schiff signed the letter.") == ["Adam Schiff (person): Adam B. Schiff"])
    }

    @Test("a hyphenated compound of names is read as its names")
    func compound() {
        #expect(
            Self.entities("Trucks drove along the Aghdam-Khankandi road.") == [
                "Aghdam (place): Aghdam", "Khankendi (place): Khankandi",
            ])
    }

    // MARK: Names no gazetteer lists

    @Test("a person after a title, with the title kept as a role")
    func titledPerson() throws {
        let corpus = Self.corpus("Deputy Mayor Rovshan Tarverdiyev visited the school.")
        let entity = try #require(corpus.entities.first)
        #expect(entity.name == "Rovshan Tarverdiyev")
        #expect(entity.kind == .person)
        #expect(entity.roles == ["Deputy Mayor"])
    }

    @Test("a person before a verb of saying, and in apposition with a title")
    func speakingPerson() {
        #expect(
            Self.entities("Later Gohar Melkonyan told the court she was afraid.") == [
                "Gohar Melkonyan (person): Gohar Melkonyan"
            ])
        #expect(
            Self.entities("We met Kazbek Tetradze, a senior analyst, in Tbilisi.") == [
                "Kazbek Tetradze (person): Kazbek Tetradze"
            ])
    }

    @Test("an organization by its head word, and an acronym")
    func organizations() {
        #expect(
            Self.entities("The Karabakh Revival Foundation and TURKPA issued statements.") == [
                "Karabakh Revival Foundation (organization): Karabakh Revival Foundation",
                "Nagorno-Karabakh (place): Karabakh",
                "TURKPA (organization): TURKPA",
            ])
    }

    @Test("a place named by its context")
    func placeByContext() {
        #expect(
            Self.entities("Residents of the village of Sarov and of Yevlakh city left.") == [
                "Sarov (place): Sarov", "Yevlakh (place): Yevlakh",
            ])
    }

    @Test("capitalised words that start sentences or are nationalities are not names")
    func notNames() {
        #expect(
            Self.entities("Despite this, Armenian and Azerbaijani officials met. However, nothing changed.").isEmpty)
    }

    @Test("a person by a surname ending of the region, and by a title in lower case before the name")
    func surnameEndingsAndLowerCaseTitles() throws {
        #expect(
            Self.entities("Residents thanked Gohar Melkonyan and Ramiz Guliyev for the aid.") == [
                "Gohar Melkonyan (person): Gohar Melkonyan", "Ramiz Guliyev (person): Ramiz Guliyev",
            ])
        let corpus = Self.corpus("The Defence Ministry spokeswoman Zaruhi Tovmas said nothing.")
        let person = try #require(corpus.entities.first { $0.kind == .person })
        #expect(person.name == "Zaruhi Tovmas")
        #expect(person.roles == ["Defence Ministry spokeswoman"])
    }

    @Test("roles come from titles before the name, appositions, and 'as a … from …'")
    func roles() throws {
        let corpus = Self.corpus(
            """
            Co-Chair Rustam Hasanli met Tural Ganjaliyev. Ganjaliyev said he would work as a newly-elected MP from \
            Khankandi. Later Hasanli, Special Envoy of the Council of Europe, left.
            """)
        let hasanli = try #require(corpus.entities.first { $0.name == "Rustam Hasanli" })
        #expect(hasanli.roles == ["Co-Chair", "Special Envoy of the Council of Europe"])
        let ganjaliyev = try #require(corpus.entities.first { $0.name == "Tural Ganjaliyev" })
        #expect(ganjaliyev.roles == ["MP from Khankandi"])
    }

    @Test("events and documents are not people")
    func events() {
        #expect(Self.entities("Both sides signed the Washington Peace Declaration in August.").isEmpty)
    }

    @Test("a country's possessive names its organization")
    func countryPossessive() {
        #expect(
            Self.entities("Armenia’s Foreign Ministry protested, and Azerbaijan’s Defence Ministry replied.") == [
                "Armenia (place): Armenia",
                "Ministry of Foreign Affairs of Armenia (organization): Foreign Ministry",
                "Azerbaijan (place): Azerbaijan",
                "Azerbaijani Defence Ministry (organization): Defence Ministry",
            ])
    }

    // MARK: Community phrases and short forms

    @Test("a community phrase in either order is one organization")
    func communityPhrases() {
        #expect(
            Self.entities(
                "Nagorno-Karabakh’s Azerbaijani community met. The Azerbaijani community of the Nagorno-Karabakh region agreed."
            ) == [
                "Azerbaijani Community of Nagorno-Karabakh (organization): Nagorno-Karabakh’s Azerbaijani community, Azerbaijani community of the Nagorno-Karabakh region",
                "Nagorno-Karabakh (place): Nagorno-Karabakh, Nagorno-Karabakh",
            ])
    }

    @Test("a surname refers back to the person named in full")
    func surname() {
        #expect(
            Self.entities("Deputy Mayor Elnur Qasimli arrived. Qasimli spoke briefly.") == [
                "Elnur Qasimli (person): Elnur Qasimli, Qasimli"
            ])
    }

    @Test("a surname the gazetteer gives to one person only is that person")
    func gazetteerSurname() {
        #expect(Self.entities("Pashinyan spoke in parliament.") == ["Nikol Pashinyan (person): Pashinyan"])
    }

    @Test("bylines and footers are not mentions, because they are not body text")
    func bylinesAreNotMentions() throws {
        let text = "By Tural Ganjaliyev\n\nArmenia protested.\n\nTural Ganjaliyev is AzerNews' staff journalist"
        let reading = ArticleReader().read(text)
        let corpus = Corpus(
            articles: [Article(id: "a", file: "a.txt", metadata: reading.metadata, text: reading.body, raw: text)],
            extractor: Self.extractor)
        #expect(corpus.entities.map(\.name) == ["Armenia"])
    }

    // MARK: Quotes

    @Test("speakers after the quote: name, verb first, pronoun, role and organization")
    func speakersAfter() {
        let text = """
            Foreign Minister Ararat Mirzoyan arrived in Vienna on Monday.

            “We are ready for talks without preconditions,” Mirzoyan said.

            “The border must be delimited first,” said Nikol Pashinyan.

            “There is no other way to a lasting peace,” he added.

            “This will take some time to arrange,” the prime minister noted.

            “Armenia remains committed to the agreed principles,” the Armenian Foreign Ministry said in a statement.
            """
        #expect(
            Self.quotes(text) == [
                "Ararat Mirzoyan | said | direct | We are ready for",
                "Nikol Pashinyan | said | direct | The border must be",
                "Nikol Pashinyan | added | direct | There is no other",
                "Nikol Pashinyan | noted | direct | This will take some",
                "Ministry of Foreign Affairs of Armenia | said | direct | Armenia remains committed to",
            ])
    }

    @Test("an organization named before speaks as `the ministry`")
    func organizationReference() {
        let text = """
            Armenia’s Foreign Ministry summoned the ambassador on Tuesday.

            “The shelling of civilian areas is unacceptable,” the ministry said in a statement.
            """
        #expect(
            Self.quotes(text) == ["Ministry of Foreign Affairs of Armenia | said | direct | The shelling of civilian"])
    }

    @Test("speakers before the quote: a colon, 'according to', and a statement 'saying'")
    func speakersBefore() {
        let text = """
            Nikol Pashinyan told reporters: "The talks will continue next week in Brussels."

            According to Pashinyan, "nothing has been signed yet and nothing will be signed in haste."

            The OSCE Minsk Group issued a statement, saying "the sides must refrain from the use of force.
            """
        #expect(
            Self.quotes(text) == [
                "Nikol Pashinyan | told | direct | The talks will continue",
                "Nikol Pashinyan | according to | direct | nothing has been signed",
                "OSCE Minsk Group | saying | direct | the sides must refrain",
            ])
    }

    @Test("a quote over two paragraphs, a quote paragraph after reported speech, and mismatched marks")
    func paragraphs() {
        let text = """
            Adam Schiff said the letter was sent on Friday.

            “It is our duty to speak for the people who were displaced. They deserve to go home.

            We will keep raising the matter until they can,” Schiff said.

            He also said that the aid would continue.

            “Nobody should be left without help this winter."
            """
        #expect(
            Self.quotes(text) == [
                "Adam Schiff | said | direct | It is our duty",
                "Adam Schiff | nil | direct | Nobody should be left",
            ])
    }

    @Test("a partial quote is kept when the sentence attributes it; a scare quote is not a quote")
    func partialAndScareQuotes() {
        let text = """
            Pashinyan described the move as “a provocation”.

            The so-called “elections” were held anyway.
            """
        #expect(Self.quotes(text) == ["Nikol Pashinyan | described | partial | a provocation"])
    }

    @Test("quote offsets point at the quoted text inside the marks")
    func quoteOffsets() throws {
        let text = "Pashinyan said: “Peace is possible now.”"
        let corpus = Self.corpus(text)
        let quote = try #require(corpus.articles[0].quotes.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == "Peace is possible now.")
        #expect(quote.text == "Peace is possible now.")
    }

    @Test("extraction of the sample corpus is the same on every run")
    func deterministic() throws {
        let first = try Corpus.loadSample()
        let second = try Corpus.loadSample()
        #expect(first.entities == second.entities)
        #expect(first.articles == second.articles)
    }
}
