import Foundation

/// Standard output and standard error for the command's results and messages.
enum Terminal {
    /// Writes a line to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
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
