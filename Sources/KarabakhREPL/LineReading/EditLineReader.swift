import CEditLine
import Foundation
import KarabakhCorpus

/// Reads lines on a terminal with libedit: emacs keys, UTF-8 input, a history kept in
/// `~/.karabakh_history`, Tab completion, Ctrl-C to cancel the line and Ctrl-D on an
/// empty line to leave.
///
/// For example:
///
/// ```swift
/// var engine = ReplEngine(corpus: .sample)
/// let snapshot = engine
/// if var reader = EditLineReader.makeIfTerminal(completion: { snapshot.complete($0, cursor: $1) }) {
///     _ = Repl.run(engine: &engine, reader: &reader)
/// }
/// ```
///
/// Tab asks the completion closure for the word at the cursor (see ``Completion``): a
/// single candidate replaces the word (and closes a string it completes); several put
/// in their common prefix and are listed below the line. The libedit callbacks find
/// their reader through `EL_CLIENTDATA`; a SIGINT handler (installed without
/// `SA_RESTART`, so that `el_gets` returns) only notes the signal.
public final class EditLineReader: LineReader {
    /// Maps a line and a cursor offset in characters to what completes the word there:
    /// the engine's ``ReplEngine/complete(_:cursor:)``.
    public typealias Completing = (_ line: String, _ cursor: Int) -> Completion

    /// The most history entries kept.
    public static let historySize = 1000

    /// The most candidates Tab lists.
    static let listLimit = 200

