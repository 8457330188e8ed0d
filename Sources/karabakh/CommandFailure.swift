/// A failure that ends a command with exit status 1 and an `error:` line on
/// standard error: a corpus that cannot be read, a query that fails.
struct CommandFailure: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
