import Dispatch
import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit
import Synchronization

/// Reviews many bundles on `jobs` threads and writes their rows in input order.
///
/// Each bundle is read, reviewed and rendered by one worker; a bundle that cannot be read becomes a row
/// with its error and the batch goes on. Memory stays bounded: a worker drops a bundle once its row is
/// rendered, and at most `window` rows are claimed but not yet written, so a slow bundle holds back
/// only that many finished ones.
struct BatchRunner: Sendable {
    let bundles: [String]
    let jobs: Int
    let limits: BundleLimits
    let output: BatchOutput
    let showsProgress: Bool

    /// Stack of each worker thread: the same as the main thread's default, for deep (but capped) recursion.
    static let stackSize = 8 << 20

    /// What the batch found, for the exit code and the closing line.
    struct Totals: Sendable, Equatable {
        var done = 0
        var rejects = 0
        var errors = 0
    }

    /// Rows are written by whichever worker completes the row the writer is waiting for.
    private struct WriterState: ~Copyable {
        var writer: BatchWriter
        var pending: [Int: BatchOutput.Completed] = [:]
        var nextToWrite = 0
        var totals = Totals()
        var failure: (any Error)?
    }

    /// State shared by the workers and the thread drawing progress.
    private final class Shared: Sendable {
        let nextIndex = Mutex(0)
        let state: Mutex<WriterState>
        /// One token per row that may be claimed before the rows ahead of it are written.
        let window: DispatchSemaphore
        /// Signalled by each worker as it ends.
        let finished = DispatchSemaphore(value: 0)

        init(writer: consuming sending BatchWriter, window: Int) {
            state = Mutex(WriterState(writer: writer))
            self.window = DispatchSemaphore(value: window)
        }
    }

    func run() throws -> Totals {
        let shared = Shared(writer: try output.makeWriter(), window: max(8, jobs * 4))
        let workers = max(1, min(jobs, bundles.count))
        for _ in 0..<workers {
            let thread = Thread { [self] in
                work(shared)
                shared.finished.signal()
            }
            thread.stackSize = Self.stackSize
            thread.start()
        }
        let progress = showsProgress ? ProgressBar(total: bundles.count) : nil
        var running = workers
        while running > 0 {
            if shared.finished.wait(timeout: .now() + .milliseconds(100)) == .success {
                running -= 1
            }
            if let progress {
                let totals = shared.state.withLock { $0.totals }
                progress.draw(done: totals.done, rejects: totals.rejects, errors: totals.errors)
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

    /// One worker: claims the next bundle, reviews it and hands the result to the writer, until none is left.
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
            let completed = output.complete(review(bundles[index], with: reviewer), index: index)
            shared.state.withLock { state in
                state.pending[index] = completed
                while let ready = state.pending.removeValue(forKey: state.nextToWrite) {
                    state.nextToWrite += 1
                    state.totals.done += 1
                    switch ready.summary.verdict {
                    case .reject: state.totals.rejects += 1
                    case .error: state.totals.errors += 1
                    case .pass: break
                    }
                    if state.failure == nil {
                        do {
                            try state.writer.write(ready)
                        } catch {
                            state.failure = error
                        }
                    }
                    shared.window.signal()
                }
            }
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