    /// `~/.karabakh_history`, or `nil` when there is no home folder.
    public static var defaultHistoryURL: URL? {
        var home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        if home.isEmpty, let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            home = String(cString: directory)
        }
        guard !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".karabakh_history")
    }

    /// The file the history is loaded from and saved to, or `nil` for none.
    public let historyURL: URL?
    /// What Tab offers.
    public var completion: Completing

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var prompt: UnsafeMutablePointer<CChar>?
    private var promptText = ""
    private var previousInterrupt = sigaction()
    private var previousResize = sigaction()

    /// A reader when standard input and standard output are both terminals, else `nil`
    /// (read plain lines then, with ``PlainLineReader``).
    ///
    /// For example:
    ///
    /// ```swift
    /// var reader: any LineReader =
    ///     EditLineReader.makeIfTerminal(completion: { snapshot.complete($0, cursor: $1) })
    ///     ?? PlainLineReader()
    /// ```
    public static func makeIfTerminal(
        programName: String = "karabakh", historyURL: URL? = defaultHistoryURL,
        completion: @escaping Completing
    ) -> EditLineReader? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        return EditLineReader(programName: programName, historyURL: historyURL, completion: completion)
    }

    /// Sets up libedit on standard input and output, and loads the history; `nil` if
    /// libedit cannot start.
    ///
    /// For example:
    ///
    /// ```swift
    /// let reader = EditLineReader(historyURL: nil, completion: { _, cursor in
    ///     Completion(replaceFrom: cursor, candidates: [])
    /// })
    /// ```
    public init?(
        programName: String = "karabakh", historyURL: URL? = defaultHistoryURL,
        completion: @escaping Completing
    ) {
        // Without a UTF-8 LC_CTYPE, libedit drops non-ASCII input.
        _ = ce_setlocale_utf8()
        guard let editLine = ce_el_init(programName) else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyURL = historyURL?.resolvingSymlinksInPath()
        self.completion = completion

        _ = ce_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = ce_set_editor(editLine, "emacs")
        _ = ce_set_signal(editLine, 1)
        _ = ce_set_prompt(editLine) { editLine in
            guard let editLine, let owner = ce_get_clientdata(editLine) else { return ce_empty_prompt() }
            return Unmanaged<EditLineReader>.fromOpaque(owner).takeUnretainedValue().prompt ?? ce_empty_prompt()
        }
        _ = ce_history_set_size(history, Int32(Self.historySize))
        _ = ce_history_set_unique(history, 1)
        _ = ce_set_history(editLine, history)
        _ = ce_add_function(editLine, "karabakh-complete", "Complete the word at the cursor") { editLine, _ in
            guard let editLine, let owner = ce_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(owner).takeUnretainedValue().completeAtCursor()
        }
        _ = ce_bind(editLine, "^I", "karabakh-complete")
        _ = ce_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc (or $EDITRC) may change any of these.
        _ = el_source(editLine, nil)
        loadHistory()
        _ = ce_signal_install(&previousInterrupt, &previousResize)
    }

    deinit {
        saveHistory()
        ce_signal_restore(&previousInterrupt, &previousResize)
        el_end(editLine)
        history_end(history)
        free(prompt)
    }

    /// Always interactive.
    public var isInteractive: Bool { true }

    /// Ctrl-C since the last ask: the signal handler stays installed while queries run.
    public var interruptCheck: (@Sendable () -> Bool)? { { ce_signal_take_interrupt() != 0 } }

    /// Reads a line after the prompt: `.interrupt` on Ctrl-C (the line is dropped),
    /// `.end` on Ctrl-D on an empty line or when the terminal goes away.
    public func readLine(prompt: String) -> LineInput {
        setPrompt(prompt)
        if ce_signal_take_resize() != 0 { el_resize(editLine) }
        _ = ce_signal_take_interrupt()
        var count: Int32 = 0
        guard let bytes = el_gets(editLine, &count), count > 0 else {
            let failure = errno
            if ce_signal_take_interrupt() != 0 || (count < 0 && failure == EINTR) {
                ce_write(editLine, "^C\n")
                return .interrupt
            }
            ce_write(editLine, "\n")
            return .end
        }
        var line = String(cString: bytes)
        // "\r\n" is one Character, so test for any line end rather than "\n".
        while line.last?.isNewline == true { line.removeLast() }
        return .line(line)
    }

    /// Reads a line with Tab offering what `complete` gives for this call only: for a
    /// caller that owns the engine and cannot lend it to a stored closure.
    ///
    /// For example:
    ///
    /// ```swift
    /// let input = reader.readLine(prompt: engine.prompt) { engine.complete($0, cursor: $1) }
    /// ```
    public func readLine(prompt: String, completing complete: Completing) -> LineInput {
        withoutActuallyEscaping(complete) { complete in
            let saved = completion
            completion = complete
            defer { completion = saved }
            return readLine(prompt: prompt)
        }
    }

    /// Adds an entry to the history and saves the history file.
    public func addHistory(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        _ = ce_history_enter(history, entry)
        saveHistory()
    }

    private func setPrompt(_ text: String) {
        guard text != promptText || prompt == nil else { return }
        free(prompt)
        prompt = strdup(text)
        promptText = text
    }

    // MARK: Completion

    /// Tab: replaces the word at the cursor by the one candidate, or by the candidates'
    /// common prefix and lists them. Returns a libedit `CC_` code.
    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer else { return UInt8(CC_ERROR) }
        let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        let line = String(decoding: UnsafeBufferPointer(start: bytes, count: info.lastchar - buffer), as: UTF8.self)
        let characters = Array(
            String(decoding: UnsafeBufferPointer(start: bytes, count: info.cursor - buffer), as: UTF8.self))
        let after = line.dropFirst(characters.count).first

        let offered = completion(line, characters.count)
        let replaceFrom = min(max(offered.replaceFrom, 0), characters.count)
        let typed = String(characters[replaceFrom...])
        let candidates = offered.candidates
        guard let first = candidates.first else { return UInt8(CC_REFRESH_BEEP) }
        if candidates.count == 1 {
            let insideString = characters[..<replaceFrom].filter { $0 == "\"" }.count % 2 == 1
            replace(typed, with: insideString && after != "\"" ? first + "\"" : first)
            return UInt8(CC_REFRESH)
        }
        let prefix = offered.commonPrefix
        if prefix.count > typed.count { replace(typed, with: prefix) }
        ce_write(editLine, "\n" + Self.columns(candidates, width: Int(ce_columns(editLine))))
        return UInt8(CC_REDISPLAY)
    }

    /// Deletes `typed` before the cursor and inserts `text`.
    private func replace(_ typed: String, with text: String) {
        guard typed != text else { return }
        // libedit counts wide characters: one per Unicode scalar.
        el_deletestr(editLine, Int32(typed.unicodeScalars.count))
        _ = el_insertstr(editLine, text)
    }

    /// The candidates in columns down then across, like `ls`, fitted to the width.
    static func columns(_ candidates: [String], width: Int) -> String {
        let shown = Array(candidates.prefix(listLimit))
        let widest = shown.map(\.count).max() ?? 0
        let columnCount = max(1, (width + 2) / (widest + 2))
        let rowCount = (shown.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var cells: [String] = []
            for column in 0..<columnCount where column * rowCount + row < shown.count {
                cells.append(shown[column * rowCount + row])
            }
            for (index, cell) in cells.enumerated() {
                text +=
                    index == cells.count - 1 ? cell : cell.padding(toLength: widest + 2, withPad: " ", startingAt: 0)
            }
            text += "\n"
        }
        if candidates.count > shown.count { text += "… and \(candidates.count - shown.count) more\n" }
        return text
    }

    // MARK: History file

    /// The largest history file that is loaded.
    static let historyLimit = 16 << 20

    /// Loads the history file. libedit's `H_LOAD` refuses a file without its
    /// `_HiStOrY_V2_` header; such a file is read as one entry a line. The file is
    /// read through ``FileBytes`` first, so a history that is missing, a pipe or a
    /// device, or larger than ``historyLimit``, is left alone rather than waited on.
    private func loadHistory() {
        guard let url = historyURL, let data = try? FileBytes.read(atPath: url.path, limit: Self.historyLimit)
        else { return }
        let text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("_HiStOrY_V2_") {
            _ = ce_history_load(history, url.path)
            return
        }
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
            _ = ce_history_enter(history, String(line))
        }
    }

    /// Saves the history in libedit's format (`_HiStOrY_V2_`, then one encoded entry a
    /// line) with mode 0600, through a temporary file renamed over the old one.
    private func saveHistory() {
        guard let url = historyURL else { return }
        let temporary = url.path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return }
        _ = fchmod(descriptor, 0o600)
        guard let file = fdopen(descriptor, "w") else {
            close(descriptor)
            unlink(temporary)
            return
        }
        let saved = ce_history_save_fp(history, file)
        if fclose(file) == 0, saved >= 0, rename(temporary, url.path) == 0 { return }
        unlink(temporary)
    }
}
