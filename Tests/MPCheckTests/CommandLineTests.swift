import Foundation
import TestSupport
import Testing

/// Runs the built `mpcheck` binary as a user would and checks exit codes, streams and files.
@Suite struct CommandLineTests {
    struct Run: Sendable {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `mpcheck` executable that `swift test` built beside the test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner is `<product>.xctest` in the build folder; elsewhere it may sit
        // inside a bundle, so walk up until a sibling `mpcheck` appears.
        for _ in 0..<4
        where !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("mpcheck").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("mpcheck")
    }()

    /// Runs the binary with stdout and stderr sent to temporary files. With `addressSpaceLimit`
    /// (bytes) the child runs under `prlimit --as`, so unbounded memory growth ends the run with
    /// a crash instead of passing unnoticed. `environment` is added to this process's environment;
    /// `input` is the child's standard input (empty by default).
    static func run(
        _ arguments: [String], addressSpaceLimit: Int? = nil, environment: [String: String] = [:], input: String = ""
    ) throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inPath = folder.appendingPathComponent("in").path
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        try Data(input.utf8).write(to: URL(fileURLWithPath: inPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var command = [binary.path] + arguments
        if let addressSpaceLimit {
            command = ["/usr/bin/prlimit", "--as=\(addressSpaceLimit)", "--"] + command
        }
        let argv = command.map { strdup($0) } + [nil]
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, given in given }
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which do not import: a signal leaves the low 7 bits set.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Run(
            status: exitStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        )
    }

    static func sample(_ name: String) -> String {
        RepositoryPaths.samplePackages.appendingPathComponent("\(name)/bundle").path
    }

    @Test func binaryWasBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "no mpcheck at \(Self.binary.path)")
    }

    @Test func cleanSamplePassesWithExitZero() throws {
        let run = try Self.run(["check", Self.sample("clean-notes")])
        #expect(run.status == 0)
        #expect(run.stdout.contains("结论：通过"))
    }

    @Test func rejectedSampleExitsOneWithAMessage() throws {
        let run = try Self.run(["check", Self.sample("induced-sharing"), "--lang", "en", "--color", "never"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Verdict: REJECT"))
        #expect(run.stdout.contains("pages/index/index.wxml:4:11"))
        #expect(run.stderr.contains("reject"))
    }

    @Test func checkIsTheDefaultSubcommand() throws {
        let run = try Self.run([Self.sample("media-autoplay"), "--format", "json"])
        #expect(run.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(json?["verdict"] as? String == "reject")
    }

    @Test func jsonReportGoesToTheOutputFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let run = try Self.run(["check", Self.sample("clean-notes"), "--format", "json", "--output", output.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
        #expect(json?["verdict"] as? String == "pass")
    }

    @Test func metadataFlagsOverrideSubmissionJSON() throws {
        let run = try Self.run(["check", Self.sample("clean-notes"), "--name", "国家级记账", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\"rule\" : \"absolute-advertising-words\""))
    }

    @Test func missingInputExitsTwoWithAMessage() throws {
        let run = try Self.run(["check", "/nonexistent/bundle.zip"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent/bundle.zip"))
        #expect(run.stdout.isEmpty)
    }

    @Test func notAnArchiveExitsTwo() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-\(UUID().uuidString).zip")
        try Data("this is not an archive".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run(["check", file.path])
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test func limitsAreEnforcedFromFlags() throws {
        let run = try Self.run(["check", Self.sample("clean-notes"), "--max-entries", "3"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--max-entries"))
    }

    @Test(arguments: [
        ["check", "--bogus"], ["check"], ["explain", "no-such-rule"], ["check", "x", "--format", "pdf"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test func rulesListsTheCatalog() throws {
        let run = try Self.run(["rules", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("induced-sharing"))
        #expect(run.stdout.contains("media-autoplay"))
        #expect(run.stdout.contains("12.5.3"))
    }

    @Test func explainQuotesTheClause() throws {
        let run = try Self.run(["explain", "media-autoplay"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("禁止视频、音乐、语音等多媒体的自动播放。"))
        #expect(run.stdout.contains("autoplay=\"false\""))
    }

    @Test func helpAndVersionExitZero() throws {
        #expect(try Self.run(["--help"]).status == 0)
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.contains("0.1.0"))
    }
}
