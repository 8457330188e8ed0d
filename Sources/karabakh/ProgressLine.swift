import Foundation
import KarabakhCorpus

/// One line of progress on standard error, redrawn in place while a long load runs
/// (`reading files 2,048 of 10,000`), and only when standard error is a terminal, so
/// that logs and pipes get nothing but the results and the diagnostics.
///
/// For example:
///
/// ```swift
/// var options = IngestOptions()
/// let progress = ProgressLine.forTerminal()
/// options.progress = progress?.report
/// let corpus = try Corpus.load(contentsOf: folder, options: options)
/// progress?.finish()
/// ```
final class ProgressLine: Sendable {
    /// When the line was last drawn, so that it is redrawn ten times a second at most.
    private let state = LockedState()

    /// A progress line when standard error is a terminal, else `nil`.
    static func forTerminal() -> ProgressLine? {
        Terminal.isErrorTerminal ? ProgressLine() : nil
    }

    /// Draws the progress, unless it was drawn a moment ago (the last step of a
    /// stage is always drawn).
    @Sendable func report(_ progress: IngestProgress) {
        guard state.due(final: progress.done == progress.total) else { return }
        Terminal.error("\r\u{1B}[K\(progress)", newline: false)
    }

    /// Clears the line, if it was drawn, so that other lines can be written; a later
    /// report draws it again.
    func finish() {
        if state.takeDrawn() { Terminal.error("\r\u{1B}[K", newline: false) }
    }

    /// The time of the last drawing, behind a lock: a load may tell progress from
    /// whichever thread runs it.
    private final class LockedState: @unchecked Sendable {
        private let lock = NSLock()
        private var last: ContinuousClock.Instant?

        /// Whether to draw now; records the drawing.
        func due(final: Bool) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            let now = ContinuousClock.now
            if !final, let last, now - last < .milliseconds(100) { return false }
            last = now
            return true
        }

        /// Whether the line was drawn since the last call; forgets the drawing.
        func takeDrawn() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            defer { last = nil }
            return last != nil
        }
    }
}
