import Foundation

/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64) whose
/// output depends only on its seed, on every platform and toolchain.
///
/// The benchmark never uses `SystemRandomNumberGenerator`: the same seed must give the
/// same corpus byte for byte. The helpers below avoid the standard library's
/// `random(in:using:)`, whose way of drawing is an implementation detail.
///
/// For example:
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let die = random.below(6) + 1
/// ```
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from a seed.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item of a family (an article of a corpus), independent of
    /// the order in which items are made.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<1`, with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A whole number in `0..<bound` (Lemire's multiply-high; `bound` must be positive).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(\(bound))")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in a closed range.
    mutating func between(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Whether an event of probability `probability` happens.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, each equally likely.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// A standard normal deviate (Box–Muller).
    mutating func normal() -> Double {
        let first = max(unit(), 0x1p-53)
        let second = unit()
        return (-2 * log(first)).squareRoot() * cos(2 * Double.pi * second)
    }
}
