/// One member of a tar archive, after pax and GNU long-name headers were applied.
struct TarEntry: Equatable {
    var name: String
    var typeflag: UInt8
    var size: Int
    /// A directory: type `5`, a directory mode bit, or an old-style name ending in `/`.
    var isDirectory: Bool
    /// A pax global header (`g`); Helm skips these.
    var isGlobalHeader: Bool { typeflag == UInt8(ascii: "g") }
}

/// Reads ustar, pax and GNU tar archives from a `ByteSource`, one entry at a time.
struct TarReader<Source: ByteSource> {
    private var source: Source
    /// Unread content bytes plus padding of the current entry.
    private var pendingContent = 0
    private var pendingPadding = 0
    /// Bytes consumed so far; bounded so that endless empty entries cannot spin forever.
    private var consumed = 0
    private let maxStreamBytes: Int

    init(source: Source, maxStreamBytes: Int) {
        self.source = source
        self.maxStreamBytes = maxStreamBytes
    }

    private static var blockSize: Int { 512 }

    /// The next entry, or nil at the end of the archive.
    mutating func next() throws -> TarEntry? {
        try skip(pendingContent + pendingPadding)
        pendingContent = 0
        pendingPadding = 0
        var longName: String?
        var paxPath: String?
        var paxSize: Int?
        // Extension headers (pax `x`, GNU `L`/`K`) apply to the following real header.
        for _ in 0..<64 {
            guard let block = try readBlock() else { return nil }
            if block.allSatisfy({ $0 == 0 }) {
                // End-of-archive marker; whatever follows is ignored, as Go does.
                return nil
            }
            guard TarReader.checksumMatches(block) else { throw ArchiveError.invalidTarHeader }
            let typeflag = block[156]
            guard let size = TarReader.parseNumber(block[124..<136]) else { throw ArchiveError.invalidTarHeader }
            switch typeflag {
            case UInt8(ascii: "x"):
                let records = try readContent(size)
                (paxPath, paxSize) = try TarReader.parsePax(records, path: paxPath, size: paxSize)
                continue
            case UInt8(ascii: "L"):
                let data = try readContent(size)
                longName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                continue
            case UInt8(ascii: "K"):
                _ = try readContent(size)
                continue
            default:
                break
            }
            var name = TarReader.headerName(block)
            if let longName { name = longName }
            if let paxPath { name = paxPath }
            let entrySize = paxSize ?? size
            let mode = TarReader.parseNumber(block[100..<108]) ?? 0
            let isDirectory = typeflag == UInt8(ascii: "5") || mode & 0o40000 != 0
                || ((typeflag == UInt8(ascii: "0") || typeflag == 0) && name.hasSuffix("/"))
            // Only regular-like entries carry data in the stream.
            let carriesData = !(typeflag == UInt8(ascii: "1") || typeflag == UInt8(ascii: "2")
                || typeflag == UInt8(ascii: "3") || typeflag == UInt8(ascii: "4")
                || typeflag == UInt8(ascii: "5") || typeflag == UInt8(ascii: "6"))
            let dataSize = carriesData ? entrySize : 0
            pendingContent = dataSize
            pendingPadding = TarReader.padding(dataSize)
            return TarEntry(name: name, typeflag: typeflag, size: dataSize, isDirectory: isDirectory)
        }
        throw ArchiveError.invalidTarHeader
    }

    /// Reads up to `limit` bytes of the current entry's content (the rest stays pending).
    mutating func readContent(limit: Int) throws -> [UInt8] {
        let count = min(limit, pendingContent)
        guard let data = try readCounted(count) else { throw ArchiveError.unexpectedEOF }
        pendingContent -= count
        return data
    }

    private mutating func readContent(_ size: Int) throws -> [UInt8] {
        // Extension headers are small; a huge one is hostile input.
        guard size <= 1 << 20 else { throw ArchiveError.invalidTarHeader }
        guard let data = try readCounted(size) else { throw ArchiveError.unexpectedEOF }
        try skip(TarReader.padding(size))
        return data
    }

