/// The protected-marks registry and the similar-shape table in `marks/`, embedded in the
/// binary (schema and sources in Checklists/README.md).
public enum BundledMarks {
    /// `marks/protected-marks.json`: every protected mark, its owner, group, source, known
    /// evasions and allow-contexts.
    public static let registry: [UInt8] = PackageResources.protected_marks_json
    /// `marks/similar-shapes.txt`: groups of Han characters that look alike.
    public static let similarShapes: [UInt8] = PackageResources.similar_shapes_txt
}
