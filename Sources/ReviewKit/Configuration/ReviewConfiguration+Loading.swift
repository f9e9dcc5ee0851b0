import Foundation
public import MiniProgramBundle

/// A configuration file that cannot be used, with a message a user can act on.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The file, as the user or the bundle names it.
    public let file: String
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}

extension ReviewConfiguration {
    /// The keys a configuration file may have; any other key is an error, so typos do not pass
    /// silently.
    static let keys: Set<String> = ["rules", "ignore", "checklists", "allowWords"]

    /// Reads a configuration file from disk; its checklists are read relative to its folder.
    public static func load(file path: String) throws(ConfigurationError) -> ReviewConfiguration {
        let url = URL(fileURLWithPath: path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError(file: path, reason: "cannot read the configuration file")
        }
        let folder = url.deletingLastPathComponent()
        return try parse(String(decoding: data, as: UTF8.self), file: path) { (checklist) throws(ConfigurationError) in
            let checklistURL =
                checklist.hasPrefix("/") ? URL(fileURLWithPath: checklist) : folder.appendingPathComponent(checklist)
            guard let bytes = FileManager.default.contents(atPath: checklistURL.path) else {
                throw ConfigurationError(file: path, reason: "cannot read checklist \(checklist)")
            }
            return Array(bytes)
        }
    }

    /// The `.mpcheck.json` at the bundle's project root, if there is one; its checklists are
    /// read from the bundle, relative to the project root.
    public static func inBundle(_ bundle: MiniProgramBundle) throws(ConfigurationError) -> ReviewConfiguration? {
        guard let file = bundle.file(at: fileName) else { return nil }
        guard let text = file.text?.text else {
            throw ConfigurationError(file: fileName, reason: "not a text file in UTF-8")
        }
        return try parse(text, file: fileName) { (checklist) throws(ConfigurationError) in
            let path = joinPath("", checklist)
            guard let bytes = bundle.file(at: path)?.bytes else {
                throw ConfigurationError(file: fileName, reason: "no checklist \(checklist) in the bundle")
            }
            return bytes
        }
    }

    /// Parses a configuration; `readChecklist` returns the bytes of a listed checklist file.
    static func parse(
        _ text: String,
        file: String,
        readChecklist: (String) throws(ConfigurationError) -> [UInt8]
    ) throws(ConfigurationError) -> ReviewConfiguration {
        func fail(_ reason: String, _ element: JSONElement? = nil) -> ConfigurationError {
            let place = element.map { "\($0.line):\($0.column): " } ?? ""
            return ConfigurationError(file: file, reason: place + reason)
        }
        let root: JSONElement
        switch JSONParser.parse(text) {
        case .success(let element): root = element
        case .failure(let error):
            throw ConfigurationError(file: file, reason: "\(error.line):\(error.column): \(error.message)")
        }
        guard let members = root.value.objectValue else { throw fail("expected a JSON object", root) }
        for member in members where !keys.contains(member.key) {
            throw ConfigurationError(
                file: file,
                reason: "\(member.keyLine):\(member.keyColumn): unknown key \"\(member.key)\" "
                    + "(known: \(keys.sorted().joined(separator: ", ")))")
        }
        func strings(_ key: String) throws(ConfigurationError) -> [String]? {
            guard let element = root[key] else { return nil }
            guard let array = element.value.arrayValue else {
                throw fail("\"\(key)\" must be an array of strings", element)
            }
            var result: [String] = []
            for item in array {
                guard let string = item.value.stringValue else { throw fail("\"\(key)\" must hold strings", item) }
                result.append(string)
            }
            return result
        }

        var configuration = ReviewConfiguration()
        if let rules = root["rules"] {
            guard let members = rules.value.objectValue else { throw fail("\"rules\" must be an object", rules) }
            let choices = RuleSetting.allCases.map(\.rawValue).joined(separator: ", ")
            for member in members {
                guard let value = member.value.value.stringValue, let setting = RuleSetting(rawValue: value) else {
                    throw fail("rule \"\(member.key)\" must be one of \(choices)", member.value)
                }
                configuration.rules[member.key] = setting
            }
        }
        if let ignore = try strings("ignore") {
            configuration.ignore = ignore.map(PathGlob.init)
        }
        configuration.allowWords = try strings("allowWords") ?? []
        var known = Set(RuleRegistry.all.map(\.id))
        for path in try strings("checklists") ?? [] {
            let bytes = try readChecklist(path)
            let rule: ChecklistRule
            do {
                rule = try ChecklistRule(json: bytes)
            } catch {
                throw fail("checklist \(path): \(error.reason)")
            }
            guard known.insert(rule.id).inserted else {
                throw fail("checklist \(path): the id \(rule.id) is already taken")
            }
            configuration.checklists.append(rule)
        }
        let allIDs = known.union(RuleRegistry.aliases.keys)
        for id in configuration.rules.keys.sorted() where !allIDs.contains(id) {
            throw fail("\"rules\" names \(id), which is no rule (`mpcheck rules` lists them)")
        }
        return configuration
    }
}
