// swift-tools-version: 5.4
import PackageDescription

// libFuzzer targets for mpcheck's parsers, kept out of the root package so `swift test` never builds them.
// Build and run them with scripts/fuzz; each target needs `-sanitize=fuzzer`, which supplies `main`.
//
// Tools version 5.4 on purpose: with a 6.0 manifest SwiftPM renames each executable's entry point
// to `<Target>_main` on Linux and links `main` to it, which fails to link when libFuzzer supplies
// `main` (undefined symbol `FuzzWXML_main`). The price: these few files compile in Swift 5 mode.
let fuzzerFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "mpcheck-fuzz",
    dependencies: [.package(name: "mpcheck", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzArchive",
            dependencies: [.product(name: "MiniProgramBundle", package: "mpcheck")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzWXML",
            dependencies: [.product(name: "WXML", package: "mpcheck")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzScript",
            dependencies: [.product(name: "JavaScriptTokens", package: "mpcheck")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzManifest",
            dependencies: [.product(name: "ReviewKit", package: "mpcheck")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzImage",
            dependencies: [.product(name: "ImageDecoding", package: "mpcheck")],
            swiftSettings: fuzzerFlags
        ),
        .executableTarget(
            name: "FuzzReview",
            dependencies: [
                .product(name: "MiniProgramBundle", package: "mpcheck"),
                .product(name: "ReviewKit", package: "mpcheck"),
            ],
            swiftSettings: fuzzerFlags
        ),
    ]
)
