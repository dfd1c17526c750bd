import KrelCore

/// Printing one operand with a verb (Go's `printArg`/`printValue`).
extension Printer {
    mutating func printArg(_ value: Value, verb: UInt8, depth: Int = 0) {
        if value.isNull {
            if depth > 0 {
                if flags.sharpV { out.append(contentsOf: Array("interface {}(nil)".utf8)) } else { pad("<nil>") }
                return
            }
            switch verb {
            case UInt8(ascii: "T"), UInt8(ascii: "v"): pad("<nil>")
            default: badVerb(verb, value)
            }
            return
        }
        if verb == UInt8(ascii: "T") {
            pad(value.goTypeName)
            return
        }
        switch value {
        case .null:
            break
        case .bool(let b):
            switch verb {
            case UInt8(ascii: "t"), UInt8(ascii: "v"): pad(b ? "true" : "false")
            default: badVerb(verb, value)
            }
        case .int(let i, let type):
            if type.isUnsigned {
                printInteger(UInt64(bitPattern: i), negative: false, unsigned: true, verb: verb, value: value)
            } else {
                printInteger(i.magnitude, negative: i < 0, unsigned: false, verb: verb, value: value)
            }
        case .float(let d):
            printFloat(d, verb: verb, value: value)
        case .string(let s):
            printString(Array(s.utf8), verb: verb, value: value)
        case .list(let items, let type):
            if type == .bytes, [UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(verb) {
                let bytes = items.map { v -> UInt8 in
                    if case .int(let b, _) = v { return UInt8(truncatingIfNeeded: b) }
                    return 0
                }
                printString(bytes, verb: verb, value: value)
                return
            }
            if flags.sharpV {
                out.append(contentsOf: Array(value.goTypeName.utf8))
                out.append(UInt8(ascii: "{"))
                for (k, item) in items.enumerated() {
                    if k > 0 { out.append(contentsOf: Array(", ".utf8)) }
                    printArg(item, verb: verb, depth: depth + 1)
                }
                out.append(UInt8(ascii: "}"))
                return
            }
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(0x20) }
                printArg(item, verb: verb, depth: depth + 1)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let entries, _):
            if flags.sharpV {
                out.append(contentsOf: Array(value.goTypeName.utf8))
                out.append(UInt8(ascii: "{"))
            } else {
                out.append(contentsOf: Array("map[".utf8))
            }
            for (k, key) in entries.keys.sorted(by: Value.goStringLess).enumerated() {
                if k > 0 { out.append(contentsOf: flags.sharpV ? Array(", ".utf8) : [0x20]) }
                printArg(.string(key), verb: verb, depth: depth + 1)
                out.append(UInt8(ascii: ":"))
                printArg(entries[key] ?? .null, verb: verb, depth: depth + 1)
            }
            out.append(UInt8(ascii: flags.sharpV ? "}" : "]"))
        case .object(let object):
            if let complex = object as? GoComplex, verb != UInt8(ascii: "s") && verb != UInt8(ascii: "q") {
                out.append(UInt8(ascii: "("))
                printFloat(complex.real, verb: verb, value: value)
                let saved = flags.plus
                flags.plus = true
                printFloat(complex.imaginary, verb: verb, value: value)
                flags.plus = saved
                out.append(contentsOf: Array("i)".utf8))
                return
            }
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                printString(Array(object.formatted.utf8), verb: verb, value: value)
            default:
                badVerb(verb, value)
            }
        }
    }

    // MARK: - Strings

    mutating func printString(_ bytes: [UInt8], verb: UInt8, value: Value) {
        switch verb {
        case UInt8(ascii: "v"):
            if flags.sharpV { pad(GoQuote.quote(String(decoding: bytes, as: UTF8.self))) } else { padString(bytes) }
        case UInt8(ascii: "s"):
            padString(bytes)
        case UInt8(ascii: "q"):
            var text = bytes
            if let precision = flags.precision { text = truncateRunes(bytes, precision) }
            let s = String(decoding: text, as: UTF8.self)
            if flags.sharp && !s.contains("`") && s.unicodeScalars.allSatisfy({ $0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F) }) {
                pad("`" + s + "`")
            } else {
                var out: [UInt8] = [UInt8(ascii: "\"")]
                GoQuote.appendQuoted(text, quote: UInt8(ascii: "\""), asciiOnly: flags.plus, to: &out)
                out.append(UInt8(ascii: "\""))
                pad(out)
            }
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            printHexBytes(bytes, upper: verb == UInt8(ascii: "X"))
        default:
            badVerb(verb, value)
        }
    }

    private func truncateRunes(_ bytes: [UInt8], _ count: Int) -> [UInt8] {
        var runes = 0
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 {
            if runes == count { return Array(bytes[..<i]) }
            runes += 1
        }
        return bytes
    }

    mutating func padString(_ bytes: [UInt8]) {
        if let precision = flags.precision { pad(truncateRunes(bytes, precision)) } else { pad(bytes) }
    }

    private mutating func printHexBytes(_ bytes: [UInt8], upper: Bool) {
        let digits: [UInt8] = Array((upper ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var length = bytes.count
        if let precision = flags.precision, precision < length { length = precision }
        var buf: [UInt8] = []
        for i in 0..<length {
            if flags.space && i > 0 { buf.append(0x20) }
            if flags.sharp && (i == 0 || flags.space) {
                buf.append(UInt8(ascii: "0"))
                buf.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
            }
            buf.append(digits[Int(bytes[i] >> 4)])
            buf.append(digits[Int(bytes[i] & 0xF)])
        }
        pad(buf)
    }

    // MARK: - Integers

    mutating func printInteger(_ u: UInt64, negative: Bool, unsigned: Bool, verb: UInt8, value: Value) {
        switch verb {
        case UInt8(ascii: "v"):
            if flags.sharpV && unsigned {
                let saved = flags.sharp
                flags.sharp = true
                fmtInteger(u, negative: negative, base: 16, verb: verb, upper: false)
                flags.sharp = saved
            } else {
                fmtInteger(u, negative: negative, base: 10, verb: verb, upper: false)
            }
        case UInt8(ascii: "d"): fmtInteger(u, negative: negative, base: 10, verb: verb, upper: false)
        case UInt8(ascii: "b"): fmtInteger(u, negative: negative, base: 2, verb: verb, upper: false)
        case UInt8(ascii: "o"), UInt8(ascii: "O"): fmtInteger(u, negative: negative, base: 8, verb: verb, upper: false)
        case UInt8(ascii: "x"): fmtInteger(u, negative: negative, base: 16, verb: verb, upper: false)
        case UInt8(ascii: "X"): fmtInteger(u, negative: negative, base: 16, verb: verb, upper: true)
        case UInt8(ascii: "c"):
            let scalar = negative || u > 0x10FFFF ? Unicode.Scalar(0xFFFD)! : (Unicode.Scalar(UInt32(u)) ?? Unicode.Scalar(0xFFFD)!)
            pad(String(Character(scalar)))
        case UInt8(ascii: "q"):
            let scalar = negative || u > 0x10FFFF ? Unicode.Scalar(0xFFFD)! : (Unicode.Scalar(UInt32(u)) ?? Unicode.Scalar(0xFFFD)!)
            var buf: [UInt8] = [UInt8(ascii: "'")]
            GoQuote.appendEscapedRune(scalar, quote: UInt8(ascii: "'"), asciiOnly: flags.plus, to: &buf)
            buf.append(UInt8(ascii: "'"))
            pad(buf)
        case UInt8(ascii: "U"):
            var hex = String(u, radix: 16, uppercase: true)
            if negative { hex = String(UInt64(bitPattern: -Int64(bitPattern: u)), radix: 16, uppercase: true) }
            while hex.count < 4 { hex = "0" + hex }
            var text = "U+" + hex
            if flags.sharp, u <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(u)), GoQuote.isPrint(scalar) {
                text += " '" + String(Character(scalar)) + "'"
            }
            pad(text)
        default:
            badVerb(verb, value)
        }
    }

    mutating func fmtInteger(_ u: UInt64, negative: Bool, base: UInt64, verb: UInt8, upper: Bool) {
        var precision = 0
        if let p = flags.precision {
            precision = p
            if p == 0 && u == 0 {
                let saved = flags.zero
                flags.zero = false
                pad([])
                flags.zero = saved
                return
            }
        } else if flags.zero && !flags.minus, let width = flags.width {
            precision = width
            if negative || flags.plus || flags.space { precision -= 1 }
        }
        var digits: [UInt8] = Array(String(u, radix: Int(base), uppercase: upper).utf8)
        if digits.count < precision {
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: precision - digits.count), at: 0)
        }
        if flags.sharp {
            switch base {
            case 2: digits.insert(contentsOf: Array("0b".utf8), at: 0)
            case 8: if digits.first != UInt8(ascii: "0") { digits.insert(UInt8(ascii: "0"), at: 0) }
            case 16: digits.insert(contentsOf: Array((upper ? "0X" : "0x").utf8), at: 0)
            default: break
            }
        }
        if verb == UInt8(ascii: "O") { digits.insert(contentsOf: Array("0o".utf8), at: 0) }
        if negative { digits.insert(UInt8(ascii: "-"), at: 0) }
        else if flags.plus { digits.insert(UInt8(ascii: "+"), at: 0) }
        else if flags.space { digits.insert(UInt8(ascii: " "), at: 0) }
        let saved = flags.zero
        flags.zero = false
        pad(digits)
        flags.zero = saved
    }
}
