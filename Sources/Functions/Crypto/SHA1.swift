/// SHA-1 (FIPS 180-4), used by `sha1sum` (and htpasswd's `{SHA}` form).
public struct SHA1: HashFunction {
    public static let blockSize = 64
    public static let digestSize = 20

    private var state: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    private var buffer = BlockBuffer(blockSize: 64)

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        buffer.feed(bytes, into: &state, Self.compress)
    }

    public mutating func finalize() -> [UInt8] {
        let padding = buffer.padding(lengthFieldSize: 8)
        padding.withUnsafeBytes { buffer.feed($0, into: &state, Self.compress) }
        var out = [UInt8]()
        out.reserveCapacity(20)
        for word in state { out.appendBigEndian(word) }
        return out
    }

    private static func compress(_ state: inout [UInt32], _ block: UnsafeRawBufferPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for i in 0..<16 { w[i] = block.loadBigEndianUInt32(at: i * 4) }
            for i in 16..<80 { w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotatedLeft(1) }
            var a = state[0], b = state[1], c = state[2], d = state[3], e = state[4]
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5A827999
                case 20..<40: f = b ^ c ^ d; k = 0x6ED9EBA1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
                default: f = b ^ c ^ d; k = 0xCA62C1D6
                }
                let t = a.rotatedLeft(5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = b.rotatedLeft(30); b = a; a = t
            }
            state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d; state[4] &+= e
        }
    }
}
