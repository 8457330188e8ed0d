/// Finds the people, organizations and places of one article: the gazetteer's names
/// first, then community phrases (`Nagorno-Karabakh’s Azerbaijani community`), then
/// capitalised names no gazetteer lists, typed by their context, and last the short
/// forms that refer back to them (`Ganjaliyev`, `the Community`).
struct EntityFinder: Sendable {
    let matcher: NameMatcher

    init(matcher: NameMatcher) {
        self.matcher = matcher
    }

    private var gazetteer: Gazetteer { matcher.gazetteer }

    /// The entities and mentions of an article's tokens.
    func find(in tokens: [Token]) -> ArticleEntities {
        var result = ArticleEntities()
        var owner = [Int?](repeating: nil, count: tokens.count)  // outer mention covering each token

        func claim(_ range: Range<Int>, mention: Int) {
            for index in range { owner[index] = mention }
        }

        // 1. The gazetteer's names.
        let matches = matcher.matches(in: tokens)
        var placeAt: [Int: NameMatcher.Match] = [:]
        for match in matches {
            let entry = gazetteer.entries[match.entry]
            let entity = result.entity(local(for: match.entry))
            result.add(.init(entity: entity, tokens: match.tokens))
            claim(match.tokens, mention: result.mentions.count - 1)
            if entry.kind == .place { placeAt[match.tokens.lowerBound] = match }
            // Places inside an organization's name: `Nagorno-Karabakh` in `Azerbaijani Community of Nagorno-Karabakh`.
            if entry.kind == .organization, match.tokens.count > 1 {
                let inner = Array(tokens[match.tokens])
                for part in matcher.matches(in: inner) where part.tokens.count < inner.count {
                    guard gazetteer.entries[part.entry].kind == .place else { continue }
                    let offset = match.tokens.lowerBound
                    let range = (offset + part.tokens.lowerBound)..<(offset + part.tokens.upperBound)
                    result.add(.init(entity: result.entity(local(for: part.entry)), tokens: range, nested: true))
                }
            }
        }

        // 2. Community phrases.
        for phrase in communityPhrases(tokens, placeAt: placeAt) {
            guard phrase.tokens.allSatisfy({ owner[$0].map { result.mentions[$0].isPlace(in: result) } ?? true }) else {
                continue
            }
            let entity = result.entity(organization(named: phrase.name))
            for index in phrase.tokens {
                if let inner = owner[index] { result.mentions[inner].nested = true }
            }
            result.add(.init(entity: entity, tokens: phrase.tokens))
            claim(phrase.tokens, mention: result.mentions.count - 1)
        }

        // 3. Names no gazetteer lists.
        for span in NameSpans.spans(in: tokens, owner: owner, mentions: result.mentions, entities: result.entities) {
            guard let named = classify(span, tokens: tokens) else { continue }
            let entity = result.entity(named.local)
            if !named.role.isEmpty, !result.entities[entity].roles.contains(named.role) {
                result.entities[entity].roles.append(named.role)
            }
            for index in named.tokens {
                guard let inner = owner[index] else { continue }
                // A place's name holds no other mention (`France Square` is not France).
                if named.local.kind == .place {
                    result.mentions[inner].isRemoved = true
                } else {
                    result.mentions[inner].nested = true
                }
            }
            result.add(.init(entity: entity, tokens: named.tokens))
            claim(named.tokens, mention: result.mentions.count - 1)
        }

        result.mentions.removeAll(where: \.isRemoved)
        owner = [Int?](repeating: nil, count: tokens.count)
        for (index, mention) in result.mentions.enumerated() where !mention.nested {
            for token in mention.tokens { owner[token] = index }
        }

        // 4. Short forms and references.
        resolveShortForms(tokens, result: &result, owner: &owner)
        collectRoles(tokens, result: &result)
        return result
    }

    // MARK: - Entities

    private func local(for entryIndex: Int) -> ArticleEntities.Local {
        let entry = gazetteer.entries[entryIndex]
        return ArticleEntities.Local(
            id: Entity.id(kind: entry.kind, name: entry.name), name: entry.name, kind: entry.kind, entry: entryIndex)
    }

    private func organization(named name: String) -> ArticleEntities.Local {
        if let entry = gazetteer.entry(named: name), entry.kind == .organization,
            let index = gazetteer.entries.firstIndex(of: entry)
        {
            return local(for: index)
        }
        return ArticleEntities.Local(id: Entity.id(kind: .organization, name: name), name: name, kind: .organization)
    }

