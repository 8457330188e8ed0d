import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether the tests run under a sanitizer (`swift test --sanitize=thread` or
/// `address`), which makes code several times slower: time limits meant to catch a
/// quadratic pass stretch by ``slowdown``.
///
/// ```swift
/// @Test(.timeLimit(.minutes(1 * Sanitizers.slowdown)))
/// ```
public enum Sanitizers {
    /// Whether ThreadSanitizer or AddressSanitizer is in the process.
    public static let active: Bool = {
        guard let program = dlopen(nil, RTLD_NOW) else { return false }
        let names: [String] = ["__tsan_init", "__asan_init"]
        return names.contains { dlsym(program, $0) != nil }
    }()

    /// How many times longer a test may take: 10 under a sanitizer, else 1.
    public static let slowdown = active ? 10 : 1
}
