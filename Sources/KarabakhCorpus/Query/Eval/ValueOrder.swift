/// Comparisons between values: numbers across `Int` and `Decimal`, days against
/// months (a month is the period of its days), entities against the strings that
/// name them, strings by their characters.
enum ValueOrder {
    enum Order { case less, same, greater }

    /// How two values of comparable kinds order, or `nil` when they do not compare.
    static func compare(_ a: QueryValue, _ b: QueryValue) -> Order? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return order(x, y)
        case (.int(let x), .decimal(let y)): return order(Double(x), y)
        case (.decimal(let x), .int(let y)): return order(x, Double(y))
        case (.decimal(let x), .decimal(let y)): return order(x, y)
        case (.string(let x), .string(let y)): return order(x, y)
        case (.day(let x), .day(let y)): return order(x, y)
        case (.month(let y1, let m1), .month(let y2, let m2)): return order(y1 * 12 + m1, y2 * 12 + m2)
        case (.bool(let x), .bool(let y)): return order(x ? 1 : 0, y ? 1 : 0)
        case (.kind(let x), .kind(let y)): return order(x.rawValue, y.rawValue)
        case (.quoteKind(let x), .quoteKind(let y)): return order(x.rawValue, y.rawValue)
        case (.entity(let x), .entity(let y)): return order(x.name, y.name)
        case (.article(let x), .article(let y)): return order(x.file, y.file)
        case (.scored(let x, _), _): return compare(x, b)
        case (_, .scored(let y, _)): return compare(a, y)
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ x: T, _ y: T) -> Order {
        x < y ? .less : (x == y ? .same : .greater)
    }

    /// `==`: equal values; an entity and one of its names; a day within a month.
    static func equal(_ a: QueryValue, _ b: QueryValue) -> Bool {
        switch (a, b) {
        case (.entity(let entity), .string(let name)), (.string(let name), .entity(let entity)):
            return entity.isNamed(name)
        case (.entity(let x), .entity(let y)): return x.id == y.id
        case (.day(let day), .month(let year, let month)), (.month(let year, let month), .day(let day)):
            return day.year == year && day.month == month
        default:
            return compare(a, b) == .same || a == b
        }
    }

    /// `<`: a day before a month is before its first day.
    static func before(_ a: QueryValue, _ b: QueryValue) -> Bool {
        switch (a, b) {
        case (.day(let day), .month(let year, let month)): return day < Day(year, month, 1)
        case (.month(let year, let month), .day(let day)):
            return Day(year, month, Day.daysIn(month: month, year: year)) < day
        default: return compare(a, b) == .less
        }
    }

    /// `>=`: from a month's first day.
    static func atLeast(_ a: QueryValue, _ b: QueryValue) -> Bool {
        switch (a, b) {
        case (.day(let day), .month(let year, let month)): return day >= Day(year, month, 1)
        default: return equal(a, b) || before(b, a)
        }
    }

    /// `<=`: to a month's last day.
    static func atMost(_ a: QueryValue, _ b: QueryValue) -> Bool {
        switch (a, b) {
        case (.day(let day), .month(let year, let month)):
            return day <= Day(year, month, Day.daysIn(month: month, year: year))
        default: return equal(a, b) || before(a, b)
        }
    }
}
