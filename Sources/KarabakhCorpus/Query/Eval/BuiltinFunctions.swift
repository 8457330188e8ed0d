/// The built-in functions of SPEC §6: `mentions`, `near`, `person`, `organization`,
/// `place`, `year`, `month`, `day`, `lower`, `upper`, `length`.
enum BuiltinFunctions {
    static let all: [QueryFunction] = [
        indexed(.mentions) {
            QueryFunction(
                name: "mentions", parameters: [.oneOf([.string, .record(.entity)])], result: .bool, needsArticle: true,
                summary: "Whether the current article mentions an entity, by name, alias or value."
            ) { call in
                guard let article = call.row?.owningArticle else { return .bool(false) }
                switch call.arguments[0] {
                case .string(let name):
                    let index = call.corpus.index
                    let named = Set(index.entities(named: name))
                    return .bool(
                        article.mentions.contains { index.entityPositions[$0.entityID].map(named.contains) ?? false })
                case .entity(let entity):
                    return .bool(article.mentions.contains { $0.entityID == entity.id })
                default:
                    return .bool(false)
                }
            }
        },
        indexed(.near) {
            QueryFunction(
                name: "near", parameters: [.exactly(.string), .exactly(.string), .exactly(.int)], result: .bool,
                needsArticle: true,
                summary: "Whether two phrases occur within n words of each other in the current text."
            ) { call in
                guard let text = call.row?.text(in: call.corpus), case .string(let first) = call.arguments[0],
                    case .string(let second) = call.arguments[1], case .int(let written) = call.arguments[2]
                else { return .bool(false) }
                // A gap is never negative, and never more than the text's words.
                guard written >= 0 else { return .bool(false) }
                let distance = min(written, TextStages.mostWords)
                let words = TextWords(text)
                let left = PhrasePattern(first).matches(in: words)
                let right = PhrasePattern(second).matches(in: words)
                // Both lists are in text order: walk them together.
                var j = 0
                for a in left {
                    while j < right.count, right[j].upperBound + distance < a.lowerBound { j += 1 }
                    var k = j
                    while k < right.count, right[k].lowerBound <= a.upperBound + distance {
                        let gap = max(
                            0, max(a.lowerBound, right[k].lowerBound) - min(a.upperBound, right[k].upperBound))
                        if gap <= distance { return .bool(true) }
                        k += 1
                    }
                }
                return .bool(false)
            }
        },
        entityFunction(.person),
        entityFunction(.organization),
        entityFunction(.place),
        QueryFunction(
            name: "year", parameters: [.oneOf([.day, .period])], result: .int, summary: "The year of a date."
        ) {
            call in
            switch call.arguments[0] {
            case .day(let day): .int(day.year)
            case .month(let year, _): .int(year)
            default: .null
            }
        },
        QueryFunction(
            name: "month", parameters: [.oneOf([.day, .period])], result: .period,
            summary: "The month of a date, as a period."
        ) { call in
            switch call.arguments[0] {
            case .day(let day): .month(year: day.year, month: day.month)
            case .month(let year, let month): .month(year: year, month: month)
            default: .null
            }
        },
        QueryFunction(name: "day", parameters: [.exactly(.day)], result: .day, summary: "The day of a date.") { call in
            call.arguments[0]
        },
        QueryFunction(
            name: "lower", parameters: [.exactly(.string)], result: .string, summary: "A string in lower case."
        ) {
            call in
            if case .string(let text) = call.arguments[0] { return .string(text.lowercased()) }
            return .null
        },
        QueryFunction(
            name: "upper", parameters: [.exactly(.string)], result: .string, summary: "A string in upper case."
        ) {
            call in
            if case .string(let text) = call.arguments[0] { return .string(text.uppercased()) }
            return .null
        },
        QueryFunction(
            name: "length", parameters: [.any], result: .int,
            summary: "The number of characters of a string, or of items of a list."
        ) { call in
            switch call.arguments[0] {
            case .string(let text): .int(text.count)
            case .list(let items): .int(items.count)
            default: .null
            }
        },
    ]

    /// A function marked as one the planner answers from the indexes.
    private static func indexed(_ meaning: IndexedFunction, _ make: () -> QueryFunction) -> QueryFunction {
        var function = make()
        function.indexMeaning = meaning
        return function
    }

    /// `person(name)`, `organization(name)`, `place(name)`: the corpus's entity of that
    /// kind with that name or alias.
    private static func entityFunction(_ kind: EntityKind) -> QueryFunction {
        QueryFunction(
            name: kind.rawValue, parameters: [.exactly(.string)], result: .record(.entity),
            summary: "The \(kind) named so (by name or alias) in the corpus."
        ) { call in
            guard case .string(let name) = call.arguments[0] else { return .null }
            return call.corpus.entities.first { $0.kind == kind && $0.isNamed(name) }.map(QueryValue.entity) ?? .null
        }
    }
}

extension QueryValue {
    /// The text a row offers to text functions: an article's text, a quote's text.
    func text(in corpus: Corpus) -> String? {
        switch self {
        case .article(let article): article.text
        case .quote(let quote, _): quote.text
        case .mention: field("sentence", in: corpus).flatMap { if case .string(let s) = $0 { s } else { nil } }
        case .scored(let base, _): base.text(in: corpus)
        case .string(let text): text
        default: nil
        }
    }
}
