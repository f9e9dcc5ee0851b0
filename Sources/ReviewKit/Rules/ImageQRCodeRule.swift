/// A rule that reads the QR codes of the bundle's images (`Submission.images.qrCodes`): a review that
/// runs one decodes and scans the images, so a caller may start that scan early
/// (`Reviewer.readsImageQRCodes(configuration:)`).
protocol ImageQRCodeRule: Rule {}

extension ImageQRCodeRule {
    var readsImageQRCodes: Bool { true }
}
