import Foundation

/// How well an export's metadata, entities and quotes agree with a gold file: a Swift
/// port of `../shared/tools/score_extraction.py`.
///
/// The normalisation, the matching rules, the counts and the formulas are the Python
/// scorer's, so the numbers are the ones it prints with `--json` and ``summary`` is the
/// text it prints without. Entities are scored per article as sets: a predicted entity
/// matches a gold one when any of its names (name, aliases, mention surfaces) equals any
/// of the gold names after normalisation, and is correct only with the same kind; a
/// second predicted entity matching an already matched gold entity is a split, not an
/// error. A predicted quote matches the first gold quote not yet matched whose `starts`
/// occurs in its text. Optional gold entities and quotes are neither rewarded nor
/// penalised.
///
/// For example:
///
/// ```swift
/// let score = try ExtractionScore(
///     goldJSONLines: #"{"file": "a.txt", "entities": [{"name": "OSCE", "kind": "organization", "aliases": [], "optional": false}], "quotes": []}"#,
///     predictedJSONLines: #"{"file": "a.txt", "entities": [{"name": "the OSCE", "kind": "organization"}]}"#)
/// #expect(score.entityF1 == 1.0)
/// print(score.summary)
/// ```
public struct ExtractionScore: Sendable {
    /// The metadata fields compared, in the order the scorer reports them.
    ///
    /// For example: `metadataAccuracy[ExtractionScore.metadataFields[0]]` is the title's.
    public static let metadataFields = ["title", "date", "authors", "source", "dateline"]

    /// The number of gold articles (Python's `articles`).
    ///
    /// For example: `2` for a gold file of two lines with different `file` names.
    public let articles: Int
    /// The gold articles with no predicted article, in gold order (`missing_articles`).
    ///
    /// For example: `["b.txt"]` when the prediction has neither `b.txt` nor `b`.
    public let missingArticles: [String]
    /// Right entities over all non-optional predicted ones (`entity_precision`).
    ///
    /// For example: `0.5` for one right and one extra entity; `1.0` when nothing counts.
    public let entityPrecision: Double
    /// Right entities over all non-optional gold ones (`entity_recall`).
    ///
    /// For example: `0.5` for one right and one missed entity; `1.0` when nothing counts.
    public let entityRecall: Double
    /// The harmonic mean of entity precision and recall (`entity_f1`).
    ///
    /// For example: `2 tp / (2 tp + fp + fn)`, `1.0` when all three are zero.
    public let entityF1: Double
    /// Predicted entities that name a gold entity but give another kind
    /// (`entity_kind_errors`); each also counts as a false positive.
    ///
    /// For example: `1` for "Armenia" as a person when the gold says place.
    public let entityKindErrors: Int
    /// Predicted entities matching a gold entity already matched (`entity_splits`).
    ///
    /// For example: `1` for "Ganjaliyev" and "Tural Ganjaliyev" predicted apart.
    public let entitySplits: Int
    /// Matched non-optional quotes over matched and extra ones (`quote_precision`).
    ///
    /// For example: `0.5` for one matched and one extra quote.
    public let quotePrecision: Double
    /// Matched non-optional quotes over matched and missed ones (`quote_recall`).
    ///
    /// For example: `0.5` for one matched and one missed quote.
    public let quoteRecall: Double
    /// The harmonic mean of quote precision and recall (`quote_f1`).
    ///
    /// For example: `2 qtp / (2 qtp + qfp + qfn)`, `1.0` when all three are zero.
    public let quoteF1: Double
    /// Matched non-optional quotes whose speaker is the gold speaker or one of its
    /// gold aliases, over all matched non-optional quotes (`attribution_accuracy`).
    ///
    /// For example: `1.0` for a quote given to "Ganjaliyev" when the gold says
    /// "Tural Ganjaliyev" and lists that alias.
    public let attributionAccuracy: Double
    /// For each of ``metadataFields``, the share of scored articles whose value
    /// agrees after normalisation (`metadata_accuracy`); authors compare as sorted lists.
    ///
    /// For example: `["title": 1.0, "date": 0.5, "authors": 1.0, "source": 1.0, "dateline": 1.0]`.
    public let metadataAccuracy: [String: Double]
    /// For each gold file with something wrong, the lines `-v` prints under its name,
    /// verbatim (each starts with two spaces); files without notes have no entry.
    ///
    /// For example: `["a.txt": ["  date: gold '2020-04-29' got None", "  missed entity: 'OSCE' (organization)"]]`.
    public let notes: [String: [String]]

