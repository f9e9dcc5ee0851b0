import ArgumentParser
import MiniProgramBundle
import ReviewKit

/// Limits on what is read from a bundle, and the metadata flags.
struct BundleOptions: ParsableArguments {
    @Option(help: "Most uncompressed bytes read from the whole bundle.")
    var maxTotalBytes: Int = BundleLimits.default.maxTotalBytes

    @Option(help: "Most uncompressed bytes read from one file.")
    var maxFileBytes: Int = BundleLimits.default.maxFileBytes

    @Option(help: "Most entries (files, folders, links) in the bundle.")
    var maxEntries: Int = BundleLimits.default.maxEntries

    @Option(help: "Submitted name (overrides submission.json).")
    var name: String?

    @Option(help: "Submitted description, 简介 (overrides submission.json).")
    var description: String?

    @Option(help: "Path of the submitted icon inside the bundle (overrides submission.json).")
    var icon: String?

    var limits: BundleLimits {
        BundleLimits(maxTotalBytes: maxTotalBytes, maxFileBytes: maxFileBytes, maxEntries: maxEntries)
    }

    var overrides: MetadataOverrides {
        MetadataOverrides(name: name, description: description, icon: icon)
    }

    func validate() throws {
        for (flag, value) in [
            ("--max-total-bytes", maxTotalBytes), ("--max-file-bytes", maxFileBytes), ("--max-entries", maxEntries),
        ]
        where value <= 0 {
            throw ValidationError("\(flag) must be a positive number")
        }
    }
}
