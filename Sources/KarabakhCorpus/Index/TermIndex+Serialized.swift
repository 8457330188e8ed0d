import Foundation

extension TermIndex {
    /// The first bytes of a serialised term index, with its format's version.
    static let magic: [UInt8] = Array("KCTI".utf8) + [1, 0, 0, 0]

    /// The index as bytes, for a saved corpus: the magic and version, the counts,
    /// the keys (each its UTF-8 length as a 4-byte number, then its bytes), then
    /// every array as it is held, little-endian.
    func serialized() -> Data {
        var data = Data(Self.magic)
        data.reserveCapacity(articleBytes.count + positionBytes.count + keys.count * 40 + lengths.count * 4 + 64)
        for count in [keys.count, lengths.count, articleBytes.count, positionBytes.count] {
            Self.write(UInt64(count), to: &data)
        }
        for key in keys {
            Self.write(UInt32(key.utf8.count), to: &data)
            data.append(contentsOf: key.utf8)
        }
        Self.write(articleCounts, to: &data)
        Self.write(lastArticles, to: &data)
        Self.write(articleOffsets.map { Int64($0) }, to: &data)
        Self.write(positionOffsets.map { Int64($0) }, to: &data)
        Self.write(lengths, to: &data)
        data.append(contentsOf: articleBytes)
        data.append(contentsOf: positionBytes)
        return data
    }

    /// Reads an index that ``serialized()`` wrote; throws when the bytes are not one.
    init(serialized data: Data) throws(CorpusError) {
        var reader = Reader(data: data)
        guard reader.bytes(Self.magic.count).map(Array.init) == Self.magic else {
            throw .inconsistent("the saved term index is not in a format this version reads")
        }
        guard let termCount = reader.integer(UInt64.self).map(Int.init),
            let articleCount = reader.integer(UInt64.self).map(Int.init),
            let articleByteCount = reader.integer(UInt64.self).map(Int.init),
            let positionByteCount = reader.integer(UInt64.self).map(Int.init),
            termCount < data.count, articleCount < data.count
        else { throw .inconsistent("the saved term index is cut short") }
        var keys: [String] = []
        keys.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let length = reader.integer(UInt32.self), let bytes = reader.bytes(Int(length)) else {
                throw .inconsistent("the saved term index is cut short")
            }
            keys.append(String(decoding: bytes, as: UTF8.self))
        }
        guard let counts = reader.array(Int32.self, termCount), let lasts = reader.array(Int32.self, termCount),
            let articleOffsets = reader.array(Int64.self, termCount + 1),
            let positionOffsets = reader.array(Int64.self, termCount + 1),
            let lengths = reader.array(Int32.self, articleCount),
            let articleBytes = reader.bytes(articleByteCount), let positionBytes = reader.bytes(positionByteCount),
            reader.isAtEnd
        else { throw .inconsistent("the saved term index is cut short") }
        guard articleOffsets.last == Int64(articleByteCount), positionOffsets.last == Int64(positionByteCount),
            articleOffsets.first == 0, positionOffsets.first == 0,
            zip(articleOffsets, articleOffsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(positionOffsets, positionOffsets.dropFirst()).allSatisfy({ $0 <= $1 }),
            zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }),
            (articleBytes.last ?? 0) < 0x80, (positionBytes.last ?? 0) < 0x80,
            (0..<termCount).allSatisfy({ Int64(counts[$0]) * 2 <= articleOffsets[$0 + 1] - articleOffsets[$0] })
        else { throw .inconsistent("the saved term index is damaged") }
        self.init(
            keys: keys, articleCounts: counts, lastArticles: lasts, articleOffsets: articleOffsets.map { Int($0) },
            articleBytes: Array(articleBytes), positionOffsets: positionOffsets.map { Int($0) },
            positionBytes: Array(positionBytes), lengths: lengths)
    }

    private static func write<Number: FixedWidthInteger>(_ value: Number, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func write<Number: FixedWidthInteger>(_ values: [Number], to data: inout Data) {
        #if _endian(little)
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        #else
            for value in values { write(value, to: &data) }
        #endif
    }

    /// Reads numbers and byte runs off the front of the data, or `nil` past its end.
    private struct Reader {
        let data: Data
        var offset = 0

        var isAtEnd: Bool { offset == data.count }

        mutating func bytes(_ count: Int) -> Data? {
            guard count >= 0, data.count - offset >= count else { return nil }
            let start = data.startIndex + offset
            offset += count
            return data[start..<(start + count)]
        }

        mutating func integer<Number: FixedWidthInteger>(_: Number.Type) -> Number? {
            guard let bytes = bytes(MemoryLayout<Number>.size) else { return nil }
            var value = Number.zero
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
            return Number(littleEndian: value)
        }

        mutating func array<Number: FixedWidthInteger>(_: Number.Type, _ count: Int) -> [Number]? {
            guard count >= 0, count <= (data.count - offset) / MemoryLayout<Number>.size,
                let bytes = bytes(count * MemoryLayout<Number>.size)
            else { return nil }
            var values = [Number](repeating: 0, count: count)
            values.withUnsafeMutableBytes { $0.copyBytes(from: bytes) }
            return values.map { Number(littleEndian: $0) }
        }
    }
}
