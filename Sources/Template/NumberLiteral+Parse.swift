import KrelCore
/// Go's interpretation of numeric literals (`parse.newNumber` with strconv's rules).
extension NumberLiteral {
    enum Failure: Error { case message(String) }

    /// Parses `text` of the given item kind; the error text matches Go's.
    static func parse(_ text: String, kind: ItemKind) -> Result<NumberLiteral, Failure> {
        var n = NumberLiteral(text: text)
        if kind == .charConstant {
            // Go decodes one (possibly escaped) character and requires the closing quote next.
            let scalars = Array(text.unicodeScalars)
            var end = 2
            if scalars.count > 2 && scalars[1] == "\\" {
                end = 2
                while end < scalars.count - 1 && scalars[end] != "'" || end == 2 { end += 1 }
            }
            guard let decoded = GoQuote.unquote("'" + String(String.UnicodeScalarView(scalars[1..<min(end, scalars.count)])) + "'"),
                let scalar = decoded.unicodeScalars.first
            else {
                return .failure(.message("invalid syntax"))
            }
            if end != scalars.count - 1 {
                return .failure(.message("malformed character constant: \(text)"))
            }
            let v = Int64(scalar.value)
            n.isInt = true; n.int = v
            n.isUint = true; n.uint = UInt64(v)
            n.isFloat = true; n.float = Double(v)
            return .success(n)
        }
        if kind == .complex {
            // Forms like 1+2i: split at the last sign that is not part of an exponent.
            guard let parts = splitComplex(text) else { return .failure(.message("expected integer")) }
            // fmt.Sscan reports a part too large for a float64 with strconv's range error.
            for part in [parts.0, parts.1] where parseFloat(part, allowInfinite: true)?.isInfinite == true {
                return .failure(.message("strconv.ParseFloat: parsing \(GoQuote.quote(part)): value out of range"))
            }
            guard let re = parseFloat(parts.0), let im = parseFloat(parts.1) else {
                return .failure(.message("expected integer"))
            }
            n.isComplex = true; n.float = re; n.imaginary = im
            n.simplifyComplex()
            return .success(n)
        }
        if text.hasSuffix("i"), let f = parseFloat(String(text.dropLast())) {
            n.isComplex = true; n.float = 0; n.imaginary = f
            n.simplifyComplex()
            return .success(n)
        }
        let u = parseInteger(text, signed: false)
        if let u, u.negative == false {
            n.isUint = true; n.uint = u.magnitude
        }
        if let i = parseInteger(text, signed: true) {
            if i.negative {
                if i.magnitude <= UInt64(Int64.max) + 1 {
                    n.isInt = true; n.int = i.magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(i.magnitude)
                }
            } else if i.magnitude <= UInt64(Int64.max) {
                n.isInt = true; n.int = Int64(i.magnitude)
            }
            if n.isInt && n.int == 0 { n.isUint = true; n.uint = 0 }
        }
        if n.isInt {
            n.isFloat = true; n.float = Double(n.int)
        } else if n.isUint {
            n.isFloat = true; n.float = Double(n.uint)
        } else if let f = parseFloat(text) {
            if !text.contains(where: { ".eEpP".contains($0) }) {
                return .failure(.message("integer overflow: " + GoQuote.quote(text)))
            }
            n.isFloat = true; n.float = f
            if f.rounded(.towardZero) == f && abs(f) < 9.2e18 { n.isInt = true; n.int = Int64(f) }
            if f >= 0 && f.rounded(.towardZero) == f && f < 1.8e19 { n.isUint = true; n.uint = UInt64(f) }
        }
        if !n.isInt && !n.isUint && !n.isFloat {
            return .failure(.message("illegal number syntax: " + GoQuote.quote(text)))
        }
        return .success(n)
    }

    mutating func simplifyComplex() {
        guard imaginary == 0 else { return }
        isFloat = true
        if float.rounded(.towardZero) == float && abs(float) < 9.2e18 { isInt = true; int = Int64(float) }
        if float >= 0 && float.rounded(.towardZero) == float && float < 1.8e19 { isUint = true; uint = UInt64(float) }
    }

