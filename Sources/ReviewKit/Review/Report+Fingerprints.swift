extension Report {
    /// A stable fingerprint per finding, parallel to `findings`: a hash of the rule id, the file
    /// (or metadata field) and the evidence, then the occurrence number among findings sharing
    /// those three. Line and column are left out, so a finding keeps its fingerprint when code
    /// above it moves. Used by SARIF `partialFingerprints` and by baselines.
    public var fingerprints: [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let place = finding.location.file ?? "[\(finding.location.field ?? "")]"
            let key = [finding.rule, place, finding.evidence].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0] + 1
            seen[key] = occurrence
            return "\(Self.fnv1a64(key)):\(occurrence)"
        }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes as 16 hex digits: stable across runs and platforms,
    /// unlike `Hasher`.
    static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
