/// Finds an article's quotes and who said them.
///
/// A speaker is read from the words around the quote: after it (`…,” Ganjaliyev
/// said`, `…,” said the minister`, `…,” he added`, `…,” the community said in a
/// statement`), or before it in its sentence (`Ganjaliyev told local media: “…`,
/// `The Group issued a statement, saying “…`, `according to X`). A quote with no
/// speaker of its own — a paragraph of quotation after reported speech — goes to
/// the speaker of the quote or the reported speech just before it. Pronouns and
/// roles (`he`, `the chairman`) resolve to the person last speaking or named.
/// Partial quotes (a few words inside the reporter's sentence) are kept only when
/// the sentence attributes them; other marked words are scare quotes.
struct QuoteFinder: Sendable {
    /// A quote found, with its speaker as an index into the article's entities.
    struct Found: Hashable, Sendable {
        var span: QuoteSpan.Span
        var speaker: Int?
        var verb: String?
        var kind: QuoteKind
        /// A role or pronoun reference that named the speaker (`the chairman`), to add as a mention.
        var reference: Range<Int>?
    }

    /// The quotes of an article.
    func find(scalars: [Unicode.Scalar], tokens: [Token], entities: ArticleEntities) -> [Found] {
        let spans = QuoteSpan.spans(in: scalars)
        guard !spans.isEmpty else { return [] }
        let context = Context(scalars: scalars, tokens: tokens, entities: entities, spans: spans)
        var found: [Found] = []
        var lastSpeaker: Int?
        // Where the look for reported speech starts next: each token is looked at
        // once, however many quotes go without a speaker.
        var reportedFrom = 0
        for span in spans {
            let first = context.firstToken(atOrAfter: span.start)
            let after = context.firstToken(atOrAfter: span.end)
            // Reported speech between the last quote and this one updates who is speaking.
            if let reported = context.lastReportedSpeaker(
                in: min(reportedFrom, first)..<first, lastSpeaker: lastSpeaker)
            {
                lastSpeaker = reported
            }
            reportedFrom = max(reportedFrom, first)
            let kind = context.kind(of: span, firstToken: first, afterToken: after)
            let before = context.attributionBefore(first, lastSpeaker: lastSpeaker)
            var attribution = context.attributionAfter(span, start: after, lastSpeaker: lastSpeaker) ?? before
            if attribution == nil, kind == .direct, context.standsAlone(span, firstToken: first), let lastSpeaker {
                attribution = Context.Attribution(speaker: lastSpeaker, verb: nil, reference: nil)
            }
            // A partial quote needs a verb of saying before it in its sentence
            // (`described the move as “a provocation”`); otherwise it is a scare quote.
            if kind == .partial, before == nil { continue }
            if let speaker = attribution?.speaker {
                lastSpeaker = speaker
                reportedFrom = max(reportedFrom, after)
            }
            found.append(
                Found(
                    span: span, speaker: attribution?.speaker, verb: attribution?.verb, kind: kind,
                    reference: attribution?.reference))
        }
        return found
    }
}

extension QuoteFinder {
    /// What the attribution rules look at: tokens, mentions by position, quote spans.
    struct Context {
        struct Attribution {
            var speaker: Int
            var verb: String?
            var reference: Range<Int>?
        }

        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        let entities: ArticleEntities
        let spans: [QuoteSpan.Span]
        /// The outer mention starting at each token.
        let mentionAt: [Int: ArticleEntities.Found]
        /// Tokens inside quotes.
        let quoted: [Bool]
        /// The paragraph (line) number of each token.
        let paragraph: [Int]

        init(scalars: [Unicode.Scalar], tokens: [Token], entities: ArticleEntities, spans: [QuoteSpan.Span]) {
            self.scalars = scalars
            self.tokens = tokens
            self.entities = entities
            self.spans = spans
            var mentionAt: [Int: ArticleEntities.Found] = [:]
            for mention in entities.mentions where !mention.nested {
                mentionAt[mention.tokens.lowerBound] = mention
            }
            self.mentionAt = mentionAt
            var quoted = [Bool](repeating: false, count: tokens.count)
            var spanIndex = 0
            for (index, token) in tokens.enumerated() {
                while spanIndex < spans.count, spans[spanIndex].end <= token.start { spanIndex += 1 }
                if spanIndex < spans.count, spans[spanIndex].start <= token.start { quoted[index] = true }
            }
            self.quoted = quoted
            var paragraph: [Int] = []
            paragraph.reserveCapacity(tokens.count)
            var line = 0
            for (index, token) in tokens.enumerated() {
                if token.startsLine, index > 0 { line += 1 }
                paragraph.append(line)
            }
            self.paragraph = paragraph
        }

