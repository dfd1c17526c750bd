/// Go strings are byte strings; Swift strings are always valid UTF-8. Bytes that are not
/// valid UTF-8 (from `"\xff"` literals, say) are carried through krel as code points of
/// the last 256 private-use code points, U+10FF00 + byte, and turned back into the raw
/// byte where Go would expose it: the final output, `b64enc`, `len`; `toJson` writes them
/// as `\ufffd` like Go's encoder does for invalid bytes.
public enum RawBytes {
    static let base: UInt32 = 0x10FF00

    /// Decodes bytes as UTF-8, keeping each invalid byte as its marker code point.
    public static func string(from bytes: [UInt8]) -> String {
        // Fast path: valid UTF-8 needs no markers.
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let (scalar, width) = GoQuote.decodeRune(bytes, at: i)
            if let scalar {
                out.append(scalar)
            } else {
                out.append(Unicode.Scalar(base + UInt32(bytes[i]))!)
            }
            i += width
        }
        return String(out)
    }

    /// The raw byte a marker code point stands for, or nil for any other code point.
    @inline(__always)
    public static func byte(of scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= base ? UInt8(truncatingIfNeeded: scalar.value - base) : nil
    }

    /// Whether `text` holds any marker (its UTF-8 form contains the lead bytes F4 8F BC-BF).
    public static func containsMarkers(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0...(bytes.count - 4) where bytes[i] == 0xF4 && bytes[i + 1] == 0x8F && bytes[i + 2] >= 0xBC {
                return true
            }
            return false
        }
    }

    /// The bytes Go would hold for `text`: UTF-8, with markers turned back into raw bytes.
    public static func bytes(of text: String) -> [UInt8] {
        guard containsMarkers(text) else { return Array(text.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let raw = byte(of: scalar) {
                out.append(raw)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// `text` with each marker replaced by U+FFFD, as Go's JSON step turns invalid bytes.
    public static func replacingMarkers(_ text: String) -> String {
        guard containsMarkers(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(byte(of: scalar) == nil ? scalar : "\u{FFFD}") }
        return String(out)
    }
}
