import Foundation
import KarabakhCorpus

/// Prints a person's quotes by the date of their article, undated last.
///
/// The quotes come from the Swift DSL query
/// `Query.quotes.where { $0.speaker == name }`, which prints as
/// `quotes | where speaker == "Tural Ganjaliyev"`.
@main
struct QuoteTimeline {
    /// Reads the arguments, runs the query and prints the timeline.
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
        do {
            let corpus = try options.loadCorpus()
            for diagnostic in corpus.diagnostics { printError(diagnostic.description) }
            print(try timeline(of: options.speaker, in: corpus))
        } catch let error as CorpusError {
            fail("error: \(error)", status: 1)
        } catch {
            fail("\(error)", status: 1)
        }
    }

    /// The text the tool prints for a speaker: a summary line, a blank line and the timeline.
    static func timeline(of name: String, in corpus: Corpus) throws(QueryError) -> String {
        let query = Query.quotes.where { $0.speaker == name }
        let quotes: [Quote] = try corpus.run(query)
        guard let speaker = quotes.lazy.compactMap(corpus.speaker(of:)).first else {
            return "no quotes by \(name) in \(corpus.articles.count) articles (\(query))"
        }
        let timeline = Timeline(quotes: quotes, in: corpus)
        let quoteCount = count(timeline.quoteCount, "quote")
        let articleCount = count(timeline.articleCount, "article")
        return "\(speaker.name): \(quoteCount) in \(articleCount) (\(query))\n\n\(timeline.render())"
    }

    /// `1 quote`, `14 quotes`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
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