    private mutating func readBlock() throws -> [UInt8]? {
        try readCounted(TarReader.blockSize)
    }

    private mutating func readCounted(_ count: Int) throws -> [UInt8]? {
        if count == 0 { return [] }
        try account(count)
        return try source.readExactly(count)
    }

    private mutating func skip(_ count: Int) throws {
        if count == 0 { return }
        try account(count)
        try source.skip(count)
    }

    private mutating func account(_ count: Int) throws {
        consumed += count
        if consumed > maxStreamBytes { throw ArchiveError.chartTooLarge(limit: ChartArchive.maxChartBytes) }
    }

    private static func padding(_ size: Int) -> Int {
        (blockSize - size % blockSize) % blockSize
    }

    /// The stored checksum equals the header's byte sum with the checksum field as spaces
    /// (unsigned, or signed as some old tars computed it).
    private static func checksumMatches(_ block: [UInt8]) -> Bool {
        guard let stored = parseNumber(block[148..<156]) else { return false }
        var unsigned = 0
        var signed = 0
        for (i, byte) in block.enumerated() {
            let b = (148..<156).contains(i) ? 0x20 : byte
            unsigned += Int(b)
            signed += Int(Int8(bitPattern: b))
        }
        return stored == unsigned || stored == signed
    }

    /// A numeric field: octal text (spaces and NULs around it) or GNU base-256.
    static func parseNumber(_ field: ArraySlice<UInt8>) -> Int? {
        guard let first = field.first else { return nil }
        if first & 0x80 != 0 {
            // Base-256: big-endian two's complement with the marker bit cleared; charts never need negatives.
            var value = 0
            for (i, byte) in field.enumerated() {
                let b = i == 0 ? byte & 0x7F : byte
                if value > (Int.max >> 8) { return nil }
                value = value << 8 | Int(b)
            }
            return value
        }
        var value = 0
        var sawDigit = false
        var finished = false
        for byte in field {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                if finished { return nil }
                if value > (Int.max >> 3) { return nil }
                value = value << 3 | Int(byte - UInt8(ascii: "0"))
                sawDigit = true
            case 0, UInt8(ascii: " "):
                if sawDigit { finished = true }
            default:
                return nil
            }
        }
        return value
    }

    /// `prefix/name` for ustar headers; the plain name field otherwise.
    private static func headerName(_ block: [UInt8]) -> String {
        let name = cString(block[0..<100])
        let magic = Array(block[257..<263])
        let isUstar = magic == Array("ustar\0".utf8) && block[263] == UInt8(ascii: "0") && block[264] == UInt8(ascii: "0")
        if isUstar {
            let prefix = cString(block[345..<500])
            if !prefix.isEmpty { return prefix + "/" + name }
        }
        return name
    }

    private static func cString(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// Applies pax records (`LEN key=value\n`): `path` and `size` matter for charts.
    private static func parsePax(_ data: [UInt8], path: String?, size: Int?) throws -> (String?, Int?) {
        var path = path
        var size = size
        var offset = 0
        while offset < data.count {
            var length = 0
            var cursor = offset
            while cursor < data.count, data[cursor] != UInt8(ascii: " ") {
                let digit = data[cursor]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), length < 1 << 24 else { throw ArchiveError.invalidTarHeader }
                length = length * 10 + Int(digit - UInt8(ascii: "0"))
                cursor += 1
            }
            let end = offset + length
            guard length > 0, end <= data.count, cursor < end, data[end - 1] == UInt8(ascii: "\n") else {
                throw ArchiveError.invalidTarHeader
            }
            let record = data[(cursor + 1)..<(end - 1)]
            guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else { throw ArchiveError.invalidTarHeader }
            let key = String(decoding: record[record.startIndex..<equals], as: UTF8.self)
            let value = String(decoding: record[(equals + 1)...], as: UTF8.self)
            switch key {
            case "path": path = value
            case "size":
                guard let parsed = Int(value), parsed >= 0 else { throw ArchiveError.invalidTarHeader }
                size = parsed
            default: break
            }
            offset = end
        }
        return (path, size)
    }
}
