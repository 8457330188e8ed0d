import Testing

@testable import KarabakhCorpus

/// `LineText.clean` gives lines that need no cleaning back as they are, and cleans the
/// rest the one way: spaces of every kind squeezed to one ASCII space, none at the ends,
/// invisible marks dropped.
@Suite("Cleaning a line")
struct LineTextCleanTests {
    /// Cleaning done scalar by scalar, the way the rule reads.
    static func reference(_ line: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t"
                || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
            {
                pendingSpace = !result.isEmpty
            } else if ["\u{FEFF}", "\u{200B}", "\u{200E}", "\u{200F}"].contains(scalar) {
                continue
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test(
        "Spaces, tabs, Unicode spaces and invisible marks",
        arguments: [
            ("Peace talks resumed", "Peace talks resumed"),
            ("  Peace \t talks  ", "Peace talks"),
            ("“Peace” – talks — now", "“Peace” – talks — now"),
            ("Peace\u{A0}talks\u{2009}now\u{3000}", "Peace talks now"),
            ("\u{FEFF}Peace\u{200B} talks\u{202F}\u{205F}x", "Peace talks x"),
            ("", ""),
            ("   ", ""),
        ])
    func cases(line: String, cleaned: String) {
        #expect(LineText.clean(line) == cleaned)
        #expect(Self.reference(line) == cleaned)
    }

    @Test("Random lines clean as the rule says (fixed seed)")
    func randomLines() {
        let pieces = [
            "a", "Z", "1", " ", " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{200E}",
            "\u{200F}", "\u{2010}", "\u{2013}", "\u{201C}", "\u{202F}", "\u{205F}", "\u{2060}", "\u{3000}", "\u{3001}",
            "\u{FEFF}", "\u{FF0C}", "é", "ə", "中", "🇦🇿", "\u{1681}", "\u{2028}", "\u{2030}",
        ]
        var state: UInt64 = 0xC1EA_2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var differing: [String] = []
        for _ in 0..<5000 {
            let line = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            if LineText.clean(line) != Self.reference(line) { differing.append(line) }
            if LineText.clean(Substring(line)) != Self.reference(line) { differing.append(line) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { $0.debugDescription })")
    }

    @Test("Lines split at LF, CR and CR LF, whatever follows a line end")
    func lines() {
        #expect(LineText.lines("a\nb\r\nc\rd\n\ne") == ["a", "b", "c", "d", "", "e"])
        #expect(LineText.lines("\r\n\n\r") == ["", "", "", ""])
        #expect(LineText.lines("x\n\u{301}y\r\u{301}") == ["x", "\u{301}y", "\u{301}"])
        #expect(LineText.lines("") == [""])
        #expect(LineText.lines("Xankəndi “quoted”\u{2028}still one") == ["Xankəndi “quoted”\u{2028}still one"])
    }
}
