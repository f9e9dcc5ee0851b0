import Dispatch
import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit

#if canImport(Glibc)
    import Glibc
#endif

/// Reviews many bundles in `jobs` worker processes and writes their rows in input order.
///
/// Each worker (`mpcheck batch-worker`, this program started again) reviews one bundle at a time and
/// answers with its rendered row; a thread here feeds it and waits for the answer. A bundle that
/// cannot be read becomes a row with its error and the batch goes on. So does a bundle whose review
/// crashes its worker (a trap, a segmentation fault, a stack overflow) or takes longer than `timeout`
/// (its worker is killed): the bundle gets an error row and the next bundle a fresh worker. Memory
/// stays bounded: a worker releases a bundle once it has answered, and at most `window` rows are
/// claimed but not yet written, so a slow bundle holds back only that many.
struct BatchRunner: Sendable {
    let bundles: [String]
    let jobs: Int
    let limits: BundleLimits
    /// Longest a bundle may take to read and review.
    let timeout: Duration
    let output: BatchOutput
    let showsProgress: Bool

    /// How often (milliseconds) the main thread redraws the progress line and looks for bundles over
    /// the timeout.
    static let tick = 100
    /// Longest a worker may take to start and say it is ready; not charged to any bundle's `timeout`,
    /// since a loaded machine can take seconds to start a process.
    static let startupLimit: Duration = .seconds(60)

    /// What the batch found, for the exit code and the closing line.
    struct Totals: Sendable, Equatable {
        var done = 0
        var rejects = 0
        var errors = 0
    }

    /// A bundle a worker is reviewing (or a worker starting for it).
    private struct InFlight {
        /// When the worker is killed if it has not answered.
        var deadline: ContinuousClock.Instant
        /// The worker's process; not yet waited for while the bundle is in flight, so the id is still its.
        var pid: pid_t
    }

    /// The writer and the bookkeeping around it; rows are written by whichever thread completes the row
    /// the writer is waiting for.
    private struct WriterState: ~Copyable {
        var writer: BatchWriter
        var pending: [Int: BatchOutput.Completed] = [:]
        var nextToWrite = 0
        var totals = Totals()
        var failure: (any Error)?
        /// Bundles under review, by index.
        var inFlight: [Int: InFlight] = [:]
        /// Bundles given up on for the timeout; their workers have been killed.
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

    /// State shared by the feeding threads and the main thread.
    private final class Shared: Sendable {
        let nextIndex = Locked(0)
        let state: Locked<WriterState>
        /// One token per row that may be claimed before the rows ahead of it are written.
        let window: DispatchSemaphore
        /// Signalled by each feeding thread as it ends, so the main thread wakes up at once.
        let finished = DispatchSemaphore(value: 0)
        /// Left by each feeding thread once its worker has ended.
        let threads = DispatchGroup()

        init(writer: BatchWriter, window: Int) {
            state = Locked(WriterState(writer: writer))
            self.window = DispatchSemaphore(value: window)
        }
    }

    /// The arguments of every worker: the subcommand and the options that shape a row.
    var workerArguments: [String] {
        var arguments = [
            "batch-worker", "--format", output.format.rawValue, "--lang", output.language.rawValue,
            "--max-total-bytes", String(limits.maxTotalBytes), "--max-file-bytes", String(limits.maxFileBytes),
            "--max-entries", String(limits.maxEntries),
        ]
        if let destination = output.destination {
            arguments += ["--output", destination]
        }
        return arguments
    }

    func run() throws -> Totals {
        // Writing to a worker that has just died must fail with EPIPE, not end the batch.
        signal(SIGPIPE, SIG_IGN)
        let shared = Shared(writer: try output.makeWriter(), window: max(8, jobs * 4))
        for _ in 0..<max(1, min(jobs, bundles.count)) {
            startThread(shared)
        }
        let progress = showsProgress ? ProgressBar(total: bundles.count) : nil
        while true {
            _ = shared.finished.wait(timeout: .now() + .milliseconds(Self.tick))
            killLateWorkers(shared)
            let totals = shared.state.withLock { $0.totals }
            progress?.draw(done: totals.done, rejects: totals.rejects, errors: totals.errors)
            if totals.done == bundles.count {
                break
            }
        }
        // Every row is written; the threads are closing their idle workers.
        shared.threads.wait()
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

    private func startThread(_ shared: Shared) {
        shared.threads.enter()
        let thread = Thread { [self] in
            feed(shared)
            shared.finished.signal()
            shared.threads.leave()
        }
        thread.start()
    }

    /// Kills every worker past its deadline: under review for longer than `timeout`, or starting for longer
    /// than `startupLimit`; the thread feeding it then writes the bundle's error row.
    private func killLateWorkers(_ shared: Shared) {
        let now = ContinuousClock.now
        shared.state.withLock { state in
            let late = state.inFlight.filter { $0.value.deadline < now }
            for (index, flight) in late {
                // Under the lock: the feeding thread waits for its worker only after taking the bundle
                // out of `inFlight`, so this process id cannot have been reused yet.
                kill(flight.pid, SIGKILL)
                state.inFlight.removeValue(forKey: index)
                state.timedOut.insert(index)
            }
        }
    }

    /// One feeding thread: claims the next bundle, has its worker review it and hands the row to the
    /// writer, until no bundle is left; then lets its worker end.
    private func feed(_ shared: Shared) {
        var worker: WorkerProcess?
        defer { _ = worker?.end(killing: false) }
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
            let completed: BatchOutput.Completed
            if shared.state.withLock({ $0.failure != nil }) {
                // The output cannot be written: the rest of the batch is skipped, not reviewed.
                completed = failedRow(index, "Not reviewed: the batch output could not be written.", 0)
            } else {
                completed = review(index, worker: &worker, shared: shared)
            }
            shared.state.withLock { $0.insert(completed, at: index, window: shared.window) }
        }
    }

