import Foundation

/// A folder under the system's temporary directory, filled with fixture files and
/// removed by ``remove()``.
///
/// For example:
///
/// ```swift
/// let folder = try TemporaryFolder()
/// try folder.write("a.txt", "By Jane Doe\n\nText.")
/// try folder.write("b.bin", bytes: [0, 1, 2])
/// defer { folder.remove() }
/// ```
public struct TemporaryFolder: Sendable {
    /// The folder's URL.
    public let url: URL

    /// Creates an empty, uniquely named folder.
    public init(prefix: String = "karabakh-tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    public var path: String { url.path }

    /// The URL of a path inside the folder.
    public func url(_ relative: String) -> URL {
        url.appendingPathComponent(relative)
    }

    /// Writes UTF-8 text to a path inside the folder, creating subfolders.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes bytes to a path inside the folder, creating subfolders.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let file = url(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
