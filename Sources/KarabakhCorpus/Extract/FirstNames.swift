import Foundation

/// Common given names of the region and of the diplomats and reporters who write
/// about it, from `Resources/FirstNames.txt` (one name a line, `#` comments), so that
/// a name such as `Samir Mammadov` is known for a person's even when no gazetteer
/// lists it.
enum FirstNames {
    /// The bundled names, lower-cased.
    static let standard: Set<String> = {
        guard let url = Bundle.module.url(forResource: "FirstNames", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        var names: Set<String> = []
        for line in LineText.lines(text) {
            let name = LineText.clean(line.prefix { $0 != "#" })
            if !name.isEmpty { names.insert(Token.key(name)) }
        }
        return names
    }()
}
