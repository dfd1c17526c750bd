#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KrelCore

/// Float verbs (`%e %E %f %F %g %G %v %x %X %b`) with Go's strconv layouts.
extension Printer {
    mutating func printFloat(_ d: Double, verb: UInt8, value: Value) {
        switch verb {
        case UInt8(ascii: "v"): fmtFloat(d, verb: UInt8(ascii: "g"), precision: -1)
        case UInt8(ascii: "g"), UInt8(ascii: "G"): fmtFloat(d, verb: verb, precision: -1)
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"): fmtFloat(d, verb: verb, precision: 6)
        case UInt8(ascii: "F"): fmtFloat(d, verb: UInt8(ascii: "f"), precision: 6)
        case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "b"): fmtFloat(d, verb: verb, precision: -1)
        default: badVerb(verb, value)
        }
    }

    private mutating func fmtFloat(_ d: Double, verb: UInt8, precision defaultPrecision: Int) {
        let precision = flags.precision ?? defaultPrecision
        var num: [UInt8]
        if d.isNaN {
            num = Array("NaN".utf8)
        } else if d.isInfinite {
            num = Array((d < 0 ? "-Inf" : "+Inf").utf8)
        } else if verb == UInt8(ascii: "x") || verb == UInt8(ascii: "X") {
            num = Array(FloatText.hex(d, precision: precision, upper: verb == UInt8(ascii: "X")).utf8)
        } else if verb == UInt8(ascii: "b") {
            num = Array(FloatText.binaryExponent(d).utf8)
        } else {
            num = Array(FloatText.format(d, verb: verb, precision: precision).utf8)
        }
        // Give every number a sign so that padding can go between sign and digits.
        if num.first != UInt8(ascii: "-") && num.first != UInt8(ascii: "+") { num.insert(UInt8(ascii: "+"), at: 0) }
        if flags.space && num[0] == UInt8(ascii: "+") && !flags.plus { num[0] = UInt8(ascii: " ") }
        if num[1] == UInt8(ascii: "I") || num[1] == UInt8(ascii: "N") {
            let saved = flags.zero
            flags.zero = false
            if num[1] == UInt8(ascii: "N") && !flags.space && !flags.plus { num.removeFirst() }
            pad(num)
            flags.zero = saved
            return
        }
        if flags.sharp && verb != UInt8(ascii: "b") {
            num = FloatText.applySharp(num, verb: verb, precision: precision)
        }
        if flags.plus || num[0] != UInt8(ascii: "+") {
            if flags.zero && !flags.minus, let width = flags.width, width > num.count {
                out.append(num[0])
                out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - num.count))
                out.append(contentsOf: num[1...])
                return
            }
            pad(num)
            return
        }
        pad(Array(num[1...]))
    }
}

/// strconv.FormatFloat for 'e', 'f' and 'g' with a precision (or -1 for shortest).
enum FloatText {
    /// Decimal digits and point position (value = 0.d1d2… × 10^point).
    struct Digits {
        var negative: Bool
        var digits: [UInt8]
        var point: Int
    }

    static func format(_ d: Double, verb: UInt8, precision: Int) -> String {
        let upper = verb == UInt8(ascii: "E") || verb == UInt8(ascii: "G")
        switch verb | 0x20 {
        case UInt8(ascii: "f"):
            if precision < 0 { return GoFloatFormat.formatF(d) }
            return cFormat("%.*f", precision, d)
        case UInt8(ascii: "e"):
            let digits = precision < 0 ? shortest(d) : rounded(d, significant: precision + 1)
            let p = precision < 0 ? max(digits.digits.count - 1, 0) : precision
            return layoutE(digits, decimals: p, upper: upper)
        default:
            var p = precision
            let digits: Digits
            let isShortest = precision < 0
            if isShortest {
                digits = shortest(d)
                p = digits.digits.count
            } else {
                if p == 0 { p = 1 }
                digits = rounded(d, significant: p)
            }
            var eprec = p
            if eprec > digits.digits.count && digits.digits.count >= digits.point { eprec = digits.digits.count }
            if isShortest { eprec = 6 }
            let exponent = digits.point - 1
            if exponent < -4 || exponent >= eprec {
                if p > digits.digits.count { p = digits.digits.count }
                return layoutE(digits, decimals: p - 1, upper: upper)
            }
            if p > digits.point { p = digits.digits.count }
            return layoutF(digits, decimals: max(p - digits.point, 0))
        }
    }

    private static func cFormat(_ format: String, _ precision: Int, _ d: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512 + max(0, min(precision, 2000)))
        let count = buffer.count
        _ = withVaList([Int32(min(precision, 2000)), d]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, count, format, args) }
        }
        return String(cString: buffer)
    }

    static func shortest(_ d: Double) -> Digits {
        if d == 0 { return Digits(negative: d.sign == .minus, digits: [], point: 0) }
        let s = GoFloatFormat.shortestDigits(d)
        return Digits(negative: s.negative, digits: s.digits, point: s.point)
    }

    /// `d` correctly rounded to `significant` digits (trailing zeros dropped).
    static func rounded(_ d: Double, significant: Int) -> Digits {
        if d == 0 { return Digits(negative: d.sign == .minus, digits: [], point: 0) }
        let text = Array(cFormat("%.*e", max(significant - 1, 0), d).utf8)
        var digits: [UInt8] = []
        var exponent = 0
        var i = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative { i = 1 }
        while i < text.count {
            let c = text[i]
            if c == UInt8(ascii: "e") {
                exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
                break
            }
            if c != UInt8(ascii: ".") { digits.append(c) }
            i += 1
        }
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return Digits(negative: negative, digits: digits, point: exponent + 1)
    }

    static func layoutE(_ d: Digits, decimals: Int, upper: Bool) -> String {
        var out: [UInt8] = []
        if d.negative { out.append(UInt8(ascii: "-")) }
        out.append(d.digits.first ?? UInt8(ascii: "0"))
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            for k in 1...decimals { out.append(k < d.digits.count ? d.digits[k] : UInt8(ascii: "0")) }
        }
        out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        var exponent = d.digits.isEmpty ? 0 : d.point - 1
        out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        exponent = abs(exponent)
        if exponent < 10 { out.append(UInt8(ascii: "0")) }
        out.append(contentsOf: Array(String(exponent).utf8))
        return String(decoding: out, as: UTF8.self)
    }

    static func layoutF(_ d: Digits, decimals: Int) -> String {
        var out: [UInt8] = []
        if d.negative { out.append(UInt8(ascii: "-")) }
        if d.point > 0 {
            for k in 0..<d.point { out.append(k < d.digits.count ? d.digits[k] : UInt8(ascii: "0")) }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            for k in 0..<decimals {
                let index = d.point + k
                out.append(index >= 0 && index < d.digits.count ? d.digits[index] : UInt8(ascii: "0"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
