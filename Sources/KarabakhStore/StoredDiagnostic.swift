import Foundation
import KarabakhCorpus

/// An ingest diagnostic as a row of the `diagnostics` table: the problem's name
/// (`binary_file`, `not_utf8`…) and its values as a JSON object, so that it reads
/// back as the same ``IngestDiagnostic``.
///
/// For example, `corpus/feed.jsonl:7: warning: skipped: not valid JSON: …` is the row
/// `file = 'corpus/feed.jsonl', line = 7, problem = 'bad_json', details = '{"reason":"…"}'`.
struct StoredDiagnostic: Equatable {
    /// The problem's name.
    var problem: String
    /// The problem's values by name.
    var details: [String: DetailValue]

    /// A value of a problem: a number or a string.
    enum DetailValue: Equatable {
        case int(Int)
        case string(String)
    }

    /// The stored form of a problem.
    init(_ problem: IngestProblem) {
        switch problem {
        case .binaryFile: self.init("binary_file")
        case .notUTF8(let offset): self.init("not_utf8", ["byte_offset": .int(offset)])
        case .emptyFile: self.init("empty_file")
        case .tooLarge(let size, let limit): self.init("too_large", ["size": .int(size), "limit": .int(limit)])
        case .unsupportedType(let ext): self.init("unsupported_type", ["extension": .string(ext)])
        case .unreadable(let reason): self.init("unreadable", ["reason": .string(reason)])
        case .badJSON(let reason): self.init("bad_json", ["reason": .string(reason)])
        case .notAnObject(let found): self.init("not_an_object", ["found": .string(found)])
        case .wrongType(let field, let expected):
            self.init("wrong_type", ["field": .string(field), "expected": .string(expected)])
        case .missingText: self.init("missing_text")
        case .emptyText: self.init("empty_text")
        case .badDate(let field, let value): self.init("bad_date", ["field": .string(field), "value": .string(value)])
        case .orphanSidecar(let expected): self.init("orphan_sidecar", ["expected": .string(expected)])
        case .badSidecar(let reason): self.init("bad_sidecar", ["reason": .string(reason)])
        }
    }

    private init(_ problem: String, _ details: [String: DetailValue] = [:]) {
        self.problem = problem
        self.details = details
    }

    /// Reads a row's `problem` and `details` columns; `nil` when they name no problem
    /// this version knows.
    init?(problem: String, detailsJSON: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(detailsJSON.utf8)) as? [String: Any] else {
            return nil
        }
        var details: [String: DetailValue] = [:]
        for (key, value) in object {
            switch value {
            case let text as String: details[key] = .string(text)
            case let number as Int: details[key] = .int(number)
            default: return nil
            }
        }
        self.init(problem, details)
    }

    /// The `details` column: a JSON object with sorted keys.
    var detailsJSON: String {
        let object = details.mapValues { value -> Any in
            switch value {
            case .int(let number): number
            case .string(let text): text
            }
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The problem again, or `nil` when the name or its values do not fit.
    var ingestProblem: IngestProblem? {
        func int(_ key: String) -> Int? {
            if case .int(let value)? = details[key] { return value }
            return nil
        }
        func string(_ key: String) -> String? {
            if case .string(let value)? = details[key] { return value }
            return nil
        }
        switch problem {
        case "binary_file": return .binaryFile
        case "not_utf8": return int("byte_offset").map { .notUTF8(byteOffset: $0) }
        case "empty_file": return .emptyFile
        case "too_large":
            guard let size = int("size"), let limit = int("limit") else { return nil }
            return .tooLarge(size: size, limit: limit)
        case "unsupported_type": return string("extension").map { .unsupportedType(extension: $0) }
        case "unreadable": return string("reason").map { .unreadable(reason: $0) }
        case "bad_json": return string("reason").map { .badJSON(reason: $0) }
        case "not_an_object": return string("found").map { .notAnObject(found: $0) }
        case "wrong_type":
            guard let field = string("field"), let expected = string("expected") else { return nil }
            return .wrongType(field: field, expected: expected)
        case "missing_text": return .missingText
        case "empty_text": return .emptyText
        case "bad_date":
            guard let field = string("field"), let value = string("value") else { return nil }
            return .badDate(field: field, value: value)
        case "orphan_sidecar": return string("expected").map { .orphanSidecar(expected: $0) }
        case "bad_sidecar": return string("reason").map { .badSidecar(reason: $0) }
        default: return nil
        }
    }
}