        /// The index of the first token that starts at or after a scalar offset.
        func firstToken(atOrAfter offset: Int) -> Int {
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }

        private func isSpeaker(_ entity: Int) -> Bool {
            entities.entities[entity].kind != .place
        }

        private func isVerb(_ index: Int) -> Bool {
            guard index < tokens.count, NameLexicon.speechVerbs.contains(tokens[index].key), !quoted[index] else {
                return false
            }
            // `so-called` is no verb of saying.
            return
                !(index >= 2 && tokens[index].key == "called" && NameMatcher.isInnerHyphen(at: index - 1, in: tokens)
                && tokens[index - 2].key == "so")
        }

        /// How many tokens before a quote its attribution may begin (`X, the …, told
        /// reporters on Monday: “…`): more than any real one takes, and a bound on
        /// the work each quote costs in a sentence that never ends.
        static let attributionReach = 80

        /// How many marks and fillers in a row are passed over looking for an
        /// attribution: `,” ”` or `has also`, not a run of a thousand.
        static let runReach = 8

        /// Skips adverbs and auxiliaries between a subject and its verb: `also`, `has`, `further`.
        private func skipFillers(from index: Int) -> Int {
            var position = index
            let fillers: Set<String> = [
                "also", "has", "had", "have", "further", "then", "later", "earlier", "once", "again", "additionally",
                "repeatedly", "previously", "recently", "clearly", "firmly", "strongly", "has", "was", "is", "said",
            ]
            while position < tokens.count, position - index < Self.runReach, fillers.contains(tokens[position].key),
                !isVerb(position) || tokens[position].key == "has"
            {
                position += 1
            }
            return position
        }

        // MARK: After the quote

        /// `…,” X said`, `…,” said X`, `…,” he added`, `…,” the chairman noted`.
        func attributionAfter(_ span: QuoteSpan.Span, start: Int, lastSpeaker: Int?) -> Attribution? {
            // A quote that ends its sentence with a full stop has no tag after it.
            var last = span.end - 1
            while last > span.start, LineText.isSpace(scalars[last]) { last -= 1 }
            if scalars[last] == "." { return nil }
            var index = start
            // Closing marks and the comma or dash before the attribution.
            while index < tokens.count, index - start < Self.runReach, tokens[index].kind == .punctuation,
                [",", "\"", "”", "“", "—", "–", "-", "'", "’"].contains(tokens[index].text)
            {
                index += 1
            }
            guard index < tokens.count, !quoted[index], !breaksLine(from: span.end, to: tokens[index].start) else {
                return nil
            }
            if isVerb(index), let subject = subject(at: index + 1, lastSpeaker: lastSpeaker) {
                return Attribution(speaker: subject.entity, verb: tokens[index].key, reference: subject.reference)
            }
            // `…," according to a comment on the website of the Russian Foreign Ministry.`
            if tokens[index].key == "according", index + 1 < tokens.count, tokens[index + 1].key == "to" {
                var position = index + 2
                while position < tokens.count, position - index < 14,
                    tokens[position].sentence == tokens[index].sentence
                {
                    if let mention = mentionAt[position], isSpeaker(mention.entity) {
                        return Attribution(speaker: mention.entity, verb: "according to", reference: nil)
                    }
                    position += 1
                }
            }
            // The subject, perhaps after words that describe it:
            // `government spokeswoman Nazeli Baghdasaryan said`, `ANCA Executive Director Aram Hamparian said`.
            var position = index
            while position < tokens.count, position - index < 8, !quoted[position] {
                if let subject = subject(at: position, lastSpeaker: lastSpeaker) {
                    var verb = skipFillers(from: subject.end)
                    if verb < tokens.count, tokens[verb].text == ",", let close = appositionEnd(after: verb) {
                        verb = skipFillers(from: close + 1)  // `Nazeli Baghdasaryan, the spokesperson …, wrote`
                    }
                    if isVerb(verb) {
                        return Attribution(
                            speaker: subject.entity, verb: tokens[verb].key, reference: subject.reference)
                    }
                    position = max(position + 1, subject.end)
                    continue
                }
                guard isDescriptor(position) else { break }
                position += 1
            }
            return nil
        }

