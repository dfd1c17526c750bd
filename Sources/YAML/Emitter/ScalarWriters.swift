/// The four ways a string is written, with libyaml's folding at `bestWidth`.
extension YAMLWriter {
    mutating func writePlain(_ v: [UInt8], allowBreaks: Bool) {
        if !whitespace { put(0x20) }
        var spaces = false, breaks = false
        var i = 0
        while i < v.count {
            if v[i] == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && !EmitterBytes.isSpace(v, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    writeCharacter(v, &i)
                }
                spaces = true
            } else if EmitterBytes.isBreak(v, i) {
                if !breaks && v[i] == 0x0A { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                writeCharacter(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        whitespace = false
        indention = false
    }

    mutating func writeSingleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
        var spaces = false, breaks = false
        var i = 0
        while i < v.count {
            if v[i] == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != v.count - 1
                    && !EmitterBytes.isSpace(v, i + 1) {
                    writeIndent()
                    i += 1
                } else {
                    writeCharacter(v, &i)
                }
                spaces = true
            } else if EmitterBytes.isBreak(v, i) {
                if !breaks && v[i] == 0x0A { putBreak() }
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                if v[i] == UInt8(ascii: "'") { put(UInt8(ascii: "'")) }
                writeCharacter(v, &i)
                indention = false
                spaces = false
                breaks = false
            }
        }
        writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    mutating func writeDoubleQuoted(_ v: [UInt8], allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        let escapeAll = EmitterBytes.startsWithBOM(v)
        var spaces = false
        var i = 0
        while i < v.count {
            let c = v[i]
            if escapeAll || !EmitterBytes.isPrintable(v, i) || EmitterBytes.isBreak(v, i)
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                let (scalar, w) = EmitterBytes.decode(v, i)
                i += w
                writeEscape(scalar)
                spaces = false
            } else if c == 0x20 {
                if allowBreaks && !spaces && column > bestWidth && i != 0 && i != v.count - 1 {
                    writeIndent()
                    if EmitterBytes.isSpace(v, i + 1) { put(UInt8(ascii: "\\")) }
                    i += 1
                } else {
                    writeCharacter(v, &i)
                }
                spaces = true
            } else {
                writeCharacter(v, &i)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func writeEscape(_ scalar: UInt32) {
        put(UInt8(ascii: "\\"))
        let short: UInt8?
        switch scalar {
        case 0x00: short = UInt8(ascii: "0")
        case 0x07: short = UInt8(ascii: "a")
        case 0x08: short = UInt8(ascii: "b")
        case 0x09: short = UInt8(ascii: "t")
        case 0x0A: short = UInt8(ascii: "n")
        case 0x0B: short = UInt8(ascii: "v")
        case 0x0C: short = UInt8(ascii: "f")
        case 0x0D: short = UInt8(ascii: "r")
        case 0x1B: short = UInt8(ascii: "e")
        case 0x22: short = UInt8(ascii: "\"")
        case 0x5C: short = UInt8(ascii: "\\")
        case 0x85: short = UInt8(ascii: "N")
        case 0xA0: short = UInt8(ascii: "_")
        case 0x2028: short = UInt8(ascii: "L")
        case 0x2029: short = UInt8(ascii: "P")
        default: short = nil
        }
        if let short {
            put(short)
            return
        }
        let (letter, digits): (UInt8, Int) = scalar <= 0xFF ? (UInt8(ascii: "x"), 2)
            : scalar <= 0xFFFF ? (UInt8(ascii: "u"), 4) : (UInt8(ascii: "U"), 8)
        put(letter)
        let hex = Array("0123456789ABCDEF".utf8)
        for k in stride(from: digits - 1, through: 0, by: -1) {
            put(hex[Int(scalar >> (UInt32(k) * 4) & 0xF)])
        }
    }

    mutating func writeLiteral(_ v: [UInt8]) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        // Indentation indicator when the content starts with a space or a break.
        if EmitterBytes.isSpace(v, 0) || EmitterBytes.isBreak(v, 0) {
            writeIndicator("2", needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        // Chomping: strip without a final break, keep with two or more (or only one).
        let last = EmitterBytes.previousCharacterStart(v, before: v.count)
        if !EmitterBytes.isBreak(v, last) {
            writeIndicator("-", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else if last == 0 || EmitterBytes.isBreak(v, EmitterBytes.previousCharacterStart(v, before: last)) {
            writeIndicator("+", needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        var i = 0
        while i < v.count {
            if EmitterBytes.isBreak(v, i) {
                writeBreak(v, &i)
                indention = true
                breaks = true
            } else {
                if breaks {
                    writeIndent()
                    breaks = false
                }
                writeCharacter(v, &i)
                indention = false
            }
        }
    }
}
