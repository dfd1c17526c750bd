/// Byte-level look-ahead and movement. The input is zero-padded, so peeking a few
/// bytes past the end reads zeros (the end-of-input marker).
extension Scanner {
    @inline(__always) func at(_ k: Int = 0) -> UInt8 { input.base[mark.offset + k] }

    @inline(__always) func isZ(_ k: Int = 0) -> Bool { at(k) == 0 }
    @inline(__always) func isSpace(_ k: Int = 0) -> Bool { at(k) == 0x20 }
    @inline(__always) func isTab(_ k: Int = 0) -> Bool { at(k) == 0x09 }
    @inline(__always) func isBlank(_ k: Int = 0) -> Bool { let b = at(k); return b == 0x20 || b == 0x09 }

    /// CR, LF, NEL (U+0085), LS (U+2028), PS (U+2029): line breaks in YAML 1.1.
    @inline(__always) func isBreak(_ k: Int = 0) -> Bool {
        let b = at(k)
        if b == 0x0A || b == 0x0D { return true }
        if b == 0xC2 { return at(k + 1) == 0x85 }
        if b == 0xE2 { return at(k + 1) == 0x80 && (at(k + 2) == 0xA8 || at(k + 2) == 0xA9) }
        return false
    }
    @inline(__always) func isBreakZ(_ k: Int = 0) -> Bool { isZ(k) || isBreak(k) }
    @inline(__always) func isBlankZ(_ k: Int = 0) -> Bool { isBlank(k) || isBreakZ(k) }
    @inline(__always) func isBOM(_ k: Int = 0) -> Bool { at(k) == 0xEF && at(k + 1) == 0xBB && at(k + 2) == 0xBF }

    /// libyaml's "alpha": ASCII letters, digits, `_` and `-`.
    @inline(__always) func isAlpha(_ k: Int = 0) -> Bool {
        let b = at(k)
        return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }
    @inline(__always) func isDigit(_ k: Int = 0) -> Bool { let b = at(k); return b >= 0x30 && b <= 0x39 }
    @inline(__always) func isHex(_ k: Int = 0) -> Bool {
        let b = at(k)
        return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }
    @inline(__always) func hexValue(_ k: Int) -> UInt32 {
        let b = at(k)
        if b >= 0x61 { return UInt32(b - 0x61 + 10) }
        if b >= 0x41 { return UInt32(b - 0x41 + 10) }
        return UInt32(b - 0x30)
    }

    /// Byte length of the character starting at `k`.
    @inline(__always) func width(_ k: Int = 0) -> Int {
        let b = at(k)
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Moves past one (non-break) character.
    @inline(__always) mutating func skip() {
        mark.offset += width()
        mark.index += 1
        mark.column += 1
    }

    /// Moves past one line break (CR LF counts as one).
    @inline(__always) mutating func skipLine() {
        if at() == 0x0D && at(1) == 0x0A {
            mark.offset += 2
            mark.index += 2
        } else if isBreak() {
            mark.offset += width()
            mark.index += 1
        } else {
            return
        }
        mark.column = 0
        mark.line += 1
    }

    /// Appends the current character to `buffer` and moves past it.
    @inline(__always) mutating func read(into buffer: inout [UInt8]) {
        let w = width()
        let p = input.base + mark.offset
        for k in 0..<w { buffer.append(p[k]) }
        skip()
    }

    /// Appends a line break to `buffer` (CR, LF, CR LF and NEL become `\n`; LS and PS are
    /// kept) and moves past it.
    mutating func readLine(into buffer: inout [UInt8]) {
        let b = at()
        if b == 0x0D || b == 0x0A || b == 0xC2 {
            buffer.append(0x0A)
        } else if b == 0xE2 {
            buffer.append(contentsOf: [0xE2, 0x80, at(2)])
        } else {
            return
        }
        skipLine()
    }

    /// Text of the bytes between two offsets.
    func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: input.base + start, count: end - start), as: UTF8.self)
    }
}
