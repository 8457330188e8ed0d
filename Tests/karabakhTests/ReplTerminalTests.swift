import Foundation
import KarabakhTestSupport
import Testing

/// The REPL end to end on a real terminal: the built `karabakh` runs in a tmux pane
/// with its own `HOME` (so `~/.karabakh_history` is the test's), keys are sent with
/// `tmux send-keys` and the screen is read with `tmux capture-pane` (SPEC §8).
@Suite(
    "karabakh REPL on a terminal", .serialized,
    .enabled(if: Tmux.executable != nil, "tmux is not installed; the terminal tests need it"))
struct ReplTerminalTests {
    @Test("Tab completes a stage after '|' and an entity name inside quotes, closing the string")
    func tabCompletion() throws {
        try Tmux.withREPL { pane in
            pane.type("articles | cou")
            pane.press("Tab")
            try pane.waitForLastLine("kq> articles | count")
            pane.press("Enter")
            try pane.waitForPrompt(after: "5")

            pane.type(#"quotes | where speaker == "Tural Ga"#)
            pane.press("Tab")
            let screen = try pane.waitFor("the name completed") {
                $0.lastLine.hasPrefix(#"kq> quotes | where speaker == "Tural Ganjali"#)
            }
            if screen.lastLine != #"kq> quotes | where speaker == "Tural Ganjaliyev""# {
                // Several names start so (an alias too): Tab put in their common
                // prefix and listed them; one more letter leaves one.
                #expect(screen.lines.dropLast().last?.contains("Tural Ganjaliyev") == true, "\(screen)")
                pane.type("y")
                pane.press("Tab")
                try pane.waitForLastLine(#"kq> quotes | where speaker == "Tural Ganjaliyev""#)
            }
            pane.type(" | count")
            pane.press("Enter")
            try pane.waitForPrompt(after: "14")
        }
    }

    @Test("a line ending in '|' shows the ..> prompt and the next line finishes the query")
    func multiLineQuery() throws {
        try Tmux.withREPL { pane in
            pane.type("articles |")
            pane.press("Enter")
            try pane.waitForLastLine("..>")
            pane.type("count")
            pane.press("Enter")
            let screen = try pane.waitForPrompt(after: "5")
            #expect(screen.lines.suffix(3) == ["..> count", "5", "kq>"], "\(screen)")
        }
    }

    @Test("Ctrl-C cancels a half-typed line and a statement left open")
    func interruptCancelsLine() throws {
        try Tmux.withREPL { pane in
            pane.type("articles | wh")
            try pane.waitForLastLine("kq> articles | wh")
            pane.press("C-c")
            try pane.waitForLastLine("kq>")
            pane.type("articles |")
            pane.press("Enter")
            try pane.waitForLastLine("..>")
            pane.press("C-c")
            try pane.waitForLastLine("kq>")
            // Neither 'articles | wh' nor 'articles |' is still pending.
            pane.type("articles | count")
            pane.press("Enter")
            let screen = try pane.waitForPrompt(after: "5")
            #expect(!screen.text.contains("error"), "\(screen)")
        }
    }

    /// How long a cancelled query may take to stop.
    static let stopTimeout = TimeInterval(10 * Sanitizers.slowdown)

    @Test("Ctrl-C stops a running query: the error says so, the prompt is back at once, the session goes on")
    func interruptStopsQuery() throws {
        // Sixty copies of the sample, and a query that scans every article's text for
        // each of its mentions three times over: half a minute in a debug build.
        let corpus = try TemporaryFolder(prefix: "karabakh-slow-corpus")
        defer { corpus.remove() }
        let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/KarabakhCorpus/Resources/SampleCorpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: sample.path).filter { $0.hasSuffix(".txt") }
        for copy in 0..<60 {
            for file in files {
                try corpus.write(
                    "\(copy)/\(file)", bytes: Array(try Data(contentsOf: sample.appendingPathComponent(file))))
            }
        }
        try Tmux.withREPL(["--corpus", corpus.path]) { pane in
            pane.type(
                #"mentions | where article.text ~ "a* a* zzz" or article.text ~ "b* b* zzz" or article.text ~ "c* c* zzz" | count"#
            )
            pane.press("Enter")
            usleep(1_500_000)
            #expect(try pane.screen().lastLine != "kq>", "the query should still be running")
            let pressed = Date()
            pane.press("C-c")
            let screen = try pane.waitFor("the cancelled query's error and the prompt", timeout: Self.stopTimeout) {
                $0.lastLine == "kq>" && $0.text.contains("the query was cancelled")
            }
            #expect(Date().timeIntervalSince(pressed) < 5 * Double(Sanitizers.slowdown), "\(screen)")
            pane.type("articles | count")
            pane.press("Enter")
            try pane.waitForPrompt(after: "\(60 * files.count)")
        }
    }

    /// Starts the REPL in `home`, counts the articles, and leaves with Ctrl-D and status 0.
    static func countThenLeave(home: TemporaryFolder) throws {
        try Tmux.withREPL(home: home) { pane in
            pane.type("articles | count")
            pane.press("Enter")
            try pane.waitForPrompt(after: "5")
            pane.press("C-d")
            try pane.waitFor("the REPL to leave with status 0") { $0.lastLine == "[exit 0]" }
        }
    }

    @Test("a history file that is a pipe is not waited on: the REPL starts, answers and leaves")
    func historyThatIsAPipe() throws {
        let home = try TemporaryFolder(prefix: "karabakh-repl-home")
        defer { home.remove() }
        try #require(mkfifo(home.url(".karabakh_history").path, 0o600) == 0)
        try Self.countThenLeave(home: home)
    }

    @Test(":format csv makes the next query print CSV")
    func formatCSV() throws {
        try Tmux.withREPL { pane in
            pane.type(":format csv")
            pane.press("Enter")
            try pane.waitForPrompt()
            pane.type("articles | where date >= 2020-03-01 | sort date | select file, date")
            pane.press("Enter")
            let screen = try pane.waitForPrompt(after: "000_c4999a362ed9034f.txt,2020-04-29")
            #expect(
                screen.lines.suffix(4) == [
                    "file,date", "002_5c3ad30d49717d23.txt,2020-03-30", "000_c4999a362ed9034f.txt,2020-04-29", "kq>",
                ], "\(screen)")
        }
    }

