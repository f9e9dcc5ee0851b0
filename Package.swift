// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "mpcheck",
    products: [
        .executable(name: "mpcheck", targets: ["mpcheck"]),
        .library(name: "ReviewKit", targets: ["ReviewKit"]),
        // The input modules are products too, so the fuzz package in Fuzz/ can reach each parser alone.
        .library(name: "MiniProgramBundle", targets: ["MiniProgramBundle"]),
        .library(name: "WXML", targets: ["WXML"]),
        .library(name: "JavaScriptTokens", targets: ["JavaScriptTokens"]),
        .library(name: "ImageDecoding", targets: ["ImageDecoding"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // MARK: C system libraries: one shim each, imported by one wrapper file only.
        .systemLibrary(
            name: "CLibArchive",
            path: "Sources/CLibArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZBar",
            path: "Sources/CZBar",
            pkgConfig: "zbar",
            providers: [.apt(["libzbar-dev"])]
        ),

        // MARK: Inputs: each target understands one format.
        .target(name: "MiniProgramBundle", dependencies: ["CLibArchive"]),
        .target(name: "WXML", dependencies: ["CLibXML2"]),
        .target(name: "JavaScriptTokens"),
        // PNG and JPEG decoding through the system libpng and libjpeg: their setjmp-based error
        // handling stays inside these C files.
        .target(
            name: "CImageCodecs",
            path: "Sources/CImageCodecs",
            linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("jpeg")]
        ),
        .target(name: "ImageDecoding", dependencies: ["CImageCodecs", "CZBar"]),
        // UTS #39 skeletons through the system ICU; its headers stay inside the C file.
        .target(
            name: "CICUSkeleton",
            path: "Sources/CICUSkeleton",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        // Regular expressions of PCRE2 (JIT-compiled), matched over a normalised text's scalars.
        .target(
            name: "CRegex",
            path: "Sources/CRegex",
            linkerSettings: [.linkedLibrary("pcre2-32")]
        ),
        .target(
            name: "TextMatching",
            dependencies: ["CICUSkeleton", "CRegex"],
            resources: [.embedInCode("Tables")]
        ),

        // MARK: Rule data, kept at the top level and embedded in the binary.
        .target(
            name: "Checklists",
            path: "Checklists",
            exclude: ["README.md"],
            resources: [.embedInCode("lists"), .embedInCode("marks")]
        ),

        // MARK: Reviewing and reporting.
        .target(
            name: "ReviewKit",
            dependencies: [
                "MiniProgramBundle", "WXML", "JavaScriptTokens", "ImageDecoding", "TextMatching", "Checklists",
            ]
        ),
        .target(name: "Reporters", dependencies: ["ReviewKit", "CLibXML2"]),

        // MARK: Command line.
        // Starts the batch's worker processes: posix_spawn with GNU extensions the Swift Glibc module hides.
        .target(name: "CProcessSpawn", path: "Sources/CProcessSpawn"),
        .executableTarget(
            name: "mpcheck",
            dependencies: [
                "ReviewKit",
                "Reporters",
                "MiniProgramBundle",
                "CProcessSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Benchmark (run in release; never part of the tests).
        .executableTarget(
            name: "matching-benchmark", dependencies: ["TextMatching", "Checklists"], path: "Sources/MatchingBenchmark"),

        // MARK: Tests.
        .target(
            name: "TestSupport",
            dependencies: ["ReviewKit", "MiniProgramBundle", "CLibArchive"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "MiniProgramBundleTests", dependencies: ["MiniProgramBundle", "CLibArchive", "TestSupport"]),
        .testTarget(name: "WXMLTests", dependencies: ["WXML"]),
        .testTarget(name: "JavaScriptTokensTests", dependencies: ["JavaScriptTokens"]),
        .testTarget(name: "TextMatchingTests", dependencies: ["TextMatching"]),
        .testTarget(name: "ImageDecodingTests", dependencies: ["ImageDecoding", "TestSupport"]),
        .testTarget(name: "ReviewKitTests", dependencies: ["ReviewKit", "TestSupport", "Checklists", "ImageDecoding"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "ReviewKit", "TestSupport", "CLibXML2"]),
        .testTarget(
            name: "MPCheckTests",
            dependencies: ["mpcheck", "Reporters", "ReviewKit", "MiniProgramBundle", "TestSupport"]),
        .testTarget(
            name: "SamplePackageTests",
            dependencies: ["ReviewKit", "Reporters", "MiniProgramBundle", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
