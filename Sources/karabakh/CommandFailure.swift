/// A failure that ends a command with exit status 1 and an `error:` line on
/// standard error: a corpus that cannot be read, a query that fails.
struct CommandFailure: Error {
    let message: String

    /// A failure printed as `error: message`.
    init(_ message: String) {
        self.message = "error: " + message
    }

    /// A failure already reported on standard error.
    static let silent = CommandFailure(message: "")

    /// A failure whose message already has its `FILE:LINE: error:` prefix.
    init(message: String) {
        self.message = message
    }
}
