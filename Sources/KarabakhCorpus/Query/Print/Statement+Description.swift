extension Statement: CustomStringConvertible {
    /// The canonical query-language text of a statement, as QueryPrinter prints it.
    ///
    /// For example: `let osce = articles | where mentions("OSCE")`.
    public var description: String { QueryPrinter.text(self) }
}
