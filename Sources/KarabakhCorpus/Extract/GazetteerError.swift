/// A line of a gazetteer file that could not be read.
public struct GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as named when loading.
    public var file: String
    /// The line, counting from 1, or `nil` when the file as a whole is at fault.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: error: message` (SPEC §11).
    public var description: String {
        "\(line.map { "\(file):\($0)" } ?? file): error: \(message)"
    }
}
