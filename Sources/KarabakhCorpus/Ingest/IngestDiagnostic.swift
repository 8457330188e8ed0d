/// Something ingestion could not use, and where: a file or JSON line skipped, or a
/// sidecar ignored. Rendered as `FILE[:LINE]: warning: skipped: reason` (SPEC §11).
///
/// For example:
///
/// ```
/// corpus/scan.pdf: warning: skipped: binary file
/// corpus/feed.jsonl:7: warning: skipped: not valid JSON
/// ```
public struct IngestDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file, as the path was given plus its place inside a folder.
    public var file: String
    /// The line of a JSON Lines file, counting from 1.
    public var line: Int?
    /// What was wrong.
    public var problem: IngestProblem

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, problem: IngestProblem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// Whether an article or a file was left out because of it (rather than a
    /// sidecar ignored while its article was kept).
    public var isSkip: Bool { problem.isSkip }

    /// A short category for summaries: `binary file`, `bad JSON line`. Any problem
    /// with one line of a JSON Lines file is a `bad JSON line`.
    public var category: String {
        line == nil ? problem.category : "bad JSON line"
    }

    /// The rendered diagnostic.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): warning: \(problem.isSkip ? "skipped" : "ignored"): \(problem)"
    }
}

/// The reasons ingestion leaves a file or a line out.
public enum IngestProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file holds NUL bytes or other binary data.
    case binaryFile
    /// The file is not valid UTF-8; the byte offset of the first bad byte.
    case notUTF8(byteOffset: Int)
    /// The file holds nothing, or only white space.
    case emptyFile
    /// The file (or JSON line) is larger than the limit, in bytes.
    case tooLarge(size: Int, limit: Int)
    /// The file's extension is not one the reader reads.
    case unsupportedType(extension: String)
    /// The file could not be read.
    case unreadable(reason: String)
    /// A JSON line that does not parse, or is not an object.
    case badJSON(reason: String)
    /// A JSON value that is not an object, where an article's object belongs.
    case notAnObject(found: String)
    /// A JSON field of the wrong type.
    case wrongType(field: String, expected: String)
    /// A JSON line without the required `text`.
    case missingText
    /// A JSON line whose `text` is empty or only white space.
    case emptyText
    /// A date that is neither `YYYY-MM-DD` nor an ISO 8601 date-time.
    case badDate(field: String, value: String)
    /// A `.meta.json` sidecar whose article file does not exist; ignored.
    case orphanSidecar(expected: String)
    /// A `.meta.json` sidecar that could not be used; its article is kept with the
    /// metadata from its own text.
    case badSidecar(reason: String)

    /// Whether the problem leaves something out (as opposed to ignoring a sidecar).
    public var isSkip: Bool {
        switch self {
        case .orphanSidecar, .badSidecar: false
        default: true
        }
    }

    /// A short category for summaries: `binary file`, `bad JSON line`.
    public var category: String {
        switch self {
        case .binaryFile: "binary file"
        case .notUTF8: "file not in UTF-8"
        case .emptyFile: "empty file"
        case .tooLarge: "file over the size limit"
        case .unsupportedType: "unsupported file"
        case .unreadable: "unreadable file"
        case .badJSON, .notAnObject, .wrongType, .missingText, .emptyText, .badDate: "bad JSON line"
        case .orphanSidecar, .badSidecar: "ignored sidecar"
        }
    }

    /// The reason in words.
    public var description: String {
        switch self {
        case .binaryFile: "binary file"
        case .notUTF8(let offset): "not valid UTF-8 (bad byte at offset \(offset))"
        case .emptyFile: "empty file"
        case .tooLarge(let size, let limit):
            Count.size(size, overLimit: limit)
        case .unsupportedType(let ext): ext.isEmpty ? "not an article file" : "not an article file (.\(ext))"
        case .unreadable(let reason): "cannot read: \(reason)"
        case .badJSON(let reason): "not valid JSON: \(reason)"
        case .notAnObject(let found): "\(found), not a JSON object"
        case .wrongType(let field, let expected): "'\(field)' must be \(expected)"
        case .missingText: "no 'text' field"
        case .emptyText: "empty 'text'"
        case .badDate(let field, let value): "'\(field)' is not YYYY-MM-DD or an ISO 8601 date-time: \"\(value)\""
        case .orphanSidecar(let expected): "sidecar without its article \(expected)"
        case .badSidecar(let reason): "sidecar not used: \(reason)"
        }
    }
}
