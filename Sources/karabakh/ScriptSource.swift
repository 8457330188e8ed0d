import Foundation

/// A query file's text and the name its diagnostics show.
struct ScriptSource {
    let name: String
    let text: String

    /// Reads a file, or standard input for `-`.
    static func read(_ path: String) throws -> ScriptSource {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return ScriptSource(name: "<stdin>", text: String(decoding: data, as: UTF8.self))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): no such file")
        }
        return ScriptSource(name: path, text: String(decoding: data, as: UTF8.self))
    }
}