    /// An organization named after a country's possessive or with a nationality:
    /// `Armenia’s Foreign Ministry` and `Armenian Foreign Ministry` are the gazetteer's
    /// `Ministry of Foreign Affairs of Armenia` when it lists either form; otherwise
    /// the name with the nationality (`Armenian Foreign Ministry`).
    private func nationalOrganization(_ text: String, at start: Int, tokens: [Token]) -> ArticleEntities.Local {
        let direct = organization(named: text)
        if direct.entry != nil { return direct }
        var country: String?
        var rest = text
        if start >= 2, tokens[start - 1].kind == .possessive,
            let place = gazetteer.entry(named: tokens[start - 2].text),
            place.kind == .place
        {
            country = place.name
        } else if let first = text.split(separator: " ").first, NameLexicon.nationalities[Token.key(first)] != nil {
            country = String(first)
            rest = String(text.dropFirst(first.count + 1))
        }
        guard let country, let adjective = NameLexicon.nationalities[Token.key(country)] else { return direct }
        let countryName = gazetteer.entry(named: country)?.name ?? country
        for variant in [
            "\(adjective) \(rest)", "\(rest) of \(countryName)", "\(countryName)'s \(rest)", "\(countryName) \(rest)",
        ] {
            let found = organization(named: variant)
            if found.entry != nil { return found }
        }
        return organization(named: "\(adjective) \(rest)")
    }

    private func named(_ name: String, kind: EntityKind) -> ArticleEntities.Local {
        if let entry = gazetteer.entry(named: name), let index = gazetteer.entries.firstIndex(of: entry) {
            return local(for: index)
        }
        return ArticleEntities.Local(id: Entity.id(kind: kind, name: name), name: name, kind: kind)
    }

    // MARK: - Community phrases

    struct Phrase {
        var name: String
        var tokens: Range<Int>
    }

    /// `Azerbaijani community of [the] [Azerbaijan’s] Nagorno-Karabakh [region] [of Azerbaijan]`
    /// and `Nagorno-Karabakh’s Azerbaijani community`: the community of a nationality in a place.
    func communityPhrases(_ tokens: [Token], placeAt: [Int: NameMatcher.Match]) -> [Phrase] {
        var phrases: [Phrase] = []
        for index in tokens.indices where tokens[index].key == "community" {
            guard index > 0, let adjective = NameLexicon.nationalities[tokens[index - 1].key],
                tokens[index - 1].isCapitalised
            else { continue }
            // `<Place>’s <Nationality> community`
            if index >= 3, tokens[index - 2].kind == .possessive,
                let place = placeAt.values.first(where: { $0.tokens.upperBound == index - 2 })
            {
                let name = "\(adjective) Community of \(gazetteer.entries[place.entry].name)"
                phrases.append(Phrase(name: name, tokens: place.tokens.lowerBound..<(index + 1)))
                continue
            }
            // `<Nationality> community of [the] [Country’s] <Place> [region] [of <Country>]`
            var next = index + 1
            guard next < tokens.count, tokens[next].key == "of" else { continue }
            next += 1
            if next < tokens.count, tokens[next].key == "the" { next += 1 }
            guard var place = placeAt[next] else { continue }
            var end = place.tokens.upperBound
            if end + 1 < tokens.count, tokens[end].kind == .possessive, let inner = placeAt[end + 1] {
                place = inner
                end = inner.tokens.upperBound
            }
            if end < tokens.count, ["region", "regions"].contains(tokens[end].key) {
                end += 1
                if end + 1 < tokens.count, tokens[end].key == "of", let country = placeAt[end + 1] {
                    end = country.tokens.upperBound
                }
            }
            let name = "\(adjective) Community of \(gazetteer.entries[place.entry].name)"
            phrases.append(Phrase(name: name, tokens: (index - 1)..<end))
        }
        return phrases
    }

    // MARK: - New names

    struct Named {
        var local: ArticleEntities.Local
        var tokens: Range<Int>
        var role: String
    }

