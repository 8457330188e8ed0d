import Foundation
import KarabakhCorpus

/// Runs the built `karabakh` executable and captures what it wrote and its exit status.
///
/// For example:
///
/// ```swift
/// let result = try CommandRunner.karabakh(["info"])
/// #expect(result.status == 0)
/// #expect(result.stdout.contains("articles  5"))
/// ```
public enum CommandRunner {
    /// What a finished process left behind.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written to standard output.
        public var stdout: String
        /// Everything written to standard error.
        public var stderr: String
    }

    /// The `karabakh` executable beside the test bundle in the build folder, or the
    /// one `$KARABAKH_BINARY` names.
    public static var karabakhURL: URL {
        if let path = ProcessInfo.processInfo.environment["KARABAKH_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var folder =
            Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the test bundle is `….xctest/Contents/MacOS/…`.
        while folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("karabakh")
    }

    /// Runs `karabakh` with arguments, optional standard input, and environment
    /// variables set (a `nil` value removes one).
    public static func karabakh(
        _ arguments: [String], stdin: String? = nil, environment: [String: String?] = [:],
        currentDirectory: URL? = nil
    ) throws -> Result {
        try run(karabakhURL, arguments, stdin: stdin, environment: environment, currentDirectory: currentDirectory)
    }

    /// Runs an executable and waits for it.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: String? = nil, environment: [String: String?] = [:],
        currentDirectory: URL? = nil
    ) throws -> Result {
        let folder = try TemporaryFolder(prefix: "karabakh-run")
        defer { folder.remove() }
        let outURL = try folder.write("stdout", "")
        let errURL = try folder.write("stderr", "")
        let inURL = try folder.write("stdin", stdin ?? "")

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["KARABAKH_CORPUS"] = nil
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? output.close()
            try? error.close()
            try? input.close()
        }
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try Self.text(at: outURL), stderr: try Self.text(at: errURL))
    }

    /// The text of a file the child wrote. Read through `FileBytes`: Foundation's
    /// `Data(contentsOf:)` leaks a page for every empty file it reads (Swift 6.3 on
    /// Linux), and AddressSanitizer's leak check would fail the suite.
    public static func text(at url: URL) throws -> String {
        String(decoding: try FileBytes.read(atPath: url.path), as: UTF8.self)
    }
}
