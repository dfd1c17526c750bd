import KrelCore

/// Scalar typing of `--set` values (Helm's strvals `typedVal`, spec section 1.3).
enum SetScalarTyping {
    /// `true`/`false`/`null` in any case, int64 for base-10 integers that do not start
    /// with `0` (`0` itself is int64 0, `+3` is 3, `-0` is 0), everything else a string.
    static func typed(_ text: String) -> Value {
        let lower = text.lowercased()
        if lower == "true" { return .bool(true) }
        if lower == "false" { return .bool(false) }
        if lower == "null" { return .null }
        if text == "0" { return .int(0, .int64) }
        if let first = text.utf8.first, first != UInt8(ascii: "0"), let n = parseInt64(text) {
            return .int(n, .int64)
        }
        return .string(text)
    }

    /// Go `strconv.ParseInt(s, 10, 64)`: optional sign, ASCII digits, no underscores.
    static func parseInt64(_ text: String) -> Int64? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        if bytes.isEmpty { return nil }
        var magnitude: UInt64 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(b - 0x30))
            if o1 || o2 { return nil }
            magnitude = m2
        }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// Go `strconv.Atoi` as used for `[index]`, with its error text.
    static func atoi(_ text: String) throws(SetFailure) -> Int {
        if let n = parseInt64(text) { return Int(n) }
        let body = text.hasPrefix("+") || text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let allDigits = !body.isEmpty && body.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let reason = allDigits ? "value out of range" : "invalid syntax"
        throw .message("error parsing index: strconv.Atoi: parsing \(GoQuote.string(text)): \(reason)")
    }
}
