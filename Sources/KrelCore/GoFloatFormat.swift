/// Go's float formatting, built on Swift's shortest round-trip digits.
///
/// Go prints floats from the shortest digit string that reads back to the same value;
/// Swift's `description` computes the same digits but lays them out differently, so we
/// take its digits and lay them out Go's way.
public enum GoFloatFormat {
    /// Shortest decimal digits of `x`: value = 0.d1d2d3... × 10^`point`.
    public struct Digits: Sendable, Equatable {
        public var negative: Bool
        /// ASCII digits, no leading or trailing zeros ("0" alone for zero).
        public var digits: [UInt8]
        /// Decimal point position, as in Go's `decimal.dp`.
        public var point: Int
    }

    /// The shortest round-trip digits of a finite double.
    public static func shortestDigits(_ x: Double) -> Digits {
        decompose(x.description, negative: x.sign == .minus)
    }

    /// The shortest round-trip digits of `x` as a 32-bit float (Go's `FormatFloat(x, 'g', -1, 32)`).
    public static func shortestDigits32(_ x: Double) -> Digits {
        let f = Float(x)
        return decompose(f.description, negative: f.sign == .minus)
    }

    private static func decompose(_ text: String, negative: Bool) -> Digits {
        var mantissa: [UInt8] = []
        var exponent = 0
        var pointIndex: Int? = nil
        var bytes = Array(text.utf8)
        if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                exponent = Int(String(decoding: bytes[(i + 1)...], as: UTF8.self)) ?? 0
                break
            } else if c == UInt8(ascii: ".") {
                pointIndex = mantissa.count
            } else {
                mantissa.append(c)
            }
            i += 1
        }
        var point = (pointIndex ?? mantissa.count) + exponent
        // Strip leading zeros (adjusting the point) and trailing zeros.
        var start = 0
        while start < mantissa.count - 1 && mantissa[start] == UInt8(ascii: "0") {
            start += 1
            point -= 1
        }
        var digits = Array(mantissa[start...])
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits == [UInt8(ascii: "0")] { point = 1 }
        return Digits(negative: negative, digits: digits, point: point)
    }

    /// Go's `%v` / `strconv.FormatFloat(x, 'g', -1, 64)`: `1e+06`, `123456`, `1e-05`, `-0`.
    public static func formatG(_ x: Double) -> String {
        if let special = specialText(x) { return special }
        return layoutG(shortestDigits(x), exponentThreshold: 21, shortest: true)
    }

    /// `FormatFloat(x, 'g', -1, 32)`: used when go-yaml stringifies float map keys.
    public static func formatG32(_ x: Double) -> String {
        if let special = specialText(x) { return special }
        return layoutG(shortestDigits32(x), exponentThreshold: 21, shortest: true)
    }

    /// Go's encoding/json float text: plain decimal for 1e-6 <= |x| < 1e21, else exponent
    /// form with at least one exponent digit (`1e-7`, `1e+21`). Callers reject NaN/Inf.
    public static func formatJSON(_ x: Double) -> String {
        let a = abs(x)
        let d = shortestDigits(x)
        if a != 0 && (a < 1e-6 || a >= 1e21) {
            var s = layoutE(d)
            // Go's json trims "e-07" to "e-7".
            if let eIdx = s.lastIndex(of: "e") {
                var exp = String(s[s.index(after: eIdx)...])
                let sign = exp.removeFirst()
                while exp.count > 1 && exp.first == "0" { exp.removeFirst() }
                s = String(s[..<eIdx]) + "e" + String(sign) + exp
            }
            return s
        }
        return layoutF(d)
    }

    /// Plain decimal form of the shortest digits (`FormatFloat(x, 'f', -1, 64)`).
    public static func formatF(_ x: Double) -> String {
        if let special = specialText(x) { return special }
        return layoutF(shortestDigits(x))
    }

    private static func specialText(_ x: Double) -> String? {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Inf" : "+Inf" }
        return nil
    }

    /// The %e/%g choice Go makes for shortest formatting: exponent form when the decimal
    /// exponent is < -4 or >= 21 for 'g' with shortest digits... except that Go uses
    /// precision 6 for that decision when shortest (strconv: `if shortest { eprec = 6 }`).
    private static func layoutG(_ d: Digits, exponentThreshold: Int, shortest: Bool) -> String {
        let exp = d.point - 1
        let eprec = shortest ? 6 : exponentThreshold
        if exp < -4 || exp >= eprec { return layoutE(d) }
        return layoutF(d)
    }

    /// `d.ddde±XX` with at least two exponent digits.
    public static func layoutE(_ d: Digits) -> String {
        var out: [UInt8] = []
        if d.negative { out.append(UInt8(ascii: "-")) }
        out.append(d.digits[0])
        if d.digits.count > 1 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: d.digits[1...])
        }
        out.append(UInt8(ascii: "e"))
        var exp = d.digits == [UInt8(ascii: "0")] ? 0 : d.point - 1
        out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        exp = abs(exp)
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exp).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    /// Plain decimal: integer part, then `.` and fraction digits only if any.
    public static func layoutF(_ d: Digits) -> String {
        var out: [UInt8] = []
        if d.negative { out.append(UInt8(ascii: "-")) }
        let zero = UInt8(ascii: "0")
        if d.point <= 0 {
            out.append(zero)
        } else {
            for i in 0..<d.point { out.append(i < d.digits.count ? d.digits[i] : zero) }
        }
        if d.point < d.digits.count {
            out.append(UInt8(ascii: "."))
            var p = d.point
            while p < 0 { out.append(zero); p += 1 }
            out.append(contentsOf: d.digits[max(d.point, 0)...])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
