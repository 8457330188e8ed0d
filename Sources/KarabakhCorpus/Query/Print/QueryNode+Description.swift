extension QueryNode: CustomStringConvertible {
    /// The canonical query-language text of a query or an expression, as QueryPrinter prints it.
    ///
    /// For example: `articles | where date in 2020-03 | count`.
    public var description: String { QueryPrinter.text(self) }
}
