/// The bytes the scanner reads: UTF-8, checked the way go-yaml's reader checks them,
/// with zero padding after the end so look-ahead never needs a bounds check.
///
/// go-yaml decodes its input lazily, so a bad byte (invalid UTF-8, control character)
/// only fails the parse when the scanner gets there. We check everything up front, cut
/// the readable part at the first bad character and keep the error for that moment.
final class ScannerInput: @unchecked Sendable {
    /// Readable bytes, followed by `padding` zero bytes.
    let base: UnsafeMutablePointer<UInt8>
    /// Number of readable bytes (a zero byte sits at `limit`).
    let limit: Int
    /// The reader error waiting at `limit`, if the input was cut there.
    let pendingError: String?

    static let padding = 8

    init(bytes: [UInt8]) {
        var utf8 = bytes
        var startOffset = 0
        var conversionError: String?
        if utf8.count >= 2, (utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF) {
            (utf8, conversionError) = ScannerInput.transcodeUTF16(utf8, littleEndian: utf8[0] == 0xFF)
        } else if utf8.count >= 3, utf8[0] == 0xEF, utf8[1] == 0xBB, utf8[2] == 0xBF {
            startOffset = 3
        }
        let (validCount, validationError) = utf8.withUnsafeBufferPointer {
            ScannerInput.validate(UnsafeBufferPointer(rebasing: $0[startOffset...]))
        }
        limit = validCount
        pendingError = validationError ?? conversionError
        base = .allocate(capacity: validCount + ScannerInput.padding)
        utf8.withUnsafeBufferPointer { src in
            if validCount > 0, let from = src.baseAddress {
                base.initialize(from: from + startOffset, count: validCount)
            }
        }
        (base + validCount).initialize(repeating: 0, count: ScannerInput.padding)
    }

    deinit { base.deallocate() }

    /// Returns how many leading bytes are valid for go-yaml, and the error for the rest.
    static func validate(_ s: UnsafeBufferPointer<UInt8>) -> (Int, String?) {
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b < 0x80 {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b == 0x7F {
                    return (i, "control characters are not allowed")
                }
                i += 1
                continue
            }
            let width: Int
            var value: UInt32
            switch b {
            case 0xC0...0xDF: width = 2; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: width = 3; value = UInt32(b & 0x0F)
            case 0xF0...0xF7: width = 4; value = UInt32(b & 0x07)
            default: return (i, "invalid leading UTF-8 octet")
            }
            if i + width > n { return (i, "incomplete UTF-8 octet sequence") }
            for k in 1..<width {
                let c = s[i + k]
                if c & 0xC0 != 0x80 { return (i, "invalid trailing UTF-8 octet") }
                value = value << 6 | UInt32(c & 0x3F)
            }
            let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
            if value < minimum { return (i, "invalid length of a UTF-8 sequence") }
            if (0xD800...0xDFFF).contains(value) || value > 0x10FFFF {
                return (i, "invalid Unicode character")
            }
            // YAML's printable set: NEL, U+00A0.., but not C1 controls or U+FFFE/U+FFFF.
            if (value >= 0x80 && value < 0xA0 && value != 0x85) || value == 0xFFFE || value == 0xFFFF {
                return (i, "control characters are not allowed")
            }
            i += width
        }
        return (n, nil)
    }

    /// UTF-16 input (with a BOM) becomes UTF-8; a broken surrogate cuts the input.
    static func transcodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> ([UInt8], String?) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 2
        func unit(_ at: Int) -> UInt32 {
            littleEndian ? UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8
                : UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1])
        }
        while i + 1 < bytes.count {
            var value = unit(i)
            i += 2
            if (0xDC00...0xDFFF).contains(value) { return (out, "unexpected low surrogate area") }
            if (0xD800...0xDBFF).contains(value) {
                guard i + 1 < bytes.count else { return (out, "incomplete UTF-16 surrogate pair") }
                let low = unit(i)
                guard (0xDC00...0xDFFF).contains(low) else { return (out, "expected low surrogate area") }
                i += 2
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { return (out, "invalid Unicode character") }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        if i < bytes.count { return (out, "incomplete UTF-16 character") }
        return (out, nil)
    }
}
