import ArgumentParser
import Foundation
import MiniProgramBundle
import ReviewKit

/// Configuration, baseline and the exit-code threshold.
struct ReviewOptions: ParsableArguments {
    @Option(help: "Configuration file (default: .mpcheck.json at the project root, if there is one).")
    var config: String?

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(help: "Record this review's findings in a baseline file.")
    var writeBaseline: String?

    @Option(help: "Lowest severity that makes mpcheck exit with 1.")
    var failOn: FailOn = .reject

    /// The configuration from `--config`, or the bundle's `.mpcheck.json`, or the default.
    func configuration(for bundle: MiniProgramBundle) throws(ConfigurationError) -> ReviewConfiguration {
        try customConfiguration(for: bundle) ?? .default
    }

    /// The configuration from `--config`, or the bundle's `.mpcheck.json`; nil when there is neither.
    func customConfiguration(for bundle: MiniProgramBundle) throws(ConfigurationError) -> ReviewConfiguration? {
        if let config {
            return try ReviewConfiguration.load(file: config)
        }
        return try ReviewConfiguration.inBundle(bundle)
    }
}

/// The `--fail-on` threshold.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case reject
    case warning

    var severity: Severity {
        switch self {
        case .reject: .reject
        case .warning: .warning
        }
    }
}
