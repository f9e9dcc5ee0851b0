import Foundation

/// Validates JSON against a JSON schema with python3's `jsonschema` package (Debian:
/// python3-jsonschema, installed by scripts/setup; elsewhere `pip install jsonschema`).
public enum SchemaValidator {
    /// The problems found, empty when the document is valid. Throws when python3 or jsonschema
    /// cannot be run, with a message saying what to install.
    public static func problems(in json: String, schema: URL) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mpcheck-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("document.json")
        try Data(json.utf8).write(to: document)
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("MISSING-JSONSCHEMA"); sys.exit(3)
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema)
            for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
                print("/".join(str(p) for p in error.path) + ": " + error.message)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, document.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw ValidatorUnavailable(reason: "cannot run python3: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 3 || process.terminationStatus == 127 {
            throw ValidatorUnavailable(reason: "python3 with jsonschema is needed (run scripts/setup): \(text)")
        }
        guard process.terminationStatus == 0 else {
            throw ValidatorUnavailable(reason: "the validator failed: \(text)")
        }
        return text.split(separator: "\n").map(String.init)
    }

    public struct ValidatorUnavailable: Error, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }
}
