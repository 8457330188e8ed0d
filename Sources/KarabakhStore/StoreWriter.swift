import Foundation
import GRDB
import KarabakhCorpus

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a corpus into a new SQLite file in one transaction: the tables of
/// ``StoreSchema``, then their indexes.
///
/// The file is new and is renamed into place only once whole, so it is written
/// without a rollback journal on disk and without waiting for the disk at each
/// step; ``flush(_:)`` makes it durable before the rename.
///
/// For example: `try StoreWriter.write(corpus, diagnostics: corpus.diagnostics, to: "/tmp/.x.tmp")`.
enum StoreWriter {
    /// Writes the corpus to a new database file at `path`.
    static func write(
        _ corpus: Corpus, diagnostics: [IngestDiagnostic], to path: String,
        checkpoint: (CorpusStore.SaveStage) throws -> Void
    ) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.label = "KarabakhStore.save"
        configuration.prepareDatabase { db in
            try db.execute(
                sql: """
                    PRAGMA page_size = \(StoreSchema.pageSize);
                    PRAGMA journal_mode = MEMORY;
                    PRAGMA synchronous = OFF;
                    PRAGMA cache_size = -65536;
                    """)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.inDatabase { db in
            try db.execute(
                sql:
                    "PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(StoreSchema.version)"
            )
            try db.inTransaction {
                try db.execute(sql: StoreSchema.createTables)
                try writeMeta(corpus, to: db)
                let positions = try writeEntities(corpus.entities, to: db)
                try writeArticles(corpus.articles, entityPositions: positions, to: db)
                try writeDiagnostics(diagnostics, to: db)
                try IndexParts.write(corpus, to: db)
                try db.execute(sql: StoreSchema.createIndexes)
                try checkpoint(.rowsWritten)
                return .commit
            }
        }
        try queue.close()
    }

    // MARK: Tables

    private static func writeMeta(_ corpus: Corpus, to db: Database) throws {
        let gazetteer = GazetteerFingerprint(corpus.extractor.gazetteer)
        let rows: [(String, String)] = [
            ("schema_version", String(StoreSchema.version)),
            ("created_by", "KarabakhStore (KarabakhCorpus)"),
            ("created_at", ISO8601DateFormatter().string(from: Date())),
            ("gazetteer", gazetteer.name),
            ("gazetteer_entries", String(gazetteer.entries)),
            ("gazetteer_digest", gazetteer.digest),
        ]
        let statement = try db.makeStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
        for (key, value) in rows { try statement.execute(arguments: [key, value]) }
    }

    /// Writes the entities and gives each id's position.
    private static func writeEntities(_ entities: [Entity], to db: Database) throws -> [String: Int] {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO entities (id, position, name, kind, aliases, roles, articles, mentions)
                VALUES (CAST(? AS TEXT), ?, CAST(? AS TEXT), ?, ?, ?, ?, ?)
                """)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() {
            positions[entity.id] = position
            try statement.execute(arguments: [
                text(entity.id), position, text(entity.name), entity.kind.rawValue,
                JSONStringArray.text(entity.aliases), JSONStringArray.text(entity.roles), entity.articles,
                entity.mentions,
            ])
        }
        return positions
    }

    private static func writeArticles(_ articles: [Article], entityPositions: [String: Int], to db: Database) throws {
        let articleStatement = try db.makeStatement(
            sql: """
                INSERT INTO articles (id, position, file, title, date, authors, source, dateline, url, text,
                    raw_prefix, raw_suffix, raw_whole, words, extraction)
                VALUES (CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), CAST(? AS TEXT),
                    CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?)
                """)
        let mentionStatement = try db.makeStatement(
            sql: """
                INSERT INTO mentions (article_id, entity_id, surface, start, "end", sentence_start, sentence_end, position)
                VALUES (CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?, ?, ?)
                """)
        let quoteStatement = try db.makeStatement(
            sql: """
                INSERT INTO quotes (article_id, position, text, speaker_id, verb, kind, start, "end")
                VALUES (CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?)
                """)
        var record: [UInt8] = []
        for (position, article) in articles.enumerated() {
            record.removeAll(keepingCapacity: true)
            if let unknown = ExtractionRecord.pack(article, entityPositions: entityPositions, into: &record) {
                throw CorpusError.inconsistent("article '\(article.id)' names unknown entity '\(unknown)'")
            }
            let id = text(article.id)
            // The raw text is kept as what stands around the body, or whole.
            let around = article.rawAroundText
            try articleStatement.execute(arguments: [
                id, position, text(article.file), optionalText(article.title), article.date?.description,
                JSONStringArray.text(article.authors), optionalText(article.source), optionalText(article.dateline),
                optionalText(article.url), text(article.text), around.map { text($0.prefix) },
                around.map { text($0.suffix) }, around == nil ? text(article.raw) : nil, article.words, Data(record),
            ])
            for (index, mention) in article.mentions.enumerated() {
                try mentionStatement.execute(arguments: [
                    id, text(mention.entityID), text(mention.surface), mention.start, mention.end,
                    mention.sentenceRange.lowerBound, mention.sentenceRange.upperBound, index,
                ])
            }
            for (index, quote) in article.quotes.enumerated() {
                try quoteStatement.execute(arguments: [
                    id, index, text(quote.text), quote.speakerID.map(text), optionalText(quote.verb),
                    quote.kind.rawValue, quote.start, quote.end,
                ])
            }
        }
    }

    private static func writeDiagnostics(_ diagnostics: [IngestDiagnostic], to db: Database) throws {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO diagnostics (position, file, line, problem, details, message)
                VALUES (?, CAST(? AS TEXT), ?, ?, CAST(? AS TEXT), CAST(? AS TEXT))
                """)
        for (position, diagnostic) in diagnostics.enumerated() {
            let stored = StoredDiagnostic(diagnostic.problem)
            try statement.execute(arguments: [
                position, text(diagnostic.file), diagnostic.line, stored.problem, text(stored.detailsJSON),
                text(diagnostic.description),
            ])
        }
    }

    // MARK: Values

    /// A string as an SQL value that keeps every character. GRDB binds a string up
    /// to its first NUL, so a string that holds one goes in as its UTF-8 bytes, and
    /// the statement's `CAST(? AS TEXT)` makes them text again.
    private static func text(_ string: String) -> DatabaseValue {
        var string = string
        let hasNUL = string.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        return hasNUL ? Data(string.utf8).databaseValue : string.databaseValue
    }

    private static func optionalText(_ string: String?) -> DatabaseValue {
        string.map(text) ?? .null
    }

    // MARK: Disk

    /// Flushes a file or folder to disk (`fsync`).
    static func flush(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw SystemCallFailure("open") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw SystemCallFailure("fsync") }
    }

    /// A failed system call, with `errno`'s message.
    struct SystemCallFailure: LocalizedError {
        let call: String
        let message: String

        init(_ call: String) {
            self.call = call
            message = String(cString: strerror(errno))
        }

        var errorDescription: String? { "\(call): \(message)" }
    }
}
