/// A protected mark (a trademark or platform name) and what is known about its imitations.
/// Decoded from the marks registry in Checklists (schema in Checklists/README.md).
public struct ProtectedMark: Sendable, Codable, Equatable {
    /// The mark as registered: `微信`, `WeChat`.
    public var mark: String
    /// Who holds it, for messages: `腾讯`.
    public var owner: String
    /// Which rule guards it: `tencent` (运营规范 8.3) or `third-party`.
    public var group: String
    /// Where the mark is named as protected.
    public var source: String
    /// Known evasions, matched as phrases: `v信`, `vx`.
    public var evasions: [String]?
    /// Legitimate words containing a near-miss of the mark (`定位信息` for `位信`).
    public var allowContexts: [String]?

    public init(
        mark: String, owner: String, group: String, source: String, evasions: [String]? = nil,
        allowContexts: [String]? = nil
    ) {
        self.mark = mark
        self.owner = owner
        self.group = group
        self.source = source
        self.evasions = evasions
        self.allowContexts = allowContexts
    }
}