        /// Whether a line break stands between two scalar offsets.
        private func breaksLine(from start: Int, to end: Int) -> Bool {
            guard start < end else { return false }
            return scalars[start..<min(end, scalars.count)].contains { $0 == "\n" || $0 == "\r" }
        }

        /// A word that can describe a speaker before the name: a title, a body, a
        /// nationality, a capitalised word, a possessive.
        private func isDescriptor(_ index: Int) -> Bool {
            let token = tokens[index]
            if token.kind == .possessive || NameMatcher.isInnerHyphen(at: index, in: tokens) { return true }
            guard token.kind == .word else { return false }
            let key = token.key
            return NameLexicon.titleWords.contains(key) || NameLexicon.organizationWords.contains(key)
                || NameLexicon.nationalities[key] != nil || token.isCapitalised
                || ["opposition", "government", "presidential", "ministry", "local", "senior", "top", "the", "of"]
                    .contains(key)
        }

        // MARK: Before the quote

        /// `X told local media: “…`, `X said that “…`, `The Group issued a statement, saying “…`,
        /// `according to X, “…`.
        func attributionBefore(_ first: Int, lastSpeaker: Int?) -> Attribution? {
            guard first > 0 else { return nil }
            // The sentence before the quote, as far back as an attribution reaches.
            var sentenceStart = first - 1
            let earliest = max(0, first - Self.attributionReach)
            while sentenceStart > earliest, tokens[sentenceStart - 1].sentence == tokens[first - 1].sentence {
                sentenceStart -= 1
            }
            let range = sentenceStart..<first
            guard !range.isEmpty else { return nil }
            // `according to X`
            for index in range
            where tokens[index].key == "according" && index + 2 < first && tokens[index + 1].key == "to" {
                if let subject = subject(at: index + 2, lastSpeaker: lastSpeaker) {
                    return Attribution(speaker: subject.entity, verb: "according to", reference: subject.reference)
                }
            }
            guard let verb = range.reversed().first(where: { isVerb($0) }) else {
                // `Lilit Sahakyan, a psychologist, put it this way: “…`: the person before the colon.
                guard let colon = range.last, tokens[colon].text == ":" || (colon > 0 && tokens[colon - 1].text == ":")
                else { return nil }
                let named = range.filter { !quoted[$0] }.compactMap { mentionAt[$0] }.filter { isSpeaker($0.entity) }
                guard let speaker = named.first(where: { entities.entities[$0.entity].kind == .person }) ?? named.first
                else { return nil }
                return Attribution(speaker: speaker.entity, verb: nil, reference: nil)
            }
            // The subject right before the verb, else the first speaker named in the sentence.
            for index in range where index < verb {
                guard let subject = subject(at: index, lastSpeaker: lastSpeaker) else { continue }
                var next = skipFillers(from: subject.end)
                if next < verb, tokens[next].text == ",", let close = appositionEnd(after: next) {
                    next = skipFillers(from: close + 1)
                }
                if next == verb {
                    return Attribution(speaker: subject.entity, verb: tokens[verb].key, reference: subject.reference)
                }
            }
            // Else the first person named in the sentence, else the first organization:
            // `The EU’s Special Representative, Toivo Klaar, who …, wrote on Twitter: “…`.
            let named = range.filter { $0 < verb && !quoted[$0] }.compactMap { mentionAt[$0] }.filter {
                isSpeaker($0.entity)
            }
            if let speaker = named.first(where: { entities.entities[$0.entity].kind == .person }) ?? named.first {
                return Attribution(speaker: speaker.entity, verb: tokens[verb].key, reference: nil)
            }
            return nil
        }

        // MARK: Subjects

        struct Subject {
            var entity: Int
            var end: Int
            var reference: Range<Int>?
        }

