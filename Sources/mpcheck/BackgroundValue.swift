import Foundation

/// A value computed on a thread of its own from the moment this is created; `value` waits for it.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Locked<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [done, result] in
            let value = make()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The value, once computed (waits for it the first time).
    var value: Value {
        if let ready = result.withLock({ $0 }) {
            return ready
        }
        done.wait()
        // Pass the signal on, so that another caller waiting at the same moment gets through too.
        done.signal()
        return result.withLock { $0! }
    }
}
