extension Program: CustomStringConvertible {
    /// The canonical query-language text of a program, as QueryPrinter prints it.
    ///
    /// For example: one statement per line.
    public var description: String { QueryPrinter.text(self) }
}
