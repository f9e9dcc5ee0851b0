public import ReviewKit

/// The output formats of `mpcheck check`. The switch is exhaustive: a new format does not compile
/// without its reporter.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json

    /// Renders a report in this format.
    public func render(_ report: Report, options: RenderOptions) -> String {
        switch self {
        case .text: TextReporter.render(report, options: options)
        case .json: JSONReporter.render(report, options: options)
        }
    }
}

/// Presentation choices shared by the reporters.
public struct RenderOptions: Sendable {
    public var language: Language
    /// ANSI colours; only for a terminal.
    public var color: Bool

    public init(language: Language = .zh, color: Bool = false) {
        self.language = language
        self.color = color
    }
}
