import Foundation
import KarabakhCorpus

/// What the command line asks for: whose quotes, from which corpus.
///
/// For example, `QuoteTimeline Ganjaliyev --corpus ~/articles`.
struct Options {
    /// The usage line, printed for `--help` and after a usage error.
    static let usage = "usage: QuoteTimeline [NAME] [--corpus PATH]"

    /// The speaker's name or one of its aliases, matched as `speaker == NAME` matches.
    var speaker = "Tural Ganjaliyev"
    /// A folder of article files or a `.jsonl` file; `nil` for the bundled sample corpus.
    var corpusPath: String?
    /// Whether `--help` was given.
    var wantsHelp = false

    /// Reads the arguments that follow the program's name.
    init(arguments: [String]) throws(UsageError) {
        var names: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                wantsHelp = true
            case "--corpus":
                guard let path = rest.popFirst() else { throw UsageError("--corpus needs a path") }
                corpusPath = path
            case _ where argument.hasPrefix("--corpus="):
                corpusPath = String(argument.dropFirst("--corpus=".count))
            case _ where argument.hasPrefix("-"):
                throw UsageError("unknown option '\(argument)'")
            default:
                names.append(argument)
            }
        }
        guard names.count <= 1 else { throw UsageError("expected one name, got \(names.count)") }
        if let name = names.first { speaker = name }
    }

    /// The corpus the options name: the folder or file at ``corpusPath``, else the sample.
    func loadCorpus() throws(CorpusError) -> Corpus {
        guard let corpusPath else { return Corpus.sample }
        return try Corpus.load(contentsOf: URL(fileURLWithPath: corpusPath))
    }
}

/// A mistake on the command line, reported with the usage line and exit status 2.
struct UsageError: Error, CustomStringConvertible {
    /// What was wrong, in lower case.
    let description: String

    /// Creates an error with a message.
    init(_ description: String) {
        self.description = description
    }
}
