/// UTF-8 decoding with Go's rules: an invalid or truncated sequence, an overlong form or
/// a surrogate decodes as U+FFFD with width 1.
enum RegexUTF8 {
    static let replacement: UInt32 = 0xFFFD

    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (rune: UInt32, width: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        return decodeMultiByte(bytes, at: index, first: b0)
    }

    static func decode(_ bytes: [UInt8], at index: Int) -> (rune: UInt32, width: Int) {
        bytes.withUnsafeBufferPointer { decode($0, at: index) }
    }

    private static func decodeMultiByte(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, first b0: UInt8
    ) -> (rune: UInt32, width: Int) {
        let available = bytes.count - index
        func continuation(_ offset: Int) -> UInt32? {
            guard offset < available else { return nil }
            let b = bytes[index + offset]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { break }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = continuation(1), let c2 = continuation(2) else { break }
            let rune = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if rune < 0x800 || (0xD800...0xDFFF).contains(rune) { break }
            return (rune, 3)
        case 0xF0...0xF4:
            guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3)
            else { break }
            let rune = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if rune < 0x10000 || rune > 0x10FFFF { break }
            return (rune, 4)
        default:
            break
        }
        return (replacement, 1)
    }

    /// Whether a decode result at this position stands for an encoding error.
    static func isError(_ result: (rune: UInt32, width: Int)) -> Bool {
        result.rune == replacement && result.width == 1
    }

    static func encode(_ rune: UInt32, into out: inout [UInt8]) {
        let scalar = Unicode.Scalar(rune) ?? "\u{FFFD}"
        out.append(contentsOf: String(Character(scalar)).utf8)
    }
}
