import Testing

@testable import KarabakhCorpus

/// The word scanner finds the tokenizer's words exactly: the term index numbers words
/// the tokenizer's way, and phrase matching and concordance lines find them with the
/// scanner.
@Suite("Word scanner")
struct WordScannerTests {
    /// The tokenizer's word and number tokens, as printed.
    static func tokenizerWords(_ text: String) -> [String] {
        Tokenizer.tokens(of: text).filter { $0.kind == .word || $0.kind == .number }.map { String($0.text) }
    }

    /// The scanner's words, as printed.
    static func scannerWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return WordScanner.words(of: text).map { String(decoding: bytes[$0.bytes], as: UTF8.self) }
    }

    @Test(
        "Possessives, inner apostrophes, dotted abbreviations, hyphens and numbers split as the tokenizer splits them",
        arguments: [
            ("Karabakh’s U.S.-backed talks", ["Karabakh", "U.S.", "backed", "talks"]),
            ("O'Brien's 1990’s U.K. E.U", ["O'Brien", "1990", "s", "U.K.", "E.U"]),
            ("the Armenians’ say: rock’n’roll", ["the", "Armenians", "say", "rock’n’roll"]),
            ("Nagorno-Karabakh, Xankəndi; 2020—21", ["Nagorno", "Karabakh", "Xankəndi", "2020", "21"]),
            ("a.b A.b. U.S.A. ’s 's", ["a", "b", "A.b.", "U.S.", "A", "s", "s"]),
        ])
    func knownCases(text: String, words: [String]) {
        #expect(Self.scannerWords(text) == words)
        #expect(Self.tokenizerWords(text) == words)
    }

    @Test("The sample articles' words are the tokenizer's, byte for byte")
    func sampleArticles() {
        for article in Corpus.sample.articles {
            #expect(Self.scannerWords(article.text) == Self.tokenizerWords(article.text), "\(article.file)")
            #expect(Self.scannerWords(article.raw) == Self.tokenizerWords(article.raw), "\(article.file)")
        }
    }

    @Test("Random text of awkward characters splits the same way (fixed seed)")
    func randomText() {
        let alphabet: [String] = [
            "a", "s", "S", "U", "K", "x", "é", "É", "ə", "\u{301}", "1", "٣", "Ⅻ", "中", "'", "’", "ʼ", "‘", ".", ".",
            "-", "—", " ", " ", "\n", "\r\n", "\t", "\u{A0}", "\"", "“", "”", ",", "!", "?", "🇦🇿", "👍🏽", "\u{0}",
            "ß", "İ",
        ]
        var state: UInt64 = 0x5EED_2026
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
        var differing: [String] = []
        for _ in 0..<4000 {
            let text = (0..<(1 + next(24))).map { _ in alphabet[next(alphabet.count)] }.joined()
            if Self.scannerWords(text) != Self.tokenizerWords(text) { differing.append(text) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { $0.debugDescription })")
    }

    @Test("Phrase matching over the scanner's words finds what it found over the tokenizer's")
    func keys() {
        let text = "Peace TALKS in Xankəndi’s centre: “Peace talks,” said Mr. Smith; PEACE-TALKS."
        let words = TextWords(text)
        #expect(words.keys == Tokenizer.tokens(of: text).filter { $0.kind == .word }.map(\.key))
        #expect(PhrasePattern("peace talks").matches(in: words) == [0..<2, 5..<7, 10..<12])
        #expect(words.text(4..<6) == "centre Peace")
    }
}
