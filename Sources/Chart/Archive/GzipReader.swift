/// Reads a gzip stream (RFC 1952) held in memory and hands out its decompressed bytes on
/// demand. Concatenated members are read one after another, as Go's reader does.
struct GzipReader: ByteSource {
    private let bytes: [UInt8]
    private var inflater: Inflater
    private var crc = CRC32()
    private var memberLength: UInt32 = 0

    /// Reads the first member header; throws `invalidGzipHeader` when the data is not gzip.
    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        let start = try GzipReader.parseHeader(bytes, at: 0)
        inflater = Inflater(bytes: bytes, startingAt: start)
    }

    /// Whether `bytes` starts with the gzip magic and the deflate method byte.
    static func hasGzipMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8
    }

    /// Skips one member header and returns the offset of its DEFLATE data.
    private static func parseHeader(_ bytes: [UInt8], at start: Int) throws -> Int {
        let magic: [UInt8] = [0x1F, 0x8B, 8]
        for i in 0..<3 where start + i < bytes.count && bytes[start + i] != magic[i] {
            throw ArchiveError.invalidGzipHeader
        }
        guard start + 10 <= bytes.count else { throw ArchiveError.unexpectedEOF }
        let flags = bytes[start + 3]
        if flags & 0xE0 != 0 { throw ArchiveError.invalidGzipHeader }
        var offset = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard offset + 2 <= bytes.count else { throw ArchiveError.unexpectedEOF }
            offset += 2 + (Int(bytes[offset]) | Int(bytes[offset + 1]) << 8)
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while offset < bytes.count && bytes[offset] != 0 { offset += 1 }
            offset += 1
        }
        if flags & 0x02 != 0 { offset += 2 }  // FHCRC
        guard offset <= bytes.count else { throw ArchiveError.unexpectedEOF }
        return offset
    }

    /// Up to `count` decompressed bytes; empty at the end of the last member.
    mutating func read(upTo count: Int) throws -> ArraySlice<UInt8> {
        while true {
            let chunk = try inflater.read(upTo: count)
            if !chunk.isEmpty {
                crc.update(chunk)
                memberLength &+= UInt32(truncatingIfNeeded: chunk.count)
                return chunk
            }
            // Member finished: check the trailer, then continue with a following member if any.
            let trailer = inflater.endOffset
            guard trailer + 8 <= bytes.count else { throw ArchiveError.unexpectedEOF }
            let storedCRC = littleEndian32(at: trailer)
            let storedLength = littleEndian32(at: trailer + 4)
            if storedCRC != crc.value || storedLength != memberLength { throw ArchiveError.invalidGzipChecksum }
            let next = trailer + 8
            if next == bytes.count { return [] }
            inflater = Inflater(bytes: bytes, startingAt: try GzipReader.parseHeader(bytes, at: next))
            crc = CRC32()
            memberLength = 0
        }
    }

    private func littleEndian32(at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
