/// An error of the benchmark harness itself, in words.
///
/// For example: `throw BenchFailure("--keep folder is not empty")`.
struct BenchFailure: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// Creates an error.
    init(_ description: String) {
        self.description = description
    }
}
