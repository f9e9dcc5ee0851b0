import Foundation

/// Findings accepted for now: `--write-baseline FILE` records a report's findings by fingerprint,
/// and `--baseline FILE` reports only findings that are not in it. Fingerprints leave out line and
/// column (`Report.fingerprints`), so a recorded finding stays recorded when code above it moves.
public struct Baseline: Sendable, Codable, Equatable {
    /// One recorded finding; rule and location are there for a reader of the file.
    public struct Entry: Sendable, Codable, Equatable {
        public var fingerprint: String
        public var rule: String
        public var location: String
    }

    /// Version of the file format.
    public var version: Int
    public var findings: [Entry]

    public static let currentVersion = 1

    /// The findings of a report, in report order.
    public init(report: Report) {
        version = Self.currentVersion
        findings = zip(report.findings, report.fingerprints).map { finding, fingerprint in
            Entry(fingerprint: fingerprint, rule: finding.rule, location: finding.location.displayString)
        }
    }

    /// The file's text: pretty-printed JSON with sorted keys, one entry per finding.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a baseline file's bytes.
    public static func decode(_ bytes: [UInt8], file: String) throws(BaselineError) -> Baseline {
        let baseline: Baseline
        do {
            baseline = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
        } catch {
            throw BaselineError(file: file, reason: "not a baseline file written by --write-baseline")
        }
        guard baseline.version == currentVersion else {
            throw BaselineError(file: file, reason: "baseline version \(baseline.version) is not supported")
        }
        return baseline
    }

    /// The report without the findings recorded here, and how many were left out.
    public func apply(to report: Report) -> (report: Report, known: Int) {
        let known = Set(findings.map(\.fingerprint))
        let fresh = zip(report.findings, report.fingerprints).filter { !known.contains($0.1) }.map(\.0)
        let filtered = Report(
            bundle: report.bundle, findings: fresh, metadata: report.metadata, rules: report.rules, icon: report.icon)
        return (filtered, report.findings.count - fresh.count)
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}
