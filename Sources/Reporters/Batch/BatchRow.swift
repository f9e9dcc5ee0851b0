public import ReviewKit

/// One bundle of a batch review: its report, or the reason it could not be reviewed.
public struct BatchRow: Sendable {
    /// What reviewing the bundle gave.
    public enum Outcome: Sendable {
        case report(Report)
        /// The bundle could not be read (missing, not an archive, damaged, over a limit, encrypted...).
        case error(String)
    }

    /// The bundle's path as found or given.
    public var bundle: String
    public var outcome: Outcome
    /// Wall time spent reading and reviewing the bundle, in milliseconds.
    public var milliseconds: Int

    public init(bundle: String, outcome: Outcome, milliseconds: Int) {
        self.bundle = bundle
        self.outcome = outcome
        self.milliseconds = milliseconds
    }

    /// The report, when the bundle could be reviewed.
    public var report: Report? {
        if case .report(let report) = outcome { return report }
        return nil
    }

    /// The error message, when it could not.
    public var error: String? {
        if case .error(let message) = outcome { return message }
        return nil
    }

    /// The small part of the row an index or a summary needs; the report itself can then be released.
    public var summary: BatchSummary {
        guard let report else {
            return BatchSummary(
                bundle: bundle, verdict: .error, reject: 0, warning: 0, info: 0, topRules: [], error: error,
                milliseconds: milliseconds)
        }
        return BatchSummary(
            bundle: bundle,
            verdict: report.verdict == .reject ? .reject : .pass,
            reject: report.summary.reject,
            warning: report.summary.warning,
            info: report.summary.info,
            topRules: BatchSummary.topRules(of: report),
            error: nil,
            milliseconds: milliseconds
        )
    }
}

/// The outcome of one bundle in a few fields: what the CSV summary and the HTML index show.
public struct BatchSummary: Sendable, Equatable, Codable {
    /// A review's verdict, or `error` when there was no review.
    public enum Verdict: String, Sendable, Codable {
        case pass, reject, error
    }

    public var bundle: String
    public var verdict: Verdict
    public var reject: Int
    public var warning: Int
    public var info: Int
    /// Ids of the rules with the most findings, most first (ties by id), at most `topRuleCount`.
    public var topRules: [String]
    public var error: String?
    public var milliseconds: Int
    /// The per-bundle page, relative to the index; set by the HTML output only.
    public var page: String?

    public init(
        bundle: String, verdict: Verdict, reject: Int, warning: Int, info: Int, topRules: [String], error: String?,
        milliseconds: Int, page: String? = nil
    ) {
        self.bundle = bundle
        self.verdict = verdict
        self.reject = reject
        self.warning = warning
        self.info = info
        self.topRules = topRules
        self.error = error
        self.milliseconds = milliseconds
        self.page = page
    }

    /// How many rule ids `topRules` keeps.
    public static let topRuleCount = 3

    /// Rule ids by number of findings, reject findings first: a rule that rejects outranks a chatty info rule.
    static func topRules(of report: Report) -> [String] {
        var counts: [String: (rejects: Int, all: Int)] = [:]
        for finding in report.findings {
            var count = counts[finding.rule] ?? (0, 0)
            count.all += 1
            if finding.severity == .reject { count.rejects += 1 }
            counts[finding.rule] = count
        }
        return counts.sorted { left, right in
            (-left.value.rejects, -left.value.all, left.key) < (-right.value.rejects, -right.value.all, right.key)
        }
        .prefix(topRuleCount).map(\.key)
    }
}
