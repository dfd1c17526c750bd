/// AES in CBC mode with PKCS#7-style padding, the scheme of Sprig's encryptAES/decryptAES.
public enum AESCBC {
    /// Pads `plaintext` to whole blocks with PKCS#7 and encrypts it with `iv`.
    public static func encrypt(_ plaintext: [UInt8], cipher: AES, iv: [UInt8]) -> [UInt8] {
        let padLength = AES.blockSize - plaintext.count % AES.blockSize
        let padded = plaintext + [UInt8](repeating: UInt8(padLength), count: padLength)
        var previous = iv
        var out = [UInt8]()
        out.reserveCapacity(padded.count)
        for start in stride(from: 0, to: padded.count, by: AES.blockSize) {
            var block = (0..<AES.blockSize).map { padded[start + $0] ^ previous[$0] }
            cipher.encryptBlock(&block)
            out += block
            previous = block
        }
        return out
    }

    /// Decrypts whole blocks; the caller removes the padding (Sprig does it without checks).
    /// `ciphertext.count` must be a multiple of the block size.
    public static func decrypt(_ ciphertext: [UInt8], cipher: AES, iv: [UInt8]) -> [UInt8] {
        var previous = iv
        var out = [UInt8]()
        out.reserveCapacity(ciphertext.count)
        for start in stride(from: 0, to: ciphertext.count - AES.blockSize + 1, by: AES.blockSize) {
            let encrypted = Array(ciphertext[start..<start + AES.blockSize])
            var block = encrypted
            cipher.decryptBlock(&block)
            for i in 0..<AES.blockSize { block[i] ^= previous[i] }
            out += block
            previous = encrypted
        }
        return out
    }
}
