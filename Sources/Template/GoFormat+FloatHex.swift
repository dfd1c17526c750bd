import KrelCore

/// strconv's `%x`/`%X` (hexadecimal mantissa and binary exponent) and `%b` (decimal
/// mantissa, binary exponent) layouts of a float64, and fmt's `#` flag on floats.
extension FloatText {
    /// The float's mantissa (with the implicit bit) and unbiased exponent as strconv
    /// splits them: value = mantissa × 2^(exponent − 52).
    private static func parts(_ d: Double) -> (mantissa: UInt64, exponent: Int) {
        let bits = d.bitPattern
        var exponent = Int((bits >> 52) & 0x7FF)
        var mantissa = bits & ((1 << 52) - 1)
        if exponent == 0 { exponent += 1 } else { mantissa |= 1 << 52 }
        return (mantissa, exponent - 1023)
    }

    /// `%b`: `4503599627370496p-52`.
    static func binaryExponent(_ d: Double) -> String {
        let (mantissa, exponent) = parts(d)
        let e = exponent - 52
        return (d.sign == .minus ? "-" : "") + String(mantissa) + "p" + (e >= 0 ? "+" : "-") + String(abs(e))
    }

    /// `%x`: `0x1.8p+00`; `precision` hex digits after the point (-1: as many as needed).
    static func hex(_ d: Double, precision: Int, upper: Bool) -> String {
        var (mantissa, exponent) = parts(d)
        if mantissa == 0 { exponent = 0 }
        // Put the leading 1 (if any) at bit 60.
        mantissa <<= 8
        while mantissa != 0 && mantissa & (1 << 60) == 0 {
            mantissa <<= 1
            exponent -= 1
        }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let extra = (mantissa << shift) & ((1 << 60) - 1)
            mantissa >>= 60 - shift
            if extra | (mantissa & 1) > 1 << 59 { mantissa += 1 }
            mantissa <<= 60 - shift
            if mantissa & (1 << 61) != 0 {  // rounding carried into a new leading digit
                mantissa >>= 1
                exponent += 1
            }
        }
        let digits = Array((upper ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out: [UInt8] = []
        if d.sign == .minus { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0"))
        out.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        out.append(UInt8(ascii: "0") + UInt8((mantissa >> 60) & 1))
        mantissa <<= 4
        if precision < 0 && mantissa != 0 {
            out.append(UInt8(ascii: "."))
            while mantissa != 0 {
                out.append(digits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        } else if precision > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<precision {
                out.append(digits[Int((mantissa >> 60) & 15)])
                mantissa <<= 4
            }
        }
        out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let magnitude = String(abs(exponent))
        if magnitude.count < 2 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: magnitude.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// fmt's `#` flag on a signed number text (`+1`, `-2.5e+10`): always a decimal point,
    /// and for %g/%x trailing zeros up to the precision (6 when none was given).
    static func applySharp(_ num: [UInt8], verb: UInt8, precision: Int) -> [UInt8] {
        var digits = 0
        switch verb {
        case UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "x"):
            digits = precision < 0 ? 6 : precision
        default:
            break
        }
        var body = num
        var tail: [UInt8] = []
        var hasDecimalPoint = false
        var sawNonzeroDigit = false
        var i = 1
        scan: while i < body.count {
            let c = body[i]
            switch c {
            case UInt8(ascii: "."):
                hasDecimalPoint = true
            case UInt8(ascii: "p"), UInt8(ascii: "P"):
                tail = Array(body[i...])
                body.removeSubrange(i...)
                break scan
            case UInt8(ascii: "e"), UInt8(ascii: "E") where verb != UInt8(ascii: "x") && verb != UInt8(ascii: "X"):
                tail = Array(body[i...])
                body.removeSubrange(i...)
                break scan
            default:
                if c != UInt8(ascii: "0") { sawNonzeroDigit = true }
                if sawNonzeroDigit { digits -= 1 }
            }
            i += 1
        }
        if !hasDecimalPoint {
            if body.count == 2 && body[1] == UInt8(ascii: "0") { digits -= 1 }
            body.append(UInt8(ascii: "."))
        }
        while digits > 0 {
            body.append(UInt8(ascii: "0"))
            digits -= 1
        }
        return body + tail
    }
}
