internal import CProcessSpawn
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One `mpcheck batch-worker` child process and the two pipes to it: requests go to its standard input,
/// answers come from its standard output, its standard error goes to /dev/null.
///
/// Owned by one thread of `BatchRunner`, which must not end before the worker has (see `dieWithParent`);
/// only `pid` is shared, to kill a worker that overran the timeout. The child gets no other descriptor
/// of this process and takes the default action for SIGPIPE (which this process ignores). It exits when
/// its standard input closes and is killed when the batch process ends, so it does not outlive the batch.
final class WorkerProcess {
    let pid: pid_t
    /// Write end of the child's standard input; -1 once closed.
    private var input: Int32
    /// Read end of the child's standard output.
    private let outputDescriptor: Int32
    private var output: LineIO.Reader
    /// The wait status, once the child has been waited for.
    private var status: Int32?

    /// The executable to run: this very program. /proc/self/exe names it even when the file was moved or
    /// replaced since the batch started.
    static let executable = "/proc/self/exe"

    /// The environment of every worker: this process's, with Swift's crash backtracer turned off, since
    /// a worker's standard error is not read and a crash should end the worker at once.
    static let environment: [String] = {
        let inherited = ProcessInfo.processInfo.environment.filter { $0.key != "SWIFT_BACKTRACE" }
        return inherited.map { "\($0.key)=\($0.value)" }.sorted() + ["SWIFT_BACKTRACE=enable=no"]
    }()

    /// Why a worker could not be started: the errno value of the failed call.
    struct StartError: Error, CustomStringConvertible {
        let code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// Starts `executable` with `arguments` (`argv[1...]`).
    init(arguments: [String]) throws(StartError) {
        let argv = ([CommandLine.arguments.first ?? "mpcheck"] + arguments).map { strdup($0) } + [nil]
        let envp = Self.environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        var toChild: Int32 = -1
        var fromChild: Int32 = -1
        let error = mpcheck_spawn_piped(Self.executable, argv, envp, &pid, &toChild, &fromChild)
        guard error == 0 else { throw StartError(code: error) }
        self.pid = pid
        input = toChild
        outputDescriptor = fromChild
        output = LineIO.Reader(descriptor: fromChild)
    }

    deinit {
        if status == nil {
            _ = end(killing: true)
        }
        close(outputDescriptor)
    }

    /// Sends one request line; false when the worker is gone.
    func send(_ line: [UInt8]) -> Bool {
        input >= 0 && LineIO.write(line, to: input)
    }

    /// The next answer line; nil when the worker ended (crashed, was killed, or closed its output).
    func receive() -> [UInt8]? {
        output.next()
    }

    /// Closes the worker's standard input, so an idle worker exits, and waits for it to end; with
    /// `killing`, kills it first. Returns the wait status (see `ending(_:)`).
    func end(killing: Bool) -> Int32 {
        if let status {
            return status
        }
        if killing {
            kill(pid, SIGKILL)
        }
        if input >= 0 {
            close(input)
            input = -1
        }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        status = waitStatus
        return waitStatus
    }

    /// Called in a worker as it starts: the worker is killed as soon as the batch process ends, even in
    /// the middle of a bundle. (A batch that ended before this call has closed the worker's standard
    /// input, so the worker exits on its first read.)
    static func dieWithParent() {
        _ = mpcheck_die_with_parent()
    }

    /// How a worker ended, from its wait status: "crashed (signal 11, SIGSEGV)" or "ended unexpectedly
    /// (exit status 2)".
    static func ending(_ status: Int32) -> String {
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which do not import: a signal leaves the low 7 bits set.
        let signal = status & 0x7F
        guard signal != 0 else { return "ended unexpectedly (exit status \((status >> 8) & 0xFF))" }
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGTERM: "SIGTERM",
        ]
        return "crashed (signal \(signal)" + (names[signal].map { ", \($0))" } ?? ")")
    }
}
