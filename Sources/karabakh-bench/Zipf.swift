import Foundation

/// Draws ranks `0..<count` with Zipf's law: rank `r` (counting from 1) is drawn with
/// probability proportional to `1 / r^exponent`, the way word and name frequencies
/// fall off in real text.
///
/// For example:
///
/// ```swift
/// let zipf = Zipf(count: 30_000, exponent: 1.05)
/// var random = SplitMix64(seed: 1)
/// let rank = zipf.draw(using: &random)   // 0 most often, then 1, 2…
/// ```
struct Zipf: Sendable {
    /// The cumulative probability up to and including each rank; the last is 1.
    private let cumulative: [Double]

    /// Creates the distribution of `count` ranks (at least one).
    init(count: Int, exponent: Double) {
        precondition(count > 0, "a Zipf distribution needs at least one rank")
        var running = 0.0
        var sums: [Double] = []
        sums.reserveCapacity(count)
        for rank in 1...count {
            running += 1 / pow(Double(rank), exponent)
            sums.append(running)
        }
        cumulative = sums.map { $0 / running }
    }

    /// The number of ranks.
    var count: Int { cumulative.count }

    /// The probability of a rank.
    func probability(of rank: Int) -> Double {
        rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1]
    }

    /// A rank, the lowest most likely.
    func draw(using random: inout SplitMix64) -> Int {
        let target = random.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
