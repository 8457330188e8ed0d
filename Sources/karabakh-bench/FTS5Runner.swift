import Foundation
import GRDB
import KarabakhCorpus

/// The peer side of the benchmark: SQLite FTS5 through GRDB, on a database file.
///
/// - Ingest (``ingest(_:into:)``, the `fts5_s` figure) reads every article file from
///   disk, as our ingest does, and inserts the body text our reader produced for it
///   into the FTS5 table `docs` (`unicode61 remove_diacritics 2`), in one transaction
///   with one prepared statement, ending with FTS5's `optimize`.
/// - The entity and date questions use ordinary indexed tables filled from our
///   extraction (``fillTables(from:into:)``, not counted in `fts5_s`):
///   `articles(rowid, id, date)`, `entities(id, name, kind)`,
///   `entity_names(name COLLATE NOCASE, entity_id)`, `entity_articles(entity_id,
///   article_rowid)` and `mentions(entity_id, entity_name, kind, article_rowid)`.
/// - Queries (``measure(_:iterations:)``) prepare their statement once and run it in
///   one read transaction, fetching every row.
///
/// For example:
///
/// ```swift
/// let seconds = try FTS5Runner.ingest(sources, into: path)
/// try FTS5Runner.fillTables(from: corpus, into: path)
/// let (fts5, open, answer) = try FTS5Runner.open(path, first: query, articleIDs: ids)
/// ```
struct FTS5Runner: Sendable {
    /// One article to index: the file it is read from and the body text to insert.
    struct Source: Sendable {
        /// The article file.
        var url: URL
        /// The body text our reader produced.
        var body: String
    }

    /// The open database.
    let queue: DatabaseQueue
    /// Article ids by rowid minus one, to compare ranked answers.
    let articleIDs: [String]

    /// The FTS5 table.
    static let createDocs = "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"

    /// The ordinary tables, with the indexes the entity, date and `count by` questions use.
    static let createTables = """
        CREATE TABLE articles(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT);
        CREATE INDEX articles_date ON articles(date);
        CREATE TABLE entities(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL);
        CREATE TABLE entity_names(
            name TEXT NOT NULL COLLATE NOCASE, entity_id INTEGER NOT NULL, PRIMARY KEY(name, entity_id)
        ) WITHOUT ROWID;
        CREATE TABLE entity_articles(
            entity_id INTEGER NOT NULL, article_rowid INTEGER NOT NULL, PRIMARY KEY(entity_id, article_rowid)
        ) WITHOUT ROWID;
        CREATE INDEX entity_articles_article ON entity_articles(article_rowid, entity_id);
        CREATE TABLE mentions(
            entity_id INTEGER NOT NULL, entity_name TEXT NOT NULL, kind TEXT NOT NULL, article_rowid INTEGER NOT NULL
        );
        CREATE INDEX mentions_kind_entity ON mentions(kind, entity_id);
        """

