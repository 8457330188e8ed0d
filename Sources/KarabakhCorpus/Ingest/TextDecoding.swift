/// Turns a file's bytes into text, or says why it cannot: binary, not UTF-8, empty.
enum TextDecoding {
    /// How many leading bytes are examined for binary content.
    static let sniffLength = 8192

    /// Decodes UTF-8 bytes that should hold article text.
    static func decode(_ bytes: some Collection<UInt8>) -> Result<String, IngestProblem> {
        if bytes.isEmpty { return .failure(.emptyFile) }
        if isBinary(bytes) { return .failure(.binaryFile) }
        if let offset = firstInvalidUTF8Offset(bytes) { return .failure(.notUTF8(byteOffset: offset)) }
        let text = String(decoding: bytes, as: UTF8.self)
        if LineText.isBlank(text) { return .failure(.emptyFile) }
        return .success(text)
    }

    /// Whether the first bytes look binary: a NUL byte, or more than one in ten
    /// control characters other than tab, line ends and form feed.
    static func isBinary(_ bytes: some Collection<UInt8>) -> Bool {
        var controls = 0
        var count = 0
        for byte in bytes.prefix(sniffLength) {
            count += 1
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C, byte != 0x1B { controls += 1 }
        }
        return controls * 10 > count
    }

    /// The offset of the first byte that is not part of valid UTF-8, or `nil`.
    static func firstInvalidUTF8Offset(_ bytes: some Collection<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
