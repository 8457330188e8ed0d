/// A calendar day in the proleptic Gregorian calendar, with no time or time zone.
///
/// Articles are dated by the day their header or dateline prints; the query
/// language writes a day as `2020-03-30`.
///
/// For example:
///
/// ```swift
/// let day = Day(2020, 3, 30)
/// print(day)            // 2020-03-30
/// Day(iso: "2020-03-30") == day  // true
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. `2020`.
    public let year: Int
    /// The month, `1...12`.
    public let month: Int
    /// The day of the month, `1...31`.
    public let day: Int

    /// Creates a day, or `nil` when the numbers name no real day (`2021-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a day from numbers known to be valid; traps on an impossible day.
    ///
    /// For example: `Day(2020, 3, 1)` is the query literal `2020-03-01`.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        guard let value = Day(year: year, month: month, day: day) else {
            preconditionFailure("\(year)-\(month)-\(day) is not a day")
        }
        self = value
    }

    /// Parses `YYYY-MM-DD`, or `nil` when the text is not exactly that.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day as `YYYY-MM-DD`.
    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    /// Whether a day comes before another.
    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
