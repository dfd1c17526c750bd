/// Go's `strconv.Quote` family and rune descriptions used in messages.
public enum GoQuote {
    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and ASCII space.
    public static func isPrint(_ r: Unicode.Scalar) -> Bool {
        if r.value < 0x80 { return r.value >= 0x20 && r.value < 0x7F }
        switch r.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// `strconv.Quote(s)` with `"` (or `'` for rune literals) as the quote character.
    public static func quote(_ s: String, quote: UInt8 = UInt8(ascii: "\""), asciiOnly: Bool = false) -> String {
        var out: [UInt8] = [quote]
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(Array(s.utf8), quote: quote, asciiOnly: asciiOnly, to: &out)
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    public static func appendQuoted(_ bytes: [UInt8], quote: UInt8, asciiOnly: Bool, to out: inout [UInt8]) {
        var i = 0
        while i < bytes.count {
            // Fast path: printable ASCII other than the quote and backslash is copied as is
            // (the common case; avoids decoding and per-rune allocation).
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F && b != quote && b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            let (scalar, width) = decodeRune(bytes, at: i)
            guard let r = scalar else {
                out.append(contentsOf: Array("\\x".utf8))
                out.append(hexDigits[Int(bytes[i] >> 4)])
                out.append(hexDigits[Int(bytes[i] & 0xF)])
                i += 1
                continue
            }
            appendEscapedRune(r, quote: quote, asciiOnly: asciiOnly, to: &out)
            i += width
        }
    }

    public static func appendEscapedRune(_ r: Unicode.Scalar, quote: UInt8, asciiOnly: Bool, to out: inout [UInt8]) {
        if r.value == UInt32(quote) || r == "\\" {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(r.value))
            return
        }
        if asciiOnly {
            if r.value < 0x80 && isPrint(r) {
                out.append(UInt8(r.value))
                return
            }
        } else if isPrint(r) {
            appendUTF8(r, to: &out)
            return
        }
        switch r {
        case "\u{07}": out.append(contentsOf: Array("\\a".utf8))
        case "\u{08}": out.append(contentsOf: Array("\\b".utf8))
        case "\u{0C}": out.append(contentsOf: Array("\\f".utf8))
        case "\n": out.append(contentsOf: Array("\\n".utf8))
        case "\r": out.append(contentsOf: Array("\\r".utf8))
        case "\t": out.append(contentsOf: Array("\\t".utf8))
        case "\u{0B}": out.append(contentsOf: Array("\\v".utf8))
        default:
            let v = r.value
            if v < 0x20 || v == 0x7F {
                out.append(contentsOf: Array("\\x".utf8))
                appendHex(v, width: 2, to: &out)
            } else if v < 0x10000 {
                out.append(contentsOf: Array("\\u".utf8))
                appendHex(v, width: 4, to: &out)
            } else {
                out.append(contentsOf: Array("\\U".utf8))
                appendHex(v, width: 8, to: &out)
            }
        }
    }

    /// The UTF-8 bytes of `r`, without building a String.
    @inline(__always)
    private static func appendUTF8(_ r: Unicode.Scalar, to out: inout [UInt8]) {
        let v = r.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    public static func appendHex(_ v: UInt32, width: Int, to out: inout [UInt8]) {
        for shift in stride(from: (width - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int((v >> UInt32(shift)) & 0xF)])
        }
    }

    /// Decodes one UTF-8 sequence; nil scalar for an invalid byte (width 1).
    public static func decodeRune(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar?, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 0
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        else { return (nil, 1) }
        guard i + length <= bytes.count else { return (nil, 1) }
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        // Reject overlong forms and surrogates, as Go does.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    /// Go's `%#U`: `U+002D '-'` (the quoted form only for printable runes).
    public static func runeDescription(_ r: Unicode.Scalar) -> String {
        var out: [UInt8] = Array("U+".utf8)
        var hex: [UInt8] = []
        appendHex(r.value, width: 8, to: &hex)
        while hex.count > 4 && hex.first == UInt8(ascii: "0") { hex.removeFirst() }
        out.append(contentsOf: hex.map { $0 >= 0x61 ? $0 - 32 : $0 })
        if isPrint(r) {
            out.append(contentsOf: Array(" '".utf8))
            out.append(contentsOf: Array(String(Character(r)).utf8))
            out.append(UInt8(ascii: "'"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `strconv.Unquote` for `"…"`, `` `…` `` and `'…'` literals; nil on bad syntax.
    /// For a char literal the result holds the single rune.
    public static func unquote(_ literal: String) -> String? {
        let bytes = Array(literal.utf8)
        guard bytes.count >= 2, let q = bytes.first, bytes.last == q else { return nil }
        let body = Array(bytes[1..<(bytes.count - 1)])
        if q == UInt8(ascii: "`") {
            if body.contains(UInt8(ascii: "`")) { return nil }
            return String(decoding: body.filter { $0 != 0x0D }, as: UTF8.self)
        }
        guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { return nil }
        var out: [UInt8] = []
        var i = 0
        var runes = 0
        while i < body.count {
            let c = body[i]
            if c == q || c == 0x0A { return nil }
            if c != UInt8(ascii: "\\") {
                let (scalar, width) = decodeRune(body, at: i)
                if scalar == nil && q == UInt8(ascii: "'") { return nil }
                out.append(contentsOf: body[i..<(i + width)])
                i += width
                runes += 1
                continue
            }
            guard let (decoded, next) = unescape(body, at: i, quote: q) else { return nil }
            out.append(contentsOf: decoded)
            i = next
            runes += 1
        }
        if q == UInt8(ascii: "'") && runes != 1 { return nil }
        return RawBytes.string(from: out)
    }

    /// Decodes one backslash escape at `i`; returns its bytes and the next index.
    private static func unescape(_ b: [UInt8], at i: Int, quote: UInt8) -> ([UInt8], Int)? {
        guard i + 1 < b.count else { return nil }
        let c = b[i + 1]
        switch c {
        case UInt8(ascii: "a"): return ([0x07], i + 2)
        case UInt8(ascii: "b"): return ([0x08], i + 2)
        case UInt8(ascii: "f"): return ([0x0C], i + 2)
        case UInt8(ascii: "n"): return ([0x0A], i + 2)
        case UInt8(ascii: "r"): return ([0x0D], i + 2)
        case UInt8(ascii: "t"): return ([0x09], i + 2)
        case UInt8(ascii: "v"): return ([0x0B], i + 2)
        case UInt8(ascii: "\\"): return ([c], i + 2)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return c == quote ? ([c], i + 2) : nil
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            guard i + 2 + n <= b.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<n {
                guard let d = hexValue(b[i + 2 + k]) else { return nil }
                v = v << 4 | d
            }
            if c == UInt8(ascii: "x") {
                // \x is a raw byte in strings; in char literals it is the rune value.
                if quote == UInt8(ascii: "'") {
                    return (Array(String(Character(Unicode.Scalar(UInt8(v)))).utf8), i + 2 + n)
                }
                return ([UInt8(v)], i + 2 + n)
            }
            guard let scalar = Unicode.Scalar(v) else { return nil }
            return (Array(String(Character(scalar)).utf8), i + 2 + n)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard i + 4 <= b.count else { return nil }
            var v: UInt32 = 0
            for k in 1...3 {
                let d = b[i + k]
                guard d >= 0x30 && d <= 0x37 else { return nil }
                v = v << 3 | UInt32(d - 0x30)
            }
            guard v <= 255 else { return nil }
            if quote == UInt8(ascii: "'") {
                return (Array(String(Character(Unicode.Scalar(UInt8(v)))).utf8), i + 4)
            }
            return ([UInt8(v)], i + 4)
        default:
            return nil
        }
    }

    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    /// `strconv.Quote(s)`; the name reads well at call sites that build messages.
    public static func string(_ text: String) -> String { quote(text) }

    /// `strconv.QuoteRune(r)`: `'a'`, `'\n'`.
    public static func rune(_ scalar: Unicode.Scalar) -> String {
        var out: [UInt8] = [UInt8(ascii: "'")]
        appendEscapedRune(scalar, quote: UInt8(ascii: "'"), asciiOnly: false, to: &out)
        out.append(UInt8(ascii: "'"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `%q` of a Go `[]rune`: each element quoted as a rune, `['a' 'b']`.
    public static func runeSlice(_ text: String) -> String {
        "[" + text.unicodeScalars.map { rune($0) }.joined(separator: " ") + "]"
    }
}