    /// Scores predicted articles against gold ones, given as decoded JSON objects.
    ///
    /// Rows are keyed as the Python `load()` keys them: the last `/`-separated part of
    /// `file`, or of `id` when `file` is missing or empty; a later row with the same key
    /// replaces an earlier one. Values are what `JSONSerialization` gives, or Swift's
    /// own `String`, `Bool`, integers, `Double`, arrays, dictionaries and `NSNull`.
    ///
    /// For example:
    ///
    /// ```swift
    /// let score = ExtractionScore(
    ///     gold: [["file": "a.txt", "date": "2020-04-29", "entities": [], "quotes": []]],
    ///     predicted: [["file": "corpus/a.txt", "date": "2020-04-29"]])
    /// ```
    public init(gold: [[String: Any]], predicted: [[String: Any]]) {
        self.init(gold: Rows(gold), predicted: Rows(predicted))
    }

    /// Scores a predicted JSON Lines text against a gold one, one article a line.
    ///
    /// Blank lines are skipped; lines end at `\n`, `\r\n` or `\r`, as Python reads a file.
    /// A line that is not a JSON object throws a ``LoadError`` naming the line number.
    ///
    /// For example:
    ///
    /// ```swift
    /// let score = try ExtractionScore(
    ///     goldJSONLines: try String(contentsOfFile: "gold.jsonl", encoding: .utf8),
    ///     predictedJSONLines: exportedText)
    /// ```
    public init(goldJSONLines: String, predictedJSONLines: String) throws {
        self.init(
            gold: try Rows(jsonLines: goldJSONLines, input: "gold"),
            predicted: try Rows(jsonLines: predictedJSONLines, input: "predicted"))
    }

    /// The report the Python scorer prints without `--json`: five lines joined by
    /// newlines, without the newline after the last.
    ///
    /// Numbers are formatted as the Python does (`%.3f`, metadata `%.2f`); the `SCORE`
    /// line's metadata figure is the mean of ``metadataAccuracy``. For example:
    ///
    /// ```
    /// articles 1, missing 0
    /// entities  P 1.000  R 0.500  F1 0.667  (wrong kind 0, splits 0)
    /// quotes    P 1.000  R 1.000  F1 1.000  speaker accuracy 1.000
    /// metadata  title 1.00  date 1.00  authors 1.00  source 1.00  dateline 1.00
    /// SCORE entity_f1=0.667 quote_f1=1.000 attribution=1.000 metadata=1.000
    /// ```
    public var summary: String {
        let metadata = Self.metadataFields.map { ($0, metadataAccuracy[$0] ?? 1.0) }
        let mean = metadata.reduce(0.0) { $0 + $1.1 } / Double(metadata.count)
        func f3(_ x: Double) -> String { String(format: "%.3f", x) }
        return [
            "articles \(articles), missing \(missingArticles.count)",
            "entities  P \(f3(entityPrecision))  R \(f3(entityRecall))  F1 \(f3(entityF1))"
                + "  (wrong kind \(entityKindErrors), splits \(entitySplits))",
            "quotes    P \(f3(quotePrecision))  R \(f3(quoteRecall))  F1 \(f3(quoteF1))"
                + "  speaker accuracy \(f3(attributionAccuracy))",
            "metadata  " + metadata.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: "  "),
            "SCORE entity_f1=\(f3(entityF1)) quote_f1=\(f3(quoteF1)) "
                + "attribution=\(f3(attributionAccuracy)) metadata=\(f3(mean))",
        ].joined(separator: "\n")
    }

    /// Why a JSON Lines text could not be read: the Python scorer's
    /// `PATH:LINE: not JSON: …` exit.
    ///
    /// For example: `gold:3: not JSON: Unexpected end of file.`
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// Which text: `gold` or `predicted`.
        ///
        /// For example: `"predicted"` for a bad line in `predictedJSONLines`.
        public let input: String
        /// The 1-based line number, counting blank lines.
        ///
        /// For example: `3` for the third line.
        public let line: Int
        /// What is wrong with the line.
        ///
        /// For example: `"not JSON: Invalid value around character 0."` or `"not a JSON object"`.
        public let message: String

        /// The error as the Python scorer words it, with the input's name for the path.
        ///
        /// For example: `gold:3: not JSON: Invalid value around character 0.`
        public var description: String { "\(input):\(line): \(message)" }
    }
}

