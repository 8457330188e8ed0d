import Foundation

/// Lines to standard error: progress while the benchmark runs, and warnings; results
/// alone go to standard output.
///
/// For example: `Progress.say("ours: ingest…")`, `Progress.warn("phrase: ours 12, FTS5 13")`.
enum Progress {
    /// A progress line.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }

    /// A warning line, `karabakh-bench: warning: …`.
    static func warn(_ message: String) {
        say("karabakh-bench: warning: \(message)")
    }

    /// A whole number with thousands separators: `10,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset).isMultiple(of: 3) { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }
}
