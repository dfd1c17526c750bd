/// The AES block cipher (FIPS 197) for 128/192/256-bit keys, byte-oriented.
///
/// Speed is not a concern here (`encryptAES`/`decryptAES` handle short secrets), so the
/// S-boxes are computed from the field arithmetic instead of being typed in as tables.
public struct AES: Sendable {
    public static let blockSize = 16

    public struct KeySizeError: Error, Equatable, CustomStringConvertible {
        public let keyLength: Int
        /// Go's text: `crypto/aes: invalid key size 7`.
        public var description: String { "crypto/aes: invalid key size \(keyLength)" }
    }

    private let roundKeys: [UInt8]
    private let rounds: Int

    public init(key: [UInt8]) throws {
        guard [16, 24, 32].contains(key.count) else { throw KeySizeError(keyLength: key.count) }
        rounds = key.count / 4 + 6
        roundKeys = Self.expandKey(key, rounds: rounds)
    }

    /// Encrypts one 16-byte block in place.
    public func encryptBlock(_ block: inout [UInt8]) {
        let sbox = SBoxes.shared.forward
        addRoundKey(&block, round: 0)
        for round in 1...rounds {
            for i in 0..<16 { block[i] = sbox[Int(block[i])] }
            shiftRows(&block, inverse: false)
            if round != rounds { mixColumns(&block, inverse: false) }
            addRoundKey(&block, round: round)
        }
    }

    /// Decrypts one 16-byte block in place.
    public func decryptBlock(_ block: inout [UInt8]) {
        let inverseSBox = SBoxes.shared.inverse
        addRoundKey(&block, round: rounds)
        for round in stride(from: rounds - 1, through: 0, by: -1) {
            shiftRows(&block, inverse: true)
            for i in 0..<16 { block[i] = inverseSBox[Int(block[i])] }
            addRoundKey(&block, round: round)
            if round != 0 { mixColumns(&block, inverse: true) }
        }
    }

    private func addRoundKey(_ block: inout [UInt8], round: Int) {
        for i in 0..<16 { block[i] ^= roundKeys[round * 16 + i] }
    }

    /// Row r of the column-major state rotates left by r (right when inverting).
    private func shiftRows(_ block: inout [UInt8], inverse: Bool) {
        let copy = block
        for row in 1..<4 {
            for column in 0..<4 {
                let from = inverse ? (column - row + 4) % 4 : (column + row) % 4
                block[column * 4 + row] = copy[from * 4 + row]
            }
        }
    }

    private func mixColumns(_ block: inout [UInt8], inverse: Bool) {
        let coefficients: [UInt8] = inverse ? [14, 11, 13, 9] : [2, 3, 1, 1]
        for column in 0..<4 {
            let a = Array(block[column * 4..<column * 4 + 4])
            for row in 0..<4 {
                var sum: UInt8 = 0
                for k in 0..<4 {
                    sum ^= GaloisField.multiply(a[(row + k) % 4], coefficients[k])
                }
                block[column * 4 + row] = sum
            }
        }
    }

    private static func expandKey(_ key: [UInt8], rounds: Int) -> [UInt8] {
        let sbox = SBoxes.shared.forward
        let keyWords = key.count / 4
        var words = key
        var roundConstant: UInt8 = 1
        for i in keyWords..<(4 * (rounds + 1)) {
            var temp = Array(words[(i - 1) * 4..<i * 4])
            if i % keyWords == 0 {
                temp = [temp[1], temp[2], temp[3], temp[0]].map { sbox[Int($0)] }
                temp[0] ^= roundConstant
                roundConstant = GaloisField.multiply(roundConstant, 2)
            } else if keyWords > 6 && i % keyWords == 4 {
                temp = temp.map { sbox[Int($0)] }
            }
            for k in 0..<4 { words.append(words[(i - keyWords) * 4 + k] ^ temp[k]) }
        }
        return words
    }
}

/// Arithmetic in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
enum GaloisField {
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, product: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { product ^= a }
            let carry = a & 0x80
            a <<= 1
            if carry != 0 { a ^= 0x1b }
            b >>= 1
        }
        return product
    }

    static func inverse(_ a: UInt8) -> UInt8 {
        // a^254 = a^-1 in GF(2^8); 0 maps to 0.
        var result: UInt8 = 1, base = a, exponent = 254
        while exponent > 0 {
            if exponent & 1 != 0 { result = multiply(result, base) }
            base = multiply(base, base)
            exponent >>= 1
        }
        return a == 0 ? 0 : result
    }
}

/// The forward and inverse S-boxes, computed once.
struct SBoxes: Sendable {
    let forward: [UInt8]
    let inverse: [UInt8]

    static let shared = SBoxes()

    private init() {
        var forward = [UInt8](repeating: 0, count: 256)
        var inverse = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            let b = GaloisField.inverse(UInt8(value))
            // The affine transformation.
            let s = b ^ b.rotatedLeft8(1) ^ b.rotatedLeft8(2) ^ b.rotatedLeft8(3) ^ b.rotatedLeft8(4) ^ 0x63
            forward[value] = s
            inverse[Int(s)] = UInt8(value)
        }
        self.forward = forward
        self.inverse = inverse
    }
}

extension UInt8 {
    fileprivate func rotatedLeft8(_ n: UInt8) -> UInt8 { (self << n) | (self >> (8 - n)) }
}
