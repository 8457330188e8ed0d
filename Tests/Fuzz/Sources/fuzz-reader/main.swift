// Fuzzes ingest from the bytes of a file to a queryable corpus: decoding, the
// article reader's header and footer rules, JSON Lines, sidecars, and extraction.
//
// The input's first byte picks what the rest becomes: an article `.txt`, a `.jsonl`
// file, or a `.txt` with a `.meta.json` sidecar (split at the first NUL byte). The
// files are written to a folder of the process's own and loaded as a corpus, which is
// then asked a query that touches every article, so its text and metadata are used.
import Foundation
import FuzzSupport
import KarabakhCorpus

let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("fuzz-reader-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.removeItem(at: folder)
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

/// Writes the files an input stands for, replacing the last input's.
func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
    guard let mode = bytes.first else { return false }
    let rest = Data(bytes.dropFirst())
    switch mode % 3 {
    case 0:
        return FileManager.default.createFile(atPath: folder.appendingPathComponent("a.txt").path, contents: rest)
    case 1:
        return FileManager.default.createFile(atPath: folder.appendingPathComponent("a.jsonl").path, contents: rest)
    default:
        let split = rest.firstIndex(of: 0) ?? rest.endIndex
        let article = rest[rest.startIndex..<split]
        let sidecar = split < rest.endIndex ? rest[(split + 1)...] : Data()
        return FileManager.default.createFile(atPath: folder.appendingPathComponent("a.txt").path, contents: article)
            && FileManager.default.createFile(
                atPath: folder.appendingPathComponent("a.meta.json").path, contents: sidecar)
    }
}

let checks = [
    #"articles | where title ~ "a*" or text ~ "the" | count"#,
    #"articles | kwic "said" window 3"#,
    "mentions | count by entity",
    "quotes | count",
]

FuzzDriver.run(warmUp: ["0By Jane Doe\n\nBAKU, Oct. 5. Trend: \u{201C}Talks,\u{201D} Ilham Aliyev said."]) { bytes in
    guard write(bytes) else { return }
    let corpus: Corpus
    do {
        corpus = try Corpus.load(contentsOf: folder)
    } catch {
        _ = String(describing: error)
        return
    }
    // A `.txt` file is an article or a skip, never neither or both.
    if bytes[0] % 3 != 1 {
        let skips = corpus.diagnostics.filter(\.isSkip).count
        precondition(corpus.articles.count + skips == 1, "the article file was not counted once")
    }
    precondition(corpus.summary.articleCount == corpus.articles.count, "the summary miscounts articles")
    // These queries hold for any corpus: one that fails is a defect, not bad input.
    var session = QuerySession(corpus: corpus)
    for query in checks {
        do {
            _ = try session.run(query)
        } catch {
            fatalError("\(query): \(error)")
        }
    }
}
