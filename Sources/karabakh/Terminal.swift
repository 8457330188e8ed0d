import Foundation

/// Standard output and standard error for the command's results and messages.
enum Terminal {
    /// Writes a line to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line to standard error (or the text as it is, without `newline`).
    static func error(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }

    /// Whether standard error is a terminal, for progress output.
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

extension Terminal {
    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

extension Terminal {
    /// The width of the terminal on standard output, or `nil` when it is not one.
    static var outputWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 100 }
        return Int(size.ws_col)
    }
}
