import KarabakhCorpus

/// What the loaded plugins offer, for `:help`, `:plugins` and completion.
public struct ReplCatalog: Sendable {
    /// A plugin's name, summary and what it adds.
    public struct Entry: Sendable {
        /// The plugin's name.
        public var name: String
        /// One line about it.
        public var summary: String
        /// Its commands: `:name usage — summary`.
        public var commands: [(name: String, usage: String, summary: String)]
        /// Its functions' signatures.
        public var functions: [String]
        /// Its stages' signatures.
        public var stages: [String]
        /// Its output formats' names.
        public var formats: [String] = []
    }

    /// The plugins, in load order.
    public var entries: [Entry] = []
}
