/// One question of the benchmark's fixed set, asked of both sides: our query-language
/// text, and the SQL that SQLite FTS5 answers it with, over the FTS5 table `docs` and
/// the ordinary tables filled from our extraction (see ``FTS5Runner``).
///
/// The entity names come from the generator's tables (``EntityPool/queryEntity(_:)``),
/// never from looking at results.
///
/// For example:
///
/// ```swift
/// let set = BenchQuery.fixedSet(person: "Jeyhun Bayramov", place: "Shusha", organization: "OSCE")
/// set[0].ours   // articles | where text ~ "peace talks" | count
/// set[0].sql    // SELECT count(*) FROM docs WHERE docs MATCH '"peace talks"'
/// ```
struct BenchQuery: Sendable {
    /// How the two answers are compared.
    enum Shape: Sendable {
        /// One number: `count`.
        case count
        /// Rows of a key and a count, most frequent first: `count by`.
        case groups
        /// Rows of context lines.
        case lines
        /// Article ids, most relevant first.
        case ranked
    }

    /// The name in reports: `phrase`, `prefix`, `entity`…
    let name: String
    /// Our query-language text.
    let ours: String
    /// The FTS5 side's SQL.
    let sql: String
    /// The SQL's arguments.
    let arguments: [String]
    /// How the answers are compared.
    let shape: Shape

    /// How the entity questions find the articles that mention a name, for FTS5:
    /// every entity known by that name or alias, then its articles.
    static let articlesNamed = """
        SELECT ea.article_rowid FROM entity_names n JOIN entity_articles ea ON ea.entity_id = n.entity_id \
        WHERE n.name = ?
        """

    /// The fixed set, for the person, place and organization the entity questions name.
    static func fixedSet(person: String, place: String, organization: String) -> [BenchQuery] {
        [
            BenchQuery(
                name: "phrase", ours: #"articles | where text ~ "peace talks" | count"#,
                sql: #"SELECT count(*) FROM docs WHERE docs MATCH '"peace talks"'"#, arguments: [], shape: .count),
            BenchQuery(
                name: "prefix", ours: #"articles | where text ~ "negotiat*" | count"#,
                sql: "SELECT count(*) FROM docs WHERE docs MATCH 'negotiat*'", arguments: [], shape: .count),
            BenchQuery(
                name: "entity", ours: #"articles | where mentions("\#(person)") | count"#,
                sql: "SELECT count(DISTINCT article_rowid) FROM (\(articlesNamed))", arguments: [person], shape: .count),
            BenchQuery(
                name: "entity_date",
                ours: #"articles | where mentions("\#(place)") and date in 2020-01-01..2020-12-31 | count"#,
                sql: """
                    SELECT count(DISTINCT a.rowid) FROM entity_names n \
                    JOIN entity_articles ea ON ea.entity_id = n.entity_id JOIN articles a ON a.rowid = ea.article_rowid \
                    WHERE n.name = ? AND a.date BETWEEN '2020-01-01' AND '2020-12-31'
                    """,
                arguments: [place], shape: .count),
            BenchQuery(
                name: "count_by",
                ours: "mentions | where entity.kind == organization | count by entity.name | take 10",
                sql: """
                    SELECT e.name, c.count FROM (\
                    SELECT entity_id, count(*) AS count FROM mentions WHERE kind = 'organization' \
                    GROUP BY entity_id ORDER BY count DESC LIMIT 10) c \
                    JOIN entities e ON e.id = c.entity_id ORDER BY c.count DESC, e.name
                    """,
                arguments: [], shape: .groups),
            BenchQuery(
                name: "kwic", ours: #"articles | where text ~ "ceasefire" | kwic "ceasefire" window 5 | take 50"#,
                sql: "SELECT rowid, snippet(docs, 0, '', '', '', 11) FROM docs WHERE docs MATCH 'ceasefire' LIMIT 50",
                arguments: [], shape: .lines),
            BenchQuery(
                name: "rank", ours: #"articles | rank "humanitarian corridor" | take 10"#,
                sql: "SELECT rowid FROM docs WHERE docs MATCH 'humanitarian OR corridor' ORDER BY bm25(docs) LIMIT 10",
                arguments: [], shape: .ranked),
            BenchQuery(
                name: "combined",
                ours:
                    #"articles | where text ~ "ceasefire" and mentions("\#(organization)") and date >= 2020-01 | count"#,
                sql: """
                    SELECT count(*) FROM articles WHERE date >= '2020-01-01' \
                    AND rowid IN (\(articlesNamed)) \
                    AND rowid IN (SELECT rowid FROM docs WHERE docs MATCH 'ceasefire')
                    """,
                arguments: [organization], shape: .count),
        ]
    }
}
