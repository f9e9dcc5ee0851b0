public import MiniProgramBundle

/// Runs rules over a submission and produces a report.
public struct Reviewer: Sendable {
    /// The rules that run: the given ones with the configuration applied.
    public let rules: [any Rule]
    public let configuration: ReviewConfiguration
    /// The checklist rules among `rules`, searched together in one pass per text.
    private let checklists: ChecklistSet
    private let checklistIDs: Set<String>

    public init(rules: [any Rule] = RuleRegistry.all, configuration: ReviewConfiguration = .default) {
        self.rules = configuration.rules(from: rules)
        self.configuration = configuration
        var checklistRules: [ChecklistRule] = []
        var severities: [Severity?] = []
        for rule in self.rules {
            if let checklist = rule as? ChecklistRule {
                checklistRules.append(checklist)
                severities.append(nil)
            } else if let override = rule as? SeverityOverride, let checklist = override.base as? ChecklistRule {
                checklistRules.append(checklist)
                severities.append(override.description.severity)
            }
        }
        checklists = ChecklistSet(rules: checklistRules, severities: severities)
        checklistIDs = Set(checklists.ids)
    }

    /// Reviews a bundle already in memory.
    public func review(_ bundle: MiniProgramBundle, overrides: MetadataOverrides = MetadataOverrides()) -> Report {
        let submission = SubmissionBuilder.build(bundle: bundle, overrides: overrides, ignore: configuration.ignore)
        return review(submission)
    }

    /// Runs every rule; on a compiled package only those that can judge compiled content (the report's
    /// `compiled-package` note lists the others).
    public func review(_ submission: Submission) -> Report {
        let applicable =
            submission.bundle.isCompiledPackage
            ? rules.filter { CompiledPackageSupport.canRun($0, on: submission) } : rules
        // The suppression rule judges the other rules' findings, so it runs after them.
        let suppressionRule = applicable.first { $0.id == InvalidSuppressionRule.ruleID }
        let running = Set(applicable.map(\.id))
        let lines = SourceLines(bundle: submission.bundle)
        var findings =
            (checklists.findings(in: submission, only: running.intersection(checklistIDs))
            + applicable.filter { $0.id != InvalidSuppressionRule.ruleID && !checklistIDs.contains($0.id) }
            .flatMap { $0.check(submission) })
            .filter { finding in
                // Ignored files are not reviewed; findings about the bundle's entries themselves still count.
                guard let file = finding.location.file, finding.rule != Self.bundleEntryRule else { return true }
                return !configuration.isIgnored(file)
            }
            .map { lines.withSnippet($0) }
            .filter { !AllowWords.allows($0, words: configuration.allowWords, metadata: submission.metadata) }
        let suppressions = Suppression.find(in: submission)
        if !suppressions.isEmpty {
            let known = Set(rules.map(\.id) + RuleRegistry.all.map(\.id))
            let applied = SuppressionCheck.apply(suppressions, to: findings, knownRules: known)
            findings = applied.kept
            if let suppressionRule {
                findings += applied.problems.map { suppression, problem in
                    lines.withSnippet(InvalidSuppressionRule.finding(for: suppression, problem, by: suppressionRule))
                }
            }
        }
        return Report(
            bundle: submission.bundle.source,
            findings: findings,
            metadata: MetadataSummary(submission.metadata),
            rules: applicable.map(\.description),
            icon: Self.icon(submission)
        )
    }

    /// Builds what the rules otherwise build during the first review (`Rule.prepare()`: the
    /// protected-mark detectors), for a caller that can do it on another thread while the bundle is
    /// read. Optional: a review builds whatever it needs.
    public func prepare() {
        for rule in rules {
            ((rule as? SeverityOverride)?.base ?? rule).prepare()
        }
    }

    /// Whether a review with `configuration` runs a rule that reads the QR codes of the bundle's
    /// images, so that the scan may start early (`SubmissionBuilder.build(…, scansImagesAhead:)`).
    /// Cheap: it looks at the code rules only (no checklist reads images).
    public static func readsImageQRCodes(configuration: ReviewConfiguration) -> Bool {
        // A requirement of `Rule` rather than a cast to `ImageQRCodeRule`: each cast of a rule to a
        // protocol is a search of the program's conformance records, costly at start-up.
        configuration.rules(from: RuleRegistry.codeRules).contains(where: \.readsImageQRCodes)
    }

    /// The rule about unsafe archive entries, whose findings stand even in ignored folders.
    static let bundleEntryRule = "unsafe-bundle-entry"

    /// The lines of the bundle's files, each file split once however many findings it has.
    final class SourceLines {
        private let bundle: MiniProgramBundle
        private var split: [String: [Substring]] = [:]

        init(bundle: MiniProgramBundle) {
            self.bundle = bundle
        }

        /// The finding with the source lines around its location, for reporters that show code.
        func withSnippet(_ finding: Finding) -> Finding {
            guard finding.snippet == nil, let file = finding.location.file, let line = finding.location.line
            else { return finding }
            let lines: [Substring]
            if let known = split[file] {
                lines = known
            } else {
                guard let text = bundle.text(at: file) else { return finding }
                lines = Snippet.splitLines(text)
                split[file] = lines
            }
            var result = finding
            result.snippet = Snippet(lines: lines, line: line)
            return result
        }
    }

    /// The submitted icon's bytes, when the named file is an image in the bundle.
    static func icon(_ submission: Submission) -> EmbeddedImage? {
        guard let path = submission.metadata.icon else { return nil }
        let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let file = submission.bundle.file(at: relative) else { return nil }
        return EmbeddedImage(path: relative, bytes: file.bytes)
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
