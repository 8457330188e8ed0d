import KarabakhCorpus
import KarabakhREPL

/// A plugin a newsroom might add to the REPL: a `:sources` command that lists the
/// outlets of the corpus with their article counts, and an `initials(name)` function
/// for compact tables.
struct NewsroomPlugin: ReplPlugin {
    let name = "newsroom"
    let summary = "Outlets of the corpus, and initials of names."

    var commands: [MetaCommand] {
        [
            MetaCommand(name: "sources", summary: "List the outlets and how many articles each wrote.") { state, _ in
                var counts: [String: Int] = [:]
                for article in state.corpus.articles { counts[article.source ?? "(unknown)", default: 0] += 1 }
                let lines = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key): \($0.value)" }
                return [.output(lines.joined(separator: "\n") + "\n")]
            }
        ]
    }

    var functions: [QueryFunction] {
        [
            QueryFunction(
                name: "initials", parameters: [.exactly(.string)], result: .string,
                summary: "The initials of a name: initials(\"Tural Ganjaliyev\") is TG."
            ) { call in
                guard case .string(let name) = call.arguments[0] else { return .null }
                return .string(String(name.split(separator: " ").compactMap(\.first)))
            }
        ]
    }
}
