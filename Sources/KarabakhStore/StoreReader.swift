import Dispatch
import Foundation
import GRDB
import KarabakhCorpus

/// Reads a saved corpus back: checks the file, reads the entities, the diagnostics
/// and the index parts, then the articles in stretches of positions, each stretch on
/// its own read-only connection and core, with every article's mentions and quotes
/// from its packed ``ExtractionRecord``.
///
/// Columns are read by index from one prepared statement, text as its bytes (so a
/// NUL inside a string survives), and nothing is extracted again.
///
/// For example: `let (corpus, meta) = try StoreReader(path: "a.kcorpus", display: "a.kcorpus").read(extractor: .standard)`.
struct StoreReader: Sendable {
    /// The file's path.
    let path: String
    /// The path as the user named it, for errors.
    let display: String

    /// The fewest articles worth a connection and a core of their own.
    static let articlesPerPart = 2_000

    /// The corpus the file holds and its `meta` table.
    func read(extractor: Extractor) throws(StoreError) -> (corpus: Corpus, meta: [String: String]) {
        let header = try StoreFileHeader(path: path, display: display)
        try header.check(display: display)
        let first = try connect()
        let front = try StoreError.converting(display) {
            try first.read { db in
                let meta = try StoreSchema.check(db, display: display)
                let entities = try readEntities(db)
                let diagnostics = try readDiagnostics(db)
                let terms = try IndexParts.termIndexData(db)
                let range = try Row.fetchOne(db, sql: "SELECT min(position), max(position) FROM articles")
                let lower: Int? = try range?.decode(Int?.self, atIndex: 0)
                let upper: Int? = try range?.decode(Int?.self, atIndex: 1)
                return (meta, entities, diagnostics, terms, lower.flatMap { low in upper.map { low..<($0 + 1) } })
            }
        }
        let (meta, entities, diagnostics, termIndexData, positions) = front
        let articles = try readArticles(positions ?? 0..<0, entityIDs: entities.map(\.id), first: first)
        try StoreError.converting(display) { try first.close() }
        do {
            let corpus = try Corpus(
                extractedArticles: articles, entities: entities, diagnostics: diagnostics, extractor: extractor,
                termIndexData: termIndexData)
            return (corpus, meta)
        } catch {
            // A term index that does not read back is built again when needed; any
            // other inconsistency fails again without it.
            guard termIndexData != nil else { throw StoreError(error, path: display, writing: false) }
        }
        do {
            let corpus = try Corpus(
                extractedArticles: articles, entities: entities, diagnostics: diagnostics, extractor: extractor)
            return (corpus, meta)
        } catch {
            throw StoreError(error, path: display, writing: false)
        }
    }