// MARK: - Scoring (Python `score`)

extension ExtractionScore {
    private init(gold: Rows, predicted: Rows) {
        var tp = 0
        var fp = 0
        var fn = 0
        var kindErrors = 0
        var splits = 0
        var qtp = 0
        var qfp = 0
        var qfn = 0
        var qok = 0
        var qn = 0
        var metaRight = Array(repeating: 0, count: Self.metadataFields.count)
        var metaSeen = metaRight
        var missing: [String] = []
        var allNotes: [String: [String]] = [:]

        for file in gold.order {
            let g = gold.rows[file]
            let goldEntities = Value.iterate(g?["entities"])
            let goldQuotes = Value.iterate(g?["quotes"])
            // `pred.get(file) or pred.get(file.rsplit(".", 1)[0])`
            let exact = predicted.rows[file]
            guard let p = Value.isTruthy(exact) ? exact : predicted.rows[file.droppingExtension] else {
                missing.append(file.string)
                fn += goldEntities.count(where: { !Value.isTruthy($0["optional"]) })
                qfn += goldQuotes.count(where: { !Value.isTruthy($0["optional"]) })
                continue
            }
            var notes: [String] = []

            for (n, key) in Self.metadataFields.enumerated() {
                let gv = g?[key]
                let pv = p[key]
                let ok: Bool
                if key == "authors" {
                    ok =
                        Value.iterate(gv).map { Text.norm($0) }.sorted()
                        == Value.iterate(pv).map { Text.norm($0) }.sorted()
                } else {
                    ok = Text.norm(gv) == Text.norm(pv)
                }
                metaRight[n] += ok ? 1 : 0
                metaSeen[n] += 1
                if !ok {
                    notes.append("  \(key): gold \(Value.repr(gv)) got \(Value.repr(pv))")
                }
            }

            let gents = goldEntities.map { ($0, Text.goldNames($0)) }
            var matched = Set<Int>()
            for pe in Value.iterate(p["entities"]) {
                let names = Text.predictedNames(pe)
                let hits = gents.indices.filter { !gents[$0].1.isDisjoint(with: names) }
                let same = hits.filter { Value.equal(gents[$0].0["kind"], pe["kind"]) }
                let required = same.filter { !Value.isTruthy(gents[$0].0["optional"]) }
                if !required.isEmpty {
                    if let i = required.first(where: { !matched.contains($0) }) {
                        matched.insert(i)
                        tp += 1
                    } else {
                        splits += 1
                    }
                } else if !same.isEmpty || hits.contains(where: { Value.isTruthy(gents[$0].0["optional"]) }) {
                    // An optional gold entity: neither right nor wrong.
                } else if let first = hits.first {
                    kindErrors += 1
                    fp += 1
                    notes.append(
                        "  wrong kind: \(Value.repr(pe["name"])) as \(Value.str(pe["kind"])), "
                            + "gold \(Value.str(gents[first].0["kind"]))")
                } else {
                    fp += 1
                    notes.append("  extra entity: \(Value.repr(pe["name"])) (\(Value.str(pe["kind"])))")
                }
            }
            for (i, (e, _)) in gents.enumerated() where !Value.isTruthy(e["optional"]) && !matched.contains(i) {
                fn += 1
                notes.append("  missed entity: \(Value.repr(e["name"])) (\(Value.str(e["kind"])))")
            }

            var aliases: [Text: Set<Text>] = [:]
            for e in goldEntities {
                aliases[Text.norm(e["name"])] = Text.goldNames(e)
            }
            var qmatched = Set<Int>()
            for pq in Value.iterate(p["quotes"]) {
                let text = Text.norm(pq["text"])
                let hit = goldQuotes.indices.first {
                    !qmatched.contains($0) && text.contains(Text.norm(goldQuotes[$0]["starts"]))
                }
                guard let hit else {
                    qfp += 1
                    notes.append("  extra quote: \(Value.repr(Value.prefix(pq["text"] ?? .str(""), 50)))")
                    continue
                }
                qmatched.insert(hit)
                let gq = goldQuotes[hit]
                if Value.isTruthy(gq["optional"]) {
                    continue
                }
                qtp += 1
                qn += 1
                let goldSpeaker = Text.norm(gq["speaker"])
                let ok = (aliases[goldSpeaker] ?? [goldSpeaker]).contains(Text.speakerName(pq))
                qok += ok ? 1 : 0
                if !ok {
                    notes.append(
                        "  speaker of \(Value.repr(Value.prefix(gq["starts"], 30))): "
                            + "gold \(Value.repr(gq["speaker"])) got \(Value.repr(pq["speaker"]))")
                }
            }
            for (i, q) in goldQuotes.enumerated() where !Value.isTruthy(q["optional"]) && !qmatched.contains(i) {
                qfn += 1
                notes.append("  missed quote: \(Value.repr(Value.prefix(q["starts"], 50)))")
            }
            if !notes.isEmpty {
                allNotes[file.string] = notes
            }
        }

        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1.0 : Double(a) / Double(b) }
        func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
            tp + fp + fn == 0 ? 1.0 : Double(2 * tp) / Double(2 * tp + fp + fn)
        }
        articles = gold.order.count
        missingArticles = missing
        entityPrecision = ratio(tp, tp + fp)
        entityRecall = ratio(tp, tp + fn)
        entityF1 = f1(tp, fp, fn)
        entityKindErrors = kindErrors
        entitySplits = splits
        quotePrecision = ratio(qtp, qtp + qfp)
        quoteRecall = ratio(qtp, qtp + qfn)
        quoteF1 = f1(qtp, qfp, qfn)
        attributionAccuracy = ratio(qok, qn)
        var metadata: [String: Double] = [:]
        for (n, key) in Self.metadataFields.enumerated() {
            metadata[key] = ratio(metaRight[n], metaSeen[n])
        }
        metadataAccuracy = metadata
        notes = allNotes
    }
}

