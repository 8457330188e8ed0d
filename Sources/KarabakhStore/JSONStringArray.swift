/// A JSON array of strings, the text of `articles.authors`, `entities.aliases` and
/// `entities.roles`: written compactly with UTF-8 left as it is, read back by a
/// small parser over the bytes (any JSON array of strings, with spaces and every
/// escape), so that 100,000 rows of authors read without a JSON decoder each.
///
/// For example, `["Akbar Mammadov","Jane \"JD\" Doe"]`.
enum JSONStringArray {
    /// The strings as one JSON array.
    static func text(_ strings: [String]) -> String {
        var output = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { output += "," }
            output += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": output += "\\\""
                case "\\": output += "\\\\"
                case "\n": output += "\\n"
                case "\r": output += "\\r"
                case "\t": output += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: output.unicodeScalars.append(scalar)
                }
            }
            output += "\""
        }
        return output + "]"
    }

    /// The strings of a JSON array of strings, or `nil` when the text is not one.
    static func strings(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { strings(UnsafeRawBufferPointer($0)) }
    }

    /// The strings of a JSON array of strings given as UTF-8 bytes, or `nil`.
    static func strings(_ bytes: UnsafeRawBufferPointer) -> [String]? {
        var parser = Parser(bytes: bytes)
        return parser.array()
    }

    /// A parser over UTF-8 bytes: strings without escapes (nearly all) are made
    /// from their bytes in one step.
    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        var index = 0

        mutating func array() -> [String]? {
            skipSpace()
            guard take(UInt8(ascii: "[")) else { return nil }
            var strings: [String] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return atEnd() ? strings : nil }
            while true {
                skipSpace()
                guard let string = string() else { return nil }
                strings.append(string)
                skipSpace()
                if take(UInt8(ascii: "]")) { return atEnd() ? strings : nil }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }

        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    defer { index += 1 }
                    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                case UInt8(ascii: "\\"):
                    index = start
                    return escapedString()
                case 0..<0x20: return nil
                default: index += 1
                }
            }
            return nil
        }

        /// The rest of a string that holds escapes, from just after its opening quote.
        private mutating func escapedString() -> String? {
            var output: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: output, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
                    case UInt8(ascii: "b"): output.append(0x08)
                    case UInt8(ascii: "f"): output.append(0x0C)
                    case UInt8(ascii: "n"): output.append(0x0A)
                    case UInt8(ascii: "r"): output.append(0x0D)
                    case UInt8(ascii: "t"): output.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return nil }
                        let scalar: Unicode.Scalar?
                        if (0xD800..<0xDC00).contains(unit) {
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                                (0xDC00..<0xE000).contains(low)
                            else { return nil }
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else {
                            scalar = Unicode.Scalar(unit)
                        }
                        guard let scalar else { return nil }
                        output.append(contentsOf: String(scalar).utf8)
                    default: return nil
                    }
                case 0..<0x20: return nil
                default: output.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<(index + 4)] {
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte) - 0x30
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte) - 0x61 + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte) - 0x41 + 10
                default: return nil
                }
                value = value << 4 | digit
            }
            index += 4
            return value
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        private mutating func atEnd() -> Bool {
            skipSpace()
            return index == bytes.count
        }
    }
}
