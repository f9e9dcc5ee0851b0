import Foundation
import Synchronization

/// Normalises text for matching, keeping a map back to the original scalars.
///
/// Every original scalar is mapped on its own, so the result is cached per scalar (in pages of
/// 256 code points, computed on first use and shared by all threads). A scalar maps to zero, one
/// or more scalars:
/// - default-ignorable code points (zero-width space and joiners, soft hyphen, variation
///   selectors, BOM) and combining diacritical marks are removed;
/// - the rest is decomposed for compatibility, stripped of diacritics and recomposed (NFKC:
///   full-width `Ｗ` → `w`, circled `Ⓦ` → `w`, `①` → `1`, `ā` → `a`, Kangxi radicals → ideographs);
/// - lower-cased (full Unicode lower-case mapping);
/// - traditional Han characters become simplified (`騰訊` → `腾讯`).
///
/// Then, across scalars: a run of at most three separators (spaces, middle dots, dashes, `*`,
/// `_`, `.`, `/`, `|`, `+`, `~`, hearts and stars; never a line break) between two Han
/// characters is removed, so `微·信`, `微 信`, `微-信` and `微*信` read as `微信`.
public final class TextNormalizer: Sendable {
    /// The normaliser every matcher uses; its cache lives as long as the process.
    public static let shared = TextNormalizer()

    /// A normaliser that changes nothing: each scalar maps to itself. For measuring what
    /// normalisation costs against a plain search.
    public static let none = TextNormalizer(identity: true)

    /// Longest run of separators removed between two Han characters.
    static let maximumGap = 3

    private let table = Mutex(PageTable())
    private let identity: Bool

    init(identity: Bool = false) {
        self.identity = identity
    }