    /// Types a span of capitalised words by its words and context, or `nil` when
    /// nothing marks it as a name.
    func classify(_ span: NameSpans.Span, tokens: [Token]) -> Named? {
        let words = span.tokens
        guard !words.isEmpty else { return nil }
        let text = span.text(tokens)
        let keys = words.map { tokens[$0].key }
        let role = span.role(tokens)
        let wordTokens = words.filter { tokens[$0].kind == .word }

        // Organizations: a head word (`Group`, `Council`) in a name of two or more words.
        let executivePower = zip(keys, keys.dropFirst()).contains { $0 == "executive" && $1 == "power" }
        if wordTokens.count >= 2,
            executivePower || keys.contains(where: { NameLexicon.organizationWords.contains($0) }),
            let last = wordTokens.last, tokens[last].isCapitalised
        {
            return Named(
                local: nationalOrganization(text, at: words.lowerBound, tokens: tokens), tokens: words, role: "")
        }
        // Places by their head word: `Renaissance Square`, `France Square`.
        if let last = wordTokens.last,
            NameLexicon.placeHeads.contains(keys[words.firstIndex(of: last)! - words.lowerBound]),
            tokens[last].isCapitalised, wordTokens.count >= 2
        {
            return Named(local: named(text, kind: .place), tokens: words, role: "")
        }
        // Acronyms: `ASALA`, `TURKPA`, `COVID-19`.
        if wordTokens.count == 1, words.count <= 3, span.titleTokens.isEmpty, words.lowerBound == wordTokens[0],
            let acronym = wordTokens.first, isAcronym(tokens[acronym])
        {
            return Named(local: organization(named: text), tokens: words, role: "")
        }
        guard words.allSatisfy({ tokens[$0].kind == .word || tokens[$0].text == "." || tokens[$0].text == "-" }) else {
            return nil
        }
        let nameLike = wordTokens.allSatisfy { isNameLike(tokens[$0]) }
        guard nameLike, (1...4).contains(wordTokens.count) else { return nil }

        // Organizations by a noun after them: `the Troika Dialog investment bank`.
        if wordTokens.count <= 3, organizationNoun(after: words.upperBound, tokens: tokens) != nil {
            return Named(local: organization(named: text), tokens: words, role: "")
        }
        // Places: `Yevlakh city`, `the village of Talish`.
        if let after = tokens.index(words.upperBound, offsetBy: 0, limitedBy: tokens.count - 1),
            words.upperBound < tokens.count,
            NameLexicon.placeNouns.contains(tokens[after].key), !tokens[after].isCapitalised, wordTokens.count <= 2
        {
            return Named(local: named(text, kind: .place), tokens: words, role: "")
        }
        if wordTokens.count == 1,
            placeListContinues(before: words.lowerBound, tokens: tokens)
                || joinedToPlace(words, tokens: tokens)
        {
            return Named(local: named(text, kind: .place), tokens: words, role: "")
        }
        if words.lowerBound >= 2, tokens[words.lowerBound - 1].key == "of",
            [
                "city", "town", "village", "district", "region", "settlement", "province", "cities", "towns",
                "villages", "districts", "regions", "settlements",
            ].contains(tokens[words.lowerBound - 2].key),
            wordTokens.count <= 2
        {
            return Named(local: named(text, kind: .place), tokens: words, role: "")
        }

        // People: after a title, before a verb of saying, in apposition, or with a known first name.
        guard !keys.contains(where: { NameLexicon.eventWords.contains($0) }) else { return nil }
        let before = words.lowerBound - span.titleTokens.count - 1
        let titled =
            !span.titleTokens.isEmpty
            || (before >= 0 && tokens[before].kind == .word && NameLexicon.titleWords.contains(tokens[before].key))
        let firstName =
            matcher.firstNames.contains(keys[0]) || FirstNames.standard.contains(keys[0])
            || NameLexicon.hasSurnameEnding(keys[keys.count - 1])
        let speaks =
            followedBySpeech(words.upperBound, tokens: tokens)
            || (before >= 0 && NameLexicon.speechVerbs.contains(tokens[before].key) && wordTokens.count <= 3)
        let apposition = followedByTitle(words.upperBound, tokens: tokens)
        if wordTokens.count >= 2, titled || firstName || speaks || apposition {
            return Named(local: named(text, kind: .person), tokens: words, role: role)
        }
        return nil
    }

    /// Whether a one-word name is joined by a hyphen or dash to a place
    /// (`Alican–Margara`, `Kars-Gyumri`): the other end of a route is a place too.
    private func joinedToPlace(_ words: Range<Int>, tokens: [Token]) -> Bool {
        let after = words.upperBound
        let before = words.lowerBound - 1
        let next =
            after < tokens.count && NameMatcher.isInnerHyphen(at: after, in: tokens) && after + 1 < tokens.count
            && gazetteer.entry(named: tokens[after + 1].text)?.kind == .place
        let previous =
            before > 0 && NameMatcher.isInnerHyphen(at: before, in: tokens)
            && gazetteer.entry(named: tokens[before - 1].text)?.kind == .place
        return next || previous
    }