// MARK: - Loading (Python `load`)

extension ExtractionScore {
    /// Articles keyed by file name, in the order a Python dict keeps them: a key's
    /// first insertion fixes its place, its last insertion its value.
    fileprivate struct Rows {
        var order: [Text] = []
        var rows: [Text: Value] = [:]

        init(_ objects: [[String: Any]]) {
            for object in objects {
                insert(Value(object))
            }
        }

        init(jsonLines: String, input: String) throws {
            for (index, rawLine) in Self.lines(jsonLines).enumerated() {
                let line = Text(rawLine).strippingWhitespace.string
                if line.isEmpty {
                    continue
                }
                // Python's json.loads refuses a byte order mark; JSONSerialization skips it.
                if line.unicodeScalars.first == "\u{FEFF}" {
                    throw LoadError(
                        input: input, line: index + 1,
                        message: "not JSON: Unexpected UTF-8 BOM (decode using utf-8-sig)")
                }
                let object: Any
                do {
                    object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
                } catch {
                    let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                    throw LoadError(
                        input: input, line: index + 1, message: "not JSON: \(reason ?? error.localizedDescription)")
                }
                guard let dictionary = object as? [String: Any] else {
                    throw LoadError(input: input, line: index + 1, message: "not a JSON object")
                }
                insert(Value(dictionary))
            }
        }

        /// `(obj.get("file") or obj.get("id") or "").split("/")[-1]`
        private mutating func insert(_ row: Value) {
            let name: Value =
                if Value.isTruthy(row["file"]) { row["file"] ?? .none } else if Value.isTruthy(row["id"]) {
                    row["id"] ?? .none
                } else { .str("") }
            let text: String
            if case .str(let s) = name {
                text = s
            } else {
                text = Value.str(name)  // Python would fail on `.split` here.
            }
            let key = Text(text).lastPathComponent
            if rows.updateValue(row, forKey: key) == nil {
                order.append(key)
            }
        }

        /// The lines of a text as Python's universal-newline file reading gives them.
        private static func lines(_ text: String) -> [String] {
            var lines: [String] = []
            var current = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in text.unicodeScalars {
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = scalar == "\r"
                if scalar == "\n" || scalar == "\r" {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty {
                lines.append(String(current))
            }
            return lines
        }
    }
}

// MARK: - Python values

extension ExtractionScore {
    /// A decoded JSON value with Python's truthiness, equality, `str` and `repr`.
    fileprivate indirect enum Value {
        case none
        case bool(Bool)
        case int(Int)
        case uint(UInt64)
        case float(Double)
        case str(String)
        case list([Value])
        case dict([String: Value])

        init(_ any: Any) {
            let mirror = Mirror(reflecting: any)
            if mirror.displayStyle == .optional {
                self = mirror.children.first.map { Value($0.value) } ?? .none
                return
            }
            if any is NSNull {
                self = .none
            } else if type(of: any) == Bool.self, let bool = any as? Bool {
                self = .bool(bool)
            } else if let string = any as? String {
                self = .str(string)
            } else if type(of: any) is NSNumber.Type, let number = any as? NSNumber {
                // JSONSerialization's numbers: booleans are `c`, floating point `d` or `f`.
                switch String(cString: number.objCType) {
                case "c", "B": self = .bool(number.boolValue)
                case "d", "f": self = .float(number.doubleValue)
                case "Q" where number.uint64Value > UInt64(Int.max): self = .uint(number.uint64Value)
                default: self = .int(number.intValue)
                }
            } else if let integer = any as? any BinaryInteger {
                if let int = Int(exactly: integer) {
                    self = .int(int)
                } else {
                    self = .uint(UInt64(truncatingIfNeeded: integer))
                }
            } else if let double = any as? Double {
                self = .float(double)
            } else if let float = any as? Float {
                self = .float(Double(float))
            } else if let array = any as? [Any] {
                self = .list(array.map(Value.init))
            } else if let dictionary = any as? [String: Any] {
                self = .dict(dictionary.mapValues(Value.init))
            } else {
                self = .str(String(describing: any))
            }
        }

        /// `obj.get(key)`: the value of a key of a dictionary; `nil` otherwise.
        subscript(key: String) -> Value? {
            if case .dict(let dictionary) = self {
                return dictionary[key]
            }
            return nil
        }

        /// Python's truthiness, with a missing value as `None`.
        static func isTruthy(_ value: Value?) -> Bool {
            switch value ?? .none {
            case .none: false
            case .bool(let b): b
            case .int(let i): i != 0
            case .uint(let u): u != 0
            case .float(let d): d != 0
            case .str(let s): !s.isEmpty
            case .list(let a): !a.isEmpty
            case .dict(let d): !d.isEmpty
            }
        }

        /// The items of `value or []`: a list's elements, a string's code points, a
        /// dictionary's keys; nothing for anything else.
        static func iterate(_ value: Value?) -> [Value] {
            switch value ?? .none {
            case .list(let items): items
            case .str(let s): s.unicodeScalars.map { .str(String($0)) }
            case .dict(let d): d.keys.sorted { Text($0) < Text($1) }.map { .str($0) }
            default: []  // Falsy, or (numbers) not iterable: Python would fail.
            }
        }

        /// `value[:n]` for a string or a list; other values unchanged.
        static func prefix(_ value: Value?, _ n: Int) -> Value {
            switch value ?? .none {
            case .str(let s): .str(String(String.UnicodeScalarView(s.unicodeScalars.prefix(n))))
            case .list(let items): .list(Array(items.prefix(n)))
            case let other: other
            }
        }

        /// Python's `==` between JSON values (`True == 1 == 1.0`).
        static func equal(_ a: Value?, _ b: Value?) -> Bool {
            switch (a ?? .none, b ?? .none) {
            case (.none, .none): return true
            case (.str(let x), .str(let y)): return Text(x) == Text(y)
            case (.list(let x), .list(let y)):
                return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
            case (.dict(let x), .dict(let y)):
                return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
            case (let x, let y):
                guard let u = x.number, let v = y.number else { return false }
                switch (u, v) {
                case (.exact(let i), .exact(let j)): return i == j
                case (.approximate(let d), .approximate(let e)): return d == e
                case (.exact(let i), .approximate(let d)), (.approximate(let d), .exact(let i)):
                    return d.rounded() == d && Double(i) == d && Int(exactly: d) == i
                }
            }
        }

        private enum Number {
            case exact(Int)
            case approximate(Double)
        }

        private var number: Number? {
            switch self {
            case .bool(let b): .exact(b ? 1 : 0)
            case .int(let i): .exact(i)
            case .uint(let u): .approximate(Double(u))
            case .float(let d): .approximate(d)
            default: nil
            }
        }

        /// Python's `str(value)`, with a missing value as `None`; a dictionary's keys
        /// come sorted, JSONSerialization having lost their order.
        static func str(_ value: Value?) -> String {
            switch value ?? .none {
            case .none: "None"
            case .bool(let b): b ? "True" : "False"
            case .int(let i): String(i)
            case .uint(let u): String(u)
            case .float(let d): d.isNaN ? "nan" : d.isInfinite ? (d < 0 ? "-inf" : "inf") : d.description
            case .str(let s): s
            case .list(let items): "[" + items.map { repr($0) }.joined(separator: ", ") + "]"
            case .dict(let d):
                "{"
                    + d.keys.sorted { Text($0) < Text($1) }.map { "\(repr(.str($0))): \(repr(d[$0]))" }
                    .joined(separator: ", ") + "}"
            }
        }

        /// Python's `repr(value)`, with a missing value as `None`.
        static func repr(_ value: Value?) -> String {
            guard case .str(let s) = value ?? .none else {
                return str(value)
            }
            let scalars = s.unicodeScalars
            let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
            var out = String.UnicodeScalarView()
            out.append(quote)
            func hex(_ value: UInt32, _ digits: Int) -> String {
                let text = String(value, radix: 16)
                return String(repeating: "0", count: max(0, digits - text.count)) + text
            }
            for c in scalars {
                if c == quote || c == "\\" {
                    out.append("\\")
                    out.append(c)
                } else if c == "\t" {
                    out.append(contentsOf: "\\t".unicodeScalars)
                } else if c == "\n" {
                    out.append(contentsOf: "\\n".unicodeScalars)
                } else if c == "\r" {
                    out.append(contentsOf: "\\r".unicodeScalars)
                } else if c.value < 0x20 || c.value == 0x7F {
                    out.append(contentsOf: "\\x\(hex(c.value, 2))".unicodeScalars)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.append(c)
                } else if c.value <= 0xFF {
                    out.append(contentsOf: "\\x\(hex(c.value, 2))".unicodeScalars)
                } else if c.value <= 0xFFFF {
                    out.append(contentsOf: "\\u\(hex(c.value, 4))".unicodeScalars)
                } else {
                    out.append(contentsOf: "\\U\(hex(c.value, 8))".unicodeScalars)
                }
            }
            out.append(quote)
            return String(out)
        }

        /// Python's `str.isprintable` for one code point.
        private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
            switch c.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned,
                .lineSeparator, .paragraphSeparator:
                false
            case .spaceSeparator: c == " "
            default: true
            }
        }
    }
}