        /// A speaker named at `index`: a mention, a pronoun, or `the` and a role.
        func subject(at index: Int, lastSpeaker: Int?) -> Subject? {
            guard index < tokens.count, !quoted[index] else { return nil }
            // `the Armenian Foreign Ministry`: a determiner before a name.
            if ["the", "a"].contains(tokens[index].key), let mention = mentionAt[index + 1], isSpeaker(mention.entity) {
                return Subject(entity: mention.entity, end: mention.tokens.upperBound, reference: nil)
            }
            if let mention = mentionAt[index], isSpeaker(mention.entity) {
                return Subject(entity: mention.entity, end: mention.tokens.upperBound, reference: nil)
            }
            let key = tokens[index].key
            if NameLexicon.pronouns.contains(key) {
                let person =
                    key == "they" || key == "we"
                    ? lastOrganization(before: index) ?? lastSpeaker
                    : lastPerson(before: index, preferring: lastSpeaker)
                return person.map { Subject(entity: $0, end: index + 1, reference: nil) }
            }
            if key == "the" || key == "its" || key == "his" || key == "her", index + 1 < tokens.count {
                // `the chairman`, `the head of the Azerbaijani community of Nagorno-Karabakh`, `the foreign minister`
                var end = index + 1
                var noun: String?
                while end < tokens.count, end - index <= 3, tokens[end].kind == .word, !isVerb(end) {
                    let word = tokens[end].key
                    let two = end + 1 < tokens.count ? word + " " + tokens[end + 1].key : ""
                    if NameLexicon.roleNouns.contains(two) {
                        noun = two
                        end += 2
                        break
                    }
                    if NameLexicon.roleNouns.contains(word) {
                        noun = word
                        end += 1
                        break
                    }
                    end += 1
                }
                guard let noun else { return organizationReference(at: index) }
                // `of …` after the role, up to the verb.
                var tail = end
                if tail < tokens.count, tokens[tail].key == "of" {
                    while tail < tokens.count, tail - end < 12, !isVerb(tail),
                        tokens[tail].kind != .punctuation || NameMatcher.isInnerHyphen(at: tail, in: tokens)
                            || tokens[tail].kind == .possessive
                    {
                        tail += 1
                    }
                }
                let phrase = tokens[(index + 1)..<tail].filter { $0.kind == .word }.map(\.key).joined(separator: " ")
                guard
                    let person = personWithRole(phrase, before: index) ?? personWithRole(noun, before: index)
                        ?? lastPerson(before: index, preferring: lastSpeaker)
                else {
                    return nil
                }
                return Subject(entity: person, end: tail, reference: index..<end)
            }
            return nil
        }

        /// `the ministry`, `the Foreign Ministry`, `the group`: the organization with
        /// that head word named last before, else any organization named last.
        private func organizationReference(at index: Int) -> Subject? {
            var end = index + 1
            while end < tokens.count, end - index <= 3, tokens[end].kind == .word, !isVerb(end),
                !NameLexicon.organizationWords.contains(tokens[end].key)
            {
                end += 1
            }
            guard end < tokens.count, NameLexicon.organizationWords.contains(tokens[end].key) else { return nil }
            let noun = tokens[end].key
            let organizations = entities.mentions.filter {
                $0.tokens.upperBound <= index && entities.entities[$0.entity].kind == .organization
            }
            let named = organizations.filter { Token.key(entities.entities[$0.entity].name).contains(noun) }
            guard
                let chosen = (named.isEmpty ? organizations : named).max(by: {
                    $0.tokens.lowerBound < $1.tokens.lowerBound
                })
            else { return nil }
            return Subject(entity: chosen.entity, end: end + 1, reference: index..<(end + 1))
        }

        private func personWithRole(_ noun: String, before index: Int) -> Int? {
            guard !noun.isEmpty else { return nil }
            let candidates = entities.mentions.filter { mention in
                mention.tokens.upperBound <= index && entities.entities[mention.entity].kind == .person
                    && !quoted[mention.tokens.lowerBound]
                    && entities.entities[mention.entity].roles.contains { Token.key($0).contains(noun) }
            }
            return candidates.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.entity
        }