    /// Whether a name ends a list of places introduced by a plural place noun:
    /// `the villages of Aghavno and Sus`.
    private func placeListContinues(before index: Int, tokens: [Token]) -> Bool {
        guard index >= 4, tokens[index - 1].key == "and" || tokens[index - 1].text == "," else { return false }
        var position = index - 2
        while position > 0, position > index - 12 {
            let key = tokens[position].key
            if key == "of",
                ["villages", "towns", "cities", "districts", "regions", "settlements"].contains(
                    tokens[position - 1].key)
            {
                return true
            }
            guard tokens[position].isCapitalised || [",", "and", "-"].contains(tokens[position].text) else {
                return false
            }
            position -= 1
        }
        return false
    }

    /// A lower-case organization noun after a name, past at most two lower-case
    /// describing words (`investment`, `news`), or `nil`.
    private func organizationNoun(after index: Int, tokens: [Token]) -> String? {
        var position = index
        let notModifiers: Set<String> = [
            "the", "a", "an", "of", "and", "or", "to", "in", "on", "is", "was", "has", "had",
        ]
        while position < tokens.count, position - index < 2, tokens[position].kind == .word,
            !tokens[position].isCapitalised
        {
            let key = tokens[position].key
            if NameLexicon.organizationNouns.contains(key) { return key }
            guard !notModifiers.contains(key), !NameLexicon.speechVerbs.contains(key) else { return nil }
            position += 1
        }
        return nil
    }

    private static let notAcronyms: Set<String> = [
        "sim", "gps", "sms", "usb", "id", "gdp", "it", "ai", "hiv", "aids", "lgbt", "pm", "ceo", "cfo", "mp", "mps",
        "idp", "idps", "tv", "fm", "pr", "vs", "eu-", "ps", "bst", "gmt", "utc", "cet", "cest", "est", "edt", "msk",
        "azt",
        "amt", "eet", "pst", "source", "agencies", "photo", "news",
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xx", "xxi", "ok", "tv", "am", "pm", "photo",
        "video", "photos", "videos", "update", "breaking", "exclusive", "live", "new", "ceo", "vip", "faq", "gmt",
        "utc", "usd", "eur", "azn", "amd", "rub", "km", "kg", "mm", "dna", "pdf", "html", "www", "http", "https",
    ]

    private func isAcronym(_ token: Token) -> Bool {
        let count = token.text.unicodeScalars.count
        guard token.isAllCaps, (2...6).contains(count), !Self.notAcronyms.contains(token.key),
            NameLexicon.nationalities[token.key] == nil, !NameLexicon.commonWords.contains(token.key)
        else { return false }
        return token.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }

    private func isNameLike(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalised else { return false }
        let key = token.key
        if token.text.unicodeScalars.count == 1 { return true }  // an initial
        return !NameLexicon.commonWords.contains(key) && !NameLexicon.organizationWords.contains(key)
            && !NameLexicon.titleWords.contains(key) && NameLexicon.nationalities[key] == nil
            && !token.text.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// Whether a verb of saying follows the name, within two tokens (`X said`, `X, …, said`).
    private func followedBySpeech(_ index: Int, tokens: [Token]) -> Bool {
        var position = index
        if position < tokens.count, tokens[position].kind == .possessive { return false }
        for _ in 0..<2 where position < tokens.count {
            if NameLexicon.speechVerbs.contains(tokens[position].key) { return true }
            if ["has", "had", "have", "also", "then", "later", "earlier", "once", "again"].contains(
                tokens[position].key)
            {
                position += 1
                continue
            }
            return false
        }
        return false
    }

    /// Whether a title in apposition follows the name: `X, Personal Representative of …`,
    /// `X, the head of …`.
    private func followedByTitle(_ index: Int, tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index].text == "," else { return false }
        var position = index + 1
        if ["the", "a", "an"].contains(tokens[position].key), position + 1 < tokens.count { position += 1 }
        return NameLexicon.titleWords.contains(tokens[position].key)
    }

    // MARK: - Short forms

