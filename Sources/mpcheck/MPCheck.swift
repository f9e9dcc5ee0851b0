import ArgumentParser
import Foundation
import ReviewKit

/// The root command: configuration only; the work is in the subcommands.
@main
struct MPCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mpcheck",
        abstract: "Review a WeChat mini-program bundle the way the platform's reviewers do.",
        discussion: """
            Exit codes: 0 pass, 1 reject (or a finding at or above --fail-on), 2 input, usage or internal error.
            """,
        version: MPCheckVersion.current,
        subcommands: [Check.self, Batch.self, Rules.self, Explain.self, BatchWorker.self],
        defaultSubcommand: Check.self
    )

    /// Like `ParsableCommand.main()`, but every failure that is not a verdict exits with 2, as
    /// documented, instead of ArgumentParser's 64 for usage errors and 1 for other errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                self.exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.error)
        }
    }
}

/// The documented exit statuses.
enum ExitStatus {
    static let pass: Int32 = 0
    static let reject: Int32 = 1
    static let error: Int32 = 2
}