    @Test("an error shows the line with a caret under the wrong name")
    func errorWithCaret() throws {
        try Tmux.withREPL { pane in
            let query = "articles | where sourc == 1"
            pane.type(query)
            pane.press("Enter")
            let screen = try pane.waitFor("the error") { $0.text.contains("error:") && $0.lastLine == "kq>" }
            let lines = screen.lines
            let error = try #require(lines.firstIndex { $0.contains("error:") }, "\(screen)")
            #expect(lines[error].contains("'sourc'"), "\(screen)")
            try #require(lines.count > error + 2, "\(screen)")
            #expect(lines[error + 1] == query, "\(screen)")
            #expect(lines[error + 2].hasPrefix(String(repeating: " ", count: 17) + "^"), "\(screen)")
            #expect(screen.text.contains("did you mean 'source'?"), "\(screen)")
        }
    }

    @Test("the history survives a restart: Up shows the last session's last query; Ctrl-D leaves")
    func historyAcrossRestarts() throws {
        let home = try TemporaryFolder(prefix: "karabakh-repl-home")
        defer { home.remove() }
        try Self.countThenLeave(home: home)
        let history = home.url(".karabakh_history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"), "\(saved)")

        try Tmux.withREPL(home: home) { pane in
            pane.press("Up")
            try pane.waitForLastLine("kq> articles | count")
            pane.press("Enter")
            try pane.waitForPrompt(after: "5")
            pane.press("C-d")
            try pane.waitFor("the REPL to leave with status 0") { $0.lastLine == "[exit 0]" }
        }
    }
}

/// The REPL without a terminal (SPEC §8): plain lines, no prompt, status 1 when a
/// statement failed.
@Suite("karabakh REPL from a pipe")
struct ReplPipeTests {
    @Test("echo 'articles | count' | karabakh prints 5 and no prompt")
    func pipedQuery() throws {
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", #"echo 'articles | count' | "$0""#, CommandRunner.karabakhURL.path])
        #expect(result.status == 0)
        #expect(result.stdout == "5\n")
        #expect(result.stderr == "")
    }

    @Test("a failing statement gives exit status 1; the statements after it still run")
    func pipedFailure() throws {
        for arguments in [[], ["repl"]] {
            let result = try CommandRunner.karabakh(arguments, stdin: "articles | nope\narticles | count\n")
            #expect(result.status == 1)
            #expect(result.stdout == "5\n")
            #expect(result.stderr.contains("error: no stage named 'nope'"), "\(result.stderr)")
            #expect(!result.stdout.contains("kq>") && !result.stderr.contains("kq>"))
        }
    }
}

/// A tmux server of the test's own, with one pane running the REPL.
private struct Tmux {
    /// The tmux executable on `PATH`, or `nil`.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// How long a step may take before the test fails (longer under a sanitizer).
    static let timeout = TimeInterval(20 * Sanitizers.slowdown)

    /// The server's socket name, unique to this pane.
    let socket = "karabakh-test-\(UUID().uuidString.prefix(8))"

