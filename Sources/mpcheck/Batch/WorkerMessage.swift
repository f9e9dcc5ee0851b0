import Foundation

/// What `mpcheck batch` and its worker processes say to each other: one JSON object per line each way.
///
/// A worker first writes `Ready` to its standard output. The batch then writes a `Request` per bundle to
/// the worker's standard input; the worker reviews the bundle, renders its row as the batch output wants
/// it, and writes one `Answer`. JSON escapes line breaks inside strings, so every line is one whole
/// message.
enum WorkerMessage {
    /// The first line of every worker: it has started and is ready for requests.
    struct Ready: Codable, Equatable {
        var ready = true
    }

    /// A bundle to review: its position in the batch (which also names its html page) and its path.
    struct Request: Codable, Equatable {
        var index: Int
        var bundle: String
    }

    /// The reviewed bundle, rendered exactly as a review in the batch process itself would render it.
    struct Answer: Codable {
        var index: Int
        var completed: BatchOutput.Completed
    }

    /// The message on one line, line break included.
    static func encode(_ message: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(message)) ?? Data("{}".utf8)
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// The message on a line (without its line break), or nil when the line is not one.
    static func decode<Message: Decodable>(_ type: Message.Type, from line: [UInt8]) -> Message? {
        try? JSONDecoder().decode(type, from: Data(line))
    }
}