// MARK: - Normalised text (Python `norm`)

extension ExtractionScore {
    /// A string compared code point by code point, as Python compares strings (Swift's
    /// `String` compares by canonical equivalence).
    fileprivate struct Text: Hashable, Comparable {
        var scalars: [Unicode.Scalar]

        init(_ string: String) {
            scalars = Array(string.unicodeScalars)
        }

        init(scalars: some Sequence<Unicode.Scalar>) {
            self.scalars = Array(scalars)
        }

        var string: String { String(String.UnicodeScalarView(scalars)) }

        static func < (a: Text, b: Text) -> Bool {
            a.scalars.lexicographicallyPrecedes(b.scalars) { $0.value < $1.value }
        }

        /// `other in self`: whether a text occurs in this one (the empty text always does).
        func contains(_ other: Text) -> Bool {
            let n = other.scalars.count
            guard n <= scalars.count else { return false }
            if n == 0 { return true }
            return (0...(scalars.count - n)).contains { start in
                scalars[start..<(start + n)].elementsEqual(other.scalars)
            }
        }

        /// `s.split("/")[-1]`
        var lastPathComponent: Text {
            guard let slash = scalars.lastIndex(of: "/") else { return self }
            return Text(scalars: scalars[(slash + 1)...])
        }

        /// `s.rsplit(".", 1)[0]`
        var droppingExtension: Text {
            guard let dot = scalars.lastIndex(of: ".") else { return self }
            return Text(scalars: scalars[..<dot])
        }

        /// `s.strip()`
        var strippingWhitespace: Text { stripping(Self.isPythonSpace) }

        private func stripping(_ drop: (Unicode.Scalar) -> Bool) -> Text {
            guard let first = scalars.firstIndex(where: { !drop($0) }),
                let last = scalars.lastIndex(where: { !drop($0) })
            else { return Text(scalars: []) }
            return Text(scalars: scalars[first...last])
        }

        /// Python's `str.isspace` (and `\s`) for one code point.
        static func isPythonSpace(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
                0x205F, 0x3000:
                true
            default: false
            }
        }

