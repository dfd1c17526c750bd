/// Standard base64 (RFC 4648, padded) with Go's `encoding/base64` decoding rules:
/// `\r` and `\n` are skipped anywhere, and errors name the offending input byte like
/// Go's `CorruptInputError` (`illegal base64 data at input byte 3`).
public enum Base64 {
    public struct CorruptInputError: Error, Equatable, CustomStringConvertible {
        public let offset: Int
        public var description: String { "illegal base64 data at input byte \(offset)" }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// 0xff marks bytes outside the alphabet.
    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xff, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int((v >> UInt32(shift)) & 63)]) }
            i += 3
        }
        let rest = bytes.count - i
        if rest > 0 {
            var v = UInt32(bytes[i]) << 16
            if rest == 2 { v |= UInt32(bytes[i + 1]) << 8 }
            out.append(alphabet[Int(v >> 18 & 63)])
            out.append(alphabet[Int(v >> 12 & 63)])
            out.append(rest == 2 ? alphabet[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(UInt8(ascii: "="))
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ text: String) throws(CorruptInputError) -> [UInt8] {
        try decode(Array(text.utf8))
    }

    public static func decode(_ source: [UInt8]) throws(CorruptInputError) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(source.count / 4 * 3)
        var index = 0
        while index < source.count {
            try decodeQuantum(source, &index, into: &out)
        }
        return out
    }

    private static func isNewline(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// Decodes up to four symbols starting at `index` (which it advances), the way Go
    /// does, so the error offsets match.
    private static func decodeQuantum(
        _ source: [UInt8], _ index: inout Int, into out: inout [UInt8]
    ) throws(CorruptInputError) {
        var digits: [UInt32] = [0, 0, 0, 0]
        var count = 0
        var trailingError: CorruptInputError?
        while count < 4 {
            if index == source.count {
                if count == 0 { return }
                throw CorruptInputError(offset: index - count)
            }
            let byte = source[index]
            index += 1
            let value = decodeTable[Int(byte)]
            if value != 0xff {
                digits[count] = UInt32(value)
                count += 1
                continue
            }
            if isNewline(byte) { continue }
            guard byte == UInt8(ascii: "="), count >= 2 else {
                throw CorruptInputError(offset: index - 1)
            }
            if count == 2 {
                // A second "=" must follow, newlines allowed in between.
                while index < source.count && isNewline(source[index]) { index += 1 }
                if index == source.count { throw CorruptInputError(offset: source.count) }
                if source[index] != UInt8(ascii: "=") { throw CorruptInputError(offset: index - 1) }
                index += 1
            }
            while index < source.count && isNewline(source[index]) { index += 1 }
            if index < source.count { trailingError = CorruptInputError(offset: index) }
            break
        }
        let v = digits[0] << 18 | digits[1] << 12 | digits[2] << 6 | digits[3]
        out.append(UInt8(truncatingIfNeeded: v >> 16))
        if count >= 3 { out.append(UInt8(truncatingIfNeeded: v >> 8)) }
        if count == 4 { out.append(UInt8(truncatingIfNeeded: v)) }
        if let trailingError { throw trailingError }
    }
}
