/// A date written in a query: a day (`2020-03-30`) or a whole month (`2020-03`),
/// which stands for the period of its days.
public enum DateLiteral: Hashable, Sendable, CustomStringConvertible {
    /// One day.
    case day(Day)
    /// A month: `year`, `month` 1…12.
    case month(year: Int, month: Int)

    /// The first day of the period.
    public var firstDay: Day {
        switch self {
        case .day(let day): day
        case .month(let year, let month): Day(year, month, 1)
        }
    }

    /// The last day of the period.
    public var lastDay: Day {
        switch self {
        case .day(let day): day
        case .month(let year, let month): Day(year, month, Day.daysIn(month: month, year: year))
        }
    }

    /// `2020-03-30` or `2020-03`.
    public var description: String {
        switch self {
        case .day(let day): day.description
        case .month: String(firstDay.description.prefix(7))
        }
    }
}
