import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit
import TestSupport
import Testing

@testable import mpcheck

/// `mpcheck batch` reviews each bundle in a worker process: a crash costs one row, not the batch, and the
/// rows are the ones a review in the batch process itself gives.
@Suite struct BatchIsolationTests {
    /// The fixture's bundles plus crash.zip, a copy of good.zip that the worker is told to crash on.
    static let names = ["good.zip", "crash.zip", "induced.tar.gz", "notes", "truncated.zip"]

    static func makeFixture() throws -> BatchCommandTests.Fixture {
        let fixture = try BatchCommandTests.Fixture.make()
        try FileManager.default.copyItem(atPath: fixture.path("good.zip"), toPath: fixture.path("crash.zip"))
        return fixture
    }

    static let crashOnCrashZip = [BatchWorker.crashTestVariable: "crash.zip"]

    /// How the crashed row says the worker ended: a sanitizer catches the signal and exits with its own
    /// status instead.
    static let crashWording = Sanitizer.isActive ? "ended unexpectedly (exit status" : "crashed (signal 11, SIGSEGV)"

    @Test(arguments: ["1", "2"])
    func aCrashingReviewBecomesAnErrorRowAndTheBatchGoesOn(jobs: String) throws {
        let fixture = try Self.makeFixture()
        defer { fixture.remove() }
        let run = try CommandLineTests.run(
            ["batch"] + Self.names.map(fixture.path) + ["--format", "csv", "--jobs", jobs],
            environment: Self.crashOnCrashZip)
        #expect(run.status == 2)
        let records = Array(BatchCommandTests.parseCSV(run.stdout).dropFirst())
        #expect(records.map { ($0[0] as NSString).lastPathComponent } == Self.names, "every bundle, in order")
        let verdicts = records.map { $0.count > 1 ? $0[1] : "" }
        #expect(verdicts == ["pass", "error", "reject", "pass", "error"])
        let crashed = try #require(records.dropFirst().first)
        #expect(crashed[6].contains(Self.crashWording), "\(crashed)")
        #expect(records.last?[6].contains("damaged or incomplete") == true)
        #expect(run.stderr.contains("5 bundles: 2 passed, 1 rejected, 2 could not be read"), "\(run.stderr)")
    }

    @Test func aCrashedBundleIsAnErrorLineInJSONLines() throws {
        let fixture = try Self.makeFixture()
        defer { fixture.remove() }
        let run = try CommandLineTests.run(
            ["batch", fixture.path("crash.zip"), fixture.path("good.zip"), "--format", "jsonl", "--jobs", "1"],
            environment: Self.crashOnCrashZip)
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(lines.first)
        let crashed = try #require(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(crashed.keys.sorted() == ["bundle", "error", "tool", "verdict"])
        #expect(crashed["verdict"] as? String == "error")
        #expect((crashed["error"] as? String)?.contains(Self.crashWording) == true)
        #expect(lines.last?.contains("\"verdict\":\"pass\"") == true, "a fresh worker reviews the next bundle")
    }

    @Test func withoutTheTestVariableNoBundleCrashes() throws {
        let fixture = try Self.makeFixture()
        defer { fixture.remove() }
        let run = try CommandLineTests.run(["batch", fixture.path("crash.zip"), "--format", "csv"])
        #expect(run.status == 0)
        #expect(BatchCommandTests.parseCSV(run.stdout).last?[1] == "pass")
    }

    /// 40 bundles on two workers: every jsonl line is byte for byte the line of a review done here.
    @Test func manyBundlesOnTwoWorkersGiveTheRowsOfAReviewInProcess() throws {
        let fixture = try Self.makeFixture()
        defer { fixture.remove() }
        let many = fixture.folder.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        let sources = ["good.zip", "induced.tar.gz", "truncated.zip", "not-an-archive.zip", "traversal.zip"]
        for number in 0..<40 {
            let source = sources[number % sources.count]
            try FileManager.default.copyItem(
                atPath: fixture.path(source),
                toPath: many.appendingPathComponent("\(number < 10 ? "0" : "")\(number)-\(source)").path)
        }
        let run = try CommandLineTests.run(["batch", many.path, "--format", "jsonl", "--jobs", "2", "--lang", "en"])
        #expect(run.status == 2)
        let bundles = BatchInputs.expand([many.path])
        #expect(bundles.count == 40)
        let reviewer = Reviewer()
        let expected = bundles.map { bundle -> String in
            let outcome: BatchRow.Outcome
            do throws(BundleError) {
                outcome = .report(try reviewer.review(path: bundle))
            } catch {
                outcome = .error(error.description)
            }
            return BatchJSONLines.line(BatchRow(bundle: bundle, outcome: outcome, milliseconds: 0), language: .en)
        }
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\n" }
        #expect(lines.count == expected.count)
        for (line, wanted) in zip(lines, expected) {
            #expect(line == wanted)
        }
    }

    @Test func theWorkerSaysReadyThenAnswersOneLinePerRequestAndEndsWithItsInput() throws {
        let fixture = try Self.makeFixture()
        defer { fixture.remove() }
        let requests = [
            WorkerMessage.Request(index: 0, bundle: fixture.path("induced.tar.gz")),
            WorkerMessage.Request(index: 7, bundle: "/nonexistent/upload.zip"),
        ]
        let input = requests.map { String(decoding: WorkerMessage.encode($0), as: UTF8.self) }.joined()
        let run = try CommandLineTests.run(["batch-worker", "--format", "csv"], input: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = Array((lines.first ?? "").utf8)
        #expect(WorkerMessage.decode(WorkerMessage.Ready.self, from: first) == WorkerMessage.Ready())
        let answers = lines.dropFirst().compactMap {
            WorkerMessage.decode(WorkerMessage.Answer.self, from: Array($0.utf8))
        }
        #expect(answers.map(\.index) == [0, 7])
        #expect(answers.map(\.completed.summary.verdict) == [.reject, .error])
        #expect(answers.first?.completed.text?.hasPrefix(fixture.path("induced.tar.gz") + ",reject,2,") == true)

        let idle = try CommandLineTests.run(["batch-worker", "--format", "csv"])
        #expect(idle.status == 0)
        #expect(idle.stdout == String(decoding: WorkerMessage.encode(WorkerMessage.Ready()), as: UTF8.self))
    }

    @Test func theWorkerSubcommandIsHiddenFromHelp() throws {
        let help = try CommandLineTests.run(["--help"])
        #expect(help.stdout.contains("batch"))
        #expect(!help.stdout.contains("batch-worker"))
    }
}
