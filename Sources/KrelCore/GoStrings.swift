/// Small Go `strings` helpers whose exact whitespace rules matter for byte equality.
public enum GoStrings {
    /// Go `unicode.IsSpace`: ASCII `\t \n \v \f \r` and space, U+0085, U+00A0, and the
    /// other Unicode White_Space code points.
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    public static func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Go `strings.TrimSpace`.
    public static func trimSpace(_ text: String) -> String {
        String(trimSpace(Substring(text)))
    }

    public static func trimSpace(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }
}
