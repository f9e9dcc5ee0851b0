public import MiniProgramBundle

/// Runs rules over a submission and produces a report.
public struct Reviewer: Sendable {
    public let rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.all) {
        self.rules = rules
    }

    /// Reviews a bundle already in memory.
    public func review(_ bundle: MiniProgramBundle, overrides: MetadataOverrides = MetadataOverrides()) -> Report {
        let submission = SubmissionBuilder.build(bundle: bundle, overrides: overrides)
        return review(submission)
    }

    /// Runs every rule; on a compiled package only those that can judge compiled content (the report's
    /// `compiled-package` note lists the others).
    public func review(_ submission: Submission) -> Report {
        let applicable =
            submission.bundle.isCompiledPackage
            ? rules.filter { CompiledPackageSupport.canRun($0, on: submission) } : rules
        let findings = applicable.flatMap { $0.check(submission) }
        return Report(
            bundle: submission.bundle.source, findings: findings, metadata: MetadataSummary(submission.metadata))
    }

    /// Reads a directory or archive and reviews it.
    public func review(
        path: String,
        limits: BundleLimits = .default,
        overrides: MetadataOverrides = MetadataOverrides()
    ) throws(BundleError) -> Report {
        let bundle = try BundleReader.read(path: path, limits: limits)
        return review(bundle, overrides: overrides)
    }
}
