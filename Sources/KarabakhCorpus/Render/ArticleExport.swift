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

    /// The article as a JSON object with the export fields in order; its entities
    /// and quote speakers are looked up in the corpus.
    public static func json(_ article: Article, in corpus: Corpus) -> JSONValue {
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
            "entities": entities(article, in: corpus),
            "quotes": quotes(article, in: corpus),
        ])
    }

    /// Each entity the article mentions: `name`, `kind`, `aliases`, and its mentions
    /// here with `surface`, `start` and `end`.
    static func entities(_ article: Article, in corpus: Corpus) -> JSONValue {
        var order: [String] = []
        var mentions: [String: [JSONValue]] = [:]
        for mention in article.mentions {
            if mentions[mention.entityID] == nil { order.append(mention.entityID) }
            mentions[mention.entityID, default: []].append(
                .object(["surface": .string(mention.surface), "start": .int(mention.start), "end": .int(mention.end)]))
        }
        return .array(
            order.compactMap { id in
                guard let entity = corpus.entity(id: id) else { return nil }
                return .object([
                    "name": .string(entity.name),
                    "kind": .string(entity.kind.rawValue),
                    "aliases": .array(entity.aliases.map(JSONValue.string)),
                    "mentions": .array(mentions[id] ?? []),
                ])
            })
    }

    /// Each quote: `text`, `speaker` (the speaker's name, or null), `verb`, `kind`, `start`, `end`.
    static func quotes(_ article: Article, in corpus: Corpus) -> JSONValue {
        .array(
            article.quotes.map { quote in
                .object([
                    "text": .string(quote.text),
                    "speaker": .string(corpus.speaker(of: quote).map { speakerName($0, in: article) }),
                    "verb": .string(quote.verb),
                    "kind": .string(quote.kind.rawValue),
                    "start": .int(quote.start),
                    "end": .int(quote.end),
                ])
            })
    }

    /// The name a quote's speaker goes by in an article: the canonical name when the
    /// article uses it, else the fullest name the article uses (`Recep Tayyip Erdoğan`
    /// for the gazetteer's `Recep Tayyip Erdogan`), else the canonical name.
    static func speakerName(_ entity: Entity, in article: Article) -> String {
        let surfaces = article.mentions.filter { $0.entityID == entity.id }.map(\.surface)
            .filter { $0.first?.isUppercase ?? false }
        let canonical = Gazetteer.key(entity.name)
        // The canonical name as written, or inside a longer form (`Ayatollah Ali Khamenei`).
        if surfaces.isEmpty || surfaces.contains(where: { Gazetteer.key($0).contains(canonical) }) {
            return entity.name
        }
        return surfaces.max { ($0.split(separator: " ").count, $0.count) < ($1.split(separator: " ").count, $1.count) }!
    }

    /// The article as CSV fields in ``columns`` order: missing values are empty,
    /// authors are joined with `; `, and entities and quotes are JSON text.
    public static func csvFields(_ article: Article, in corpus: Corpus) -> [String] {
        [
            article.file, article.id, article.title ?? "", article.date?.description ?? "",
            article.authors.joined(separator: "; "), article.source ?? "", article.dateline ?? "", article.url ?? "",
            article.text, entities(article, in: corpus).serialized(), quotes(article, in: corpus).serialized(),
        ]
    }
}
