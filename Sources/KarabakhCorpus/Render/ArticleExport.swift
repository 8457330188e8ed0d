/// The export record of an article (SPEC §10): `file`, `id`, `title`, `date`,
/// `authors`, `source`, `dateline`, `url`, `text`, `entities` and `quotes`.
///
/// For example, one line of `karabakh export --format jsonl`:
///
/// ```
/// {"file":"a.txt","id":"a","title":null,"date":"2020-04-29","authors":["Akbar Mammadov"],…}
/// ```
public enum ArticleExport {
    /// The column names, in order.
    public static let columns = [
        "file", "id", "title", "date", "authors", "source", "dateline", "url", "text", "entities", "quotes",
    ]

    /// The article as a JSON object with the export fields in order.
    public static func json(_ article: Article) -> JSONValue {
        .object([
            "file": .string(article.file),
            "id": .string(article.id),
            "title": .string(article.title),
            "date": .string(article.date?.description),
            "authors": .array(article.authors.map(JSONValue.string)),
            "source": .string(article.source),
            "dateline": .string(article.dateline),
            "url": .string(article.url),
            "text": .string(article.text),
            "entities": .array([]),
            "quotes": .array([]),
        ])
    }

    /// The article as CSV fields in ``columns`` order: missing values are empty,
    /// authors are joined with `; `, and entities and quotes are JSON text.
    public static func csvFields(_ article: Article) -> [String] {
        [
            article.file, article.id, article.title ?? "", article.date?.description ?? "",
            article.authors.joined(separator: "; "), article.source ?? "", article.dateline ?? "", article.url ?? "",
            article.text, "[]", "[]",
        ]
    }
}
