import KrelCore

/// Conversions with the semantics of spf13/cast v1.7.0 (what Sprig's `int`, `int64`,
/// `float64` and every integer math function use) and of Go's `strconv` parsers.
///
/// cast never fails for Sprig: an unconvertible value gives 0.
public enum GoCast {
    /// `cast.ToInt64`: ints as-is, floats truncated toward zero, bools 1/0, nil 0, strings
    /// parsed as Go integer literals (base prefixes, `_` separators, a trailing `.0`),
    /// anything else 0.
    public static func toInt64(_ value: Value) -> Int64 {
        switch value {
        case .int(let i, _): return i
        case .float(let d): return truncatingInt64(d)
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return parseInt(trimmingZeroDecimal(s), base: 0) ?? 0
        default: return 0
        }
    }

    /// `cast.ToInt` (same as `toInt64` on a 64-bit platform).
    public static func toInt(_ value: Value) -> Int64 { toInt64(value) }

    /// `cast.ToFloat64`: numbers converted, bools 1/0, strings by `strconv.ParseFloat`
    /// (failure or overflow gives 0), anything else 0.
    public static func toFloat64(_ value: Value) -> Double {
        switch value {
        case .int(let i, let t):
            return t == .uint64 || t == .uint ? Double(UInt64(bitPattern: i)) : Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return parseFloat(s) ?? 0
        default: return 0
        }
    }

    /// Go's `int64(f)` on amd64: truncation; NaN and out-of-range values give the
    /// "integer indefinite" value, math.MinInt64.
    public static func truncatingInt64(_ d: Double) -> Int64 {
        guard d.isFinite, d > -9.223372036854775808e18, d < 9.223372036854775808e18 else {
            return Int64.min
        }
        return Int64(d)  // Swift converts by truncation, like Go
    }

    /// cast's helper: `"1.0"` and `"1.00"` lose their all-zero fraction; `"1."` does not.
    static func trimmingZeroDecimal(_ s: String) -> String {
        let bytes = Array(s.utf8)
        var sawZero = false
        var i = bytes.count
        while i > 0 {
            switch bytes[i - 1] {
            case UInt8(ascii: "0"): sawZero = true
            case UInt8(ascii: "."):
                return sawZero ? String(decoding: bytes[..<(i - 1)], as: UTF8.self) : s
            default: return s
            }
            i -= 1
        }
        return s
    }

