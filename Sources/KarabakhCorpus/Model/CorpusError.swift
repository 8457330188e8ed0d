/// An error that stops a corpus from loading at all. Problems with single files or
/// lines do not throw: they become ``IngestDiagnostic``s.
public enum CorpusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path names nothing.
    case notFound(path: String)
    /// The path exists but cannot be read.
    case unreadable(path: String, reason: String)
    /// The bundled sample corpus is missing from the library's resources.
    case sampleMissing
    /// Parts given to ``Corpus/init(extractedArticles:entities:diagnostics:extractor:)``
    /// do not fit together: a repeated id, or a mention of an unknown entity.
    case inconsistent(String)

    /// The error in words, naming the path.
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .sampleMissing: "the sample corpus is missing from the KarabakhCorpus resources"
        case .inconsistent(let reason): "inconsistent corpus: \(reason)"
        }
    }
}
