/// Unsigned LEB128 numbers: seven bits a byte, the high bit set on every byte but the
/// last. Postings store gaps between ascending numbers this way, mostly one byte each.
enum VarInt {
    /// Appends a number.
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads the number at `offset` and moves `offset` past it.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt32 {
        var byte = bytes[offset]
        offset += 1
        if byte < 0x80 { return UInt32(byte) }
        var value = UInt32(byte & 0x7F)
        var shift: UInt32 = 7
        repeat {
            byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            shift += 7
        } while byte >= 0x80
        return value
    }
}
