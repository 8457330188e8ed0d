import KarabakhCorpus

/// The people, organizations and places the synthetic articles mention: the entries
/// of the bundled gazetteer, each kind in file order (the gazetteer lists the
/// prominent ones first) and drawn Zipf-weighted, so a few names are everywhere and
/// most are rare, as in real news.
///
/// The benchmark's entity questions ask for the entry at a fixed middling rank of its
/// kind (``queryRank``), chosen from these tables, not by looking at results.
///
/// For example:
///
/// ```swift
/// let pool = EntityPool(gazetteer: .standard)
/// var random = SplitMix64(seed: 1)
/// pool.draw(.person, using: &random).name   // "Ilham Aliyev", most often
/// pool.queryEntity(.organization).name
/// ```
struct EntityPool: Sendable {
    /// The entries of each kind, most frequent first.
    let entries: [EntityKind: [GazetteerEntry]]
    private let ranks: [EntityKind: Zipf]

    /// The Zipf exponent of every kind.
    static let exponent = 1.05
    /// The rank (from 0) of the entity each entity question asks for: the ninth of
    /// its kind, found in a few percent of the articles.
    static let queryRank = 8

    /// Creates the pool from a gazetteer; entries whose canonical name is not plain
    /// letters, spaces, dots, hyphens and apostrophes are left out, so that every name
    /// can stand in a query string and in SQL as it is.
    init(gazetteer: Gazetteer) {
        var entries: [EntityKind: [GazetteerEntry]] = [:]
        for entry in gazetteer.entries where Self.isPlain(entry.name) {
            entries[entry.kind, default: []].append(entry)
        }
        self.entries = entries
        ranks = entries.mapValues { Zipf(count: $0.count, exponent: Self.exponent) }
    }

    /// An entry of a kind, Zipf-weighted.
    func draw(_ kind: EntityKind, using random: inout SplitMix64) -> GazetteerEntry {
        guard let list = entries[kind], let zipf = ranks[kind] else {
            preconditionFailure("the gazetteer has no \(kind) entries")
        }
        return list[zipf.draw(using: &random)]
    }

    /// Distinct entries of a kind, Zipf-weighted: an article's cast.
    func cast(_ kind: EntityKind, count: Int, using random: inout SplitMix64) -> [GazetteerEntry] {
        var chosen: [GazetteerEntry] = []
        var names: Set<String> = []
        var attempts = 0
        while chosen.count < count, attempts < count * 20 {
            attempts += 1
            let entry = draw(kind, using: &random)
            if names.insert(entry.name).inserted { chosen.append(entry) }
        }
        return chosen
    }

    /// The entity of a kind that the benchmark's questions ask for.
    func queryEntity(_ kind: EntityKind) -> GazetteerEntry {
        guard let list = entries[kind], !list.isEmpty else { preconditionFailure("the gazetteer has no \(kind)") }
        return list[min(Self.queryRank, list.count - 1)]
    }

    /// The share of draws of a kind that give the query entity.
    func queryShare(_ kind: EntityKind) -> Double {
        guard let zipf = ranks[kind] else { return 0 }
        return zipf.probability(of: min(Self.queryRank, zipf.count - 1))
    }

    private static func isPlain(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || " .-'".unicodeScalars.contains($0)
        }
    }
}
