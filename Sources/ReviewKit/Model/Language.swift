/// The language of a report or an explanation.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh
    case en
}

/// A text in Chinese and English. Every user-facing string of a rule is one of these.
public struct LocalizedText: Sendable, Codable, Equatable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    /// Replaces `{key}` placeholders in both languages.
    public func filled(_ values: [String: String]) -> LocalizedText {
        var result = self
        for (key, value) in values {
            result.zh = result.zh.replacingOccurrences(of: "{\(key)}", with: value)
            result.en = result.en.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return result
    }
}

extension String {
    /// Plain replacement without Foundation, so the model stays light.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
