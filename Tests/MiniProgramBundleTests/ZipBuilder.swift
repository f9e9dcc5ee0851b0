/// Builds zip files byte by byte, for cases libarchive's writer refuses to produce: names in GBK without
/// the UTF-8 flag, names it would clean, sizes that lie, wrong CRCs, the encryption flag.
struct ZipBuilder {
    /// One entry as it will be written.
    struct Entry {
        var name: [UInt8]
        var data: [UInt8]
        /// Method 8 with uncompressed (stored) deflate blocks: a valid deflate stream whose length libarchive only learns by decoding it.
        var deflate = false
        /// The uncompressed size written in the headers; nil for the true size.
        var declaredSize: UInt32?
        /// The CRC-32 written in the headers; nil for the true one.
        var declaredCRC: UInt32?
        /// General purpose flags: bit 0 encrypted, bit 11 UTF-8 names.
        var flags: UInt16 = 0
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String) {
        entries.append(Entry(name: Array(name.utf8), data: Array(text.utf8), flags: 0x0800))
    }

    func build() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let payload = entry.deflate ? Self.storedDeflate(entry.data) : entry.data
            let crc = entry.declaredCRC ?? CRC32.checksum(entry.data)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            let offset = UInt32(output.count)
            let method: UInt16 = entry.deflate ? 8 : 0
            output.append(le32: 0x0403_4B50)
            output.append(le16: 20)
            output.append(le16: entry.flags)
            output.append(le16: method)
            output.append(le16: 0)
            output.append(le16: 0x5821)
            output.append(le32: crc)
            output.append(le32: UInt32(payload.count))
            output.append(le32: size)
            output.append(le16: UInt16(entry.name.count))
            output.append(le16: 0)
            output.append(contentsOf: entry.name)
            output.append(contentsOf: payload)

            central.append(le32: 0x0201_4B50)
            central.append(le16: 20)
            central.append(le16: 20)
            central.append(le16: entry.flags)
            central.append(le16: method)
            central.append(le16: 0)
            central.append(le16: 0x5821)
            central.append(le32: crc)
            central.append(le32: UInt32(payload.count))
            central.append(le32: size)
            central.append(le16: UInt16(entry.name.count))
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le16: 0)
            central.append(le32: 0)
            central.append(le32: offset)
            central.append(contentsOf: entry.name)
        }
        let centralOffset = UInt32(output.count)
        output.append(contentsOf: central)
        output.append(le32: 0x0605_4B50)
        output.append(le16: 0)
        output.append(le16: 0)
        output.append(le16: UInt16(entries.count))
        output.append(le16: UInt16(entries.count))
        output.append(le32: UInt32(central.count))
        output.append(le32: centralOffset)
        output.append(le16: 0)
        return output
    }

    /// A deflate stream made only of stored blocks (at most 65 535 bytes each).
    private static func storedDeflate(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        repeat {
            let end = min(offset + 65_535, data.count)
            let length = UInt16(end - offset)
            output.append(end == data.count ? 1 : 0)
            output.append(le16: length)
            output.append(le16: ~length)
            output.append(contentsOf: data[offset..<end])
            offset = end
        } while offset < data.count
        return output
    }
}

/// The CRC-32 used by zip (polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            append(UInt8((value >> UInt32(shift)) & 0xFF))
        }
    }
}