    /// Builds the full-text index in a new database file; returns the wall time, in
    /// seconds, of reading the files and building the index (the table's creation,
    /// every insert, `optimize` and the commit).
    static func ingest(_ sources: [Source], into path: String) throws -> Double {
        try Latency.time {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: createDocs)
                let insert = try db.makeStatement(sql: "INSERT INTO docs(rowid, body) VALUES (?, ?)")
                for (index, source) in sources.enumerated() {
                    // Read and decode the file as an FTS5 ingest would; the body our
                    // reader took from it is what gets indexed (see Docs/Benchmark.md).
                    let raw = try String(contentsOf: source.url, encoding: .utf8)
                    guard !raw.isEmpty else { continue }
                    try insert.execute(arguments: [index + 1, source.body])
                }
                try db.execute(sql: "INSERT INTO docs(docs) VALUES ('optimize')")
            }
            try queue.close()
        }
    }

    /// Fills the ordinary tables from our extraction, and analyzes them for the planner;
    /// returns the wall time, in seconds (reported apart, not in `fts5_s`).
    static func fillTables(from corpus: Corpus, into path: String) throws -> Double {
        try Latency.time {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: createTables)
                var entityRow: [String: Int] = [:]
                let insertEntity = try db.makeStatement(
                    sql: "INSERT INTO entities(id, key, name, kind) VALUES (?, ?, ?, ?)")
                let insertName = try db.makeStatement(
                    sql: "INSERT OR IGNORE INTO entity_names(name, entity_id) VALUES (?, ?)")
                for (index, entity) in corpus.entities.enumerated() {
                    entityRow[entity.id] = index + 1
                    try insertEntity.execute(arguments: [index + 1, entity.id, entity.name, entity.kind.rawValue])
                    for name in [entity.name] + entity.aliases {
                        try insertName.execute(arguments: [name, index + 1])
                    }
                }
                let insertArticle = try db.makeStatement(sql: "INSERT INTO articles(rowid, id, date) VALUES (?, ?, ?)")
                let insertLink = try db.makeStatement(
                    sql: "INSERT OR IGNORE INTO entity_articles(entity_id, article_rowid) VALUES (?, ?)")
                let insertMention = try db.makeStatement(
                    sql: "INSERT INTO mentions(entity_id, entity_name, kind, article_rowid) VALUES (?, ?, ?, ?)")
                for (index, article) in corpus.articles.enumerated() {
                    let rowid = index + 1
                    try insertArticle.execute(arguments: [rowid, article.id, article.date?.description])
                    for mention in article.mentions {
                        guard let entity = corpus.entity(id: mention.entityID), let row = entityRow[entity.id] else {
                            continue
                        }
                        try insertLink.execute(arguments: [row, rowid])
                        try insertMention.execute(arguments: [row, entity.name, entity.kind.rawValue, rowid])
                    }
                }
                try db.execute(sql: "ANALYZE")
            }
            try queue.close()
        }
    }

    /// Opens the database and answers a first query; returns the runner, the wall
    /// time of both, in seconds, and the answer.
    static func open(_ path: String, first query: BenchQuery, articleIDs: [String]) throws
        -> (runner: FTS5Runner, seconds: Double, answer: BenchAnswer)
    {
        var opened: DatabaseQueue?
        var rows: Fetched?
        let seconds = try Latency.time {
            let queue = try DatabaseQueue(path: path)
            rows = try queue.read { db in try Self.run(db.makeStatement(sql: query.sql), query) }
            opened = queue
        }
        guard let opened, let rows else { throw BenchFailure("the FTS5 database did not open") }
        let runner = FTS5Runner(queue: opened, articleIDs: articleIDs)
        return (runner, seconds, runner.answer(rows))
    }

    /// Times a query: warm-ups, then `iterations` runs; returns the latency and the answer.
    func measure(_ query: BenchQuery, iterations: Int) throws -> (latency: Latency, answer: BenchAnswer) {
        let (latency, rows) = try queue.read { db -> (Latency, Fetched) in
            let statement = try db.makeStatement(sql: query.sql)
            var rows = Fetched.count(0)
            let latency = try Latency.measure(iterations: iterations) { rows = try Self.run(statement, query) }
            return (latency, rows)
        }
        return (latency, answer(rows))
    }

    /// What a statement gave, before it is turned into a ``BenchAnswer`` (outside the
    /// timing).
    private enum Fetched {
        case count(Int)
        case groups([Row])
        case lines([Row])
        case ranked([Int64])
    }

    private static func run(_ statement: GRDB.Statement, _ query: BenchQuery) throws -> Fetched {
        let arguments = StatementArguments(query.arguments)
        switch query.shape {
        case .count: return .count(try Int.fetchOne(statement, arguments: arguments) ?? 0)
        case .groups: return .groups(try Row.fetchAll(statement, arguments: arguments))
        case .lines: return .lines(try Row.fetchAll(statement, arguments: arguments))
        case .ranked: return .ranked(try Int64.fetchAll(statement, arguments: arguments))
        }
    }

    private func answer(_ result: Fetched) -> BenchAnswer {
        switch result {
        case .count(let count): .count(count)
        case .groups(let rows): .groups(rows.map { $0["count"] as Int? ?? -1 })
        case .lines(let rows): .lines(rows.count)
        case .ranked(let rowids):
            .ranked(rowids.map { articleIDs.indices.contains(Int($0) - 1) ? articleIDs[Int($0) - 1] : "?" })
        }
    }
}
