import KarabakhCorpus

/// A bundle of REPL features: meta-commands, query-language functions and stages
/// (with typed signatures the checker, completion and `:help` see), and completions.
/// The built-in commands are plugins too; an application adds its own.
///
/// For example:
///
/// ```swift
/// struct Greeting: ReplPlugin {
///     let name = "greeting"
///     let summary = "Says hello."
///     var commands: [MetaCommand] {
///         [MetaCommand(name: "hello", summary: "Say hello.") { _, _ in [.output("hello\n")] }]
///     }
/// }
/// ```
public protocol ReplPlugin: Sendable {
    /// The plugin's name, shown by `:plugins`.
    var name: String { get }
    /// One line about the plugin.
    var summary: String { get }
    /// The meta-commands it adds (`:name`).
    var commands: [MetaCommand] { get }
    /// The query-language functions it adds.
    var functions: [QueryFunction] { get }
    /// The query-language stages it adds.
    var stages: [QueryStageDefinition] { get }
    /// The output formats it adds to `:format`.
    var formats: [ReplOutputFormat] { get }
    /// More completion candidates for a word being typed, given the line so far.
    func completions(for word: String, in line: String) -> [String]
}

extension ReplPlugin {
    /// No commands.
    public var commands: [MetaCommand] { [] }
    /// No functions.
    public var functions: [QueryFunction] { [] }
    /// No stages.
    public var stages: [QueryStageDefinition] { [] }
    /// No formats.
    public var formats: [ReplOutputFormat] { [] }
    /// No completions.
    public func completions(for word: String, in line: String) -> [String] { [] }
}

/// A meta-command: `:name arguments`.
public struct MetaCommand: Sendable {
    /// The name, without the colon.
    public var name: String
    /// How its arguments are written, for `:help` (`PATH`, `on|off`).
    public var usage: String
    /// One line about it.
    public var summary: String
    /// What its arguments complete to (`paths`, or a fixed list).
    public var argumentCompletion: ArgumentCompletion
    /// Runs it on the REPL's state with the words after its name.
    public var run: @Sendable (inout ReplState, [String]) -> [ReplEvent]

    /// How a command's argument completes.
    public enum ArgumentCompletion: Sendable {
        /// Nothing.
        case none
        /// File and folder paths.
        case paths
        /// One of these words.
        case words([String])
    }

    /// Creates a command.
    public init(
        name: String, usage: String = "", summary: String, argumentCompletion: ArgumentCompletion = .none,
        run: @escaping @Sendable (inout ReplState, [String]) -> [ReplEvent]
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.argumentCompletion = argumentCompletion
        self.run = run
    }
}
