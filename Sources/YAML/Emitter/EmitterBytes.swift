/// Byte-level character classes of the libyaml-derived emitter, on UTF-8 text.
/// Indexes past the end read as NUL, which counts as "blank or end".
enum EmitterBytes {
    @inline(__always)
    static func at(_ v: [UInt8], _ i: Int) -> UInt8 { i < v.count ? v[i] : 0 }

    /// Length of the UTF-8 sequence starting with `b`.
    @inline(__always)
    static func width(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    static func isSpace(_ v: [UInt8], _ i: Int) -> Bool { at(v, i) == 0x20 }

    /// LF, CR, NEL (U+0085), LS (U+2028), PS (U+2029).
    static func isBreak(_ v: [UInt8], _ i: Int) -> Bool {
        let b = at(v, i)
        if b == 0x0A || b == 0x0D { return true }
        if b == 0xC2 { return at(v, i + 1) == 0x85 }
        if b == 0xE2 { return at(v, i + 1) == 0x80 && (at(v, i + 2) == 0xA8 || at(v, i + 2) == 0xA9) }
        return false
    }

    /// Space, tab, a break, or the end.
    static func isBlankOrEnd(_ v: [UInt8], _ i: Int) -> Bool {
        let b = at(v, i)
        return b == 0x20 || b == 0x09 || b == 0 || isBreak(v, i)
    }

    /// LF, 0x20-0x7E, U+00A0-U+D7FF, U+E000-U+FFFD except U+FEFF. Everything else
    /// (tab, CR, other controls, DEL, C1 incl. NEL, BOM, U+FFFE/F, anything above
    /// U+FFFF) is "special" and forces double quotes with escapes.
    static func isPrintable(_ v: [UInt8], _ i: Int) -> Bool {
        let b = at(v, i)
        if b == 0x0A || (b >= 0x20 && b <= 0x7E) { return true }
        if b == 0xC2 { return at(v, i + 1) >= 0xA0 }
        if b > 0xC2 && b < 0xED { return true }
        if b == 0xED { return at(v, i + 1) < 0xA0 }
        if b == 0xEE { return true }
        if b == 0xEF {
            let b1 = at(v, i + 1), b2 = at(v, i + 2)
            if b1 == 0xBB && b2 == 0xBF { return false }
            if b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF) { return false }
            return true
        }
        return false
    }

    /// Whether the text starts with a byte order mark. go-yaml checks this (not the
    /// current position) for every character of a double-quoted scalar, so a leading BOM
    /// makes it escape everything.
    static func startsWithBOM(_ v: [UInt8]) -> Bool {
        v.count >= 3 && v[0] == 0xEF && v[1] == 0xBB && v[2] == 0xBF
    }

    /// The code point at `i` (valid UTF-8 assumed) and its width.
    static func decode(_ v: [UInt8], _ i: Int) -> (UInt32, Int) {
        let b = v[i]
        let w = width(b)
        guard i + w <= v.count else { return (UInt32(b), 1) }
        var value: UInt32
        switch w {
        case 1: return (UInt32(b), 1)
        case 2: value = UInt32(b & 0x1F)
        case 3: value = UInt32(b & 0x0F)
        default: value = UInt32(b & 0x07)
        }
        for k in 1..<w { value = value << 6 | UInt32(v[i + k] & 0x3F) }
        return (value, w)
    }

    /// Index of the first byte of the character that ends just before `end`.
    static func previousCharacterStart(_ v: [UInt8], before end: Int) -> Int {
        var i = end - 1
        while i > 0 && v[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }
}
