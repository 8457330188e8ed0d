import KarabakhCorpus

/// What a saved corpus records of the gazetteer its articles were extracted with:
/// whether it is the bundled one, how many entries it has, and a digest of them
/// (64-bit FNV-1a over every entry's kind, name, aliases and roles, in order), so
/// that an ingest into the file can tell when the gazetteer has changed.
///
/// For example, the bundled gazetteer is recorded as `gazetteer = standard`,
/// `gazetteer_entries = 412`, `gazetteer_digest = 9c0f…`.
struct GazetteerFingerprint: Equatable {
    /// The number of entries.
    var entries: Int
    /// The digest, as 16 hexadecimal digits.
    var digest: String

    /// The fingerprint of a gazetteer.
    init(_ gazetteer: Gazetteer) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for entry in gazetteer.entries {
            add(entry.kind.rawValue.utf8)
            for name in entry.names {
                add([0x1F])
                add(name.utf8)
            }
            add([0x1E])
            for role in entry.roles {
                add([0x1F])
                add(role.utf8)
            }
            add([0x1D])
        }
        let hex = String(hash, radix: 16)
        entries = gazetteer.entries.count
        digest = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The bundled gazetteer's fingerprint.
    static let standard = GazetteerFingerprint(Gazetteer.standard)

    /// `standard` for the bundled gazetteer, `custom` for any other.
    var name: String { self == Self.standard ? "standard" : "custom" }
}
