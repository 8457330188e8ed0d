extension QueryStage: CustomStringConvertible {
    /// The canonical query-language text of a stage, as QueryPrinter prints it.
    ///
    /// For example: `sort date desc` (without its `|`).
    public var description: String { QueryPrinter.text(self) }
}
