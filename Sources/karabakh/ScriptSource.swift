import Foundation
import KarabakhCorpus

/// A query file's text and the name its diagnostics show.
struct ScriptSource {
    let name: String
    let text: String

    /// The largest query file read, in bytes.
    static let maximumSize = 16 << 20

    /// Reads a file, or standard input for `-`.
    static func read(_ path: String) throws -> ScriptSource {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return ScriptSource(name: "<stdin>", text: String(decoding: data, as: UTF8.self))
        }
        let data: Data
        do {
            data = try FileBytes.read(atPath: path, limit: maximumSize)
        } catch {
            throw CommandFailure("\(path): \(error)")
        }
        return ScriptSource(name: path, text: String(decoding: data, as: UTF8.self))
    }
}
