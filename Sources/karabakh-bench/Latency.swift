/// Timings of repeated runs of one query, in seconds, with their median and 99th
/// percentile.
///
/// ``measure(iterations:_:)`` runs a few warm-ups first, then the timed runs; a query
/// whose first run takes more than a second gets fewer runs (at least three), so a
/// slow scanner does not make the benchmark take hours.
///
/// For example:
///
/// ```swift
/// let latency = try Latency.measure(iterations: 30) { _ = try corpus.run(program) }
/// print(latency.medianMilliseconds, latency.p99Milliseconds)
/// ```
struct Latency: Sendable {
    /// The timed runs, in seconds, in the order run.
    let samples: [Double]

    /// The number of warm-up runs before the timed ones.
    static let warmUps = 3
    /// A query slower than this, in seconds, gets fewer runs.
    static let slowRun = 1.0
    /// Roughly how long, in seconds, the timed runs of a slow query may take.
    static let slowBudget = 15.0
    /// The fewest timed runs.
    static let minimumRuns = 3

    /// The median, in seconds (the mean of the two middle runs for an even count).
    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// The 99th percentile, in seconds, by nearest rank (with 30 runs, the slowest).
    var p99: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((0.99 * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    /// The median in milliseconds.
    var medianMilliseconds: Double { median * 1_000 }
    /// The 99th percentile in milliseconds.
    var p99Milliseconds: Double { p99 * 1_000 }

    /// Runs `body` for warm-up, then `iterations` timed times (fewer when slow).
    static func measure(iterations: Int, _ body: () throws -> Void) rethrows -> Latency {
        let first = try time(body)
        var runs = iterations
        if first > slowRun {
            runs = max(minimumRuns, min(iterations, Int(slowBudget / first)))
        } else {
            for _ in 1..<warmUps { try body() }
        }
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs { samples.append(try time(body)) }
        return Latency(samples: samples)
    }

    /// The wall time of one run of `body`, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return seconds(clock.now - start)
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
