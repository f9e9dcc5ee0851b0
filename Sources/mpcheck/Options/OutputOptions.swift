import ArgumentParser
import Foundation
import Reporters
import ReviewKit

/// How and where a report is written.
struct OutputOptions: ParsableArguments {
    @Option(help: "Report format: text or json.")
    var format: ReportFormat = .text

    @Option(help: "Report language: zh or en.")
    var lang: Language = .zh

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Colour: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto

    func renderOptions() -> RenderOptions {
        RenderOptions(language: lang, color: useColor)
    }

    private var useColor: Bool {
        switch color {
        case .always: return format == .text
        case .never: return false
        case .auto:
            guard format == .text, output == nil else { return false }
            if ProcessInfo.processInfo.environment["NO_COLOR"] != nil { return false }
            if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    /// Writes to `--output` or standard output.
    func write(_ text: String) throws {
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                throw ValidationError("cannot write the report to \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension ReportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
