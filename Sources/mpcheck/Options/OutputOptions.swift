import ArgumentParser
import Foundation
import Reporters
import ReviewKit

/// How and where reports are written.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report formats, comma-separated.", valueName: "formats"))
    var format: FormatList = FormatList([.text])

    @Option(help: "Report language: zh or en.")
    var lang: Language = .zh

    @Option(help: "Write the report to this file instead of standard output (one format).")
    var output: String?

    @Option(help: "Write each format to DIR/report.<ext> (several formats).")
    var outputDir: String?

    @Option(help: "Colour: auto (only on a terminal), always or never.")
    var color: ColorMode = .auto

    func validate() throws {
        if output != nil, outputDir != nil {
            throw ValidationError("give --output or --output-dir, not both")
        }
        if format.formats.count > 1, outputDir == nil {
            throw ValidationError("several formats need --output-dir DIR (each is written to DIR/report.<ext>)")
        }
    }

    func renderOptions(for format: ReportFormat) -> RenderOptions {
        RenderOptions(language: lang, color: format == .text && useColor)
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            guard output == nil, outputDir == nil else { return false }
            if ProcessInfo.processInfo.environment["NO_COLOR"] != nil { return false }
            if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) == 1
        }
    }

    /// Renders every format and writes it to `--output`, `--output-dir` or standard output.
    func write(_ report: Report) throws {
        if let outputDir {
            do {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("cannot create \(outputDir): \(error.localizedDescription)")
            }
        }
        for format in format.formats {
            let text = format.render(report, options: renderOptions(for: format))
            if let outputDir {
                try write(
                    text, to: URL(fileURLWithPath: outputDir).appendingPathComponent("report.\(format.fileExtension)"))
            } else if let output {
                try write(text, to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }

    private func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw ValidationError("cannot write the report to \(url.path): \(error.localizedDescription)")
        }
    }
}

/// `--format json,sarif`: one or more formats, in the order given, without repeats.
struct FormatList: ExpressibleByArgument, Equatable {
    var formats: [ReportFormat]

    init(_ formats: [ReportFormat]) {
        self.formats = formats
    }

    init?(argument: String) {
        var formats: [ReportFormat] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = ReportFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { return nil }
        self.formats = formats
    }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension Language: ExpressibleByArgument {}
