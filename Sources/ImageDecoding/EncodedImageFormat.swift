/// The image formats the decoder reads, recognised by their leading bytes.
public enum EncodedImageFormat: String, Sendable, CaseIterable {
    case png
    case jpeg

    /// The format whose signature `bytes` starts with, or nil.
    public init?(signatureOf bytes: [UInt8]) {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else {
            return nil
        }
    }
}
