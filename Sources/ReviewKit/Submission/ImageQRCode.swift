/// A QR code found in one of the bundle's images.
public struct ImageQRCode: Sendable, Equatable {
    /// Most characters of a payload quoted in a report.
    public static let quotedLength = 200

    /// Path of the image, relative to the project root.
    public let path: String
    /// The decoded payload, read as UTF-8.
    public let payload: String

    public init(path: String, payload: String) {
        self.path = path
        self.payload = payload
    }

    /// The payload as a report quotes it: on one line (line breaks and tabs become spaces) and cut
    /// after `quotedLength` characters, with … when cut.
    public var quotedPayload: String {
        let line = String(payload.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return line.count > Self.quotedLength ? line.prefix(Self.quotedLength) + "…" : line
    }
}
