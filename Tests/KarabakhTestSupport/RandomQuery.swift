/// A random query that follows the grammar: a source and stages over fields of
/// articles, with conditions nested a few deep. Some do not type-check; all parse.
///
/// ```swift
/// var generator = RandomQuery(seed: 11)
/// let text = generator.query()  // a query such as `articles | where date > 2020-03 | take 3`
/// ```
public struct RandomQuery: Sendable {
    var random: SplitMix64
    let fields = ["date", "title", "text", "source", "words", "author", "dateline", "url", "file"]
    let literals = ["2020-03", "2020-10-01", "\"peace*\"", "\"Armenia\"", "3", "0", "null", "true", "4.5"]
    let operators = ["==", "!=", "<", "<=", ">", ">=", "~", "!~", "in"]

    /// Makes queries from a seed: the same seed, the same queries.
    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func pick(_ words: [String]) -> String { words.randomElement(using: &random)! }

    /// A condition on an article, nested below `depth`.
    public mutating func condition(depth: Int) -> String {
        switch depth > 2 ? Int.random(in: 0..<3, using: &random) : Int.random(in: 0..<7, using: &random) {
        case 0: return "\(pick(fields)) \(pick(operators)) \(pick(literals))"
        case 1: return "mentions(\(pick(["\"OSCE\"", "\"Ilham Aliyev\"", "\"Nobody\"", "person(\"Aliyev\")"])))"
        case 2:
            return
                "near(\"\(pick(["peace", "war*", "the"]))\", \"\(pick(["talks", "a* a* c", "Karabakh"]))\", \(pick(["0", "3", "-2", "100000"])))"
        case 3: return "not \(condition(depth: depth + 1))"
        case 4: return "(\(condition(depth: depth + 1)) and \(condition(depth: depth + 1)))"
        case 5: return "\(condition(depth: depth + 1)) or \(condition(depth: depth + 1))"
        default: return "date in 2020-01-01..\(pick(["2020-12-31", "2019-01-01"]))"
        }
    }

    /// A stage over articles.
    public mutating func stage() -> String {
        let n = pick(["0", "1", "3", "1000000"])
        switch Int.random(in: 0..<12, using: &random) {
        case 0, 1: return "where \(condition(depth: 0))"
        case 2: return "sort \(pick(fields)) \(pick(["asc", "desc", ""]))"
        case 3: return "take \(n)"
        case 4: return "skip \(n)"
        case 5: return "select \(pick(fields)), \(pick(fields))"
        case 6: return "count by \(pick(fields))"
        case 7: return "top \(n) by \(pick(fields))"
        case 8: return "kwic \"\(pick(["said", "peace*", "the Minsk"]))\" window \(n)"
        case 9: return "collocates \"\(pick(["said", "Karabakh"]))\" window \(pick(["1", "4"]))"
        case 10: return "timeline by \(pick(["day", "week", "month", "year"]))"
        default: return "rank \"\(pick(["ceasefire talks", "peace", "zzz"]))\""
        }
    }

    /// The next query.
    public mutating func query() -> String {
        (["articles"] + (0..<Int.random(in: 0...4, using: &random)).map { _ in stage() })
            .joined(separator: " | ")
    }
}