    private static func splitComplex(_ text: String) -> (String, String)? {
        let bytes = Array(text.utf8)
        var i = bytes.count - 1
        while i > 0 {
            let c = bytes[i]
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && !"eEpP".utf8.contains(bytes[i - 1]) {
                let re = String(decoding: bytes[0..<i], as: UTF8.self)
                let im = String(decoding: bytes[i..<(bytes.count - 1)], as: UTF8.self)
                return (re, im)
            }
            i -= 1
        }
        return nil
    }

    /// strconv's `underscoreOK`: underscores only between digits or after a base prefix.
    static func underscoresValid(_ s: [UInt8]) -> Bool {
        var s = s[...]
        if let f = s.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { s = s.dropFirst() }
        var saw: UInt8 = UInt8(ascii: "^")
        var hex = false
        var i = s.startIndex
        if s.count >= 2 && s[i] == UInt8(ascii: "0") && "bBoOxX".utf8.contains(s[i + 1]) {
            hex = s[i + 1] | 0x20 == UInt8(ascii: "x")
            saw = UInt8(ascii: "0")
            i += 2
        }
        while i < s.endIndex {
            let c = s[i]
            let lower = c | 0x20
            if (c >= 0x30 && c <= 0x39) || (hex && lower >= 0x61 && lower <= 0x66) {
                saw = UInt8(ascii: "0")
            } else if c == UInt8(ascii: "_") {
                if saw != UInt8(ascii: "0") { return false }
                saw = c
            } else {
                if saw == UInt8(ascii: "_") { return false }
                saw = UInt8(ascii: "!")
            }
            i += 1
        }
        return saw != UInt8(ascii: "_")
    }

    /// strconv.ParseInt/ParseUint with base 0: returns sign and magnitude, nil on bad syntax
    /// or a magnitude beyond UInt64.
    static func parseInteger(_ text: String, signed: Bool) -> (negative: Bool, magnitude: UInt64)? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            guard signed else { return nil }
            negative = bytes[0] == UInt8(ascii: "-")
            bytes.removeFirst()
        }
        guard !bytes.isEmpty else { return nil }
        let hasUnderscore = bytes.contains(UInt8(ascii: "_"))
        if hasUnderscore && !underscoresValid(bytes) { return nil }
        var base: UInt64 = 10
        var digits = bytes[...]
        if bytes[0] == UInt8(ascii: "0") && bytes.count > 1 {
            switch bytes[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; digits = bytes[2...]
            case UInt8(ascii: "o"): base = 8; digits = bytes[2...]
            case UInt8(ascii: "b"): base = 2; digits = bytes[2...]
            default: base = 8; digits = bytes[1...]
            }
        }
        var value: UInt64 = 0
        var sawDigit = false
        for c in digits {
            if c == UInt8(ascii: "_") { continue }
            let d: UInt64
            switch c {
            case 0x30...0x39: d = UInt64(c - 0x30)
            case 0x61...0x7A: d = UInt64(c - 0x61 + 10)
            case 0x41...0x5A: d = UInt64(c - 0x41 + 10)
            default: return nil
            }
            guard d < base else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: base)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            value = s
            sawDigit = true
        }
        guard sawDigit else { return nil }
        return (negative, value)
    }

    /// strconv.ParseFloat for the syntaxes the lexer lets through. A value too large for a
    /// float64 is a range error in Go (nil here) unless `allowInfinite`; underflow gives 0.
    static func parseFloat(_ text: String, allowInfinite: Bool = false) -> Double? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        if bytes.contains(UInt8(ascii: "_")) {
            guard underscoresValid(bytes) else { return nil }
            bytes.removeAll { $0 == UInt8(ascii: "_") }
        }
        var body = bytes[...]
        if let f = body.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") { body = body.dropFirst() }
        guard let first = body.first else { return nil }
        let isHex = body.count > 1 && first == UInt8(ascii: "0") && body[body.startIndex + 1] | 0x20 == UInt8(ascii: "x")
        if isHex {
            // Go requires a 'p' exponent on hexadecimal floats.
            guard body.contains(where: { $0 | 0x20 == UInt8(ascii: "p") }) else { return nil }
        } else {
            // Only digits, one '.', and an exponent.
            for c in body where !((c >= 0x30 && c <= 0x39) || "+-.eE".utf8.contains(c)) { return nil }
        }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return value.isInfinite && !allowInfinite ? nil : value
    }
}
