import ArgumentParser
import Foundation
import MiniProgramBundle
import ReviewKit

/// `mpcheck check PATH`: review one bundle and print its report.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a project folder or an archive (zip, tar, tar.gz, 7z).",
        discussion: """
            Exit codes: 0 pass, 1 reject (or a finding at or above --fail-on), 2 input, usage or internal error.
            """
    )

    @Argument(help: "A mini-program project folder or an archive of one.")
    var path: String

    @OptionGroup var bundleOptions: BundleOptions
    @OptionGroup var reviewOptions: ReviewOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        // The rules, their matchers and detectors for the default configuration are built on
        // another thread while the bundle is read and parsed here: on a machine with a second idle
        // core, start-up then costs next to no time. Without --config, the default is what most
        // bundles get.
        let defaultReviewer =
            reviewOptions.config == nil
            ? BackgroundValue {
                let reviewer = Reviewer()
                reviewer.prepare()
                return reviewer
            } : nil
        // Not left running when the process exits early (an unreadable bundle) or without using it
        // (a configuration in the bundle): exit must not tear the process down under that thread.
        defer { _ = defaultReviewer?.value }
        let bundle: MiniProgramBundle
        let custom: ReviewConfiguration?
        do {
            bundle = try BundleReader.read(path: path, limits: bundleOptions.limits)
            custom = try reviewOptions.customConfiguration(for: bundle)
        } catch let error as BundleError {
            throw fail(error.description)
        } catch let error as ConfigurationError {
            throw fail("configuration \(error.description)")
        }
        let configuration = custom ?? .default
        // The images' QR scan, the largest part of reviewing a bundle full of images, runs on a
        // thread of its own beside parsing and the other rules.
        let submission = SubmissionBuilder.build(
            bundle: bundle, overrides: bundleOptions.overrides, ignore: configuration.ignore,
            scansImagesAhead: Reviewer.readsImageQRCodes(configuration: configuration))
        let reviewer =
            if let custom { Reviewer(configuration: custom) } else { defaultReviewer?.value ?? Reviewer() }
        var report = reviewer.review(submission)
        if let file = reviewOptions.writeBaseline {
            do {
                try Data(Baseline(report: report).encoded().utf8).write(to: URL(fileURLWithPath: file))
            } catch {
                throw fail("cannot write the baseline \(file): \(error.localizedDescription)")
            }
        }
        if let file = reviewOptions.baseline {
            guard let bytes = FileManager.default.contents(atPath: file) else {
                throw fail("cannot read the baseline \(file)")
            }
            do {
                let applied = try Baseline.decode(Array(bytes), file: file).apply(to: report)
                report = applied.report
                if applied.known > 0 {
                    note("\(applied.known) finding(s) in the baseline \(file) not reported")
                }
            } catch {
                throw fail(error.description)
            }
        }
        try output.write(report)
        let threshold = reviewOptions.failOn.severity
        let failing = report.findings.filter { $0.severity >= threshold }.count
        if failing > 0 {
            note("\(path): \(report.verdict.rawValue) (\(failing) at or above \(threshold.rawValue))")
            throw ExitCode(ExitStatus.reject)
        }
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data("mpcheck: \(message)\n".utf8))
    }

    /// Reports an input or usage problem and returns the exit code 2 to throw.
    private func fail(_ message: String) -> ExitCode {
        note(message)
        return ExitCode(ExitStatus.error)
    }
}
