/// Go's `strconv` number parsing rules, as go-yaml applies them to scalar text.
public enum GoNumberParsing {
    private static let zero = UInt8(ascii: "0")

    /// `strconv.ParseInt(s, 0, 64)` without underscores: optional sign, then `0x`, `0o`,
    /// `0b` prefixes (any case) or a leading `0` for octal, else decimal. nil on any error.
    public static func parseInt(_ s: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !s.isEmpty else { return nil }
        var negative = false
        var start = 0
        if s[0] == UInt8(ascii: "+") || s[0] == UInt8(ascii: "-") {
            negative = s[0] == UInt8(ascii: "-")
            start = 1
        }
        guard let magnitude = parseUnsignedBody(s, from: start) else { return nil }
        if negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            guard magnitude <= UInt64(Int64.max) else { return nil }
            return -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `strconv.ParseUint(s, 0, 64)`: like `parseInt` but no sign is allowed.
    public static func parseUInt(_ s: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let first = s.first, first != UInt8(ascii: "+"), first != UInt8(ascii: "-") else { return nil }
        return parseUnsignedBody(s, from: 0)
    }

    private static func parseUnsignedBody(_ s: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64? {
        var i = start
        guard i < s.count else { return nil }
        var base: UInt64 = 10
        if s[i] == zero && i + 1 < s.count {
            switch s[i + 1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; i += 2
            case UInt8(ascii: "o"): base = 8; i += 2
            case UInt8(ascii: "b"): base = 2; i += 2
            default: base = 8; i += 1
            }
            guard i < s.count else { return nil }
        }
        var value: UInt64 = 0
        while i < s.count {
            guard let digit = digitValue(s[i]), digit < base else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = a
            i += 1
        }
        return value
    }

    private static func digitValue(_ c: UInt8) -> UInt64? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(c - zero)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(c - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// go-yaml's float pattern `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    public static func matchesYAMLFloatPattern(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        func isDigit(_ k: Int) -> Bool { k < n && s[k] >= zero && s[k] <= UInt8(ascii: "9") }
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
        if i < n && s[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { return false }
            while isDigit(i) { i += 1 }
        } else {
            guard isDigit(i) else { return false }
            while isDigit(i) { i += 1 }
            if i < n && s[i] == UInt8(ascii: ".") {
                i += 1
                while isDigit(i) { i += 1 }
            }
        }
        if i < n && (s[i] | 0x20) == UInt8(ascii: "e") {
            i += 1
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) { i += 1 }
            guard isDigit(i) else { return false }
            while isDigit(i) { i += 1 }
        }
        return i == n
    }

    /// Decimal `strconv.ParseFloat(s, 64)` for the texts go-yaml hands it (decimal digits,
    /// optional sign, dot and exponent). Overflow gives ±infinity (Go reports ErrRange;
    /// callers treat a non-finite result as failure). nil when the syntax is not decimal.
    public static func parseFloat(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        // Only accept what Go's decimal syntax accepts; Swift's parser also takes hex
        // floats, "inf" and "nan", which must not slip through here.
        var sawDigit = false
        for c in s {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(String(decoding: s, as: UTF8.self))
    }
}
