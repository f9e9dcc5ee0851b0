public import ReviewKit

/// The output formats of `mpcheck check`. The switch is exhaustive: a new format does not compile
/// without its reporter.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    case markdown
    case github
    case html

    /// Renders a report in this format.
    public func render(_ report: Report, options: RenderOptions) -> String {
        switch self {
        case .text: TextReporter.render(report, options: options)
        case .json: JSONReporter.render(report, options: options)
        case .sarif: SARIFReporter.render(report, options: options)
        case .junit: JUnitReporter.render(report, options: options)
        case .markdown: MarkdownReporter.render(report, options: options)
        case .github: GitHubReporter.render(report, options: options)
        case .html: HTMLReporter.render(report, options: options)
        }
    }

    /// The extension of `report.<ext>` in `--output-dir`; distinct for every format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "junit.xml"
        case .markdown: "md"
        case .github: "github.txt"
        case .html: "html"
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