    /// Has a worker review one bundle, starting a worker if there is none. A worker that crashes, is
    /// killed for the timeout or answers out of step is replaced for the next bundle.
    private func review(_ index: Int, worker: inout WorkerProcess?, shared: Shared) -> BatchOutput.Completed {
        let bundle = bundles[index]
        let request = WorkerMessage.encode(WorkerMessage.Request(index: index, bundle: bundle))
        // A worker found dead before it got the bundle (killed from outside while idle) is replaced once.
        var attempts = 0
        while worker?.send(request) != true {
            if let dead = worker {
                _ = dead.end(killing: true)
                worker = nil
                attempts += 1
            }
            guard attempts < 2 else {
                return failedRow(index, "Could not hand \(bundle) to a review process; the batch goes on.", 0)
            }
            switch startWorker(for: index, shared: shared) {
            case .success(let started): worker = started
            case .failure(let problem): return failedRow(index, problem.message, 0)
            }
        }
        guard let process = worker else { return failedRow(index, "No review process for \(bundle).", 0) }
        let start = ContinuousClock.now
        shared.state.withLock { $0.inFlight[index] = InFlight(deadline: start + timeout, pid: process.pid) }
        let line = process.receive()
        let timedOut = shared.state.withLock { state in
            state.inFlight.removeValue(forKey: index)
            return state.timedOut.contains(index)
        }
        if !timedOut, let line, let answer = WorkerMessage.decode(WorkerMessage.Answer.self, from: line),
            answer.index == index
        {
            return answer.completed
        }
        // Killed for the timeout, ended by a crash, or out of step: it reviews no other bundle.
        let status = process.end(killing: timedOut || line != nil)
        worker = nil
        if timedOut {
            return failedRow(
                index,
                "Reviewing \(bundle) took longer than --timeout (\(timeoutSeconds) seconds) and was given up on; "
                    + "the bundle may be hostile or very large: review it alone with mpcheck check.",
                Int(timeoutSeconds * 1000))
        }
        let milliseconds = Self.milliseconds(start.duration(to: .now))
        if line != nil {
            return failedRow(
                index,
                "The review process gave an answer for \(bundle) that mpcheck could not read; "
                    + "review it alone with mpcheck check.", milliseconds)
        }
        return failedRow(
            index,
            "The review of \(bundle) \(WorkerProcess.ending(status)) and was given up on; the bundle "
                + "may be hostile or trip a bug in mpcheck: review it alone with mpcheck check to see the error.",
            milliseconds)
    }

    /// Why no worker could be started for a bundle: the message of its error row.
    private struct StartProblem: Error {
        let message: String
    }

    /// Starts a worker and waits until it is ready, so that its start does not count against the first
    /// bundle's timeout. The wait is bounded by `startupLimit` instead; a worker over it fails `index`.
    private func startWorker(for index: Int, shared: Shared) -> Result<WorkerProcess, StartProblem> {
        let process: WorkerProcess
        do {
            process = try WorkerProcess(arguments: workerArguments)
        } catch {
            return .failure(StartProblem(message: "Could not start a review process (\(error)); the batch goes on."))
        }
        shared.state.withLock {
            $0.inFlight[index] = InFlight(deadline: .now + Self.startupLimit, pid: process.pid)
        }
        let line = process.receive()
        let timedOut = shared.state.withLock { state in
            state.inFlight.removeValue(forKey: index)
            return state.timedOut.remove(index) != nil
        }
        if !timedOut, let line, WorkerMessage.decode(WorkerMessage.Ready.self, from: line) != nil {
            return .success(process)
        }
        let status = process.end(killing: true)
        let reason =
            timedOut
            ? "it was not ready within \(Self.startupLimit.components.seconds) seconds"
            : "it \(WorkerProcess.ending(status))"
        return .failure(StartProblem(message: "A review process could not be started (\(reason)); the batch goes on."))
    }

    /// `timeout` in seconds.
    private var timeoutSeconds: Double {
        Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// The error row of a bundle that has no review, rendered here in the batch process.
    private func failedRow(_ index: Int, _ message: String, _ milliseconds: Int) -> BatchOutput.Completed {
        output.complete(
            BatchRow(bundle: bundles[index], outcome: .error(message), milliseconds: milliseconds), index: index)
    }
}
