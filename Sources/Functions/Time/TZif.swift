/// A reader for TZif files (RFC 8536), versions 1 to 4.
enum TZif {
    struct Malformed: Error {}

    /// Reads a big-endian cursor over the file, failing instead of trapping at the end.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, offset + count <= bytes.count else { throw Malformed() }
            defer { offset += count }
            return bytes[offset..<offset + count]
        }

        mutating func uint32() throws -> UInt32 {
            try take(4).reduce(0) { $0 << 8 | UInt32($1) }
        }

        mutating func int64(width: Int) throws -> Int64 {
            let raw = try take(width).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            return width == 4 ? Int64(Int32(bitPattern: UInt32(truncatingIfNeeded: raw))) : Int64(bitPattern: raw)
        }
    }

    private struct Header {
        var isUTCCount, isStdCount, leapCount, transitionCount, typeCount, charCount: Int
    }

    static func parse(_ bytes: [UInt8], name: String) throws -> GoLocation {
        var reader = Reader(bytes: bytes)
        var header = try readHeader(&reader)
        let version = bytes[4]
        var timeWidth = 4
        if version >= UInt8(ascii: "2") {
            // Skip the 32-bit body; the 64-bit one follows with its own header.
            _ = try reader.take(bodySize(header, timeWidth: 4))
            header = try readHeader(&reader)
            timeWidth = 8
        }
        var times = [Int64]()
        for _ in 0..<header.transitionCount { times.append(try reader.int64(width: timeWidth)) }
        let indices = try reader.take(header.transitionCount).map(Int.init)
        var rawZones = [(offset: Int, isDST: Bool, abbreviationIndex: Int)]()
        for _ in 0..<header.typeCount {
            let offset = Int(Int32(bitPattern: try reader.uint32()))
            let flags = try reader.take(2)
            rawZones.append((offset, flags[flags.startIndex] != 0, Int(flags[flags.startIndex + 1])))
        }
        let characters = Array(try reader.take(header.charCount))
        _ = try reader.take(header.leapCount * (timeWidth + 4) + header.isStdCount + header.isUTCCount)
        let zones = try rawZones.map { raw -> GoLocation.Zone in
            guard raw.abbreviationIndex <= characters.count else { throw Malformed() }
            let tail = characters[raw.abbreviationIndex...]
            let end = tail.firstIndex(of: 0) ?? characters.endIndex
            return GoLocation.Zone(
                abbreviation: String(decoding: characters[raw.abbreviationIndex..<end], as: UTF8.self),
                offset: raw.offset, isDST: raw.isDST)
        }
        guard !zones.isEmpty else { throw Malformed() }
        var transitions = [GoLocation.Transition]()
        for (when, index) in zip(times, indices) {
            guard index < zones.count else { throw Malformed() }
            transitions.append(GoLocation.Transition(when: when, zoneIndex: index))
        }
        var rule: PosixTZRule?
        if timeWidth == 8, reader.offset < bytes.count, bytes[reader.offset] == 0x0A {
            let footer = bytes[(reader.offset + 1)...]
            if let end = footer.firstIndex(of: 0x0A) {
                rule = PosixTZRule(String(decoding: footer[..<end], as: UTF8.self))
            }
        }
        return GoLocation(name: name, zones: zones, transitions: transitions, rule: rule)
    }

    private static func readHeader(_ reader: inout Reader) throws -> Header {
        guard try reader.take(4).elementsEqual("TZif".utf8) else { throw Malformed() }
        _ = try reader.take(16)
        var counts = [Int]()
        for _ in 0..<6 {
            let count = Int(try reader.uint32())
            guard count < 1 << 16 else { throw Malformed() }
            counts.append(count)
        }
        return Header(isUTCCount: counts[0], isStdCount: counts[1], leapCount: counts[2],
                      transitionCount: counts[3], typeCount: counts[4], charCount: counts[5])
    }

    private static func bodySize(_ h: Header, timeWidth: Int) -> Int {
        h.transitionCount * (timeWidth + 1) + h.typeCount * 6 + h.charCount
            + h.leapCount * (timeWidth + 4) + h.isStdCount + h.isUTCCount
    }
}
