import Foundation

/// A value computed the first time it is asked for, once, from any thread.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    // `value` and `make` are read and written only while `lock` is held.
    private let lock = NSLock()
    private var value: Value?
    private var make: (@Sendable () -> Value)?

    /// A value that `make` computes when first needed.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// A value known already.
    init(value: Value) {
        self.value = value
    }

    /// Whether the value has been computed.
    var isComputed: Bool {
        lock.withLock { value != nil }
    }

    /// The value, computed now if it was not yet.
    var wrapped: Value {
        lock.withLock {
            if let value { return value }
            let computed = make!()
            value = computed
            make = nil
            return computed
        }
    }
}
