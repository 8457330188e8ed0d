import Foundation
import KarabakhCorpus

/// Entities linked by the articles they share: an edge between two entities that
/// appear in the same article, weighted by the number of such articles.
///
/// For example, on the sample corpus Tural Ganjaliyev and Khankendi share 3 articles.
struct Network {
    /// Two entities and the number of articles that mention both.
    struct Edge {
        /// The entity that comes first in node order.
        let first: Entity
        /// The entity that comes second in node order.
        let second: Entity
        /// The number of articles that mention both.
        let weight: Int
    }

    /// The entities that have at least one edge, by name ignoring case, then by kind.
    let nodes: [Entity]
    /// The edges, in node order of their first entity, then of their second.
    let edges: [Edge]

    /// Links the entities of each article of a corpus, keeping only entities of a kind
    /// (all kinds when `nil`) and edges of at least a weight.
    init(corpus: Corpus, kind: EntityKind? = nil, minimumWeight: Int = 1) {
        var weights: [Pair: Int] = [:]
        var entitiesByID: [String: Entity] = [:]
        for article in corpus.articles {
            let entities = corpus.entities(of: article).filter { kind == nil || $0.kind == kind }
            for (index, first) in entities.enumerated() {
                entitiesByID[first.id] = first
                for second in entities[(index + 1)...] {
                    weights[Pair(first.id, second.id), default: 0] += 1
                }
            }
        }
        let kept = weights.filter { $0.value >= minimumWeight }
        let linked = Set(kept.keys.flatMap { [$0.low, $0.high] })
        let nodes = linked.compactMap { entitiesByID[$0] }.sorted(by: Self.nodeOrder)
        let rank = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        edges = kept.compactMap { pair, weight -> (first: Int, second: Int, weight: Int)? in
            guard let low = rank[pair.low], let high = rank[pair.high] else { return nil }
            return (min(low, high), max(low, high), weight)
        }
        .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        .map { Edge(first: nodes[$0.first], second: nodes[$0.second], weight: $0.weight) }
        self.nodes = nodes
    }

    /// The network as a Graphviz `graph`: a node per entity, shaped by kind and labelled
    /// with its name, and an edge per pair with `weight`, `penwidth` and `label`.
    ///
    /// For example:
    ///
    /// ```
    /// graph cooccurrence {
    ///   "Khankendi" [shape=box, style=rounded];
    ///   "Tural Ganjaliyev" [shape=ellipse];
    ///   "Khankendi" -- "Tural Ganjaliyev" [weight=3, penwidth=2.6, label="3"];
    /// }
    /// ```
    func dot() -> String {
        let names = nodeNames()
        var lines = ["graph cooccurrence {", "  node [fontname=\"Helvetica\"];", "  edge [fontname=\"Helvetica\"];"]
        for node in nodes {
            lines.append("  \(Self.quoted(names[node.id] ?? node.name)) [\(Self.shape(of: node.kind))];")
        }
        for edge in edges {
            let first = Self.quoted(names[edge.first.id] ?? edge.first.name)
            let second = Self.quoted(names[edge.second.id] ?? edge.second.name)
            let penwidth = String(format: "%.1f", 1 + log2(Double(edge.weight)))
            lines.append(
                "  \(first) -- \(second) [weight=\(edge.weight), penwidth=\(penwidth), label=\"\(edge.weight)\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Each node's name in the graph: the entity's name, with its kind added when
    /// entities of two kinds share the name (`Karabakh (place)`, `Karabakh (organization)`).
    private func nodeNames() -> [String: String] {
        let counts = Dictionary(nodes.map { ($0.name, 1) }, uniquingKeysWith: +)
        return Dictionary(
            uniqueKeysWithValues: nodes.map {
                ($0.id, counts[$0.name, default: 0] > 1 ? "\($0.name) (\($0.kind))" : $0.name)
            }
        )
    }

    /// Whether an entity comes before another: by name ignoring case, then by name, kind and id.
    private static func nodeOrder(_ lhs: Entity, _ rhs: Entity) -> Bool {
        (lhs.name.lowercased(), lhs.name, lhs.kind.rawValue, lhs.id)
            < (rhs.name.lowercased(), rhs.name, rhs.kind.rawValue, rhs.id)
    }

    /// The node attributes of a kind: people as ellipses, organizations as boxes, places
    /// as rounded boxes.
    private static func shape(of kind: EntityKind) -> String {
        switch kind {
        case .person: "shape=ellipse"
        case .organization: "shape=box"
        case .place: "shape=box, style=rounded"
        }
    }

    /// A DOT quoted string: `"Nagorno-Karabakh"`, with `"` and `\` escaped and line
    /// breaks turned into spaces.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where character.isNewline: result += " "
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

/// Two entity ids in a fixed order, so that (a, b) and (b, a) are one key.
private struct Pair: Hashable {
    /// The smaller id.
    let low: String
    /// The larger id.
    let high: String

    /// Orders two ids.
    init(_ first: String, _ second: String) {
        (low, high) = first < second ? (first, second) : (second, first)
    }
}
