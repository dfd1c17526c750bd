/// PBKDF2 (RFC 8018) with HMAC-SHA-256, the outer layer of scrypt.
public enum PBKDF2 {
    public static func sha256(
        password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int
    ) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(keyLength)
        var blockIndex: UInt32 = 1
        while output.count < keyLength {
            var u = HMAC<SHA256>.authenticationCode(
                key: password, message: salt + bigEndianBytes(blockIndex))
            var t = u
            if iterations > 1 {
                for _ in 1..<iterations {
                    u = HMAC<SHA256>.authenticationCode(key: password, message: u)
                    for i in 0..<t.count { t[i] ^= u[i] }
                }
            }
            output += t.prefix(keyLength - output.count)
            blockIndex &+= 1
        }
        return output
    }

    private static func bigEndianBytes(_ value: UInt32) -> [UInt8] {
        var out = [UInt8]()
        out.appendBigEndian(value)
        return out
    }
}
