import Foundation
public import ReviewKit

/// `mpcheck batch --format jsonl`: one JSON object per line, per bundle.
///
/// A reviewed bundle's object is exactly `check --format json`'s document on one line, plus `"error": null`.
/// A bundle that could not be reviewed gives `{"bundle", "error", "tool", "verdict": "error"}`.
public enum BatchJSONLines {
    /// The encoded line for a row, ending with a newline.
    public static func line(_ row: BatchRow, language: Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let line: Line =
            switch row.outcome {
            case .report(let report): Line(document: JSONReporter.document(report, language: language))
            case .error(let message): Line(failure: Failure(bundle: row.bundle, error: message))
            }
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(line)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A reviewed bundle's document with the `error` key added, or a failure.
    private struct Line: Encodable {
        var document: JSONReporter.Document?
        var failure: Failure?

        init(document: JSONReporter.Document) {
            self.document = document
        }

        init(failure: Failure) {
            self.failure = failure
        }

        enum Keys: String, CodingKey { case error }

        func encode(to encoder: any Encoder) throws {
            if let failure {
                try failure.encode(to: encoder)
                return
            }
            // The document's keys and `error` go into one object: JSONEncoder merges keyed containers.
            try document?.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeNil(forKey: .error)
        }
    }

    private struct Failure: Encodable {
        var bundle: String
        var error: String
        var tool = Tool()
        var verdict = "error"
    }

    /// The `tool` object of a report, for lines that have no report.
    private struct Tool: Encodable {
        var name = "mpcheck"
        var version = MPCheckVersion.current
    }
}