    /// `strconv.ParseInt(s, base, 64)`; nil on a syntax or range error. Base 0 reads
    /// Go prefixes (`0x`, `0o`, `0b`, a bare leading `0` for octal) and allows `_`
    /// between digits.
    public static func parseInt(_ s: String, base: Int) -> Int64? {
        var bytes = Array(s.utf8)[...]
        guard !bytes.isEmpty else { return nil }
        var negative = false
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
            negative = bytes.first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard let magnitude = parseUInt(bytes, base: base) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.ParseUint` on unsigned digits (no sign); nil on error or overflow.
    static func parseUInt(_ input: ArraySlice<UInt8>, base requested: Int) -> UInt64? {
        var digits = input
        guard !digits.isEmpty else { return nil }
        var base = requested
        var prefixed = false
        if base == 0 {
            base = 10
            if digits.first == UInt8(ascii: "0") {
                let next = digits.count > 1 ? digits[digits.startIndex + 1] | 0x20 : 0
                if next == UInt8(ascii: "x") { base = 16; digits = digits.dropFirst(2); prefixed = true }
                else if next == UInt8(ascii: "o") { base = 8; digits = digits.dropFirst(2); prefixed = true }
                else if next == UInt8(ascii: "b") { base = 2; digits = digits.dropFirst(2); prefixed = true }
                else { base = 8; digits = digits.dropFirst(1); prefixed = true }
            }
        }
        guard (2...36).contains(base) else { return nil }
        let allowUnderscores = requested == 0
        if allowUnderscores, !underscoresWellPlaced(input) { return nil }
        var value: UInt64 = 0
        var sawDigit = false
        for byte in digits {
            if byte == UInt8(ascii: "_") {
                guard allowUnderscores else { return nil }
                continue
            }
            guard let d = digitValue(byte), d < base else { return nil }
            sawDigit = true
            let (m, o1) = value.multipliedReportingOverflow(by: UInt64(base))
            let (a, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            value = a
        }
        // A lone "0" is octal zero; a bare prefix like "0x" has no digits.
        if !sawDigit { return prefixed && requested == 0 && input.count == 1 ? 0 : nil }
        return value
    }

    private static func digitValue(_ b: UInt8) -> Int? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(b - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(b - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// Go's rule for `_` in number literals: only between digits, or right after a base
    /// prefix; never leading (without prefix), trailing or doubled.
    static func underscoresWellPlaced(_ input: ArraySlice<UInt8>) -> Bool {
        var s = input
        if s.first == UInt8(ascii: "+") || s.first == UInt8(ascii: "-") { s = s.dropFirst() }
        // '^' start, '0' after a digit or prefix, '_' after an underscore, '!' other.
        var previous: UInt8 = UInt8(ascii: "^")
        var hex = false
        if s.count >= 2, s.first == UInt8(ascii: "0") {
            let p = s[s.startIndex + 1] | 0x20
            if p == UInt8(ascii: "x") || p == UInt8(ascii: "o") || p == UInt8(ascii: "b") {
                hex = p == UInt8(ascii: "x")
                s = s.dropFirst(2)
                previous = UInt8(ascii: "0")
            }
        }
        for c in s {
            let isDigit = (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || (hex && (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "f"))
            if isDigit { previous = UInt8(ascii: "0"); continue }
            if c == UInt8(ascii: "_") {
                if previous != UInt8(ascii: "0") { return false }
                previous = UInt8(ascii: "_")
                continue
            }
            if previous == UInt8(ascii: "_") { return false }
            previous = UInt8(ascii: "!")
        }
        return previous != UInt8(ascii: "_")
    }

    /// `strconv.ParseFloat(s, 64)`; nil on a syntax error or overflow to infinity.
    /// Accepts Go's decimal and hexadecimal (`0x1p4`) forms, `_` separators, `inf`,
    /// `infinity` and `nan` in any case with an optional sign.
    public static func parseFloat(_ s: String) -> Double? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var body = bytes[...]
        var sign = ""
        if body.first == UInt8(ascii: "+") || body.first == UInt8(ascii: "-") {
            sign = body.first == UInt8(ascii: "-") ? "-" : ""
            body = body.dropFirst()
        }
        let lowered = String(decoding: body, as: UTF8.self).lowercased()
        if lowered == "inf" || lowered == "infinity" { return sign == "-" ? -.infinity : .infinity }
        if lowered == "nan" { return bytes.count == 3 ? .nan : nil }
        guard isGoFloatSyntax(body) else { return nil }
        let cleaned = sign + String(decoding: body.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// Checks Go float syntax (Swift's parser is more lenient, e.g. about whitespace).
    private static func isGoFloatSyntax(_ body: ArraySlice<UInt8>) -> Bool {
        var s = body
        var hex = false
        if s.count >= 2, s.first == UInt8(ascii: "0"), s[s.startIndex + 1] | 0x20 == UInt8(ascii: "x") {
            hex = true
            s = s.dropFirst(2)
        }
        var mantissaDigits = 0, sawPoint = false, sawExponent = false, exponentDigits = 0
        var afterExponentMark = false
        for c in s {
            let lower = c | 0x20
            if afterExponentMark {
                afterExponentMark = false
                if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { continue }
            }
            if c == UInt8(ascii: "_") { continue }
            if sawExponent {
                guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return false }
                exponentDigits += 1
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
                || (hex && lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f")) {
                mantissaDigits += 1
            } else if c == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else if (!hex && lower == UInt8(ascii: "e")) || (hex && lower == UInt8(ascii: "p")) {
                sawExponent = true
                afterExponentMark = true
            } else {
                return false
            }
        }
        if mantissaDigits == 0 || (sawExponent && exponentDigits == 0) { return false }
        if hex && !sawExponent { return false }
        return underscoresWellPlaced(body)
    }

    /// Sprig's `toDecimal`: the `%v` text of the value parsed as octal; errors give 0.
    public static func octalToDecimal(_ value: Value) -> Int64 {
        parseInt(value.goFormatted, base: 8) ?? 0
    }

    /// `strconv.Atoi`: decimal only; a syntax error gives 0, a range error the clamped value.
    public static func atoi(_ s: String) -> Int64 {
        if let v = parseInt(s, base: 10) { return v }
        var digits = Array(s.utf8)[...]
        let negative = digits.first == UInt8(ascii: "-")
        if digits.first == UInt8(ascii: "+") || negative { digits = digits.dropFirst() }
        let allDigits = !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard allDigits else { return 0 }
        return negative ? Int64.min : Int64.max
    }
}
