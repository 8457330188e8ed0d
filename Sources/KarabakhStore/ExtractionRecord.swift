import Foundation
import KarabakhCorpus

/// An article's mentions and quotes packed into the bytes of `articles.extraction`,
/// so that opening a corpus reads one blob per article instead of a row per mention.
///
/// The layout, all integers LEB128 varints (signed ones zigzag-encoded), strings as
/// their UTF-8 byte count then the bytes:
///
/// ```
/// record  = count mention* count quote*
/// mention = entity start (end - start) (sentence_start - start) (sentence_end - sentence_start) surface
/// quote   = speaker start (end - start) kind verb text
/// ```
///
/// `entity` is the entity's `position` in the `entities` table; `speaker` is that
/// plus one, or 0 for none; `kind` is one byte, 0 direct and 1 partial; `verb` is an
/// optional string (its byte count plus one, 0 for none). The `mentions` and
/// `quotes` tables hold the same values, row by row, for SQL.
///
/// For example, `pack` then `unpack` gives back the article's mentions and quotes.
enum ExtractionRecord {
    /// Appends an article's mentions and quotes to `bytes`; `entityPositions` gives
    /// each entity id's position. Returns `nil` (appending nothing) when the article
    /// names an entity that is not there.
    static func pack(_ article: Article, entityPositions: [String: Int], into bytes: inout [UInt8]) -> String? {
        let mentions = article.mentions
        let quotes = article.quotes
        let start = bytes.count
        writeUnsigned(UInt64(mentions.count), to: &bytes)
        for mention in mentions {
            guard let entity = entityPositions[mention.entityID] else {
                bytes.removeSubrange(start...)
                return mention.entityID
            }
            writeUnsigned(UInt64(entity), to: &bytes)
            writeSigned(mention.start, to: &bytes)
            writeSigned(mention.end &- mention.start, to: &bytes)
            writeSigned(mention.sentenceRange.lowerBound &- mention.start, to: &bytes)
            writeSigned(mention.sentenceRange.upperBound &- mention.sentenceRange.lowerBound, to: &bytes)
            writeString(mention.surface, to: &bytes)
        }
        writeUnsigned(UInt64(quotes.count), to: &bytes)
        for quote in quotes {
            if let speaker = quote.speakerID {
                guard let position = entityPositions[speaker] else {
                    bytes.removeSubrange(start...)
                    return speaker
                }
                writeUnsigned(UInt64(position) + 1, to: &bytes)
            } else {
                writeUnsigned(0, to: &bytes)
            }
            writeSigned(quote.start, to: &bytes)
            writeSigned(quote.end &- quote.start, to: &bytes)
            bytes.append(quote.kind == .direct ? 0 : 1)
            if let verb = quote.verb {
                writeUnsigned(UInt64(verb.utf8.count) + 1, to: &bytes)
                bytes.append(contentsOf: verb.utf8)
            } else {
                writeUnsigned(0, to: &bytes)
            }
            writeString(quote.text, to: &bytes)
        }
        return nil
    }

