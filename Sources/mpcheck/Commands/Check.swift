import ArgumentParser
import Foundation
import MiniProgramBundle
import ReviewKit

/// `mpcheck check PATH`: review one bundle and print its report.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review a project folder or an archive (zip, tar, tar.gz, 7z).",
        discussion: "Exit codes: 0 pass, 1 reject, 2 input, usage or internal error."
    )

    @Argument(help: "A mini-program project folder or an archive of one.")
    var path: String

    @OptionGroup var bundleOptions: BundleOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let report: Report
        do {
            report = try Reviewer().review(path: path, limits: bundleOptions.limits, overrides: bundleOptions.overrides)
        } catch {
            FileHandle.standardError.write(Data("mpcheck: \(error.description)\n".utf8))
            throw ExitCode(ExitStatus.error)
        }
        try output.write(report)
        if report.verdict == .reject {
            FileHandle.standardError.write(Data("mpcheck: \(path): reject (\(report.summary.reject))\n".utf8))
            throw ExitCode(ExitStatus.reject)
        }
    }
}
