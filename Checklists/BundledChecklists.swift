/// The checklist files in `lists/`, embedded in the binary. The list is explicit and sorted;
/// a test compares it with the files on disk.
public enum BundledChecklists {
    /// Checklist id (the file name without `.json`) and the file's bytes.
    public static let all: [(id: String, bytes: [UInt8])] = [
        ("absolute-advertising-words", PackageResources.absolute_advertising_words_json),
        ("induced-sharing", PackageResources.induced_sharing_json),
        ("platform-marks-in-name", PackageResources.platform_marks_in_name_json),
    ]
}
