import Foundation

/// The people, organizations and places the extractor knows by name, with their
/// aliases and roles.
///
/// The library ships one (`Resources/Gazetteer.txt`, see ``standard``); users add
/// entries or override bundled ones with files of their own in the same format:
///
/// ```
/// # A comment.
/// [person]
/// Tural Ganjaliyev | Tural Ganjaliev :: Head of the Azerbaijani Community of Nagorno-Karabakh
/// [place]
/// Khankendi | Khankandi | Xankəndi | Stepanakert
/// ```
///
/// A section header (`[person]`, `[organization]`, `[place]`) sets the kind of the
/// lines after it. Each line is one entity: names separated by ` | `, the canonical
/// one first, then optionally ` :: ` and roles separated by `; `. An entry whose
/// canonical name and kind match an earlier one replaces it; an alias claimed by a
/// later entry moves to it.
///
/// For example:
///
/// ```swift
/// let gazetteer = try Gazetteer.standard.adding(contentsOf: URL(fileURLWithPath: "mine.txt"))
/// gazetteer.entry(named: "Stepanakert")?.name   // "Khankendi"
/// ```
public struct Gazetteer: Sendable {
    /// The entries, in file order.
    public private(set) var entries: [GazetteerEntry] = []
    /// Entry index by canonical key (kind and lower-cased canonical name).
    private var indexByCanonical: [String: Int] = [:]
    /// Entry index by the key of every name.
    private var indexByName: [String: Int] = [:]

    /// An empty gazetteer.
    public init() {}

    /// A gazetteer of the given entries.
    public init(_ entries: [GazetteerEntry]) {
        for entry in entries { add(entry) }
    }

    /// The bundled gazetteer file, `Gazetteer.txt`: a starting point for your own.
    public static var standardFileURL: URL? {
        Bundle.module.url(forResource: "Gazetteer", withExtension: "txt")
    }

    /// The gazetteer bundled with the library: `Gazetteer.txt`, and the news outlets
    /// the reader knows (`Outlets.txt`) as organizations, where their names are free.
    public static let standard: Gazetteer = {
        guard let url = standardFileURL,
            let text = try? String(contentsOf: url, encoding: .utf8),
            var gazetteer = try? Gazetteer().adding(text: text, file: "Gazetteer.txt")
        else { return Gazetteer() }
        // Outlets whose names are ordinary words (`Foreign Policy`, `The Diplomat`) would
        // turn prose into mentions; they stay out.
        let ordinary: Set<String> = [
            "the", "foreign", "policy", "national", "interest", "news", "times", "post", "daily", "world", "today",
            "report", "review", "hill", "week", "weekly", "star", "sun", "mirror", "guardian", "economist",
            "independent",
            "telegraph", "observer", "monitor", "insider", "diplomat", "nation", "journal", "herald", "tribune",
            "express", "standard", "free", "europe", "press", "affairs", "global", "voice", "public", "radio",
            "politics",
        ]
        for (name, aliases) in OutletDirectory.standard.outlets
        where !Tokenizer.tokens(of: name).filter({ $0.kind == .word }).allSatisfy({ ordinary.contains($0.key) }) {
            let free = ([name] + aliases).filter { gazetteer.entry(named: $0) == nil && $0.count >= 2 }
            guard free.first == name else { continue }
            gazetteer.add(GazetteerEntry(kind: .organization, name: name, aliases: Array(free.dropFirst())))
        }
        return gazetteer
    }()

    /// The largest gazetteer file that is read.
    public static let fileLimit = 64 << 20

    /// The gazetteer with the entries of a file added. The file must be a regular
    /// file of UTF-8 text no larger than ``fileLimit``: a pipe or a device is refused
    /// rather than waited on.
    public func adding(contentsOf url: URL) throws(GazetteerError) -> Gazetteer {
        let data: Data
        do {
            data = try FileBytes.read(atPath: url.path, limit: Self.fileLimit)
        } catch {
            throw GazetteerError(file: url.relativePath, line: nil, message: error.description)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GazetteerError(file: url.relativePath, line: nil, message: "cannot read the file as UTF-8 text")
        }
        return try adding(text: text, file: url.relativePath)
    }

    /// The gazetteer with the entries of a text in the gazetteer format added.
    public func adding(text: String, file: String = "<gazetteer>") throws(GazetteerError) -> Gazetteer {
        var gazetteer = self
        var kind: EntityKind?
        for (offset, rawLine) in LineText.lines(text).enumerated() {
            let line = LineText.clean(rawLine.prefix { $0 != "#" })
            guard !line.isEmpty else { continue }
            if line.hasPrefix("[") {
                let name = line.trimming(in: "[] ").lowercased()
                guard let found = EntityKind(rawValue: name) else {
                    let note =
                        EditDistance.closest(to: name, among: EntityKind.allCases.map(\.rawValue))
                        .map { "; did you mean '[\($0)]'?" } ?? ""
                    throw GazetteerError(
                        file: file, line: offset + 1,
                        message: "unknown section '\(line)': expected [person], [organization] or [place]\(note)")
                }
                kind = found
                continue
            }
            guard let kind else {
                throw GazetteerError(
                    file: file, line: offset + 1,
                    message: "entry before any section: start with [person], [organization] or [place]")
            }
            let halves = line.components(separatedBy: "::")
            guard halves.count <= 2 else {
                throw GazetteerError(file: file, line: offset + 1, message: "more than one '::' on a line")
            }
            let names = halves[0].split(separator: "|").map { LineText.clean($0) }.filter { !$0.isEmpty }
            let roles =
                halves.count == 2
                ? halves[1].split(separator: ";").map { LineText.clean($0) }.filter { !$0.isEmpty } : []
            guard let name = names.first else {
                throw GazetteerError(file: file, line: offset + 1, message: "an entry needs a name before '|' or '::'")
            }
            gazetteer.add(GazetteerEntry(kind: kind, name: name, aliases: Array(names.dropFirst()), roles: roles))
        }
        return gazetteer
    }

    /// Adds an entry, replacing one with the same kind and canonical name.
    public mutating func add(_ entry: GazetteerEntry) {
        let canonical = "\(entry.kind):\(Self.key(entry.name))"
        let index: Int
        if let existing = indexByCanonical[canonical] {
            for name in entries[existing].names where indexByName[Self.key(name)] == existing {
                indexByName[Self.key(name)] = nil
            }
            entries[existing] = entry
            index = existing
        } else {
            index = entries.count
            entries.append(entry)
            indexByCanonical[canonical] = index
        }
        for name in entry.names {
            indexByName[Self.key(name)] = index
        }
    }

    /// The entry one of whose names is this (case-insensitive), or `nil`.
    public func entry(named name: some StringProtocol) -> GazetteerEntry? {
        indexByName[Self.key(name)].map { entries[$0] }
    }

    /// Every name key with the index of its entry, for building matchers.
    var nameIndex: [String: Int] { indexByName }

    /// The comparison key of a name: lower case, apostrophes, dashes and spaces unified.
    static func key(_ name: some StringProtocol) -> String {
        Token.key(LineText.clean(name))
    }
}
