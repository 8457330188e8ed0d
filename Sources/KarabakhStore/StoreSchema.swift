import GRDB

/// The tables of a saved corpus file, schema version 1 (see `Docs/CorpusFile.md`).
///
/// Every table a reader needs is plain SQL, readable by `sqlite3`. `articles.extraction`
/// also holds each article's mentions and quotes packed in one blob
/// (``ExtractionRecord``): opening reads those instead of millions of rows of
/// `mentions` and `quotes`, which are there for SQL users.
///
/// For example, `SELECT name, mentions FROM entities ORDER BY mentions DESC LIMIT 5`.
enum StoreSchema {
    /// The version this library writes and reads, in `meta.schema_version` and
    /// `PRAGMA user_version`.
    static let version = 2

    /// `PRAGMA application_id` of a saved corpus: `KCRP` in ASCII.
    static let applicationID: Int32 = 0x4B43_5250

    /// The tables a saved corpus has, in the order they are created.
    static let tables = ["meta", "articles", "entities", "mentions", "quotes", "diagnostics", "index_parts"]

    /// The page size of a new file: large enough that most articles' text, raw text
    /// and packed extraction sit in one page or two.
    static let pageSize = 65_536

    /// The statements that create the tables.
    static let createTables = """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL UNIQUE,
            file TEXT NOT NULL,
            title TEXT,
            date TEXT,
            authors TEXT NOT NULL,
            source TEXT,
            dateline TEXT,
            url TEXT,
            text TEXT NOT NULL,
            raw_prefix TEXT,
            raw_suffix TEXT,
            raw_whole TEXT,
            raw TEXT GENERATED ALWAYS AS (coalesce(raw_whole, raw_prefix || text || raw_suffix)) VIRTUAL,
            words INTEGER NOT NULL,
            extraction BLOB NOT NULL
        );
        CREATE TABLE entities (
            id TEXT PRIMARY KEY NOT NULL,
            position INTEGER NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
            aliases TEXT NOT NULL,
            roles TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL
        );
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            entity_id TEXT NOT NULL REFERENCES entities(id),
            surface TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id),
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker_id TEXT REFERENCES entities(id),
            verb TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial')),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE TABLE diagnostics (
            position INTEGER NOT NULL UNIQUE,
            file TEXT NOT NULL,
            line INTEGER,
            problem TEXT NOT NULL,
            details TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE TABLE index_parts (
            name TEXT PRIMARY KEY NOT NULL,
            data BLOB NOT NULL
        );
        """

    /// The indexes, created after the rows are in (faster than keeping them up to
    /// date row by row).
    static let createIndexes = """
        CREATE INDEX mentions_entity ON mentions(entity_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        CREATE INDEX articles_date ON articles(date);
        """

    /// Checks that an open database is a saved corpus this version reads, and gives
    /// its `meta` table.
    static func check(_ db: Database, display: String) throws -> [String: String] {
        let present = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        guard present.contains("meta") else {
            if present.isEmpty { throw StoreError.notACorpus(display, "it is an SQLite database with no tables") }
            throw StoreError.notACorpus(display, "it is an SQLite database without the 'meta' table")
        }
        var meta: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") {
            meta[try row.decode(String.self, atIndex: 0)] = try row.decode(String.self, atIndex: 1)
        }
        guard let versionText = meta["schema_version"] else {
            throw StoreError.notACorpus(display, "its 'meta' table has no schema_version")
        }
        guard let version = Int(versionText), version == Self.version else {
            throw StoreError(
                path: display,
                reason: "saved with schema version \(versionText); this version of KarabakhStore reads version "
                    + "\(Self.version)")
        }
        if let missing = tables.first(where: { !present.contains($0) }) {
            throw StoreError.notACorpus(display, "the '\(missing)' table is missing")
        }
        return meta
    }
}