    /// Starts `karabakh` with `arguments` in a 120×40 pane with `HOME` set to `home` (a
    /// fresh folder if `nil`), waits for its first prompt, runs `body`, and stops the
    /// REPL and the server whatever happens.
    static func withREPL(
        _ arguments: [String] = [], home: TemporaryFolder? = nil, _ body: (Tmux) throws -> Void
    ) throws {
        let ownHome = home == nil ? try TemporaryFolder(prefix: "karabakh-repl-home") : nil
        defer { ownHome?.remove() }
        let folder = try #require(home ?? ownHome)
        let script = try folder.write(
            "run-karabakh.sh",
            """
            # Ctrl-C reaches the whole process group: without a trap, sh would leave
            # once karabakh does, before printing its status.
            trap ':' INT
            export HOME='\(folder.path)'
            unset KARABAKH_CORPUS EDITRC
            '\(CommandRunner.karabakhURL.path)' \(arguments.map { "'\($0)'" }.joined(separator: " "))
            echo "[exit $?]"
            sleep 600

            """)
        let tmux = Tmux()
        let started = try tmux.run(["new-session", "-d", "-s", "repl", "-x", "120", "-y", "40", "sh '\(script.path)'"])
        defer { tmux.stop() }
        try #require(started.status == 0, "tmux new-session failed: \(started.stderr)")
        try tmux.waitForPrompt()
        try body(tmux)
    }

    /// Leaves the REPL if it still runs (so that it is not saving its history while the
    /// test removes its home), then kills the server and removes its socket.
    func stop() {
        let socketPath = try? run(["display-message", "-p", "#{socket_path}"]).stdout
        if let screen = try? screen(), !screen.text.contains("[exit ") {
            // Keys typed while no line is being read are not seen, so wait for the prompt.
            press("C-c")
            _ = try? waitFor("a new prompt", timeout: 3) {
                $0.lastLine == "kq>" && $0.lines.dropLast().last?.hasSuffix("^C") == true
            }
            press("C-d")
            _ = try? waitFor("the REPL to leave", timeout: 3) { $0.text.contains("[exit ") }
        }
        _ = try? run(["kill-server"])
        if let path = socketPath?.trimmingCharacters(in: .whitespacesAndNewlines), !path.isEmpty {
            unlink(path)
        }
    }

    /// Runs a tmux command against this server.
    @discardableResult
    func run(_ arguments: [String]) throws -> Finished {
        try Self.spawn(try #require(Self.executable), ["-u", "-f", "/dev/null", "-L", socket] + arguments)
    }

    /// Runs a program with `posix_spawn` rather than `Process`: the first tmux command
    /// forks the server, which must not inherit the test's descriptors (`Process`
    /// waits until every holder of one of them exits) nor the signal mask of the
    /// thread that spawns it (tmux would then ignore `kill-server`).
    static func spawn(_ executable: URL, _ arguments: [String]) throws -> Finished {
        let folder = try TemporaryFolder(prefix: "karabakh-tmux-run")
        defer { folder.remove() }
        let outPath = folder.url("stdout").path
        let errPath = folder.url("stderr").path

        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Glibc)
            // posix_spawn_file_actions_addclosefrom_np is not visible from Swift; glibc
            // ignores closing a descriptor that has been closed meanwhile.
            let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
            for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        #else
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(flags))

        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["LC_ALL"] = "C.UTF-8"
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for string in argv + envp { free(string) }
        }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable.path])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return Finished(
            status: status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + status & 0x7f,
            stdout: (try? CommandRunner.text(at: URL(fileURLWithPath: outPath))) ?? "",
            stderr: (try? CommandRunner.text(at: URL(fileURLWithPath: errPath))) ?? "")
    }

    /// Types text as it is.
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", "repl", "-l", text])
    }

    /// Presses keys by their tmux names: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) {
        _ = try? run(["send-keys", "-t", "repl"] + keys)
    }

    /// What the pane shows.
    func screen() throws -> Screen {
        Screen(text: try run(["capture-pane", "-p", "-t", "repl"]).stdout)
    }

    /// Polls the pane until `condition` holds; fails with the screen after `timeout`
    /// seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = timeout, _ condition: (Screen) -> Bool) throws -> Screen {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while !condition(last) {
            guard Date() < deadline else { throw TimedOut(what: what, screen: last) }
            usleep(50_000)
            last = try screen()
        }
        return last
    }

    /// Waits until the last line is `line`.
    @discardableResult
    func waitForLastLine(_ line: String) throws -> Screen {
        try waitFor("the last line to be \"\(line)\"") { $0.lastLine == line }
    }

    /// Waits for a fresh `kq> ` prompt, after a line `output` when given.
    @discardableResult
    func waitForPrompt(after output: String? = nil) throws -> Screen {
        try waitFor(output.map { "\"\($0)\" and the prompt" } ?? "the prompt") { screen in
            let lines = screen.lines
            guard lines.last == "kq>" else { return false }
            guard let output else { return true }
            return lines.count >= 2 && lines[lines.count - 2] == output
        }
    }
}

/// What a finished tmux command left behind.
private struct Finished {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// A step that did not happen in time.
private struct TimedOut: Error, CustomStringConvertible {
    let what: String
    let screen: Screen

    var description: String { "timed out waiting for \(what); the screen:\n\(screen)" }
}

/// A capture of the pane.
private struct Screen: CustomStringConvertible {
    /// The text, one line a row, trailing blanks trimmed by tmux.
    let text: String

    /// The lines down to the last one that is not empty.
    var lines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The last line that is not empty.
    var lastLine: String { lines.last ?? "" }

    var description: String { text }
}
