import ArgumentParser
import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit

/// `mpcheck batch-worker`: the process `mpcheck batch` starts to review its bundles, one at a time, so
/// that a crash while reviewing one bundle ends only this process. Hidden from help.
///
/// Writes `WorkerMessage.Ready` once it is ready, then reads `WorkerMessage.Request` lines from standard
/// input and writes one `WorkerMessage.Answer` line per request to standard output; exits when standard
/// input ends (the batch is over, or gone). Each bundle is released once its answer is written. Takes the
/// options of `batch` that shape a row.
struct BatchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch-worker",
        abstract: "Review bundles named on standard input for mpcheck batch (not for direct use).",
        shouldDisplay: false
    )

    /// For the tests of crash isolation only: a worker given a bundle whose file name (last path
    /// segment) equals this variable's value crashes with SIGSEGV instead of reviewing it. Only this
    /// subcommand reads it, and only an exact, non-empty name matches.
    static let crashTestVariable = "MPCHECK_WORKER_CRASH_ON"

    @OptionGroup var options: BatchOptions

    func run() throws {
        WorkerProcess.dieWithParent()
        let output = BatchOutput(format: options.format, language: options.lang, destination: options.output)
        let reviewer = Reviewer()
        let crashName = ProcessInfo.processInfo.environment[Self.crashTestVariable].flatMap { $0.isEmpty ? nil : $0 }
        guard LineIO.write(WorkerMessage.encode(WorkerMessage.Ready()), to: STDOUT_FILENO) else { return }
        var requests = LineIO.Reader(descriptor: STDIN_FILENO)
        while let line = requests.next() {
            guard let request = WorkerMessage.decode(WorkerMessage.Request.self, from: line) else {
                throw ValidationError("not a request line: \(String(decoding: line.prefix(200), as: UTF8.self))")
            }
            if let crashName, request.bundle.split(separator: "/").last.map(String.init) == crashName {
                raise(SIGSEGV)
                abort()
            }
            let row = Self.review(request.bundle, with: reviewer, limits: options.limits)
            let answer = WorkerMessage.Answer(
                index: request.index, completed: output.complete(row, index: request.index))
            guard LineIO.write(WorkerMessage.encode(answer), to: STDOUT_FILENO) else {
                // Nobody reads the answers any more: the batch is gone.
                return
            }
        }
    }

    /// Reads and reviews one bundle; every error becomes the row's error.
    static func review(_ bundle: String, with reviewer: Reviewer, limits: BundleLimits) -> BatchRow {
        let start = ContinuousClock.now
        let outcome: BatchRow.Outcome
        do {
            outcome = .report(try reviewer.review(path: bundle, limits: limits))
        } catch {
            outcome = .error(error.description)
        }
        return BatchRow(
            bundle: bundle, outcome: outcome, milliseconds: BatchRunner.milliseconds(start.duration(to: .now)))
    }
}
