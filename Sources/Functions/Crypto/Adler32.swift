/// Adler-32 (RFC 1950), used by `adler32sum`.
public enum Adler32 {
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        let modulus: UInt32 = 65521
        var a: UInt32 = 1, b: UInt32 = 0
        // 5552 is the longest run before b can overflow 32 bits.
        var index = 0
        while index < bytes.count {
            let end = Swift.min(index + 5552, bytes.count)
            while index < end {
                a &+= UInt32(bytes[index])
                b &+= a
                index += 1
            }
            a %= modulus
            b %= modulus
        }
        return b << 16 | a
    }
}
