/// scrypt (RFC 7914), the key stretching behind Sprig's `derivePassword`.
///
/// The memory-hard ROMix loop runs over raw pointers: with N = 32768 and r = 8 it touches
/// 32 MiB per call, and bounds-checked array accesses would make it several times slower.
public enum Scrypt {
    public struct ParameterError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func deriveKey(
        password: [UInt8], salt: [UInt8], n: Int, r: Int, p: Int, keyLength: Int
    ) throws -> [UInt8] {
        guard n > 1, n & (n - 1) == 0 else {
            throw ParameterError(description: "scrypt: N must be > 1 and a power of 2")
        }
        guard r > 0, p > 0, r * p < 1 << 30, r <= Int.max / 128 / p, r <= Int.max / 256,
            n <= Int.max / 128 / r, n <= 1 << 24
        else {
            throw ParameterError(description: "scrypt: parameters are too large")
        }
        let blockBytes = 128 * r
        var b = PBKDF2.sha256(password: password, salt: salt, iterations: 1, keyLength: p * blockBytes)
        // Work in little-endian 32-bit words, as Salsa20 does.
        let wordsPerBlock = 32 * r
        var words = [UInt32](repeating: 0, count: p * wordsPerBlock)
        for i in 0..<words.count {
            words[i] = UInt32(b[4 * i]) | UInt32(b[4 * i + 1]) << 8
                | UInt32(b[4 * i + 2]) << 16 | UInt32(b[4 * i + 3]) << 24
        }
        let scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: n * wordsPerBlock + 2 * wordsPerBlock)
        defer { scratch.deallocate() }
        words.withUnsafeMutableBufferPointer { words in
            guard let base = words.baseAddress else { return }
            for chunk in 0..<p {
                roMix(base + chunk * wordsPerBlock, r: r, n: n, scratch: scratch)
            }
        }
        for i in 0..<words.count {
            let w = words[i]
            b[4 * i] = UInt8(truncatingIfNeeded: w)
            b[4 * i + 1] = UInt8(truncatingIfNeeded: w >> 8)
            b[4 * i + 2] = UInt8(truncatingIfNeeded: w >> 16)
            b[4 * i + 3] = UInt8(truncatingIfNeeded: w >> 24)
        }
        return PBKDF2.sha256(password: password, salt: b, iterations: 1, keyLength: keyLength)
    }

    /// ROMix on one block of 32·r words, in place. `scratch` holds N blocks plus two spare.
    private static func roMix(_ block: UnsafeMutablePointer<UInt32>, r: Int, n: Int, scratch: UnsafeMutablePointer<UInt32>) {
        let count = 32 * r
        let table = scratch
        var x = scratch + n * count
        var y = x + count
        x.update(from: block, count: count)
        for i in 0..<n {
            (table + i * count).update(from: x, count: count)
            blockMix(x, into: y, r: r)
            swap(&x, &y)
        }
        for _ in 0..<n {
            // Integerify: the first word of the last 64-byte sub-block, modulo N.
            let j = Int(x[(2 * r - 1) * 16]) & (n - 1)
            let v = table + j * count
            for k in 0..<count { x[k] ^= v[k] }
            blockMix(x, into: y, r: r)
            swap(&x, &y)
        }
        block.update(from: x, count: count)
    }

    /// BlockMix with Salsa20/8: even sub-blocks go to the first half of the output, odd ones
    /// to the second half.
    private static func blockMix(_ input: UnsafeMutablePointer<UInt32>, into output: UnsafeMutablePointer<UInt32>, r: Int) {
        var x = (input + (2 * r - 1) * 16).withMemoryRebound(to: SalsaBlock.self, capacity: 1) { $0.pointee }
        for i in 0..<(2 * r) {
            let chunk = input + i * 16
            x.xor(with: chunk)
            x.salsa20_8()
            let destination = output + ((i & 1) * r + (i >> 1)) * 16
            x.store(to: destination)
        }
    }
}

