/// Why ``FileBytes`` did not read a file.
public enum FileBytesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing is at the path.
    case notFound
    /// Something other than a regular file is at the path: a folder, a device, a pipe.
    case notARegularFile(kind: String)
    /// The file holds more bytes than the limit (`size` is at least `limit + 1`).
    case tooLarge(size: Int, limit: Int)
    /// The file could not be opened or read.
    case unreadable(reason: String)

    /// The reason in words: `no such file`, `not a regular file (a folder)`.
    public var description: String {
        switch self {
        case .notFound: "no such file"
        case .notARegularFile(let kind): "not a regular file (\(kind))"
        case .tooLarge(let size, let limit): Count.size(size, overLimit: limit)
        case .unreadable(let reason): "cannot read: \(reason)"
        }
    }
}
