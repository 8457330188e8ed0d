import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's resident memory: the peak of a phase, measured on Linux by resetting
/// the high-water mark (writing `5` to `/proc/self/clear_refs`) before the phase and
/// reading `VmHWM` from `/proc/self/status` after it; elsewhere, or when the reset is
/// refused, the lifetime peak from `getrusage`.
///
/// For example:
///
/// ```swift
/// let probe = MemoryProbe.start()
/// runQueries()
/// print(probe.peakBytes() / 1_000_000, "MB")
/// ```
struct MemoryProbe: Sendable {
    /// Whether the peak was reset at the start, so that it covers the phase alone.
    let coversPhaseOnly: Bool
    /// The resident memory at the start, in bytes (0 where unknown).
    let startBytes: Double

    /// Returns freed heap memory to the system (glibc's `malloc_trim`), then resets the
    /// peak, so that the phase starts from the memory actually in use.
    static func start() -> MemoryProbe {
        trimHeap()
        let reset = resetPeak()
        return MemoryProbe(coversPhaseOnly: reset, startBytes: Double(currentBytes() ?? 0))
    }

    /// The peak resident memory since ``start()``, in bytes.
    func peakBytes() -> Int {
        Self.statusField("VmHWM") ?? Self.lifetimePeak()
    }

    /// The resident memory now, in bytes, or `nil` where `/proc` is missing.
    static func currentBytes() -> Int? {
        statusField("VmRSS")
    }

    /// Calls glibc's `malloc_trim(0)`, found at run time (it is not in the `Glibc` module).
    private static func trimHeap() {
        #if os(Linux)
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    private static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// A `kB` field of `/proc/self/status`, in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits).map { $0 * 1_024 }
        }
        return nil
    }

    private static func lifetimePeak() -> Int {
        var usage = rusage()
        #if os(Linux)
            let who = Int32(RUSAGE_SELF.rawValue)
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1_024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }
}
