/// The `allowWords` of a configuration: words a project uses legitimately.
enum AllowWords {
    /// Whether a finding is allowed away: its evidence is an allowed word, or it lies inside an
    /// occurrence of an allowed word on its line (or in its metadata field).
    static func allows(_ finding: Finding, words: [String], metadata: SubmissionMetadata) -> Bool {
        let evidence = finding.evidence
        guard !evidence.isEmpty, !words.isEmpty else { return false }
        if words.contains(evidence) { return true }
        let candidates = words.filter { $0.contains(evidence) }
        guard !candidates.isEmpty, let column = finding.location.column else { return false }
        let line: String?
        if finding.location.file != nil {
            line = finding.location.line.flatMap { finding.snippet?.line($0) }
        } else {
            switch finding.location.field {
            case MetadataField.name.rawValue: line = metadata.name
            case MetadataField.description.rawValue: line = metadata.description
            default: line = nil
            }
        }
        guard let line else { return false }
        let text = Array(line.unicodeScalars)
        let start = column - 1
        let end = start + evidence.unicodeScalars.count
        for word in candidates {
            let pattern = Array(word.unicodeScalars)
            guard pattern.count <= text.count else { continue }
            for offset in 0...(text.count - pattern.count)
            where offset <= start && offset + pattern.count >= end
                && Array(text[offset..<(offset + pattern.count)]) == pattern
            {
                return true
            }
        }
        return false
    }
}
