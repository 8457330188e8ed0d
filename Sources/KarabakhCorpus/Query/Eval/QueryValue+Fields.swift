extension QueryValue {
    /// The article a row belongs to: the article itself, or the article of a mention
    /// or a quote.
    var owningArticle: Article? {
        switch self {
        case .article(let article): article
        case .mention(_, let article), .quote(_, let article): article
        case .scored(let base, _): base.owningArticle
        default: nil
        }
    }

    /// The value of a field of a row, or `nil` when the row has no such field.
    func field(_ name: String, in corpus: Corpus) -> QueryValue? {
        switch self {
        case .article(let article):
            switch name {
            case "id": return .string(article.id)
            case "file": return .string(article.file)
            case "title": return article.title.map(QueryValue.string) ?? .null
            case "date": return article.date.map(QueryValue.day) ?? .null
            case "authors": return .list(article.authors.map(QueryValue.string))
            case "author": return article.author.map(QueryValue.string) ?? .null
            case "source": return article.source.map(QueryValue.string) ?? .null
            case "dateline": return article.dateline.map(QueryValue.string) ?? .null
            case "url": return article.url.map(QueryValue.string) ?? .null
            case "text": return .string(article.text)
            case "words": return .int(article.words)
            case "entities": return .list(corpus.entities(of: article).map(QueryValue.entity))
            case "mentions": return .list(article.mentions.map { .mention($0, article) })
            case "quotes": return .list(article.quotes.map { .quote($0, article) })
            default: return nil
            }
        case .entity(let entity):
            switch name {
            case "id": return .string(entity.id)
            case "name": return .string(entity.name)
            case "kind": return .kind(entity.kind)
            case "aliases": return .list(entity.aliases.map(QueryValue.string))
            case "roles": return .list(entity.roles.map(QueryValue.string))
            case "articles": return .int(entity.articles)
            case "mentions": return .int(entity.mentions)
            default: return nil
            }
        case .mention(let mention, let article):
            switch name {
            case "entity": return corpus.entity(id: mention.entityID).map(QueryValue.entity) ?? .null
            case "article": return .article(article)
            case "surface": return .string(mention.surface)
            case "sentence":
                let scalars = article.text.unicodeScalars
                let lower = scalars.index(scalars.startIndex, offsetBy: mention.sentenceRange.lowerBound)
                let upper = scalars.index(lower, offsetBy: mention.sentenceRange.count)
                return .string(String(scalars[lower..<upper]))
            case "start": return .int(mention.start)
            case "end": return .int(mention.end)
            default: return nil
            }
        case .quote(let quote, let article):
            switch name {
            case "text": return .string(quote.text)
            case "speaker": return corpus.speaker(of: quote).map(QueryValue.entity) ?? .null
            case "verb": return quote.verb.map(QueryValue.string) ?? .null
            case "kind": return .quoteKind(quote.kind)
            case "article": return .article(article)
            case "start": return .int(quote.start)
            case "end": return .int(quote.end)
            default: return nil
            }
        case .record(let columns, let values):
            return columns.firstIndex(of: name).map { values[$0] }
        case .scored(let base, let score):
            return name == "score" ? .decimal(score) : base.field(name, in: corpus)
        case .null:
            return .null
        default:
            return nil
        }
    }
}