    /// Surnames of the article's people (`Ganjaliyev`), surnames of the gazetteer's
    /// people with no namesake, and `the Community` / `the community` for the last
    /// community named.
    private func resolveShortForms(_ tokens: [Token], result: inout ArticleEntities, owner: inout [Int?]) {
        // Surnames and first names of people the article names in full.
        var bySurname: [String: [Int]] = [:]
        // An entity's aliases give the same surnames at each of its mentions: read them once.
        var aliasesRead: Set<Int> = []
        for mention in result.mentions where !mention.nested {
            let entity = result.entities[mention.entity]
            guard entity.kind == .person else { continue }
            let words = mention.tokens.filter { tokens[$0].kind == .word && tokens[$0].text.unicodeScalars.count > 1 }
            if words.count >= 2, let last = words.last {
                let key = tokens[last].key
                if !(bySurname[key]?.contains(mention.entity) ?? false) {
                    bySurname[key, default: []].append(mention.entity)
                }
            }
            if let entry = entity.entry, aliasesRead.insert(mention.entity).inserted {
                for alias in gazetteer.entries[entry].names {
                    let aliasWords = NameMatcher.nameTokens(alias).filter { $0.kind == .word }
                    if aliasWords.count >= 2, let last = aliasWords.last,
                        !(bySurname[last.key]?.contains(mention.entity) ?? false)
                    {
                        bySurname[last.key, default: []].append(mention.entity)
                    }
                }
            }
        }
        for index in tokens.indices
        where owner[index] == nil && tokens[index].kind == .word && tokens[index].isCapitalised {
            let key = tokens[index].key
            guard !NameLexicon.commonWords.contains(key) || bySurname[key] != nil else { continue }
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalised,
                owner[index + 1] == nil
            {
                continue  // part of a longer unknown name
            }
            var entity: Int?
            if let people = bySurname[key] {
                entity = people.count == 1 ? people[0] : nearestBefore(index, among: people, in: result)
            } else if let people = matcher.peopleBySurname[key], people.count == 1,
                index == 0 || !["the", "a", "an"].contains(tokens[index - 1].key),
                !startsSentence(index, tokens) || followedBySpeech(index + 1, tokens: tokens)
                    || (index + 1 < tokens.count && [",", "’s", "'s"].contains(tokens[index + 1].text))
            {
                // A surname that opens a sentence may be a word (`Power outages hit Yerevan`).
                entity = result.entity(local(for: people[0]))
            }
            if let entity {
                result.add(.init(entity: entity, tokens: index..<(index + 1)))
                owner[index] = result.mentions.count - 1
            }
        }
        // `the Community`, `the community`: the community organization named last.
        for index in tokens.indices.dropFirst() where owner[index] == nil {
            let key = tokens[index].key
            guard
                ["community", "group", "ministry", "council", "committee", "union", "caucus", "parliament", "agency"]
                    .contains(key),
                tokens[index - 1].key == "the",
                index + 1 >= tokens.count || (tokens[index + 1].key != "of" && !tokens[index + 1].isCapitalised)
            else { continue }
            guard tokens[index].isCapitalised || key == "community" else { continue }
            let candidates = result.mentions.filter { mention in
                let entity = result.entities[mention.entity]
                return entity.kind == .organization && !mention.isReference
                    && Token.key(entity.name).split(separator: " ").contains(Substring(key))
            }
            // The most mentioned so far (the article's subject), the latest on a tie.
            let before = candidates.filter { $0.tokens.upperBound <= index }
            var counts: [Int: Int] = [:]
            for mention in before { counts[mention.entity, default: 0] += 1 }
            let salient = before.max {
                (counts[$0.entity]!, $0.tokens.lowerBound) < (counts[$1.entity]!, $1.tokens.lowerBound)
            }
            guard let chosen = salient ?? candidates.min(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) else {
                continue
            }
            result.add(.init(entity: chosen.entity, tokens: (index - 1)..<(index + 1), isReference: true))
            owner[index - 1] = result.mentions.count - 1
            owner[index] = result.mentions.count - 1
        }
    }

    /// Whether the token is the first word of its sentence (after any opening mark).
    private func startsSentence(_ index: Int, _ tokens: [Token]) -> Bool {
        var previous = index - 1
        while previous >= 0, tokens[previous].kind == .punctuation, tokens[previous].sentence == tokens[index].sentence,
            "\"“‘'(".contains(tokens[previous].text)
        {
            previous -= 1
        }
        return previous < 0 || tokens[previous].sentence != tokens[index].sentence
    }

    private func nearestBefore(_ index: Int, among entities: [Int], in result: ArticleEntities) -> Int? {
        let before = result.mentions.filter { entities.contains($0.entity) && $0.tokens.upperBound <= index }
        return before.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.entity ?? entities.first
    }

