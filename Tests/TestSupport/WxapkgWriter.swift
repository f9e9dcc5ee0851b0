/// Writes packages in the plain .wxapkg format, for tests of the reader and of compiled-package reviews.
public enum WxapkgWriter {
    /// Bytes before the index.
    public static let headerSize = 14

    /// A package holding `files` in the given order; a name without a leading "/" gets one.
    public static func make(_ files: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        let names = files.map { Array(($0.name.hasPrefix("/") ? $0.name : "/" + $0.name).utf8) }
        let indexLength = 4 + names.reduce(0) { $0 + 12 + $1.count }
        var index = bigEndian(UInt32(files.count))
        var data: [UInt8] = []
        var offset = headerSize + indexLength
        for (name, file) in zip(names, files) {
            index +=
                bigEndian(UInt32(name.count)) + name + bigEndian(UInt32(offset)) + bigEndian(UInt32(file.bytes.count))
            data += file.bytes
            offset += file.bytes.count
        }
        let header = [0xBE] + bigEndian(0) + bigEndian(UInt32(indexLength)) + bigEndian(UInt32(data.count)) + [0xED]
        return header + index + data
    }

    /// A package of UTF-8 text files, sorted by name.
    public static func make(textFiles: [String: String]) -> [UInt8] {
        make(textFiles.sorted { $0.key < $1.key }.map { ($0.key, Array($0.value.utf8)) })
    }

    /// Where the offset field of the entry at `position` (0-based) sits, for tests that damage an index.
    public static func offsetField(of position: Int, in files: [(name: String, bytes: [UInt8])]) -> Int {
        var field = headerSize + 4
        for file in files.prefix(position + 1) {
            field += 4 + Array((file.name.hasPrefix("/") ? file.name : "/" + file.name).utf8).count
        }
        return field + files.prefix(position).count * 8
    }

    /// Overwrites four bytes with a big-endian number.
    public static func patch(_ bytes: inout [UInt8], at position: Int, with value: UInt32) {
        bytes.replaceSubrange(position..<(position + 4), with: bigEndian(value))
    }

    public static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
