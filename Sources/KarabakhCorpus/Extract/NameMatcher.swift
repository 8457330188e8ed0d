/// Finds the gazetteer's names in an article's tokens: longest match first,
/// case-aware (`US` is not `us`), with close misspellings of long names corrected
/// (`Nagorno-Karabkh`), an optional middle initial in people's names
/// (`Adam B. Schiff`), and hyphens and spaces inside names treated alike.
struct NameMatcher: Sendable {
    /// How a name's word must be written in the text to match.
    enum Case: Sendable {
        /// Exactly as in the gazetteer: acronyms such as `US`, `UN`, `OSCE`.
        case exact
        /// With a capital or in capitals: `Baku`, `BAKU`.
        case capitalised
        /// Any way: `of`, `community`.
        case any
    }

    /// A name of an entry as a sequence of word keys.
    struct Pattern: Sendable {
        var keys: [String]
        var cases: [Case]
        var texts: [String]
        var entry: Int
    }

    /// A name found in the text.
    struct Match: Hashable, Sendable {
        /// The index of the gazetteer entry.
        var entry: Int
        /// The first and one-past-last token index.
        var tokens: Range<Int>
    }

    let gazetteer: Gazetteer
    private var patternsByFirstKey: [String: [Pattern]] = [:]
    /// Word keys of the gazetteer's names by first letter, for correcting misspellings.
    private var vocabularyByInitial: [Character: [String]] = [:]
    private var vocabulary: Set<String> = []
    /// The last names of the gazetteer's people, with the entries that bear them.
    private(set) var peopleBySurname: [String: [Int]] = [:]
    /// The first names of the gazetteer's people.
    private(set) var firstNames: Set<String> = []

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        for (index, entry) in gazetteer.entries.enumerated() {
            for name in entry.names {
                let tokens = Self.nameTokens(name)
                guard !tokens.isEmpty else { continue }
                let pattern = Pattern(
                    keys: tokens.map(\.key), cases: tokens.map(Self.caseRule), texts: tokens.map { String($0.text) },
                    entry: index)
                patternsByFirstKey[pattern.keys[0], default: []].append(pattern)
                for key in pattern.keys where key.count >= 4 {
                    if vocabulary.insert(key).inserted, let initial = key.first {
                        vocabularyByInitial[initial, default: []].append(key)
                    }
                }
            }
            if entry.kind == .person {
                let words = Self.nameTokens(entry.name).filter { $0.kind == .word }
                if words.count >= 2 {
                    peopleBySurname[words.last!.key, default: []].append(index)
                    firstNames.insert(words[0].key)
                }
            }
        }
        for key in patternsByFirstKey.keys {
            patternsByFirstKey[key]!.sort { $0.keys.count > $1.keys.count }
        }
    }

    /// The word and possessive tokens of a name, without the hyphens inside words.
    static func nameTokens(_ name: String) -> [Token] {
        let tokens = Tokenizer.tokens(of: name)
        return tokens.enumerated().filter { offset, token in
            !isInnerHyphen(at: offset, in: tokens)
        }.map(\.element)
    }

    /// Whether the token at `index` is a hyphen joining two words (`Nagorno-Karabakh`).
    static func isInnerHyphen(at index: Int, in tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, token.key == "-", index > 0, index + 1 < tokens.count else { return false }
        return tokens[index - 1].end == token.start && tokens[index + 1].start == token.end
            && tokens[index - 1].kind != .punctuation && tokens[index + 1].kind != .punctuation
    }

    private static func caseRule(_ token: Token) -> Case {
        guard token.kind == .word else { return .any }
        if token.text.contains(".") || (token.isAllCaps && token.text.unicodeScalars.count <= 5) { return .exact }
        return token.isCapitalised ? .capitalised : .any
    }

    /// Every gazetteer name in the tokens; where names overlap the longer one wins,
    /// and a compound of names (`Aghdam-Khankendi road`) is read as its parts.
    func matches(in tokens: [Token]) -> [Match] {
        let keys = correctedKeys(tokens)
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word || tokens[index].kind == .number,
                index == 0 || !Self.joinsWord(tokens, before: index),
                let candidates = patternsByFirstKey[keys[index]]
            else {
                index += 1
                continue
            }
            var best: Match?
            for pattern in candidates {
                if let end = match(pattern, at: index, tokens: tokens, keys: keys) {
                    if best == nil || end > best!.tokens.upperBound {
                        best = Match(entry: pattern.entry, tokens: index..<end)
                    }
                }
            }
            if var match = best {
                // `Aghdam-Khankendi road`, `Armenia-Azerbaijan border`: the parts, not the whole.
                if let hyphen = (match.tokens.lowerBound + 1..<match.tokens.upperBound).first(where: {
                    Self.isInnerHyphen(at: $0, in: tokens)
                }),
                    let left = candidates.first(where: {
                        self.match($0, at: index, tokens: tokens, keys: keys) == hyphen
                    })
                {
                    match = Match(entry: left.entry, tokens: index..<hyphen)
                }
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the token at `index` is glued to a word before it by a hyphen
    /// (`pro-Armenian`): such a word does not start a name.
    private static func joinsWord(_ tokens: [Token], before index: Int) -> Bool {
        index >= 2 && isInnerHyphen(at: index - 1, in: tokens) && tokens[index - 2].kind == .word
            && !tokens[index - 2].isCapitalised
    }

    /// The end of a match of the pattern at `start`, or `nil`.
    private func match(_ pattern: Pattern, at start: Int, tokens: [Token], keys: [String]) -> Int? {
        var position = start
        var skippedInitial = false
        for (offset, key) in pattern.keys.enumerated() {
            while position < tokens.count, Self.isInnerHyphen(at: position, in: tokens) { position += 1 }
            guard position < tokens.count else { return nil }
            if keys[position] != key {
                // A middle initial in a person's name: `Adam B. Schiff` for `Adam Schiff`.
                let entry = gazetteer.entries[pattern.entry]
                if entry.kind == .person, offset > 0, !skippedInitial, position + 2 < tokens.count,
                    tokens[position].text.unicodeScalars.count == 1, tokens[position].isCapitalised,
                    tokens[position + 1].text == ".", keys[position + 2] == key
                {
                    position += 2
                    skippedInitial = true
                } else {
                    return nil
                }
            }
            let token = tokens[position]
            switch pattern.cases[offset] {
            case .exact: guard token.text == pattern.texts[offset] else { return nil }
            case .capitalised: guard token.isCapitalised || token.kind == .number else { return nil }
            case .any: break
            }
            position += 1
        }
        // A name does not end inside a hyphenated word (`Karabakh-based` is fine, `Armenia-` + `n` is not a thing).
        return position
    }

    /// Token keys with misspellings of long gazetteer words corrected: a capitalised
    /// word of eight or more letters one edit away from a known word, or of six or
    /// more letters when it follows the known first word of a name.
    private func correctedKeys(_ tokens: [Token]) -> [String] {
        var keys = tokens.map(\.key)
        var cache: [String: String?] = [:]
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalised {
            let key = keys[index]
            guard !vocabulary.contains(key), key.count >= 6, NameLexicon.nationalities[key] == nil,
                !NameLexicon.commonWords.contains(key)
            else { continue }
            let previousWord = (0..<index).reversed().first {
                tokens[$0].kind == .word && !Self.isInnerHyphen(at: $0, in: tokens)
            }
            let continuesName =
                previousWord.map { patternsByFirstKey[keys[$0]]?.contains { $0.keys.count > 1 } ?? false } ?? false
            // A long word alone is corrected only inside a sentence, where a capital
            // marks a name (`Politics` opening a line is a word, not `Politico`).
            let insideSentence =
                index > 0 && tokens[index - 1].sentence == tokens[index].sentence
                && !tokens[index].startsLine
            guard (key.count >= 8 && insideSentence) || continuesName else { continue }
            let correction: String?
            if let cached = cache[key] {
                correction = cached
            } else {
                correction = correct(key)
                cache[key] = correction
            }
            if let correction { keys[index] = correction }
        }
        return keys
    }

    private func correct(_ key: String) -> String? {
        guard let initial = key.first, let candidates = vocabularyByInitial[initial] else { return nil }
        var found: String?
        // A word that only adds or drops an ending is another word, not a misspelling
        // (`Azerbaijani` is not `Azerbaijan`).
        for candidate in candidates
        where abs(candidate.count - key.count) <= 1
            && !candidate.hasPrefix(key) && !key.hasPrefix(candidate)
        {
            if EditDistance.distance(candidate, key, limit: 1) != nil {
                if found != nil { return nil }  // ambiguous
                found = candidate
            }
        }
        return found
    }
}