    // MARK: - Roles

    /// Titles seen with people's names: a capitalised title just before the name
    /// (`Co-Chair Andrew Schofer`) or in apposition after it
    /// (`Andrzej Kasprzyk, Personal Representative of the OSCE Chairperson-in-Office`).
    private func collectRoles(_ tokens: [Token], result: inout ArticleEntities) {
        for mention in result.mentions where !mention.isReference {
            guard result.entities[mention.entity].kind == .person else { continue }
            var roles: [String] = []
            // Before: a run of title words, with the body they serve (`Defence Ministry spokeswoman`).
            var start = mention.tokens.lowerBound
            while start > 0, start > mention.tokens.lowerBound - 6 {
                let previous = tokens[start - 1]
                let hyphen =
                    NameMatcher.isInnerHyphen(at: start - 1, in: tokens)
                    || NameMatcher.isInnerHyphen(at: start, in: tokens)
                let title = previous.kind == .word && NameLexicon.titleWords.contains(previous.key)
                let body =
                    previous.kind == .word && previous.isCapitalised
                    && NameLexicon.organizationWords.contains(previous.key) && start < mention.tokens.lowerBound
                guard hyphen || title || body, previous.sentence == tokens[mention.tokens.lowerBound].sentence else {
                    break
                }
                start -= 1
            }
            while start < mention.tokens.lowerBound, !NameLexicon.titleWords.contains(tokens[start].key),
                !tokens[start].isCapitalised
            {
                start += 1
            }
            if start < mention.tokens.lowerBound, tokens[start].kind == .word {
                roles.append(Self.text(tokens, start..<mention.tokens.lowerBound))
            }
            // After: `, Title … ,`
            let end = mention.tokens.upperBound
            if end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].isCapitalised,
                NameLexicon.titleWords.contains(tokens[end + 1].key)
            {
                var stop = end + 1
                while stop < tokens.count, stop - end < 24,
                    ![",", ".", ";", ":", "(", ")", "\"", "“", "”"].contains(tokens[stop].text),
                    tokens[stop].sentence == tokens[end].sentence
                {
                    stop += 1
                }
                roles.append(Self.text(tokens, (end + 1)..<stop))
            }
            for role in roles where !role.isEmpty && !result.entities[mention.entity].roles.contains(role) {
                result.entities[mention.entity].roles.append(role)
            }
        }
        collectAsRoles(tokens, result: &result)
    }

    /// `Ganjaliyev said he would work … as a newly-elected MP from Khankandi`: the role
    /// after `as a` goes to the first person named in the sentence before it.
    private func collectAsRoles(_ tokens: [Token], result: inout ArticleEntities) {
        for index in tokens.indices where tokens[index].key == "as" && index + 2 < tokens.count {
            guard ["a", "an", "the"].contains(tokens[index + 1].key) else { continue }
            var title = index + 2
            while title < tokens.count, title - index <= 5, !NameLexicon.titleWords.contains(tokens[title].key),
                tokens[title].kind == .word || NameMatcher.isInnerHyphen(at: title, in: tokens)
            {
                title += 1
            }
            guard title < tokens.count, NameLexicon.titleWords.contains(tokens[title].key) else { continue }
            var end = title + 1
            if end + 1 < tokens.count, ["from", "of", "for"].contains(tokens[end].key), tokens[end + 1].isCapitalised {
                end += 2
                while end < tokens.count, tokens[end].isCapitalised || NameMatcher.isInnerHyphen(at: end, in: tokens) {
                    end += 1
                }
            }
            let sentence = tokens[index].sentence
            let person = result.mentions.filter {
                $0.tokens.upperBound <= index && tokens[$0.tokens.lowerBound].sentence == sentence
                    && result.entities[$0.entity].kind == .person
            }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
            guard let person else { continue }
            let role = Self.text(tokens, title..<end)
            if !result.entities[person.entity].roles.contains(role) {
                result.entities[person.entity].roles.append(role)
            }
        }
    }

    /// The text of a token range, spaced as printed.
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var text = ""
        for index in range {
            if index > range.lowerBound, tokens[index].start > tokens[index - 1].end { text += " " }
            text += tokens[index].text
        }
        return text
    }
}

extension ArticleEntities.Found {
    /// Whether the mention is of a place.
    fileprivate func isPlace(in result: ArticleEntities) -> Bool {
        result.entities[entity].kind == .place
    }
}