    /// Normalises `text`; see the type's documentation for the steps.
    public func normalize(_ text: String) -> NormalizedText {
        if identity { return unchanged(text) }
        // The pages loaded so far, copied (two array references), so the hot loop takes no lock.
        var snapshot = table.withLock { $0 }
        // Output rarely outgrows the UTF-8 length (only compatibility expansions such as ㈱ do);
        // when it does, try again with more room.
        var capacity = max(text.utf8.count, 4)
        while true {
            var complete = true
            var origins: [Int32] = []
            var checkpoints: (offsets: [Int32], isASCII: Bool)?
            let scalars = [UInt32](unsafeUninitializedCapacity: capacity) { scalarBuffer, scalarCount in
                origins = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                    var builder = Builder(scalars: scalarBuffer, origins: originBuffer)
                    (complete, checkpoints) = fill(&builder, from: text, snapshot: &snapshot)
                    originCount = complete ? builder.count : 0
                }
                scalarCount = origins.count
            }
            if complete {
                guard let checkpoints else { return NormalizedText(original: text, scalars: scalars, origins: origins) }
                return NormalizedText(
                    original: text, scalars: scalars, origins: origins, checkpoints: checkpoints.offsets,
                    isASCII: checkpoints.isASCII)
            }
            capacity *= 4
        }
    }

    /// `text` as it is, for the identity normaliser: its scalars decoded as `fill` decodes them,
    /// so that a plain search and a normalised one differ by the normalisation alone.
    private func unchanged(_ text: String) -> NormalizedText {
        // A text has at most as many scalars as UTF-8 bytes.
        let capacity = text.utf8.count
        var origins: [Int32] = []
        let scalars = [UInt32](unsafeUninitializedCapacity: capacity) { scalarBuffer, scalarCount in
            origins = [Int32](unsafeUninitializedCapacity: capacity) { originBuffer, originCount in
                func add(_ value: UInt32) {
                    scalarBuffer.initializeElement(at: originCount, to: value)
                    originBuffer.initializeElement(at: originCount, to: Int32(originCount))
                    originCount += 1
                }
                let direct: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                    var index = 0
                    while index < bytes.count {
                        let first = UInt32(bytes[index])
                        let (value, length) = first < 0x80 ? (first, 1) : Self.decodeMultibyte(bytes, at: index)
                        add(value)
                        index += length
                    }
                }
                if direct == nil {
                    for scalar in text.unicodeScalars { add(scalar.value) }
                }
            }
            scalarCount = origins.count
        }
        return NormalizedText(original: text, scalars: scalars, origins: origins)
    }

    /// Normalises `text` into the builder; false when the builder ran out of room. For a string
    /// stored as UTF-8, also gives its checkpoints (see `NormalizedText`), found on the way.
    private func fill(_ builder: inout Builder, from text: String, snapshot: inout PageTable) -> (
        Bool, (offsets: [Int32], isASCII: Bool)?
    ) {
        // Native strings are contiguous UTF-8: decoding it directly is faster than the scalar view.
        let direct = text.utf8.withContiguousStorageIfAvailable { bytes in
            let (complete, checkpoints, isASCII) = fill(&builder, fromUTF8: bytes, snapshot: &snapshot)
            return (complete, (isASCII ? [] : checkpoints, isASCII))
        }
        if let direct { return direct }
        var values = text.unicodeScalars.lazy.map(\.value).makeIterator()
        return (fill(&builder, from: &values, snapshot: &snapshot), nil)
    }

    /// `fill` for valid UTF-8 (a Swift string's storage), decoded without checks, with the builder
    /// and the decoding state in local variables (registers) rather than behind the `inout`. Also
    /// notes the UTF-8 offset of every `NormalizedText.checkpointSpacing`-th scalar, and whether
    /// the text is ASCII.
    private func fill(
        _ target: inout Builder, fromUTF8 bytes: UnsafeBufferPointer<UInt8>, snapshot: inout PageTable
    ) -> (complete: Bool, checkpoints: [Int32], isASCII: Bool) {
        var builder = target
        defer { target = builder }
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count / NormalizedText.checkpointSpacing + 1)
        // Scalars read so far: the origin of the next one.
        var offset: Int32 = 0
        var index = 0
        let end = bytes.count
        while index < end {
            if offset & Int32(NormalizedText.checkpointSpacing - 1) == 0 { checkpoints.append(Int32(index)) }
            let first = UInt32(bytes[index])
            if first < 0x80 {
                // ASCII maps to itself, upper case to lower case: no table needed.
                if builder.isPlain {
                    // Away from Han characters, a run of ASCII is copied as it is.
                    guard builder.emitASCIIRun(bytes, index: &index, offset: &offset, checkpoints: &checkpoints) else {
                        return (false, [], false)
                    }
                    continue
                }
                guard builder.emitASCII(Self.lowercasedASCII(first), origin: offset) else {
                    return (false, [], false)
                }
                index += 1
                offset += 1
                continue
            }
            let (value, length) = Self.decodeMultibyte(bytes, at: index)
            index += length
            guard emit(nonASCII: value, origin: offset, into: &builder, snapshot: &snapshot) else {
                return (false, [], false)
            }
            offset += 1
        }
        return (true, checkpoints, Int(offset) == end)
    }

    /// Emits the normalised form of a scalar that is not ASCII, from its page; false when the
    /// builder ran out of room.
    @inline(__always)
    private func emit(
        nonASCII value: UInt32, origin: Int32, into builder: inout Builder, snapshot: inout PageTable
    ) -> Bool {
        let pageIndex = Int(value >> 8)
        // Chinese text changes page at almost every character: looking the page up each time
        // (a load from a small table) costs less than guessing wrong whether it changed.
        let current = snapshot.mapped[pageIndex] ?? load(pageIndex, into: &snapshot).mapped
        let low = Int(value & 0xFF)
        let mapped = current[low]
        if mapped != Page.several { return builder.emit(mapped, origin: origin) }
        let page = snapshot.pages[pageIndex]
        for each in page?.several[low] ?? [] {
            guard builder.emit(each, origin: origin) else { return false }
        }
        return true
    }

    /// The scalar that starts at `bytes[index]`, a lead byte of more than one byte of valid UTF-8
    /// (a Swift string's storage, or the generated Han tables: no checks), and its length in bytes.
    @inline(__always)
    static func decodeMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let first = UInt32(bytes[index])
        if first < 0xE0 { return ((first & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if first < 0xF0 {
            return ((first & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (
            (first & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// `fill` for any other string, through its scalars.
    private func fill<Values: IteratorProtocol<UInt32>>(
        _ builder: inout Builder, from values: inout Values, snapshot: inout PageTable
    ) -> Bool {
        var offset: Int32 = 0
        while let value = values.next() {
            let emitted =
                value < 0x80
                ? builder.emitASCII(Self.lowercasedASCII(value), origin: offset)
                : emit(nonASCII: value, origin: offset, into: &builder, snapshot: &snapshot)
            guard emitted else { return false }
            offset += 1
        }
        return true
    }

    /// Kept out of line: inlined into the hot loop, it led the optimiser to make `snapshot`'s
    /// arrays unique (a copy of thousands of references) on the loop's path.
    ///
    /// The snapshot shares the table's arrays. It lets go of them before the table is written, so
    /// that the table is updated in place (unless another thread holds a snapshot), and then takes
    /// the updated table: writing a page into each of two shared arrays would copy both, thousands
    /// of references each, for every page loaded.
    @inline(never)
    private func load(_ index: Int, into snapshot: inout PageTable) -> Page {
        snapshot.pages = []
        snapshot.mapped = []
        let (page, updated) = table.withLock { table in
            if let page = table.pages[index] { return (page, table) }
            let page = Page(index: index)
            table.pages[index] = page
            table.mapped[index] = page.mapped
            return (page, table)
        }
        snapshot = updated
        return page
    }

    // MARK: - Classes of scalars

    /// An ASCII scalar as the normaliser gives it: upper case lowered, the rest as it is.
    @inline(__always)
    static func lowercasedASCII(_ value: UInt32) -> UInt32 { value &- 0x41 < 26 ? value | 0x20 : value }

    /// Han ideographs: CJK unified ideographs with extensions, and compatibility ideographs.
    @inline(__always)
    static func isHan(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Characters people insert inside a word to break a filter (after normalisation).
    @inline(__always)
    static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x22, 0x23, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x2F, 0x5C, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
        case 0xB7, 0xD7, 0x2010...0x2015, 0x2022, 0x2027, 0x2219, 0x22C5, 0x30FB: true
        case 0x2605, 0x2606, 0x2661, 0x2665, 0x2764: true
        default: false
        }
    }

    /// Combining marks that only carry diacritics on Latin, Greek and Cyrillic letters.
    static func isDiacritic(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }
}

/// The pages loaded so far, by page index (code point >> 8), and each one's `mapped` apart, a
/// plain pointer that the page owns: Chinese text changes page at almost every character, and
/// reading `mapped` costs no reference counting. The shared table keeps every page alive (pages
/// are never removed), so a copy of the table taken for one `normalize` call can use the pointers.
private struct PageTable {
    var pages = [Page?](repeating: nil, count: 0x1100)
    var mapped = [UnsafePointer<UInt32>?](repeating: nil, count: 0x1100)
}

/// Writes normalised scalars and their origins into fixed buffers, removing separators between
/// Han characters.
private struct Builder {
    let scalars: UnsafeMutableBufferPointer<UInt32>
    let origins: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0
    /// Where a run of separators that follows a Han character starts, or -1.
    private var gapStart = -1
    private var lastWasHan = false

    init(scalars: UnsafeMutableBufferPointer<UInt32>, origins: UnsafeMutableBufferPointer<Int32>) {
        self.scalars = scalars
        self.origins = origins
    }

    /// Appends one scalar; false when the buffers are full.
    @inline(__always)
    mutating func emit(_ value: UInt32, origin: Int32) -> Bool {
        guard count < scalars.count else { return false }
        if gapStart >= 0 {
            emitNearHan(value)
        } else {
            // A Han character after another needs no more than this: no separator run is open.
            let han = TextNormalizer.isHan(value)
            if lastWasHan && !han { emitNearHan(value) } else { lastWasHan = han }
        }
        scalars.initializeElement(at: count, to: value)
        origins.initializeElement(at: count, to: origin)
        count += 1
        return true
    }

    /// `emit` for an ASCII scalar, which is never Han.
    @inline(__always)
    mutating func emitASCII(_ value: UInt32, origin: Int32) -> Bool {
        guard count < scalars.count else { return false }
        if lastWasHan || gapStart >= 0 { emitNearHan(value) }
        scalars.initializeElement(at: count, to: value)
        origins.initializeElement(at: count, to: origin)
        count += 1
        return true
    }

    /// Whether the last scalars were neither a Han character nor separators after one: ASCII
    /// then needs no look at its neighbours.
    var isPlain: Bool { !lastWasHan && gapStart < 0 }

    /// Copies the run of ASCII bytes from `bytes[index]` (lower-cased), while `isPlain`, which
    /// ASCII keeps so; moves `index` and `offset` past it and notes its checkpoints. False when
    /// the buffers are full.
    @inline(__always)
    mutating func emitASCIIRun(
        _ bytes: UnsafeBufferPointer<UInt8>, index: inout Int, offset: inout Int32, checkpoints: inout [Int32]
    ) -> Bool {
        var position = index
        var origin = offset
        var written = count
        defer {
            index = position
            offset = origin
            count = written
        }
        // ASCII never expands: the run fits when the bytes left do.
        let end = min(bytes.count, position + (scalars.count - written))
        while position < end {
            let value = UInt32(bytes[position])
            guard value < 0x80 else { return true }
            if origin & Int32(NormalizedText.checkpointSpacing - 1) == 0 && position != index {
                checkpoints.append(Int32(position))
            }
            scalars.initializeElement(at: written, to: TextNormalizer.lowercasedASCII(value))
            origins.initializeElement(at: written, to: origin)
            written += 1
            position += 1
            origin += 1
        }
        return position == bytes.count
    }

    /// After a Han character: separators may start or extend a gap that the next Han
    /// character removes.
    private mutating func emitNearHan(_ value: UInt32) {
        if TextNormalizer.isSeparator(value) {
            if gapStart >= 0 && count - gapStart >= TextNormalizer.maximumGap {
                gapStart = -1
            } else if gapStart < 0 {
                gapStart = count
            }
            lastWasHan = false
        } else {
            let han = TextNormalizer.isHan(value)
            if gapStart >= 0 {
                // Trivial element types: dropping the gap is moving the end back.
                if han { count = gapStart }
                gapStart = -1
            }
            lastWasHan = han
        }
    }
}

/// The normalised forms of 256 consecutive code points.
final class Page: Sendable {
    /// Marks a code point that maps to zero or several scalars; see `several`.
    static let several = UInt32.max

    /// The single scalar each code point maps to, or `several`: 256 values, owned by the page.
    /// A plain pointer, so that reading it costs no reference counting.
    nonisolated(unsafe) let mapped: UnsafePointer<UInt32>
    /// The scalars of code points that do not map to exactly one scalar, by low byte.
    let several: [Int: [UInt32]]

    private init(mapped: [UInt32], several: [Int: [UInt32]]) {
        precondition(mapped.count == 256, "a page maps 256 code points")
        let storage = UnsafeMutablePointer<UInt32>.allocate(capacity: 256)
        storage.initialize(from: mapped, count: 256)
        self.mapped = UnsafePointer(storage)
        self.several = several
    }

    deinit {
        mapped.deallocate()
    }

    convenience init(index: Int) {
        if Self.isUnifiedIdeographPage(index) {
            self.init(unifiedIdeographPage: index)
        } else {
            self.init(mappingEachCodePointOf: index)
        }
    }

    /// The general path: each code point mapped on its own, then traditional Han simplified.
    convenience init(mappingEachCodePointOf index: Int) {
        var results: [[UInt32]] = []
        results.reserveCapacity(256)
        for low in 0..<256 {
            let value = UInt32(index << 8 | low)
            if let scalar = Unicode.Scalar(value) {
                results.append(Self.mapWithoutHanVariants(scalar))
            } else {
                results.append([value])
            }
        }
        Self.simplify(&results)
        var mapped: [UInt32] = []
        var several: [Int: [UInt32]] = [:]
        for (low, result) in results.enumerated() {
            if result.count == 1 {
                mapped.append(result[0])
            } else {
                mapped.append(Self.several)
                several[low] = result
            }
        }
        self.init(mapped: mapped, several: several)
    }

    /// Whether every code point of the page is a CJK unified ideograph (U+3400–U+4CFF, U+4E00–U+9FFF):
    /// the pages Chinese text is read from.
    static func isUnifiedIdeographPage(_ index: Int) -> Bool {
        (0x34...0x4C).contains(index) || (0x4E...0x9F).contains(index)
    }

    /// A page of unified ideographs, which are their own NFKC form and have no case: each maps to its
    /// simplified form, or to itself. The general path gives the same (a test compares them) after
    /// building a list for every code point; start-up loads a hundred such pages.
    convenience init(unifiedIdeographPage index: Int) {
        var mapped = [UInt32](repeating: 0, count: 256)
        var several: [Int: [UInt32]] = [:]
        for low in 0..<256 {
            let value = UInt32(index << 8 | low)
            guard let simplified = HanTables.simplified[value] else {
                mapped[low] = value
                continue
            }
            if simplified.count == 1 {
                mapped[low] = simplified[0]
            } else {
                mapped[low] = Self.several
                several[low] = simplified
            }
        }
        self.init(mapped: mapped, several: several)
    }

    /// Everything but traditional → simplified, for one scalar.
    private static func mapWithoutHanVariants(_ scalar: Unicode.Scalar) -> [UInt32] {
        // Unified ideographs are their own NFKC form and have no case: the common case for
        // Chinese text, answered without Foundation's string transforms.
        if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
            return [scalar.value]
        }
        if scalar.properties.isDefaultIgnorableCodePoint || TextNormalizer.isDiacritic(scalar.value) {
            return []
        }
        if scalar.isASCII {
            let value = scalar.value
            return [(0x41...0x5A).contains(value) ? value + 0x20 : value]
        }
        var stripped = String.UnicodeScalarView()
        stripped.append(
            contentsOf: String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars.filter {
                !TextNormalizer.isDiacritic($0.value)
            })
        let composed = String(stripped).precomposedStringWithCompatibilityMapping.lowercased()
        return composed.unicodeScalars
            .filter { !TextNormalizer.isDiacritic($0.value) && !$0.properties.isDefaultIgnorableCodePoint }
            .map(\.value)
    }

    /// Replaces traditional Han characters with simplified ones (`HanTables.simplified`).
    private static func simplify(_ results: inout [[UInt32]]) {
        for index in results.indices where results[index].contains(where: TextNormalizer.isHan) {
            results[index] = results[index].flatMap { HanTables.simplified[$0] ?? [$0] }
        }
    }
}
