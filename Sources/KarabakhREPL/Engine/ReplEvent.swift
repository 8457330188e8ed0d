/// What the REPL engine gives back for a line: text for standard output or standard
/// error, or the end of the session.
public enum ReplEvent: Hashable, Sendable {
    /// Results and command output, for standard output.
    case output(String)
    /// Errors, rendered with their caret, for standard error.
    case error(String)
    /// The session is over (`:quit`, Ctrl-D).
    case quit
}