    /// The mentions and quotes that ``pack(_:entityPositions:into:)`` wrote for the
    /// article with id `articleID`; `entityIDs` are the entity ids by position.
    /// Throws a short description of what is wrong when the bytes are not a record.
    static func unpack(
        _ bytes: UnsafeRawBufferPointer, articleID: String, entityIDs: [String], surfaces: inout Surfaces
    ) throws(Damage) -> (mentions: [Mention], quotes: [Quote]) {
        var reader = Reader(bytes: bytes)
        let mentionCount = try reader.count()
        var mentions: [Mention] = []
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            let entity = try reader.unsigned()
            guard entity < UInt64(entityIDs.count) else {
                throw Damage("a mention of entity \(entity), not in 'entities'")
            }
            let start = try reader.signed()
            let end = start &+ (try reader.signed())
            let sentenceStart = start &+ (try reader.signed())
            let sentenceEnd = sentenceStart &+ (try reader.signed())
            guard sentenceStart <= sentenceEnd else { throw Damage("a mention's sentence ends before it starts") }
            // `Mention` holds its offsets in 32 bits.
            guard Self.fits32(start), Self.fits32(end), Self.fits32(sentenceStart), Self.fits32(sentenceEnd) else {
                throw Damage("a mention's offsets are out of range")
            }
            let surface = surfaces.string(try reader.bytes(length: try reader.unsigned()), entity: Int(entity))
            mentions.append(
                Mention(
                    entityID: entityIDs[Int(entity)], articleID: articleID, surface: surface, start: start, end: end,
                    sentenceRange: sentenceStart..<sentenceEnd))
        }
        let quoteCount = try reader.count()
        var quotes: [Quote] = []
        quotes.reserveCapacity(quoteCount)
        for _ in 0..<quoteCount {
            let speaker = try reader.unsigned()
            guard speaker <= UInt64(entityIDs.count) else {
                throw Damage("a quote of entity \(speaker - 1), not in 'entities'")
            }
            let start = try reader.signed()
            let end = start &+ (try reader.signed())
            let kind: QuoteKind
            switch try reader.byte() {
            case 0: kind = .direct
            case 1: kind = .partial
            case let other: throw Damage("a quote of kind \(other)")
            }
            let verbLength = try reader.unsigned()
            let verb = verbLength == 0 ? nil : try reader.string(length: verbLength - 1)
            let text = try reader.string()
            quotes.append(
                Quote(
                    text: text, speakerID: speaker == 0 ? nil : entityIDs[Int(speaker - 1)], articleID: articleID,
                    verb: verb, kind: kind, start: start, end: end))
        }
        guard reader.isAtEnd else { throw Damage("bytes left over after the last quote") }
        return (mentions, quotes)
    }

    /// Whether a number fits in 32 bits, as `Mention` holds its offsets.
    private static func fits32(_ value: Int) -> Bool {
        value >= Int(Int32.min) && value <= Int(Int32.max)
    }

    /// The surfaces met so far, by entity: an entity is mentioned by the same few
    /// names across millions of mentions, so each name is made into a string once
    /// (and its storage shared) rather than once per mention.
    struct Surfaces {
        /// The first surfaces of each entity, with their bytes.
        private var known: [[(bytes: [UInt8], string: String)]]

        /// The most surfaces kept per entity.
        static let limit = 8

        /// An empty cache for entities `0..<entityCount`.
        init(entityCount: Int) {
            known = Array(repeating: [], count: entityCount)
        }

        /// The string of the bytes of a surface of an entity.
        mutating func string(_ bytes: UnsafeRawBufferPointer, entity: Int) -> String {
            let found: String? = known.withUnsafeBufferPointer { known in
                for candidate in known[entity] where candidate.bytes.count == bytes.count {
                    let same = candidate.bytes.withUnsafeBytes { stored in
                        bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
                    }
                    if same { return candidate.string }
                }
                return nil
            }
            if let found { return found }
            let string = String(decoding: bytes, as: UTF8.self)
            if known[entity].count < Self.limit { known[entity].append((Array(bytes), string)) }
            return string
        }
    }

    /// What is wrong with a record, in words.
    struct Damage: Error {
        let reason: String

        init(_ reason: String) {
            self.reason = reason
        }
    }

    // MARK: Writing

    private static func writeUnsigned(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func writeSigned(_ value: Int, to bytes: inout [UInt8]) {
        let wide = Int64(value)
        writeUnsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)), to: &bytes)
    }

    private static func writeString(_ text: String, to bytes: inout [UInt8]) {
        writeUnsigned(UInt64(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: Reading

    /// Reads varints, bytes and strings off the front of a buffer, throwing past its end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func byte() throws(Damage) -> UInt8 {
            guard offset < bytes.count else { throw Damage("the record is cut short") }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func unsigned() throws(Damage) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = try byte()
                guard shift < 64 else { throw Damage("a number is too long") }
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        mutating func signed() throws(Damage) -> Int {
            let raw = try unsigned()
            return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
        }

        /// A count of items, each at least one byte long, so never more than the bytes left.
        mutating func count() throws(Damage) -> Int {
            let value = try unsigned()
            guard value <= UInt64(bytes.count - offset) else { throw Damage("the record is cut short") }
            return Int(value)
        }

        mutating func string() throws(Damage) -> String {
            try string(length: try unsigned())
        }

        mutating func string(length: UInt64) throws(Damage) -> String {
            String(decoding: try self.bytes(length: length), as: UTF8.self)
        }

        mutating func bytes(length: UInt64) throws(Damage) -> UnsafeRawBufferPointer {
            guard length <= UInt64(bytes.count - offset) else { throw Damage("the record is cut short") }
            let end = offset + Int(length)
            defer { offset = end }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<end])
        }
    }
}
