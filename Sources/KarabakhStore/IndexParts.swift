import Foundation
import GRDB
import KarabakhCorpus

/// The `index_parts` table: the query indexes, serialised, one row per part, so that
/// an opened corpus answers its first query without reading every text again.
///
/// Today there is one part, `terms`: the positional index of the texts' words, as
/// ``Corpus/termIndexData`` gives it (its format is versioned by KarabakhCorpus). A
/// part this version does not know is left alone; a part that does not read back is
/// dropped and the index is built again when a query first needs it.
///
/// For example, `SELECT name, length(data) FROM index_parts` lists the parts and their sizes.
enum IndexParts {
    /// The name of the term index's row.
    static let terms = "terms"

    /// Writes every index part of a corpus. This is the one function that fills
    /// `index_parts`.
    static func write(_ corpus: Corpus, to db: Database) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO index_parts (name, data) VALUES (?, ?)")
        try statement.execute(arguments: [terms, corpus.termIndexData])
    }

    /// The serialised term index a file holds, or `nil`.
    static func termIndexData(_ db: Database) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT data FROM index_parts WHERE name = ?", arguments: [terms])
    }
}