        /// Python's `norm`: NFKC, lower case, straight quotes, runs of spaces and
        /// dashes as one space, stripped, no leading "the ", no surrounding punctuation.
        static func norm(_ value: Value?) -> Text {
            guard let value, !(value.isNone) else { return Text(scalars: []) }
            let nfkc = Array(Value.str(value).precomposedStringWithCompatibilityMapping.unicodeScalars)
            var lowered: [Unicode.Scalar] = []
            for (i, c) in nfkc.enumerated() {
                if c == "\u{03A3}" {
                    lowered.append(finalSigma(nfkc, i) ? "\u{03C2}" : "\u{03C3}")
                } else {
                    lowered.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
                }
            }
            var collapsed: [Unicode.Scalar] = []
            var inRun = false
            for var c in lowered {
                switch c {
                case "\u{2019}", "\u{2018}": c = "'"
                case "\u{201C}", "\u{201D}": c = "\""
                default: break
                }
                if isPythonSpace(c) || c == "-" || c == "\u{2013}" || c == "\u{2014}" {
                    if !inRun { collapsed.append(" ") }
                    inRun = true
                } else {
                    collapsed.append(c)
                    inRun = false
                }
            }
            var text = Text(scalars: collapsed).strippingWhitespace
            if text.scalars.starts(with: ["t", "h", "e", " "]) {
                text.scalars.removeFirst(4)
            }
            return text.stripping { " .,;:\"'".unicodeScalars.contains($0) }
        }

