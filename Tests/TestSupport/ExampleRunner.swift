import Foundation
import MiniProgramBundle
import ReviewKit

/// Runs a rule example and reports where its findings landed and where the markers said they
/// must land. Used by the example tests; see `RuleExample` for the marker convention.
public enum ExampleRunner {
    /// How an example is varied before it is run.
    public enum Mutation: String, CaseIterable, Sendable, CustomStringConvertible {
        /// As written.
        case none
        /// Chinese text and an emoji before the first line of every WXML and script file and
        /// before the name and description, to catch column bugs.
        case multibytePrefix
        /// Every WXML and script file wrapped in a comment: findings in them must disappear.
        case wrappedInComment

        public var description: String { rawValue }
    }

    /// One expected or actual finding place: a file position, a whole file, or a metadata field column.
    public struct Place: Hashable, Comparable, Sendable, CustomStringConvertible {
        public let file: String?
        public let field: String?
        public let line: Int?
        public let column: Int?

        public var description: String {
            if let file { return line.map { "\(file):\($0):\(column ?? 0)" } ?? file }
            return "[\(field ?? "?")]:\(column ?? 0)"
        }

        public static func < (lhs: Place, rhs: Place) -> Bool { lhs.description < rhs.description }

        init(_ location: Location) {
            if let file = location.file {
                self.init(file: file, field: nil, line: location.line, column: location.column)
            } else {
                self.init(file: nil, field: location.field, line: nil, column: location.column)
            }
        }

        init(file: String?, field: String?, line: Int?, column: Int?) {
            self.file = file
            self.field = field
            self.line = line
            self.column = column
        }
    }

    public struct Outcome: Sendable {
        public let expected: [Place]
        public let actual: [Place]
        public let findings: [Finding]
    }

    static let prefix = "中文😀"
    static let defaultProjectConfig = #"{"appid": "touristappid", "compileType": "miniprogram"}"#
    static let defaultAppJSON = #"{"pages": ["pages/index/index"]}"#

    /// Whether a mutation applies to an example at all.
    public static func applies(_ mutation: Mutation, to example: RuleExample) -> Bool {
        switch mutation {
        case .none: true
        case .multibytePrefix, .wrappedInComment: example.mutations
        }
    }

    public static func run(_ rule: any Rule, _ example: RuleExample, mutation: Mutation) throws -> Outcome {
        var expected: [Place] = []
        var files: [String: String] = [:]
        var wrapped: Set<String> = []
        for (markedPath, content) in example.files {
            let path = strippedPath(markedPath)
            if markedPath != path { expected.append(Place(file: path, field: nil, line: nil, column: nil)) }
            var mutated = content
            switch (mutation, kind(of: path)) {
            case (.multibytePrefix, .markup): mutated = "<view>\(prefix)</view>" + content
            case (.multibytePrefix, .script): mutated = "/* \(prefix) */ " + content
            case (.wrappedInComment, .markup):
                mutated = "<!--" + content + "-->"
                wrapped.insert(path)
            case (.wrappedInComment, .script):
                mutated = "/*" + content + "*/"
                wrapped.insert(path)
            default: break
            }
            let marked = MarkedText(mutated)
            files[path] = marked.text
            if !wrapped.contains(path) {
                expected += marked.markers.map { Place(file: path, field: nil, line: $0.line, column: $0.column) }
            }
        }
        for markedPath in Array(example.links.keys) + Array(example.binaryFiles.keys)
        where strippedPath(markedPath) != markedPath {
            expected.append(Place(file: strippedPath(markedPath), field: nil, line: nil, column: nil))
        }
        // An example with app-config.json is a compiled package: no project files are added.
        let compiled = files["app-config.json"] != nil
        if !compiled {
            files["project.config.json"] = files["project.config.json"] ?? defaultProjectConfig
            files["app.json"] = files["app.json"] ?? defaultAppJSON
        }

        var overrides = MetadataOverrides()
        for (field, value) in [(MetadataField.name, example.name), (.description, example.description)] {
            guard let value else { continue }
            let marked = MarkedText(mutation == .multibytePrefix ? prefix + value : value)
            expected += marked.markers.map { Place(file: nil, field: field.rawValue, line: nil, column: $0.column) }
            if field == .name { overrides.name = marked.text } else { overrides.description = marked.text }
        }
        if let icon = example.icon {
            let marked = MarkedText(icon)
            if !marked.markers.isEmpty {
                expected.append(Place(Location.field(.icon)))
            }
            overrides.icon = marked.text
        }

        let bundle =
            compiled
            ? try BundleReader.read(archive: WxapkgWriter.make(textFiles: files), name: "example.wxapkg")
            : try makeBundle(files: files, example: example)
        let submission = SubmissionBuilder.build(bundle: bundle, overrides: overrides)
        let findings = rule.check(submission)
        return Outcome(
            expected: expected.sorted(),
            actual: findings.map { Place($0.location) }.sorted(),
            findings: findings
        )
    }

    private static func makeBundle(files: [String: String], example: RuleExample) throws -> MiniProgramBundle {
        var contents: [String: [UInt8]] = [:]
        for (path, text) in files {
            if let name = example.encodings[path] {
                guard let encoded = encode(text, as: name) else { throw ExampleError.unknownEncoding(name) }
                contents[path] = encoded
            } else {
                contents[path] = Array(text.utf8)
            }
        }
        for (markedPath, base64) in example.binaryFiles {
            guard let data = Data(base64Encoded: base64) else { throw ExampleError.invalidBase64(markedPath) }
            contents[strippedPath(markedPath)] = Array(data)
        }
        for (markedPath, size) in example.sizes {
            let path = strippedPath(markedPath)
            var bytes = contents[path] ?? []
            if bytes.count < size { bytes += [UInt8](repeating: 0, count: size - bytes.count) }
            contents[path] = bytes
        }
        guard !example.links.isEmpty || !example.encodings.isEmpty else {
            return MiniProgramBundle(source: "example", files: contents)
        }
        var entries: [TestEntry] = []
        for (path, bytes) in contents.sorted(by: { $0.key < $1.key }) {
            entries.append(.file(path, bytes: bytes))
        }
        for (path, target) in example.links.sorted(by: { $0.key < $1.key }) {
            entries.append(TestEntry(name: strippedPath(path), kind: .symbolicLink(target)))
        }
        return try BundleReader.read(archive: ArchiveWriter.make(.tar, entries), name: "example.tar")
    }

    enum ExampleError: Error {
        case unknownEncoding(String)
        case invalidBase64(String)
    }

    private static func encode(_ text: String, as name: String) -> [UInt8]? {
        switch name {
        case "GB18030":
            return text.data(using: String.Encoding(rawValue: 0x8000_0632)).map(Array.init)
        case "UTF-16LE":
            return [0xFF, 0xFE] + (text.data(using: .utf16LittleEndian).map(Array.init) ?? [])
        case "UTF-16BE":
            return [0xFE, 0xFF] + (text.data(using: .utf16BigEndian).map(Array.init) ?? [])
        default:
            return nil
        }
    }

    private enum FileKind { case markup, script, other }

    private static func kind(of path: String) -> FileKind {
        if path.hasSuffix(".wxml") { return .markup }
        if path.hasSuffix(".js") || path.hasSuffix(".ts") || path.hasSuffix(".wxs") { return .script }
        return .other
    }

    private static func strippedPath(_ path: String) -> String {
        path.hasPrefix("↓") ? String(path.dropFirst()) : path
    }
}
