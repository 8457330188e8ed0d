import ArgumentParser
import Foundation
import KarabakhCorpus

/// The `karabakh` command: explore a corpus of news articles about the
/// Nagorno-Karabakh conflict.
@main
struct Karabakh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "karabakh",
        abstract: "Explore a corpus of news articles about the Nagorno-Karabakh conflict.",
        discussion: """
            Without --corpus, commands read $KARABAKH_CORPUS, else the five sample articles \
            bundled with the library.
            """,
        subcommands: [
            ReplCommand.self, QueryCommand.self, RunCommand.self, CheckCommand.self, IngestCommand.self,
            ExportCommand.self, InfoCommand.self,
        ],
        defaultSubcommand: ReplCommand.self
    )

    /// Runs the command, with the exit statuses of SPEC §9: 0 success, 1 a query,
    /// script or data error, 2 bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            if !failure.message.isEmpty { Terminal.error(failure.message) }
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
