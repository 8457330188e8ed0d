import Foundation
import KarabakhCorpus

/// Prints the co-occurrence network of a corpus's entities as Graphviz DOT: entities
/// that appear in the same article are linked, and an edge's weight is the number of
/// articles they share.
///
/// Pipe it to Graphviz: `swift run CooccurrenceNetwork --kind person | dot -Tsvg > people.svg`.
@main
struct CooccurrenceNetwork {
    /// Reads the arguments, builds the network and prints it.
    static func main() {
        let options: Options
        do {
            options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch {
            fail("error: \(error)\n\(Options.usage)", status: 2)
        }
        if options.wantsHelp {
            print(Options.usage)
            return
        }
        let corpus: Corpus
        do {
            corpus = try options.loadCorpus()
        } catch {
            fail("error: \(error)", status: 1)
        }
        for diagnostic in corpus.diagnostics { printError(diagnostic.description) }
        let network = Network(corpus: corpus, kind: options.kind, minimumWeight: options.minimumWeight)
        print(network.dot())
    }

    /// Writes a line to standard error.
    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes a message to standard error and exits with a status.
    private static func fail(_ message: String, status: Int32) -> Never {
        printError(message)
        exit(status)
    }
}
