import ArgumentParser
import Foundation
import KarabakhCorpus

/// The `karabakh-bench` command (SPEC §12): generate a deterministic synthetic corpus,
/// then measure ingest, open, and the fixed set of queries for us and for SQLite FTS5
/// on the same corpus, in the same run.
///
/// For example:
///
/// ```sh
/// swift run -c release karabakh-bench --articles 100000 --json
/// ```
@main
struct Bench: ParsableCommand {
    /// The command's name and help.
    static let configuration = CommandConfiguration(
        commandName: "karabakh-bench",
        abstract: "Benchmark KarabakhCorpus against SQLite FTS5 on a synthetic corpus.",
        discussion: """
            Generates a deterministic corpus of --articles plain-text articles, then times our \
            ingest, open and the fixed queries, and the same for SQLite FTS5 through GRDB. Progress \
            goes to standard error; the results (a table, or one JSON object with --json) to \
            standard output. Run it in release mode. See Docs/Benchmark.md.
            """
    )

    /// The seed used when none is given.
    static let defaultSeed: UInt64 = 20_240_917

    /// The number of articles to generate.
    @Option(help: "The number of articles to generate.")
    var articles = 10_000

    /// Print one JSON object instead of a table.
    @Flag(help: "Print the results as one JSON object.")
    var json = false

    /// The generator's seed.
    @Option(help: "The seed of the generator: the same seed and size give the same corpus.")
    var seed = Bench.defaultSeed

    /// Timed runs of each query.
    @Option(help: "Timed runs of each query, after warm-ups (fewer for a query slower than a second).")
    var iterations = 30

    /// Run only these queries of the fixed set.
    @Option(
        help: ArgumentHelp(
            "Run only these queries of the fixed set, separated by commas (for profiling).", valueName: "names"))
    var only: String?

    /// Keep the generated corpus and databases in this folder.
    @Option(help: ArgumentHelp("Generate into this folder (new or empty) and keep it.", valueName: "folder"))
    var keep: String?

