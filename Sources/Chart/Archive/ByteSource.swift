/// A stream of bytes pulled in chunks (a gzip member's output, or plain bytes in tests).
protocol ByteSource {
    /// Up to `count` bytes; empty only at the end of the stream.
    mutating func read(upTo count: Int) throws -> ArraySlice<UInt8>
}

/// Plain in-memory bytes as a `ByteSource` (an uncompressed tar).
struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func read(upTo count: Int) throws -> ArraySlice<UInt8> {
        let end = min(bytes.count, offset + count)
        defer { offset = end }
        return bytes[offset..<end]
    }
}

extension ByteSource {
    /// Exactly `count` bytes, or nil when the stream ends before the first byte
    /// (a clean end); a stream that ends part way throws `unexpectedEOF`.
    mutating func readExactly(_ count: Int) throws -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(count)
        while out.count < count {
            let chunk = try read(upTo: count - out.count)
            if chunk.isEmpty {
                if out.isEmpty { return nil }
                throw ArchiveError.unexpectedEOF
            }
            out.append(contentsOf: chunk)
        }
        return out
    }

    /// Discards `count` bytes without holding them all in memory.
    mutating func skip(_ count: Int) throws {
        var left = count
        while left > 0 {
            let chunk = try read(upTo: min(left, 64 * 1024))
            if chunk.isEmpty { throw ArchiveError.unexpectedEOF }
            left -= chunk.count
        }
    }
}
