import Foundation
import KarabakhTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The full-size hostile-input set (10,000 tiny files, a 50 MB line, 100,000
/// quotation marks, binary and broken files, bad JSON lines) through `karabakh ingest`
/// and `info`, end to end (SPEC §3.4, §13).
@Suite("Hostile input through karabakh ingest", .serialized)
struct HostileIngestTests {
    /// `10,027`, as the summaries group numbers.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : "\(digit)"
        }.joined()
    }

    /// The most memory any finished child of this process has used, in bytes.
    static func childrenPeakMemory() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_CHILDREN, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #endif
    }

    @Test(
        "the summary counts every file, every good article is stored, memory stays bounded",
        .timeLimit(.minutes(5 * Sanitizers.slowdown)))
    func fullSet() throws {
        let input = try TemporaryFolder()
        let output = try TemporaryFolder()
        defer {
            input.remove()
            output.remove()
        }
        let fixtures = try HostileFixtures.write(into: input, scale: .full)
        let file = output.url("hostile.kcorpus").path

        let ingest = try CommandRunner.karabakh(["ingest", input.path, "--output", file])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let articles = Self.grouped(fixtures.articles)
        #expect(
            ingest.stdout.hasPrefix(
                "ingested \(articles) articles (\(articles) new, 0 already stored), "
                    + "skipped \(Self.grouped(fixtures.skippedCount)): "),
            "\(ingest.stdout)")
        #expect(ingest.stdout.hasSuffix("; wrote \(file)\n"), "\(ingest.stdout)")
        for (category, count) in fixtures.skipped {
            // `file over the size limit` → `2 files over the size limit`
            var words = category.split(separator: " ").map(String.init)
            if count != 1, let noun = words.firstIndex(where: { $0 == "file" || $0 == "line" }) { words[noun] += "s" }
            let part = "\(Self.grouped(count)) \(words.joined(separator: " "))"
            #expect(ingest.stdout.contains(part), "\(part) in \(ingest.stdout)")
        }
        if fixtures.ignoredSidecars > 0 {
            #expect(ingest.stdout.contains("; ignored \(fixtures.ignoredSidecars) sidecar"), "\(ingest.stdout)")
        }
        // One warning per file or line left out, each naming its file (and its line).
        let warnings = ingest.stderr.split(separator: "\n")
        #expect(warnings.count == fixtures.skippedCount + fixtures.ignoredSidecars)
        for warning in warnings { #expect(warning.hasPrefix(input.path), "\(warning)") }
        #expect(warnings.filter { $0.contains(".jsonl:") }.count == fixtures.skipped["bad JSON line"])

        let info = try CommandRunner.karabakh(["info", "--corpus", file])
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.hasPrefix("articles  \(articles)\n"), "\(info.stdout)")
        #expect(info.stdout.contains("skipped   \(Self.grouped(fixtures.skippedCount)) ("), "\(info.stdout)")

        let count = try CommandRunner.karabakh(["query", "--corpus", file, "articles | count"])
        #expect(count.stdout == "\(fixtures.articles)\n")

        // Reading 16 MB of the 50 MB line to refuse it, and 10,000 files, stays far
        // below a gigabyte (a sanitizer's shadow memory and quarantine aside).
        let peak = Self.childrenPeakMemory()
        #expect(peak < (Sanitizers.active ? 4 : 1) << 30, "peak memory \(peak / (1 << 20)) MB")
    }
}
