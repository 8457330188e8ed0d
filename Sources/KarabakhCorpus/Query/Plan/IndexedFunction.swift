/// The built-in functions whose calls the planner answers from the indexes.
enum IndexedFunction: Hashable, Sendable {
    /// `mentions(x)`: the entity's postings.
    case mentions
    /// `near(a, b, n)`: the articles that hold both phrases are the candidates.
    case near
}