/// Sixteen Salsa20 state words held in locals (a tuple avoids array bounds checks).
struct SalsaBlock {
    var w: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32,
            UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    @inline(__always)
    mutating func xor(with p: UnsafeMutablePointer<UInt32>) {
        w.0 ^= p[0]; w.1 ^= p[1]; w.2 ^= p[2]; w.3 ^= p[3]
        w.4 ^= p[4]; w.5 ^= p[5]; w.6 ^= p[6]; w.7 ^= p[7]
        w.8 ^= p[8]; w.9 ^= p[9]; w.10 ^= p[10]; w.11 ^= p[11]
        w.12 ^= p[12]; w.13 ^= p[13]; w.14 ^= p[14]; w.15 ^= p[15]
    }

    @inline(__always)
    func store(to p: UnsafeMutablePointer<UInt32>) {
        p[0] = w.0; p[1] = w.1; p[2] = w.2; p[3] = w.3
        p[4] = w.4; p[5] = w.5; p[6] = w.6; p[7] = w.7
        p[8] = w.8; p[9] = w.9; p[10] = w.10; p[11] = w.11
        p[12] = w.12; p[13] = w.13; p[14] = w.14; p[15] = w.15
    }

    /// The Salsa20 core with 8 rounds, added to its input.
    @inline(__always)
    mutating func salsa20_8() {
        var (x0, x1, x2, x3, x4, x5, x6, x7) = (w.0, w.1, w.2, w.3, w.4, w.5, w.6, w.7)
        var (x8, x9, x10, x11, x12, x13, x14, x15) = (w.8, w.9, w.10, w.11, w.12, w.13, w.14, w.15)
        for _ in 0..<4 {
            // Column round.
            x4 ^= (x0 &+ x12).rotatedLeft(7); x8 ^= (x4 &+ x0).rotatedLeft(9)
            x12 ^= (x8 &+ x4).rotatedLeft(13); x0 ^= (x12 &+ x8).rotatedLeft(18)
            x9 ^= (x5 &+ x1).rotatedLeft(7); x13 ^= (x9 &+ x5).rotatedLeft(9)
            x1 ^= (x13 &+ x9).rotatedLeft(13); x5 ^= (x1 &+ x13).rotatedLeft(18)
            x14 ^= (x10 &+ x6).rotatedLeft(7); x2 ^= (x14 &+ x10).rotatedLeft(9)
            x6 ^= (x2 &+ x14).rotatedLeft(13); x10 ^= (x6 &+ x2).rotatedLeft(18)
            x3 ^= (x15 &+ x11).rotatedLeft(7); x7 ^= (x3 &+ x15).rotatedLeft(9)
            x11 ^= (x7 &+ x3).rotatedLeft(13); x15 ^= (x11 &+ x7).rotatedLeft(18)
            // Row round.
            x1 ^= (x0 &+ x3).rotatedLeft(7); x2 ^= (x1 &+ x0).rotatedLeft(9)
            x3 ^= (x2 &+ x1).rotatedLeft(13); x0 ^= (x3 &+ x2).rotatedLeft(18)
            x6 ^= (x5 &+ x4).rotatedLeft(7); x7 ^= (x6 &+ x5).rotatedLeft(9)
            x4 ^= (x7 &+ x6).rotatedLeft(13); x5 ^= (x4 &+ x7).rotatedLeft(18)
            x11 ^= (x10 &+ x9).rotatedLeft(7); x8 ^= (x11 &+ x10).rotatedLeft(9)
            x9 ^= (x8 &+ x11).rotatedLeft(13); x10 ^= (x9 &+ x8).rotatedLeft(18)
            x12 ^= (x15 &+ x14).rotatedLeft(7); x13 ^= (x12 &+ x15).rotatedLeft(9)
            x14 ^= (x13 &+ x12).rotatedLeft(13); x15 ^= (x14 &+ x13).rotatedLeft(18)
        }
        w.0 &+= x0; w.1 &+= x1; w.2 &+= x2; w.3 &+= x3
        w.4 &+= x4; w.5 &+= x5; w.6 &+= x6; w.7 &+= x7
        w.8 &+= x8; w.9 &+= x9; w.10 &+= x10; w.11 &+= x11
        w.12 &+= x12; w.13 &+= x13; w.14 &+= x14; w.15 &+= x15
    }
}
