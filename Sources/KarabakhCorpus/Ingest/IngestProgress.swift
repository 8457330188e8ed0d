/// How far a load has got, for a progress display: ``IngestOptions/progress`` is
/// told after each stretch of files read and each batch of articles extracted.
///
/// For example, a command-line tool can redraw one line on standard error:
///
/// ```swift
/// var options = IngestOptions()
/// options.progress = { progress in
///     FileHandle.standardError.write(Data("\r\(progress)".utf8))   // reading files 2,048 of 10,000
/// }
/// let corpus = try Corpus.load(contentsOf: folder, options: options)
/// ```
public struct IngestProgress: Sendable, Hashable, CustomStringConvertible {
    /// The stages of a load, in order.
    public enum Stage: String, Sendable, Hashable {
        /// Reading and parsing files (`total` counts the files of a folder).
        case reading
        /// Extracting entities, mentions and quotes, and indexing the words (`total`
        /// counts articles).
        case extracting
    }

    /// The stage the load is in.
    public var stage: Stage
    /// How many files or articles of the stage are done.
    public var done: Int
    /// How many there are in the stage.
    public var total: Int

    /// Creates a progress report.
    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// `reading files 2,048 of 10,000`, `extracting articles 512 of 9,870`.
    public var description: String {
        let what = stage == .reading ? "reading files" : "extracting articles"
        return "\(what) \(Count.grouped(done)) of \(Count.grouped(total))"
    }
}
