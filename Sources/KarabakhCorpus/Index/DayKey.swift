/// Days as ordered whole numbers, for date columns and binary search: later days
/// have larger keys; `DayKey.missing` stands for an article with no date.
enum DayKey {
    /// The key of an article without a date; below every day's key.
    static let missing: Int32 = -1

    /// The key of a day.
    static func of(_ day: Day) -> Int32 {
        Int32(day.year * 512 + day.month * 32 + day.day)
    }

    /// The key of the first day of a month.
    static func first(year: Int, month: Int) -> Int32 { of(Day(year, month, 1)) }

    /// The key of the last day of a month.
    static func last(year: Int, month: Int) -> Int32 {
        of(Day(year, month, Day.daysIn(month: month, year: year)))
    }
}
