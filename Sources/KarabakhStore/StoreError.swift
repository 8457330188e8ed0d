/// An error reading or writing a saved corpus file (`.kcorpus`), naming the file.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file the error is about, as the user named it.
    public var path: String
    /// What went wrong, in words.
    public var reason: String

    /// Creates an error about a file.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: error: REASON`.
    public var description: String { "\(path): error: \(reason)" }
}