        /// Whether the capital sigma at `i` ends a word, as CPython's `lower` decides.
        private static func finalSigma(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
            var j = i - 1
            while j >= 0 && s[j].properties.isCaseIgnorable { j -= 1 }
            guard j >= 0 && s[j].properties.isCased else { return false }
            j = i + 1
            while j < s.count && s[j].properties.isCaseIgnorable { j += 1 }
            return j == s.count || !s[j].properties.isCased
        }

        /// A gold entity's names: `{norm(name)} | {norm(a) for a in aliases}`.
        static func goldNames(_ entity: Value) -> Set<Text> {
            var names: Set<Text> = [norm(entity["name"])]
            for alias in Value.iterate(entity["aliases"]) {
                names.insert(norm(alias))
            }
            return names
        }

        /// Python's `pred_names`: name, aliases and mention surfaces, without "".
        static func predictedNames(_ entity: Value) -> Set<Text> {
            var names: Set<Text> = [norm(entity["name"])]
            for alias in Value.iterate(entity["aliases"]) {
                names.insert(norm(alias))
            }
            for mention in Value.iterate(entity["mentions"]) {
                if case .dict = mention {
                    names.insert(norm(mention["surface"]))
                } else {
                    names.insert(norm(mention))
                }
            }
            names.remove(Text(scalars: []))
            return names
        }

        /// Python's `speaker_name`: the speaker, or its `name` when it is an object.
        static func speakerName(_ quote: Value) -> Text {
            let speaker = quote["speaker"]
            if case .dict? = speaker {
                return norm(speaker?["name"])
            }
            return norm(speaker)
        }
    }
}

extension ExtractionScore.Value {
    fileprivate var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
