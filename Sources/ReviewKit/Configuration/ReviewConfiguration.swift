/// What a project changes about a review, from `.mpcheck.json` or `--config`. The file format is
/// documented in the README.
public struct ReviewConfiguration: Sendable {
    /// What to do with one rule.
    public enum RuleSetting: String, Sendable, CaseIterable {
        case off
        case on
        case info
        case warning
        case reject

        /// The severity this setting forces, if any.
        var severity: Severity? { Severity(rawValue: rawValue) }
    }

    /// Files never reviewed when the configuration does not say otherwise: third-party code.
    public static let defaultIgnore = ["miniprogram_npm/", "node_modules/"]

    /// The configuration file's name at the project root.
    public static let fileName = ".mpcheck.json"

    /// Rule id (or alias) → setting.
    public var rules: [String: RuleSetting]
    /// Paths not reviewed, and where no finding is reported; replaces `defaultIgnore` when given.
    public var ignore: [PathGlob]
    /// Checklist rules added by the project, already loaded.
    public var checklists: [ChecklistRule]
    /// Words that are never a finding: a finding whose evidence is one of them, or lies inside
    /// one of them where it stands, is dropped.
    public var allowWords: [String]

    public init(
        rules: [String: RuleSetting] = [:],
        ignore: [PathGlob] = ReviewConfiguration.defaultIgnore.map(PathGlob.init),
        checklists: [ChecklistRule] = [],
        allowWords: [String] = []
    ) {
        self.rules = rules
        self.ignore = ignore
        self.checklists = checklists
        self.allowWords = allowWords
    }

    /// No changes: every rule at its own severity, third-party folders ignored.
    public static let `default` = ReviewConfiguration()

    /// Whether a path is ignored.
    public func isIgnored(_ path: String) -> Bool {
        ignore.contains { $0.matches(path) }
    }

    /// The rules to run: `base` plus the project's checklists, without the rules turned off,
    /// with severities overridden.
    public func rules(from base: [any Rule]) -> [any Rule] {
        var settings: [String: RuleSetting] = [:]
        for (id, setting) in rules {
            settings[RuleRegistry.aliases[id] ?? id] = setting
        }
        return (base + checklists.map { $0 as any Rule }).compactMap { rule in
            switch settings[rule.id] {
            case .off: return nil
            case .some(let setting):
                guard let severity = setting.severity, severity != rule.description.severity else { return rule }
                return SeverityOverride(base: rule, severity: severity)
            case .none: return rule
            }
        }.sorted { $0.id < $1.id }
    }
}

/// A rule run at another severity than its own, as a configuration asks.
struct SeverityOverride: Rule {
    let base: any Rule
    let description: RuleDescription

    init(base: any Rule, severity: Severity) {
        self.base = base
        var description = base.description
        description.severity = severity
        self.description = description
    }

    var readsImageQRCodes: Bool { base.readsImageQRCodes }

    func check(_ submission: Submission) -> [Finding] {
        base.check(submission).map { finding in
            var finding = finding
            finding.severity = description.severity
            return finding
        }
    }
}
