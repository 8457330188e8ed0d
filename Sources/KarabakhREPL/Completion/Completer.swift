import Foundation
import KarabakhCorpus

/// Completion as a pure function of the line and the cursor (and the REPL's state):
/// meta-commands after `:`, their arguments (formats, sources, paths), stages after
/// `|`, entity names inside a string (`mentions("Tural Ga` → `Tural Ganjaliyev`),
/// and otherwise the fields of the current source, functions, keywords, sources and
/// `let` names.
struct Completer {
    let state: ReplState
    let commands: [MetaCommand]
    let plugins: [any ReplPlugin]

    static let stageWords = [
        "where", "sort", "take", "skip", "select", "count", "top", "distinct", "kwic", "collocates", "timeline", "rank",
    ]
    static let keywords = [
        "and", "or", "not", "in", "true", "false", "null", "asc", "desc", "by", "as", "window", "let",
    ]
    static let sources = ["articles", "entities", "mentions", "quotes"]
    static let namedValues = ["person", "organization", "place", "direct", "partial"]

    func complete(_ line: String, cursor: Int) -> Completion {
        // A cursor before the line or past its end is at that end.
        let cursor = min(max(cursor, 0), line.count)
        let characters = Array(line.prefix(cursor))
        let before = String(characters)
        // Meta-commands and their arguments.
        if before.hasPrefix(":") {
            if let space = before.firstIndex(of: " ") {
                let name = String(before[before.index(after: before.startIndex)..<space])
                let word = wordStart(characters, allowing: "/._-~")
                let typed = String(characters[word...])
                guard let command = commands.first(where: { $0.name == name }) else {
                    return Completion(replaceFrom: cursor, candidates: [])
                }
                switch command.argumentCompletion {
                case .none: return Completion(replaceFrom: cursor, candidates: [])
                case .words(let words):
                    let more = name == "format" ? Array(state.pluginFormats.keys) : []
                    return Completion(replaceFrom: word, candidates: matching(words + more, typed))
                case .paths: return Completion(replaceFrom: word, candidates: paths(typed))
                }
            }
            let typed = String(before.dropFirst())
            return Completion(replaceFrom: 1, candidates: matching(commands.map(\.name), typed))
        }
        // Inside a string: entity names.
        let quotes = characters.filter { $0 == "\"" }.count
        if quotes % 2 == 1, let open = characters.lastIndex(of: "\"") {
            let typed = String(characters[(open + 1)...])
            let names = state.corpus.entities.flatMap { [$0.name] + $0.aliases }
            return Completion(replaceFrom: open + 1, candidates: matching(names, typed, ignoringCase: true))
        }
        let word = wordStart(characters, allowing: "_")
        let typed = String(characters[word...])
        // After `|`: stages.
        var back = word - 1
        while back >= 0, characters[back] == " " { back -= 1 }
        if back >= 0, characters[back] == "|" {
            let stages = Self.stageWords + state.session.environment.stages.keys
            return Completion(replaceFrom: word, candidates: matching(stages, typed))
        }
        // After `.`: the fields of what stands before (entity, article).
        if back >= 0, characters[back] == ".", word == back + 1 {
            let owner = identifier(before: back, in: characters)
            return Completion(replaceFrom: word, candidates: matching(memberFields(of: owner), typed))
        }
        var candidates = Self.keywords + Self.sources + Self.namedValues
        candidates += state.session.environment.functions.keys
        candidates += state.session.bindingTypes.keys
        candidates += fields(forStatement: before)
        for plugin in plugins { candidates += plugin.completions(for: typed, in: line) }
        guard !typed.isEmpty else { return Completion(replaceFrom: word, candidates: []) }
        return Completion(replaceFrom: word, candidates: matching(candidates, typed))
    }

    private func wordStart(_ characters: [Character], allowing extra: String) -> Int {
        var index = characters.count
        while index > 0,
            characters[index - 1].isLetter || characters[index - 1].isNumber || extra.contains(characters[index - 1])
        {
            index -= 1
        }
        return index
    }

    private func identifier(before dot: Int, in characters: [Character]) -> String {
        var start = dot
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "_" { start -= 1 }
        return String(characters[start..<dot])
    }

    private func matching(_ candidates: [String], _ typed: String, ignoringCase: Bool = false) -> [String] {
        let lowered = typed.lowercased()
        let found = candidates.filter { ignoringCase ? $0.lowercased().hasPrefix(lowered) : $0.hasPrefix(typed) }
        return Array(Set(found)).sorted()
    }

    /// The fields of the source the statement starts from (`quotes | where sp` → quote fields).
    private func fields(forStatement text: String) -> [String] {
        let statement = text.split(separator: ";").last.map(String.init) ?? text
        let head =
            statement.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "\n" }).first.map(String.init) ?? ""
        switch head {
        case "articles": return Self.articleFields
        case "entities": return Self.entityFields
        case "mentions": return ["entity", "article", "surface", "sentence", "start", "end"]
        case "quotes": return ["text", "speaker", "verb", "kind", "article", "start", "end"]
        default: return []
        }
    }

    private func memberFields(of owner: String) -> [String] {
        switch owner {
        case "entity", "speaker": Self.entityFields
        case "article": Self.articleFields
        default: Self.entityFields + Self.articleFields
        }
    }

    static let articleFields = [
        "id", "file", "title", "date", "authors", "author", "source", "dateline", "url", "text", "words", "entities",
        "mentions", "quotes",
    ]
    static let entityFields = ["id", "name", "kind", "aliases", "roles", "articles", "mentions"]

    /// File and folder names that complete a typed path; folders end with `/`.
    private func paths(_ typed: String) -> [String] {
        let expanded = typed.hasPrefix("~") ? NSString(string: typed).expandingTildeInPath : typed
        let folder = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listed = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        let typedFolder = typed.hasSuffix("/") ? typed : String(typed.dropLast(prefix.count))
        return names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let full = (listed as NSString).appendingPathComponent(name)
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            return typedFolder + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
