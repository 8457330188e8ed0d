import Foundation

/// How much of the machine other processes used while the benchmark ran, from
/// `/proc/stat` (all processors' busy time) minus `/proc/self/stat` (ours): timings
/// taken while, say, a compiler runs beside us are not worth much, and the run says so.
///
/// For example:
///
/// ```swift
/// let load = MachineLoad.now()
/// runEverything()
/// if let share = load.othersShare(), share > 0.1 { print("the machine was busy") }
/// ```
struct MachineLoad: Sendable {
    /// The machine's busy time at the snapshot, in clock ticks, or `nil` without `/proc`.
    let machineBusy: Double?
    /// Our own processor time at the snapshot, in clock ticks.
    let ownBusy: Double?
    /// When the snapshot was taken.
    let instant: ContinuousClock.Instant

    /// A snapshot.
    static func now() -> MachineLoad {
        MachineLoad(machineBusy: machineTicks(), ownBusy: ownTicks(), instant: ContinuousClock.now)
    }

    /// The share of the machine's processor time (all processors, 0…1) that other
    /// processes used since the snapshot, or `nil` where it cannot be told.
    func othersShare() -> Double? {
        guard let machineBusy, let ownBusy, let machineNow = Self.machineTicks(), let ownNow = Self.ownTicks()
        else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        let processors = Double(ProcessInfo.processInfo.activeProcessorCount)
        let wall = Latency.seconds(ContinuousClock.now - instant)
        guard ticksPerSecond > 0, processors > 0, wall > 0 else { return nil }
        let others = max(0, (machineNow - machineBusy) - (ownNow - ownBusy)) / ticksPerSecond
        return others / (wall * processors)
    }

    /// User, nice, system, irq, softirq and steal time of the `cpu` line of `/proc/stat`.
    private static func machineTicks() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
            let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
        else { return nil }
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 8 else { return nil }
        // user nice system idle iowait irq softirq steal: all but idle and iowait.
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7]
    }

    /// `utime + stime` of `/proc/self/stat`.
    private static func ownTicks() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After the command name in parentheses: state is field 3; utime and stime are 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return user + system
    }
}
