import Dispatch
import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit
import Synchronization

/// Reviews many bundles on `jobs` threads and writes their rows in input order.
///
/// Each bundle is read, reviewed and rendered by one worker; a bundle that cannot be read becomes a row
/// with its error and the batch goes on. A bundle still under review after `timeout` becomes an error
/// row too: its worker is abandoned (a thread cannot be stopped; it ends with the process) and a new
/// one takes its place. Memory stays bounded: a worker drops a bundle once its row is rendered, and at
/// most `window` rows are claimed but not yet written, so a slow bundle holds back only that many.
struct BatchRunner: Sendable {
    let bundles: [String]
    let jobs: Int
    let limits: BundleLimits
    /// Longest a bundle may take to read and review.
    let timeout: Duration
    let output: BatchOutput
    let showsProgress: Bool

    /// Stack of each worker thread: the same as the main thread's default, for deep (but capped) recursion.
    static let stackSize = 8 << 20
    /// How often the main thread redraws the progress line and looks for bundles over the timeout.
    static let tick = 100

    /// What the batch found, for the exit code and the closing line.
    struct Totals: Sendable, Equatable {
        var done = 0
        var rejects = 0
        var errors = 0
    }

    /// The writer and the bookkeeping around it; rows are written by whichever thread completes the row
    /// the writer is waiting for.
    private struct WriterState: ~Copyable {
        var writer: BatchWriter
        var pending: [Int: BatchOutput.Completed] = [:]
        var nextToWrite = 0
        var totals = Totals()
        var failure: (any Error)?
        /// Bundles under review, by index, with the time their review started.
        var inFlight: [Int: ContinuousClock.Instant] = [:]
        /// Bundles given up on; their workers drop their results and end.
        var timedOut: Set<Int> = []

        /// Adds a completed row and writes every row that is now next in order, returning a window
        /// token for each.
        mutating func insert(_ completed: BatchOutput.Completed, at index: Int, window: DispatchSemaphore) {
            pending[index] = completed
            while let ready = pending.removeValue(forKey: nextToWrite) {
                nextToWrite += 1
                totals.done += 1
                switch ready.summary.verdict {
                case .reject: totals.rejects += 1
                case .error: totals.errors += 1
                case .pass: break
                }
                if failure == nil {
                    do {
                        try writer.write(ready)
                    } catch {
                        failure = error
                    }
                }
                window.signal()
            }
        }
    }

    /// State shared by the workers and the main thread.
    private final class Shared: Sendable {
        let nextIndex = Mutex(0)
        let state: Mutex<WriterState>
        /// One token per row that may be claimed before the rows ahead of it are written.
        let window: DispatchSemaphore
        /// Signalled by each worker as it ends, so the main thread wakes up at once.
        let finished = DispatchSemaphore(value: 0)

        init(writer: consuming sending BatchWriter, window: Int) {
            state = Mutex(WriterState(writer: writer))
            self.window = DispatchSemaphore(value: window)
        }
    }

    func run() throws -> Totals {
        let shared = Shared(writer: try output.makeWriter(), window: max(8, jobs * 4))
        for _ in 0..<max(1, min(jobs, bundles.count)) {
            startWorker(shared)
        }
        let progress = showsProgress ? ProgressBar(total: bundles.count) : nil
        while true {
            _ = shared.finished.wait(timeout: .now() + .milliseconds(Self.tick))
            for _ in giveUpOnLateBundles(shared) {
                startWorker(shared)
            }
            let totals = shared.state.withLock { $0.totals }
            progress?.draw(done: totals.done, rejects: totals.rejects, errors: totals.errors)
            if totals.done == bundles.count {
                break
            }
        }
        let totals = try shared.state.withLock { state in
            if let failure = state.failure {
                throw failure
            }
            try state.writer.finish()
            return state.totals
        }
        progress?.finish(done: totals.done, rejects: totals.rejects, errors: totals.errors)
        return totals
    }

    private func startWorker(_ shared: Shared) {
        let thread = Thread { [self] in
            work(shared)
            shared.finished.signal()
        }
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Turns every bundle under review for longer than `timeout` into an error row; returns their indices.
    private func giveUpOnLateBundles(_ shared: Shared) -> [Int] {
        let now = ContinuousClock.now
        let late = shared.state.withLock { state in
            let late = state.inFlight.filter { $0.value.duration(to: now) > timeout }.map(\.key).sorted()
            for index in late {
                state.inFlight.removeValue(forKey: index)
                state.timedOut.insert(index)
            }
            return late
        }
        for index in late {
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            let message =
                "Reviewing \(bundles[index]) took longer than --timeout (\(seconds) seconds) and was given up on; "
                + "the bundle may be hostile or very large: review it alone with mpcheck check."
            let row = BatchRow(bundle: bundles[index], outcome: .error(message), milliseconds: Int(seconds * 1000))
            let completed = output.complete(row, index: index)
            shared.state.withLock { $0.insert(completed, at: index, window: shared.window) }
        }
        return late
    }

    /// One worker: claims the next bundle, reviews it and hands the result to the writer, until none is
    /// left or its bundle was given up on.
    private func work(_ shared: Shared) {
        let reviewer = Reviewer()
        while true {
            shared.window.wait()
            let index = shared.nextIndex.withLock { next in
                defer { next += 1 }
                return next
            }
            guard index < bundles.count else {
                shared.window.signal()
                return
            }
            shared.state.withLock { $0.inFlight[index] = .now }
            let row = review(bundles[index], with: reviewer)
            let abandoned = shared.state.withLock { state in
                state.inFlight.removeValue(forKey: index)
                return state.timedOut.contains(index)
            }
            if abandoned {
                // Its row is written and another worker has taken this one's place.
                return
            }
            let completed = output.complete(row, index: index)
            shared.state.withLock { $0.insert(completed, at: index, window: shared.window) }
        }
    }

    /// Reads and reviews one bundle; every error becomes the row's error.
    private func review(_ bundle: String, with reviewer: Reviewer) -> BatchRow {
        let start = ContinuousClock.now
        let outcome: BatchRow.Outcome
        do {
            outcome = .report(try reviewer.review(path: bundle, limits: limits))
        } catch {
            outcome = .error(error.description)
        }
        let elapsed = start.duration(to: .now)
        let milliseconds = Int(
            elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return BatchRow(bundle: bundle, outcome: outcome, milliseconds: milliseconds)
    }
}
