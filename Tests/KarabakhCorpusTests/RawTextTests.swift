import Testing

@testable import KarabakhCorpus

/// An article keeps its raw text exactly, storing only what stands around the body
/// when the body is a stretch of the file.
@Suite("Raw text")
struct RawTextTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let name: String
        let raw: String
        let text: String
        let shared: Bool
        var testDescription: String { name }
    }

    static let examples: [Example] = [
        Example(
            name: "header and footer", raw: "Title\n\nBy Jane Doe\n\nBody here.\nMore.\n\nFollow us",
            text: "Body here.\nMore.", shared: true),
        Example(name: "all body", raw: "Just text.", text: "Just text.", shared: true),
        Example(name: "BOM and non-ASCII", raw: "\u{FEFF}Başlıq\n\n“Sülh” dedi.\n", text: "“Sülh” dedi.", shared: true),
        Example(
            name: "CRLF line ends", raw: "Title\r\n\r\nLine one\r\nLine two\r\n", text: "Line one\nLine two",
            shared: false),
        Example(name: "JSON line", raw: #"{"text":"a \"quoted\" word"}"#, text: #"a "quoted" word"#, shared: false),
        Example(name: "empty body", raw: "Only a header\n", text: "", shared: false),
        Example(
            name: "repeated letters", raw: String(repeating: "a", count: 5_000) + "b",
            text: String(repeating: "a", count: 40) + "b", shared: false),
    ]

    @Test("raw text is the file as read, whatever is stored", arguments: examples)
    func rawKeptExactly(_ example: Example) {
        let article = Article(id: "a", file: "a.txt", metadata: ArticleMetadata(), text: example.text, raw: example.raw)
        #expect(article.raw == example.raw)
        #expect(Array(article.raw.utf8) == Array(example.raw.utf8))
        if case .around = RawText(raw: example.raw, text: example.text) {
            #expect(example.shared)
        } else {
            #expect(!example.shared)
        }
    }

    @Test("changing the text or the raw text keeps the other as it was")
    func mutation() {
        var article = Article(
            id: "a", file: "a.txt", metadata: ArticleMetadata(), text: "Body.", raw: "Head\n\nBody.\n")
        let copy = article
        article.text = "New body."
        #expect(article.raw == "Head\n\nBody.\n")
        #expect(copy.text == "Body.")
        article.raw = "Other raw"
        #expect(article.raw == "Other raw" && article.text == "New body.")
        #expect(copy.raw == "Head\n\nBody.\n")
        #expect(article != copy)
    }
}
