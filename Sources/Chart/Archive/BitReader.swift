/// Reads DEFLATE's least-significant-bit-first bit stream from an in-memory buffer.
///
/// Bits are kept in a 64-bit accumulator refilled a byte at a time. Reading past the end
/// yields zero bits and sets `overrun`, so callers report `unexpectedEOF` instead of crashing.
struct BitReader {
    let bytes: [UInt8]
    /// Next byte of `bytes` to load into the accumulator.
    private(set) var position: Int
    private var accumulator: UInt64 = 0
    private var available: Int = 0
    /// Bits were requested beyond the end of the input.
    private(set) var overrun = false

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Input offset of the first byte not yet fully consumed.
    var consumedOffset: Int { position - available / 8 }

    @inline(__always)
    private mutating func refill(_ count: Int) {
        while available < count {
            if position < bytes.count {
                accumulator |= UInt64(bytes[position]) << UInt64(available)
                position += 1
            } else {
                // Virtual zero bytes past the end; flagged when actually consumed.
                position += 1
            }
            available += 8
        }
    }

    /// The next `count` bits (count <= 32) without consuming them.
    @inline(__always)
    mutating func peek(_ count: Int) -> UInt32 {
        refill(count)
        return UInt32(truncatingIfNeeded: accumulator & ((1 << UInt64(count)) - 1))
    }

    @inline(__always)
    mutating func consume(_ count: Int) {
        accumulator >>= UInt64(count)
        available -= count
        if position - available / 8 > bytes.count { overrun = true }
    }

    @inline(__always)
    mutating func read(_ count: Int) -> UInt32 {
        if count == 0 { return 0 }
        let value = peek(count)
        consume(count)
        return value
    }

    /// Drops the bits up to the next byte boundary (stored blocks start byte-aligned).
    mutating func alignToByte() {
        consume(available % 8)
    }

    /// Takes up to `count` whole bytes after `alignToByte()`; fewer at the end of input.
    mutating func readAlignedBytes(_ count: Int, into out: inout [UInt8]) -> Int {
        var taken = 0
        // Drain whole bytes still in the accumulator first.
        while taken < count && available >= 8 {
            out.append(UInt8(truncatingIfNeeded: accumulator))
            consume(8)
            taken += 1
        }
        if overrun { return taken }
        let direct = min(count - taken, max(0, bytes.count - position))
        if direct > 0 {
            out.append(contentsOf: bytes[position..<(position + direct)])
            position += direct
            taken += direct
        }
        return taken
    }
}
