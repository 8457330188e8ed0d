/// A place in query text: a line and a column, both counting from 1, and the
/// offset in Unicode scalars from the start of the text.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in characters.
    public var column: Int
    /// The offset from the start of the text, in Unicode scalars.
    public var offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a text.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }

    /// Whether a location comes before another.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}
