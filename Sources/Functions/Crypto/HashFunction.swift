/// A streaming cryptographic hash (SHA-1, SHA-256, SHA-512).
public protocol HashFunction {
    /// Input block size in bytes (HMAC pads keys to it).
    static var blockSize: Int { get }
    static var digestSize: Int { get }
    init()
    mutating func update(_ bytes: UnsafeRawBufferPointer)
    /// The digest; the hasher must not be used afterwards.
    mutating func finalize() -> [UInt8]
}

extension HashFunction {
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// One-shot digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = Self()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// One-shot digest of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> [UInt8] {
        hash(Array(text.utf8))
    }
}

/// Collects input into fixed-size blocks for a Merkle–Damgård compression function.
struct BlockBuffer {
    let blockSize: Int
    private var pending: [UInt8] = []
    /// Total message length in bytes (the length field counts bits).
    private(set) var totalLength: UInt64 = 0

    init(blockSize: Int) {
        self.blockSize = blockSize
        pending.reserveCapacity(blockSize)
    }

    /// Appends `bytes`, calling `compress` for every completed block.
    mutating func feed<State>(
        _ bytes: UnsafeRawBufferPointer, into state: inout State,
        _ compress: (inout State, UnsafeRawBufferPointer) -> Void
    ) {
        totalLength &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = Swift.min(blockSize - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            if pending.count == blockSize {
                pending.withUnsafeBytes { compress(&state, $0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        while bytes.count - offset >= blockSize {
            compress(&state, UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + blockSize]))
            offset += blockSize
        }
        if offset < bytes.count { pending.append(contentsOf: bytes[offset...]) }
    }

    /// The final padding: 0x80, zeros, then the big-endian bit length in `lengthFieldSize` bytes.
    /// Feeding it must not count towards the length, so callers feed it after reading this.
    func padding(lengthFieldSize: Int) -> [UInt8] {
        let used = Int(totalLength % UInt64(blockSize))
        var zeros = blockSize - lengthFieldSize - 1 - used
        if zeros < 0 { zeros += blockSize }
        var out = [UInt8](repeating: 0, count: 1 + zeros + lengthFieldSize)
        out[0] = 0x80
        let bits = totalLength &* 8
        for i in 0..<8 { out[out.count - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
        return out
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadBigEndianUInt32(at offset: Int) -> UInt32 {
        UInt32(self[offset]) << 24 | UInt32(self[offset + 1]) << 16
            | UInt32(self[offset + 2]) << 8 | UInt32(self[offset + 3])
    }

    @inline(__always)
    func loadBigEndianUInt64(at offset: Int) -> UInt64 {
        UInt64(loadBigEndianUInt32(at: offset)) << 32 | UInt64(loadBigEndianUInt32(at: offset + 4))
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ word: UInt32) {
        append(UInt8(truncatingIfNeeded: word >> 24))
        append(UInt8(truncatingIfNeeded: word >> 16))
        append(UInt8(truncatingIfNeeded: word >> 8))
        append(UInt8(truncatingIfNeeded: word))
    }

    mutating func appendBigEndian(_ word: UInt64) {
        appendBigEndian(UInt32(truncatingIfNeeded: word >> 32))
        appendBigEndian(UInt32(truncatingIfNeeded: word))
    }
}

extension UInt32 {
    @inline(__always) func rotatedRight(_ n: UInt32) -> UInt32 { (self &>> n) | (self &<< (32 &- n)) }
    @inline(__always) func rotatedLeft(_ n: UInt32) -> UInt32 { (self &<< n) | (self &>> (32 &- n)) }
}

extension UInt64 {
    @inline(__always) func rotatedRight(_ n: UInt64) -> UInt64 { (self &>> n) | (self &<< (64 &- n)) }
}

/// Lowercase hexadecimal text of bytes (Go's `hex.EncodeToString`).
public enum Hex {
    public static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
