/// The fast reader's precondition on its input: printable ASCII, `\n`, and valid UTF-8
/// for printable characters that are neither YAML 1.1 line breaks (NEL, LS, PS) nor a
/// BOM. Tabs and CRs are refused too: their rules (indentation, CR LF) are left to the
/// full pipeline. Anything refused here simply sends the input down the full path.
enum FastTextCheck {
    static func isSimple(_ p: UnsafePointer<UInt8>, count n: Int) -> Bool {
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if w & high == 0 {
                // ASCII word: exact per-byte flags (no carries cross bytes below 0x80)
                // for bytes below 0x20, line feeds and DEL.
                let control = ~(w &+ 0x6060_6060_6060_6060) & high
                let lf = w ^ 0x0A0A_0A0A_0A0A_0A0A
                let isLF = ~((lf &+ 0x7F7F_7F7F_7F7F_7F7F) | lf) & high
                let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
                let isDEL = ~((del &+ 0x7F7F_7F7F_7F7F_7F7F) | del) & high
                if (control & ~isLF) | isDEL == 0 {
                    i += 8
                    continue
                }
            }
            let stop = i + 8
            while i < stop {
                guard let width = characterWidth(p, at: i, count: n) else { return false }
                i += width
            }
        }
        while i < n {
            guard let width = characterWidth(p, at: i, count: n) else { return false }
            i += width
        }
        return true
    }

    /// The byte width of an allowed character at `i`, or nil.
    @inline(__always)
    static func characterWidth(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
        let b = p[i]
        if b < 0x80 { return (b >= 0x20 && b != 0x7F) || b == 0x0A ? 1 : nil }
        let width: Int
        var value: UInt32
        switch b {
        case 0xC2...0xDF: width = 2; value = UInt32(b & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(b & 0x0F)
        case 0xF0...0xF4: width = 4; value = UInt32(b & 0x07)
        default: return nil
        }
        guard i + width <= n else { return nil }
        for k in 1..<width {
            let c = p[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(c & 0x3F)
        }
        let minimum: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        // C1 controls (NEL among them), LS, PS, BOM and the non-characters go the full way.
        if value < 0xA0 || value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF {
            return nil
        }
        return width
    }
}
