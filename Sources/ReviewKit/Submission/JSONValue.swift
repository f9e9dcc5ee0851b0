/// A JSON value that remembers where it stood in its file, so manifest findings can point at
/// the exact key or value. Positions: line 1-based, column 1-based in Unicode scalars.
public indirect enum JSONValue: Sendable, Equatable {
    case object([JSONMember])
    case array([JSONElement])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public subscript(key: String) -> JSONElement? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONElement]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var objectValue: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }
}

/// A value with the position of its first character.
public struct JSONElement: Sendable, Equatable {
    public let value: JSONValue
    public let line: Int
    public let column: Int

    public subscript(key: String) -> JSONElement? { value[key] }
}

/// An object member with the position of its key.
public struct JSONMember: Sendable, Equatable {
    public let key: String
    public let keyLine: Int
    public let keyColumn: Int
    public let value: JSONElement
}

/// A JSON syntax error with its position.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let line: Int
    public let column: Int
}