        /// The person a pronoun or a role stands for: the last person named before it in
        /// its paragraph, else the person speaking last, else the last person named.
        private func lastPerson(before index: Int, preferring preferred: Int?) -> Int? {
            // A person named since the last quote, outside quotes: the newest voice.
            let position = tokens[min(index, tokens.count - 1)].start
            // The quote this pronoun tags is not the one before it.
            var earlier = spans.filter { $0.end <= position }
            if let last = earlier.last, position - last.end < 6 { earlier.removeLast() }
            let previousQuoteEnd = earlier.last?.end ?? -1
            if let introduced = entities.mentions.filter({
                $0.tokens.upperBound <= index && entities.entities[$0.entity].kind == .person && !$0.nested
                    && !quoted[$0.tokens.lowerBound] && tokens[$0.tokens.lowerBound].start > previousQuoteEnd
            }).max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                return introduced.entity
            }
            if let inParagraph = entities.mentions.filter({
                $0.tokens.upperBound <= index && entities.entities[$0.entity].kind == .person && !$0.nested
                    && !quoted[$0.tokens.lowerBound]
                    && paragraph[$0.tokens.lowerBound] == paragraph[min(index, tokens.count - 1)]
            }).max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
                return inParagraph.entity
            }
            if let preferred, entities.entities[preferred].kind == .person { return preferred }
            let before = entities.mentions.filter {
                $0.tokens.upperBound <= index && entities.entities[$0.entity].kind == .person && !$0.nested
            }
            return before.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.entity
        }

        private func lastOrganization(before index: Int) -> Int? {
            let before = entities.mentions.filter {
                $0.tokens.upperBound <= index && entities.entities[$0.entity].kind == .organization && !$0.nested
            }
            return before.max { $0.tokens.lowerBound < $1.tokens.lowerBound }?.entity
        }

        // MARK: Reported speech and kinds

        /// The speaker of the last reported-speech sentence in a token range
        /// (`Ganjaliyev reminded that …`, `He further said that …`).
        func lastReportedSpeaker(in range: Range<Int>, lastSpeaker: Int?) -> Int? {
            var speaker: Int?
            var current = lastSpeaker
            for index in range where !quoted[index] {
                guard let subject = subject(at: index, lastSpeaker: current) else { continue }
                var verb = skipFillers(from: subject.end)
                if verb < tokens.count, tokens[verb].text == ",", let close = appositionEnd(after: verb) {
                    verb = skipFillers(from: close + 1)  // `Narine Arakelyan, who runs a shop, said …`
                }
                if isVerb(verb) {
                    speaker = subject.entity
                    current = subject.entity
                }
            }
            return speaker
        }

        /// The closing comma of an apposition opened by the comma at `open`, within
        /// its sentence and fifteen tokens.
        private func appositionEnd(after open: Int) -> Int? {
            var index = open + 1
            while index < tokens.count, index - open <= 25, tokens[index].sentence == tokens[open].sentence,
                !quoted[index]
            {
                if tokens[index].text == "," { return index }
                index += 1
            }
            return nil
        }

        /// Direct when the quote is a statement of its own (it starts a sentence or
        /// follows a colon, a comma or `saying`, and has five words or more);
        /// partial when it is a few words inside the reporter's sentence.
        func kind(of span: QuoteSpan.Span, firstToken: Int, afterToken: Int) -> QuoteKind {
            let words = tokens[firstToken..<min(afterToken, tokens.count)].filter {
                $0.kind == .word || $0.kind == .number
            }.count
            let text = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            let endsSentence = text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?")
            // A short quote that is a sentence of its own: `“I know the way.”`
            if words < 5, endsSentence, standsAlone(span, firstToken: firstToken) { return .direct }
            guard words >= 5 else { return .partial }
            var before = firstToken - 1
            while before >= 0, firstToken - before <= Self.runReach, tokens[before].kind == .punctuation,
                QuoteSpan.isDoubleMark(tokens[before].text.unicodeScalars.first!)
            {
                before -= 1
            }
            if before < 0 || tokens[before].sentence != tokens[firstToken].sentence { return .direct }
            if [":", ",", "—", "–", "-"].contains(tokens[before].text) { return .direct }
            if ["saying", "that", "said", "says", "stated", "noting", "adding", "writing", "wrote", "declared"]
                .contains(tokens[before].key)
            {
                return .direct
            }
            // A quote that ends a sentence inside itself is a statement too.
            return text.contains(". ") || endsSentence ? .direct : .partial
        }

        /// Whether the quote is its own sentence or paragraph, with nothing around it
        /// but its marks.
        func standsAlone(_ span: QuoteSpan.Span, firstToken: Int) -> Bool {
            var before = span.start - 1
            while before >= 0, span.start - before <= 4 * Self.runReach,
                LineText.isSpace(scalars[before]) || QuoteSpan.isDoubleMark(scalars[before])
            {
                before -= 1
            }
            guard before < 0 || scalars[before] == "\n" || ".!?".unicodeScalars.contains(scalars[before]) else {
                return false
            }
            return true
        }
    }
}
