/// The words of the synthetic corpus: a Zipfian vocabulary of about 30,000 lower-case
/// words (real English function and news words at the head, made-up English-like
/// words in the long tail) and, apart, the topical words and phrases of conflict news
/// (`ceasefire`, `peace talks`, `humanitarian corridor`…), also Zipf-weighted.
///
/// The made-up words never collide with a topical word or with the prefix `negotiat`,
/// so the benchmark's text queries find only what the generator put there on purpose.
///
/// For example:
///
/// ```swift
/// let vocabulary = Vocabulary(seed: 7)
/// var random = SplitMix64(seed: 1)
/// vocabulary.word(using: &random)      // "the", "of", "vorant"…
/// vocabulary.topic(using: &random)     // "ceasefire", "border"…
/// ```
struct Vocabulary: Sendable {
    /// The general words, most frequent first.
    let words: [String]
    /// The topical words and phrases, most frequent first.
    let topics: [String]
    private let wordRanks: Zipf
    private let topicRanks: Zipf

    /// The number of general words.
    static let size = 30_000
    /// The Zipf exponent of both lists.
    static let exponent = 1.05

    /// The head of the list: real English words, roughly in the order of their
    /// frequency in news text.
    static let head: [String] = [
        "the", "of", "and", "to", "in", "a", "that", "on", "for", "is", "with", "was", "by", "as", "said", "at",
        "it", "from", "has", "be", "its", "have", "are", "an", "not", "were", "this", "which", "had", "will",
        "their", "they", "been", "also", "after", "more", "over", "would", "who", "all", "two", "new", "against",
        "other", "than", "since", "into", "about", "but", "during", "between", "both", "government", "country",
        "people", "region", "forces", "military", "side", "sides", "international", "political", "security",
        "situation", "process", "statement", "meeting", "support", "local", "further", "including", "however",
        "year", "years", "week", "day", "days", "first", "last", "three", "many", "some", "most", "such", "only",
        "when", "while", "before", "under", "those", "these", "where", "now", "part", "them", "time", "state",
        "officials", "minister", "president", "issue", "issues", "well", "any", "may", "should", "very", "even",
        "back", "still", "because", "without", "through", "could", "there", "one", "our", "we", "can", "up",
        "out", "so", "his", "her", "he", "she", "war", "conflict", "residents", "villages", "troops", "army",
        "civilians", "killed", "wounded", "reported", "announced", "stressed", "noted", "added", "called",
        "urged", "agreement", "sides", "talks", "leaders", "capital", "city", "district", "road", "return",
        "control", "area", "areas", "situation", "deal", "plan", "project", "efforts", "relations", "parties",
        "position", "measures", "process", "region's", "economic", "social", "national", "foreign", "public",
        "media", "reports", "sources", "officials", "experts", "observers", "analysts", "community", "population",
    ]

    /// Topical words and phrases of conflict news, roughly most frequent first. The
    /// benchmark's text queries ask for some of them.
    static let topical: [String] = [
        "border", "occupied", "ceasefire", "negotiations", "peace process", "humanitarian", "refugees",
        "peace talks", "corridor", "peacekeepers", "occupied territories", "shelling", "blockade",
        "territorial integrity", "settlement", "humanitarian corridor", "negotiated", "trilateral statement",
        "delimitation", "landmines", "ceasefire violations", "peace treaty", "displaced persons", "sovereignty",
        "negotiators", "prisoners of war", "mediation", "humanitarian aid", "de-escalation", "reintegration",
        "demining", "withdrawal", "escalation", "negotiating table", "ceasefire agreement", "negotiate",
        "peace agreement", "occupation", "liberated territories", "ethnic cleansing",
    ]

    /// Creates the vocabulary for a seed.
    init(seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: 0x766F_6361_6275_6C61)
        var seen = Set(Self.head)
        let reserved = Set(Self.topical.flatMap { $0.split(separator: " ").map(String.init) })
        seen.formUnion(reserved)
        var made: [String] = []
        made.reserveCapacity(Self.size)
        while made.count < Self.size - Self.head.count {
            let word = Self.madeUpWord(using: &random)
            guard word.count >= 2, !word.hasPrefix("negotiat"), !word.hasPrefix("ceasefir"),
                !word.hasPrefix("humanitar"), seen.insert(word).inserted
            else { continue }
            made.append(word)
        }
        // Short words are the frequent ones, as in real text; the sort is stable for
        // words of equal length, so the order stays the generator's.
        let tail = made.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }
        var unique: [String] = []
        var kept: Set<String> = []
        for word in Self.head where kept.insert(word).inserted { unique.append(word) }
        words = unique + tail.map(\.element)
        topics = Self.topical
        wordRanks = Zipf(count: words.count, exponent: Self.exponent)
        topicRanks = Zipf(count: topics.count, exponent: Self.exponent)
    }

    /// A general word, Zipf-weighted.
    func word(using random: inout SplitMix64) -> String {
        words[wordRanks.draw(using: &random)]
    }

    /// A topical word or phrase, Zipf-weighted.
    func topic(using random: inout SplitMix64) -> String {
        topics[topicRanks.draw(using: &random)]
    }

    /// An English-like word of one to four syllables.
    private static func madeUpWord(using random: inout SplitMix64) -> String {
        let syllables = 1 + min(3, random.below(3) + random.below(2))
        var word = ""
        for _ in 0..<syllables {
            word += random.pick(onsets) + random.pick(vowels) + random.pick(codas)
        }
        return word
    }

    private static let onsets = [
        "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr", "dr",
        "gr", "pr", "st", "tr", "sh", "ch", "th", "pl", "bl", "sl", "sp", "", "",
    ]
    private static let vowels = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou", "io", "y"]
    private static let codas = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck", "rn", "ng"]
}
