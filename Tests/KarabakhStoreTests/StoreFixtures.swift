import Foundation
import KarabakhCorpus
import KarabakhTestSupport

/// Corpora and folders the store tests save, open and ingest.
enum StoreFixtures {
    /// `Tests/KarabakhCorpusTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("KarabakhCorpusTests/Fixtures")

    /// The article folder of a fixture set (`OutletStyles`, `HeldOut`).
    static func articles(_ name: String) -> URL {
        fixtures.appendingPathComponent(name).appendingPathComponent("articles")
    }

    /// What `karabakh export --format jsonl` prints for a corpus, line by line, then
    /// its CSV records: everything a user sees of its articles.
    static func export(_ corpus: Corpus) -> [String] {
        corpus.articles.map { ArticleExport.json($0, in: corpus).serialized() }
            + corpus.articles.map { ArticleExport.csvFields($0, in: corpus).joined(separator: "\u{1F}") }
    }

    /// PNG signature bytes: binary.
    static let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]

    /// Writes a folder with good articles in every form the reader takes and bad
    /// files of every kind, for diagnostics and odd text to round-trip.
    static func writeMessyFolder(_ folder: TemporaryFolder) throws {
        try folder.write(
            "2020/a.txt",
            """
             date 2020-04-29 By Akbar Mammadov

            Tural Ganjaliyev said: “We will return to Shusha.” He added that talks “must go on”.

            Follow us on Twitter @AzerNewsAz
            """)
        try folder.write("2020/crlf.txt", "Talks resumed in Geneva on Monday.\r\nBoth sides agreed.\r\n")
        try folder.write("\u{FEFF}bom.txt", "\u{FEFF}Nikol Pashinyan met Ilham Aliyev in Brussels.\n")
        try folder.write("side.txt", "The OSCE Minsk Group met in Vienna.\n")
        try folder.write("side.meta.json", #"{"title": "Minsk Group", "date": "2021-01-05", "authors": ["A \"B\" C"]}"#)
        try folder.write("orphan.meta.json", #"{"title": "No article"}"#)
        try folder.write("badside.txt", "Baku and Yerevan traded accusations.\n")
        try folder.write("badside.meta.json", "{not json")
        try folder.write(
            "feed.jsonl",
            #"""
            {"id": "j1", "title": "Tab\there", "date": "2020-10-05T10:00:00Z", "author": "Jane Doe", "source": "TASS", "url": "https://example.com/a?b=1", "text": "A NUL \u0000 inside, an emoji 🇦🇲, and “quotes”."}
            {"text": "This line is cut off
            {"text": 12}
            {"title": "no text"}
            {"text": "   "}
            [1, 2]
            {"text": "Dated badly.", "date": "yesterday"}
            {"text": "Ilham Aliyev said Karabakh is Azerbaijan."}

            """#)
        try folder.write("photo.png", bytes: pngBytes)
        try folder.write("scan.txt", bytes: pngBytes)
        try folder.write("empty.txt", bytes: [])
        try folder.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" in Baku.\n".utf8))
        try folder.write("notes.md", "# Notes\n")
        try folder.write("big.txt", String(repeating: "Shusha. ", count: 200))
    }

    /// Ingest options with a small size limit, so that `big.txt` is too large.
    static var messyOptions: IngestOptions {
        IngestOptions(maximumFileSize: 1_000)
    }
}
