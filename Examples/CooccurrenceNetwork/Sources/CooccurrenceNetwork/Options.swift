import Foundation
import KarabakhCorpus

/// What the command line asks for: the weakest link to draw, the kind of entity to
/// keep, and the corpus.
///
/// For example, `CooccurrenceNetwork --min-weight 2 --kind person --corpus ~/articles`.
struct Options {
    /// The usage line, printed for `--help` and after a usage error.
    static let usage = "usage: CooccurrenceNetwork [--min-weight N] [--kind person|organization|place] [--corpus PATH]"

    /// The fewest shared articles an edge needs to be drawn.
    var minimumWeight = 1
    /// The only kind of entity to keep, or `nil` for all three.
    var kind: EntityKind?
    /// A folder of article files or a `.jsonl` file; `nil` for the bundled sample corpus.
    var corpusPath: String?
    /// Whether `--help` was given.
    var wantsHelp = false

    /// Reads the arguments that follow the program's name.
    init(arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help":
                wantsHelp = true
            case "--min-weight":
                let text = try Self.value(of: argument, from: &rest)
                guard let weight = Int(text), weight >= 1 else {
                    throw UsageError("--min-weight needs a whole number of at least 1, not '\(text)'")
                }
                minimumWeight = weight
            case "--kind":
                let text = try Self.value(of: argument, from: &rest)
                guard let kind = EntityKind(rawValue: text.lowercased()) else {
                    throw UsageError("--kind is person, organization or place, not '\(text)'")
                }
                self.kind = kind
            case "--corpus":
                corpusPath = try Self.value(of: argument, from: &rest)
            default:
                throw UsageError("unknown argument '\(argument)'")
            }
        }
    }

    /// The corpus the options name: the folder or file at ``corpusPath``, else the sample.
    func loadCorpus() throws(CorpusError) -> Corpus {
        guard let corpusPath else { return Corpus.sample }
        return try Corpus.load(contentsOf: URL(fileURLWithPath: corpusPath))
    }

    /// The argument after an option, taken from the rest.
    private static func value(of option: String, from rest: inout ArraySlice<String>) throws(UsageError) -> String {
        guard let value = rest.popFirst() else { throw UsageError("\(option) needs a value") }
        return value
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
