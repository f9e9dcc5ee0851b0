import Foundation

/// `mpcheck batch --format csv`: one summary line per bundle (RFC 4180, comma-separated, CRLF-free).
///
/// Columns: bundle, verdict (pass, reject or error), reject, warning and info counts, top rule ids
/// (space-separated, see `BatchSummary.topRules`), error message, milliseconds.
public enum BatchCSV {
    public static let header = "bundle,verdict,reject,warning,info,top_rules,error,milliseconds\n"

    /// The line for one bundle, ending with a newline.
    public static func line(_ summary: BatchSummary) -> String {
        let fields = [
            summary.bundle, summary.verdict.rawValue, String(summary.reject), String(summary.warning),
            String(summary.info), summary.topRules.joined(separator: " "), summary.error ?? "",
            String(summary.milliseconds),
        ]
        return fields.map(quoted).joined(separator: ",") + "\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break; quotes inside are doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