    /// A read-only connection to the file.
    private func connect() throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "KarabakhStore.open"
        return try StoreError.converting(display) { try DatabaseQueue(path: path, configuration: configuration) }
    }

    // MARK: Articles

    /// The articles with positions in `positions`, read in stretches in parallel.
    private func readArticles(_ positions: Range<Int>, entityIDs: [String], first: DatabaseQueue) throws(StoreError)
        -> [Article]
    {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Four stretches a core, so that a core slowed by other work does not hold the rest up.
        let partCount = max(1, min(cores * 4, positions.count / Self.articlesPerPart))
        let size = (positions.count + partCount - 1) / max(partCount, 1)
        let parts = (0..<partCount).map { index in
            let lower = positions.lowerBound + index * size
            return lower..<min(positions.upperBound, lower + size)
        }
        let results = PartResults(count: partCount)
        DispatchQueue.concurrentPerform(iterations: partCount) { index in
            results.set(
                index,
                Result { () throws(StoreError) -> [Article] in
                    let queue = index == 0 ? first : try connect()
                    defer { if index != 0 { try? queue.close() } }
                    return try StoreError.converting(display) {
                        try queue.read { db in try readArticles(db, parts[index], entityIDs: entityIDs) }
                    }
                })
        }
        var articles: [Article] = []
        articles.reserveCapacity(positions.count)
        for result in results.values { articles += try result.get() }
        return articles
    }

    private func readArticles(_ db: Database, _ positions: Range<Int>, entityIDs: [String]) throws -> [Article] {
        let statement = try db.makeStatement(
            sql: """
                SELECT id, file, title, date, authors, source, dateline, url, text, raw_prefix, raw_suffix,
                    raw_whole, extraction
                FROM articles WHERE position >= ? AND position < ? ORDER BY position
                """)
        var articles: [Article] = []
        articles.reserveCapacity(positions.count)
        var surfaces = ExtractionRecord.Surfaces(entityCount: entityIDs.count)
        let rows = try Row.fetchCursor(statement, arguments: [positions.lowerBound, positions.upperBound])
        while let row = try rows.next() {
            let id = try text(row, 0, column: "articles.id")
            let date = try row.withUnsafeData(atIndex: 3) { data in
                try data.map { data in
                    guard let day = data.withUnsafeBytes(Self.day) else {
                        let text = String(decoding: data, as: UTF8.self)
                        throw StoreError.damaged(display, "article '\(id)' has the date '\(text)', not YYYY-MM-DD")
                    }
                    return day
                }
            }
            let authors = try row.withUnsafeData(atIndex: 4) { data in
                data.flatMap { data in data.withUnsafeBytes { JSONStringArray.strings($0) } }
            }
            guard let authors else {
                throw StoreError.damaged(display, "the authors of article '\(id)' are not a JSON array of strings")
            }
            let metadata = ArticleMetadata(
                title: try optionalText(row, 2), date: date, authors: authors, source: try optionalText(row, 5),
                dateline: try optionalText(row, 6), url: try optionalText(row, 7))
            let body = try text(row, 8, column: "articles.text")
            let file = try text(row, 1, column: "articles.file")
            var article: Article
            if let whole = try optionalText(row, 11) {
                article = Article(id: id, file: file, metadata: metadata, text: body, raw: whole)
            } else if let prefix = try optionalText(row, 9), let suffix = try optionalText(row, 10) {
                article = Article(
                    id: id, file: file, metadata: metadata, text: body, rawPrefix: prefix, rawSuffix: suffix)
            } else {
                throw StoreError.damaged(
                    display, "article '\(id)' has neither 'raw_whole' nor 'raw_prefix' and 'raw_suffix'")
            }
            let extraction = try row.withUnsafeData(atIndex: 12) { data in
                data.map { data in
                    data.withUnsafeBytes { bytes in
                        Result { () throws(ExtractionRecord.Damage) in
                            try ExtractionRecord.unpack(bytes, articleID: id, entityIDs: entityIDs, surfaces: &surfaces)
                        }
                    }
                }
            }
            let mentions: [Mention]
            let quotes: [Quote]
            switch extraction {
            case nil: throw StoreError.damaged(display, "article '\(id)' has no extraction")
            case .failure(let damage)?:
                throw StoreError.damaged(display, "the extraction of article '\(id)' does not read: \(damage.reason)")
            case .success(let unpacked)?: (mentions, quotes) = unpacked
            }
            article.mentions = mentions
            article.quotes = quotes
            articles.append(article)
        }
        return articles
    }

    // MARK: Entities and diagnostics

    private func readEntities(_ db: Database) throws -> [Entity] {
        let statement = try db.makeStatement(
            sql: "SELECT id, name, kind, aliases, roles, articles, mentions, position FROM entities ORDER BY position")
        var entities: [Entity] = []
        var positionsInOrder = true
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            // The packed extractions name entities by position.
            if try row.decode(Int.self, atIndex: 7) != entities.count { positionsInOrder = false }
            let id = try text(row, 0, column: "entities.id")
            let kindText = try text(row, 2, column: "entities.kind")
            guard let kind = EntityKind(rawValue: kindText) else {
                throw StoreError.damaged(display, "entity '\(id)' has the kind '\(kindText)'")
            }
            guard let aliases = JSONStringArray.strings(try text(row, 3, column: "entities.aliases")),
                let roles = JSONStringArray.strings(try text(row, 4, column: "entities.roles"))
            else { throw StoreError.damaged(display, "the aliases or roles of entity '\(id)' are not JSON arrays") }
            entities.append(
                Entity(
                    id: id, name: try text(row, 1, column: "entities.name"), kind: kind, aliases: aliases,
                    roles: roles, articles: try row.decode(Int.self, atIndex: 5),
                    mentions: try row.decode(Int.self, atIndex: 6)))
        }
        guard positionsInOrder else {
            throw StoreError.damaged(display, "the entities' positions are not 0 to \(entities.count - 1) in order")
        }
        return entities
    }

    private func readDiagnostics(_ db: Database) throws -> [IngestDiagnostic] {
        let statement = try db.makeStatement(
            sql: "SELECT file, line, problem, details FROM diagnostics ORDER BY position")
        var diagnostics: [IngestDiagnostic] = []
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let file = try text(row, 0, column: "diagnostics.file")
            let name = try text(row, 2, column: "diagnostics.problem")
            guard
                let problem = StoredDiagnostic(
                    problem: name, detailsJSON: try text(row, 3, column: "diagnostics.details"))?
                    .ingestProblem
            else {
                throw StoreError.damaged(display, "the diagnostic about '\(file)' has an unknown problem '\(name)'")
            }
            diagnostics.append(
                IngestDiagnostic(file: file, line: try row.decode(Int?.self, atIndex: 1), problem: problem))
        }
        return diagnostics
    }

    // MARK: Columns

    /// The day `YYYY-MM-DD` spells, read straight from its bytes (the column of
    /// every article), or `nil`.
    static func day(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// A text column's value, read as its bytes: a NUL inside survives.
    private func optionalText(_ row: Row, _ index: Int) throws -> String? {
        try row.withUnsafeData(atIndex: index) { data in
            data.map { data in data.withUnsafeBytes { Self.string($0) } }
        }
    }

    /// The string of UTF-8 bytes (invalid ones repaired, as `String(decoding:as:)`
    /// does), made the fastest way the standard library offers.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
            return bytes.count
        }
    }

    /// The text of a column that must not be null.
    private func text(_ row: Row, _ index: Int, column: String) throws -> String {
        guard let value = try optionalText(row, index) else {
            throw StoreError.damaged(display, "'\(column)' is null")
        }
        return value
    }

    /// Slots written once each from many threads, read after all writes end.
    private final class PartResults: @unchecked Sendable {
        // Each slot is written by one thread, and read only after `concurrentPerform` returns.
        private let slots: UnsafeMutablePointer<Result<[Article], StoreError>?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func set(_ index: Int, _ value: Result<[Article], StoreError>) {
            slots[index] = value
        }

        var values: [Result<[Article], StoreError>] { (0..<count).map { slots[$0]! } }
    }
}
