/// Number formatting for messages: `1,204`, `16 MiB`.
enum Count {
    /// An integer with thousands separated by commas.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// A byte count in B, KiB, MiB or GiB.
    static func bytes(_ value: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB"]
        var amount = Double(value)
        var unit = 0
        while amount >= 1024, unit < units.count - 1 {
            amount /= 1024
            unit += 1
        }
        if unit == 0 { return "\(value) B" }
        let rounded = (amount * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }

    /// `20 MiB is over the size limit of 16 MiB`; in bytes when the two would read
    /// the same rounded (`16,777,217 bytes is over the size limit of 16,777,216 bytes`).
    static func size(_ size: Int, overLimit limit: Int) -> String {
        let (written, allowed) = (bytes(size), bytes(limit))
        if written != allowed { return "\(written) is over the size limit of \(allowed)" }
        return "\(grouped(size)) bytes is over the size limit of \(grouped(limit)) bytes"
    }

    /// `1 article`, `5 articles`.
    static func noun(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }
}
