import Foundation

/// A value behind a lock (a pthread mutex, through NSLock), shared by the batch's threads.
///
/// Used instead of `Synchronization.Mutex`: the thread sanitizer of the Linux toolchain does not see
/// that lock and reports two accesses inside the same `withLock` as a race, which would hide real ones.
final class Locked<Value: ~Copyable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: consuming Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
