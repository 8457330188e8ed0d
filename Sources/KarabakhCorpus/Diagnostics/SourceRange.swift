/// The stretch of query text a token or a tree node came from.
///
/// Ranges ride along in the query tree but never take part in its equality: a
/// query parsed from text equals the same query built with the Swift DSL.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The first character.
    public var start: SourceLocation
    /// The location just after the last character.
    public var end: SourceLocation

    /// Creates a range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at the start of the text, for trees built in Swift.
    public static let none = SourceRange(start: .start, end: .start)

    /// The range from the start of one range to the end of another.
    public func through(_ other: SourceRange) -> SourceRange {
        SourceRange(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    /// `LINE:COLUMN`.
    public var description: String { start.description }

    /// Ranges are equal whatever they cover, so that they do not change the equality of trees.
    public static func == (lhs: SourceRange, rhs: SourceRange) -> Bool { true }

    /// Ranges add nothing to a hash.
    public func hash(into hasher: inout Hasher) {}
}
