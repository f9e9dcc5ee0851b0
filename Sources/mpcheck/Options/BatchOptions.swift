import ArgumentParser
import Foundation
import MiniProgramBundle
import ReviewKit

/// The options of `mpcheck batch`.
struct BatchOptions: ParsableArguments {
    @Option(help: "Bundles reviewed at the same time, each by its own worker process (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Output: jsonl (one JSON report per line), csv (a summary) or html (an index and a page per bundle).")
    var format: BatchFormat = .jsonl

    @Option(help: "Write to this file (jsonl, csv) or folder (html, required) instead of standard output.")
    var output: String?

    @Option(
        help: "Read more bundle paths from this file, one per line (blank lines and lines starting with # are skipped)."
    )
    var list: String?

    @Option(help: "Most seconds one bundle may take; a slower one becomes an error row and the batch goes on.")
    var timeout: Double = 120

    @Flag(help: "No progress bar and no closing summary on standard error.")
    var quiet = false

    @Option(help: "Report language: zh or en.")
    var lang: Language = .zh

    @Option(help: "Most uncompressed bytes read from one bundle.")
    var maxTotalBytes: Int = BundleLimits.default.maxTotalBytes

    @Option(help: "Most uncompressed bytes read from one file of a bundle.")
    var maxFileBytes: Int = BundleLimits.default.maxFileBytes

    @Option(help: "Most entries (files, folders, links) in one bundle.")
    var maxEntries: Int = BundleLimits.default.maxEntries

    var limits: BundleLimits {
        BundleLimits(maxTotalBytes: maxTotalBytes, maxFileBytes: maxFileBytes, maxEntries: maxEntries)
    }

    /// `--jobs`, or the number of cores this process may use.
    var jobCount: Int {
        jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    func validate() throws {
        for (flag, value) in [
            ("--max-total-bytes", maxTotalBytes), ("--max-file-bytes", maxFileBytes), ("--max-entries", maxEntries),
            ("--jobs", jobs ?? 1),
        ]
        where value <= 0 {
            throw ValidationError("\(flag) must be a positive number")
        }
        guard timeout > 0 && timeout <= 1_000_000 else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        if format == .html && output == nil {
            throw ValidationError("--format html writes a folder: give it with --output DIR")
        }
    }
}

/// The outputs of `mpcheck batch`.
enum BatchFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case jsonl, csv, html
}