    /// Checks the options.
    func validate() throws {
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1") }
        guard iterations >= 1 else { throw ValidationError("--iterations must be at least 1") }
        if let only {
            let known = Set(BenchQuery.fixedSet(person: "", place: "", organization: "").map(\.name))
            for name in only.split(separator: ",") where !known.contains(String(name)) {
                throw ValidationError(
                    "--only: no query '\(name)'; the fixed set is \(known.sorted().joined(separator: ", "))")
            }
        }
        if let keep {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: keep)) ?? []
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: keep, isDirectory: &isFolder)
            guard !exists || (isFolder.boolValue && contents.isEmpty) else {
                throw ValidationError("--keep \(keep): the folder must be new or empty")
            }
        }
    }

    /// Runs the command; usage errors exit with status 2, failures with 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as BenchFailure {
            Progress.say("karabakh-bench: error: \(failure.description)")
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Progress.say(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// Generates, measures and reports.
    func run() throws {
        let load = MachineLoad.now()
        let workspace = try makeWorkspace()
        defer {
            if keep == nil { try? FileManager.default.removeItem(at: workspace) }
        }
        let folder = workspace.appendingPathComponent("corpus", isDirectory: true)
        let storeURL = workspace.appendingPathComponent("ours.kcorpus")
        let databasePath = workspace.appendingPathComponent("fts5.sqlite").path

        Progress.say("generating \(Progress.grouped(articles)) articles…")
        let synthetic = SyntheticCorpus(articles: articles, seed: seed)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written: GeneratedCorpus?
        let generation = try Latency.time { written = try synthetic.write(to: folder) }
        guard let generated = written else { throw BenchFailure("the corpus was not written") }
        let textMB = Double(generated.byteCount) / 1_000_000
        Progress.say(
            "  \(String(format: "%.2f", textMB)) MB in \(folder.path) (\(String(format: "%.1f", generation)) s)")
        let fixedSet = BenchQuery.fixedSet(
            person: synthetic.pool.queryEntity(.person).name, place: synthetic.pool.queryEntity(.place).name,
            organization: synthetic.pool.queryEntity(.organization).name)
        Progress.say(
            "  the entity questions name \(fixedSetNames(synthetic.pool))")
        let chosen = only.map { Set($0.split(separator: ",").map(String.init)) }
        let queries = fixedSet.filter { chosen?.contains($0.name) ?? true }
        guard let firstQuery = fixedSet.first(where: { $0.name == "entity" }) else {
            throw BenchFailure("the fixed set has no entity query")
        }

        // The ingested corpus lives only through this phase: the queries run on the
        // corpus opened from the saved file, as FTS5's run on its opened database.
        let (oursIngest, fts5Ingest, articleIDs) = try ingestBoth(
            folder: folder, generated: generated, pool: synthetic.pool, storeURL: storeURL, databasePath: databasePath)

        Progress.say("ours: open and a first query…")
        let (ours, oursOpen, firstAnswer) = try OursRunner.open(storeURL, first: firstQuery)
        Progress.say("  \(String(format: "%.3f", oursOpen)) s, \(firstQuery.name) = \(firstAnswer)")

        Progress.say("ours: queries…")
        let probe = MemoryProbe.start()
        if !probe.coversPhaseOnly {
            Progress.warn("cannot reset the peak of resident memory: peak_rss_mb is the whole run's")
        }
        var oursFigures: [(latency: Latency, answer: BenchAnswer)] = []
        for query in queries {
            let figures = try ours.measure(query, iterations: iterations)
            Progress.say("  \(query.name): \(String(format: "%.3f", figures.latency.medianMilliseconds)) ms")
            oursFigures.append(figures)
        }
        let peakMB = Double(probe.peakBytes()) / 1_000_000
        Progress.say(
            "  resident memory: \(String(format: "%.1f", probe.startBytes / 1_000_000)) MB at the start, "
                + "\(String(format: "%.1f", peakMB)) MB at the peak")

        Progress.say("fts5: open and a first query…")
        let (fts5, fts5Open, fts5First) = try FTS5Runner.open(databasePath, first: firstQuery, articleIDs: articleIDs)
        Progress.say("  \(String(format: "%.3f", fts5Open)) s, \(firstQuery.name) = \(fts5First)")
        Progress.say("fts5: queries…")
        var figures: [BenchReport.QueryFigures] = []
        for (query, mine) in zip(queries, oursFigures) {
            let theirs = try fts5.measure(query, iterations: iterations)
            Progress.say("  \(query.name): \(String(format: "%.3f", theirs.latency.medianMilliseconds)) ms")
            compare(query, ours: mine.answer, fts5: theirs.answer)
            figures.append(
                BenchReport.QueryFigures(
                    name: query.name, oursP50: mine.latency.medianMilliseconds, oursP99: mine.latency.p99Milliseconds,
                    fts5P50: theirs.latency.medianMilliseconds, fts5P99: theirs.latency.p99Milliseconds))
        }

        let report = BenchReport(
            articles: articles, textMB: textMB, peakRSSMB: peakMB,
            ingest: BenchReport.Ingest(ours: oursIngest, fts5: fts5Ingest),
            open: BenchReport.Open(ours: oursOpen, fts5: fts5Open), queries: figures)
        if let share = load.othersShare() {
            let percent = String(format: "%.0f", share * 100)
            if share > 0.1 {
                Progress.warn(
                    "other processes used \(percent)% of the processors during the run: timings are unreliable")
            } else {
                Progress.say("other processes used \(percent)% of the processors during the run")
            }
        }
        print(json ? report.json() : report.table(seed: seed))
        if let keep { Progress.say("kept \(keep)") }
    }

    /// The folder the run writes into: `--keep`, or a new temporary one.
    private func makeWorkspace() throws -> URL {
        let url =
            keep.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "karabakh-bench-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Warns when the reader missed the titles and dates the generator wrote, or when
    /// the extractor did not find an entity the questions ask for.
    /// Ingests on both sides: ours (timed), saved to `storeURL`; then FTS5 over our
    /// bodies (timed), and the ordinary tables from our extraction (not timed).
    /// Gives both times and the article ids in order; the ingested corpus is let go.
    private func ingestBoth(
        folder: URL, generated: GeneratedCorpus, pool: EntityPool, storeURL: URL, databasePath: String
    ) throws -> (ours: Double, fts5: Double, articleIDs: [String]) {
        Progress.say("ours: ingest…")
        let (ours, oursIngest) = try OursRunner.ingest(folder)
        Progress.say("  \(String(format: "%.3f", oursIngest)) s, \(ours.corpus.summary)")
        check(ours.corpus, against: generated, pool: pool)

        Progress.say("ours: save…")
        let saving = try ours.save(to: storeURL)
        Progress.say("  \(String(format: "%.3f", saving)) s")

        Progress.say("fts5: ingest…")
        let fts5Ingest = try FTS5Runner.ingest(
            ours.corpus.articles.map {
                FTS5Runner.Source(url: folder.appendingPathComponent($0.file), body: $0.text)
            }, into: databasePath)
        Progress.say("  \(String(format: "%.3f", fts5Ingest)) s")
        Progress.say("fts5: tables from our extraction (not timed in fts5_s)…")
        let tables = try FTS5Runner.fillTables(from: ours.corpus, into: databasePath)
        Progress.say("  \(String(format: "%.3f", tables)) s")
        return (oursIngest, fts5Ingest, ours.corpus.articles.map(\.id))
    }

    private func check(_ corpus: Corpus, against generated: GeneratedCorpus, pool: EntityPool) {
        if corpus.articles.count != generated.expectations.count {
            Progress.warn(
                "generated \(generated.expectations.count) articles, but \(corpus.articles.count) were read")
        }
        let (share, misses) = generated.readerAgreement(with: corpus)
        Progress.say(
            "  the reader took the written title and date of \(String(format: "%.1f", share * 100))% of the articles")
        if share < 0.9 {
            let worst = misses.prefix(4).map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
            Progress.warn(
                "the reader took the written title and date of only \(String(format: "%.1f", share * 100))% "
                    + "of the articles (misses by style: \(worst))")
        }
        for kind in [EntityKind.person, .place, .organization] {
            let name = pool.queryEntity(kind).name
            if !corpus.entities.contains(where: { $0.isNamed(name) }) {
                Progress.warn("no \(kind) named '\(name)' was extracted: its questions count nothing")
            }
        }
    }

    /// The entities the questions name, in words.
    private func fixedSetNames(_ pool: EntityPool) -> String {
        [EntityKind.person, .place, .organization].map { "'\(pool.queryEntity($0).name)' (\($0))" }
            .joined(separator: ", ")
    }

    /// Warns when the two sides disagree.
    private func compare(_ query: BenchQuery, ours: BenchAnswer, fts5: BenchAnswer) {
        if !ours.agrees(with: fts5) {
            Progress.warn("\(query.name): the answers differ: ours \(ours), FTS5 \(fts5)")
        } else if let overlap = ours.overlap(with: fts5), case .ranked(let ids) = ours, overlap < ids.count {
            Progress.say(
                "  note: \(query.name): \(overlap) of the top \(ids.count) articles are the same on both sides")
        }
    }
}
