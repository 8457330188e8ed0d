import Foundation

/// The news outlets the reader knows by name, with the spellings each goes by.
///
/// The reader uses it to tell an outlet from a person in bylines (`By Azernews`),
/// footers (`… is AzerNews' staff journalist`), wire datelines (`/TASS/`,
/// `ARMENPRESS`) and trailer lines (`News.Az`), and to print every outlet in its
/// usual spelling.
///
/// The bundled list is `Resources/Outlets.txt`: one outlet a line, names separated by
/// ` | `, the usual spelling first; `#` starts a comment. Add outlets with
/// ``adding(contentsOf:)`` or ``adding(_:aliases:)``.
public struct OutletDirectory: Sendable {
    private var canonicalByKey: [String: String] = [:]
    /// The outlets in the order added, each with its other spellings.
    public private(set) var outlets: [(name: String, aliases: [String])] = []

    /// An empty directory.
    public init() {}

    /// The outlets bundled with the library.
    public static let standard: OutletDirectory = {
        guard let url = Bundle.module.url(forResource: "Outlets", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return OutletDirectory() }
        return OutletDirectory().adding(contentsOf: text)
    }()

    /// The directory with the outlets of a text in the `Outlets.txt` format added;
    /// a later entry wins over an earlier one for the same spelling.
    public func adding(contentsOf text: String) -> OutletDirectory {
        var directory = self
        for line in LineText.lines(text) {
            let content = line.prefix { $0 != "#" }
            let names = content.split(separator: "|").map { LineText.clean($0) }.filter { !$0.isEmpty }
            guard let canonical = names.first else { continue }
            directory = directory.adding(canonical, aliases: Array(names.dropFirst()))
        }
        return directory
    }

    /// The directory with one outlet added under its usual spelling and other spellings.
    ///
    /// For example: `directory.adding("AzerNews", aliases: ["Azernews.az"])`.
    public func adding(_ canonical: String, aliases: [String] = []) -> OutletDirectory {
        var directory = self
        for name in [canonical] + aliases {
            directory.canonicalByKey[Self.key(name)] = canonical
        }
        directory.outlets.append((canonical, aliases))
        return directory
    }

    /// The usual spelling of an outlet written any known way (`Azernews` → `AzerNews`),
    /// or `nil` when the name is no known outlet.
    public func canonicalName(_ name: some StringProtocol) -> String? {
        canonicalByKey[Self.key(name)]
    }

    /// The number of spellings known.
    public var count: Int { canonicalByKey.count }

    /// The lookup key: lower case, apostrophes unified, a leading "the" and
    /// surrounding punctuation dropped.
    static func key(_ name: some StringProtocol) -> String {
        var key = Substring(LineText.key(name))
        while let first = key.first, "\"'“(@/[".contains(first) { key = key.dropFirst() }
        while let last = key.last, "\"'”)/],.:;".contains(last) { key = key.dropLast() }
        if key.hasPrefix("the ") { key = key.dropFirst(4) }
        if key.hasSuffix("'s") { key = key.dropLast(2) }
        return String(key)
    }
}
