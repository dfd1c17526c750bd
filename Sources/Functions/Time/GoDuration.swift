/// Go's `time.Duration` text: `ParseDuration` and `Duration.String`.
public enum GoDuration {
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static let nanosecond: Int64 = 1
    public static let microsecond: Int64 = 1_000
    public static let millisecond: Int64 = 1_000_000
    public static let second: Int64 = 1_000_000_000
    public static let minute: Int64 = 60 * second
    public static let hour: Int64 = 60 * minute

    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// Parses `1h2m3.5s`, `-1.5h`, `300ms`, ... into nanoseconds, with Go's error texts.
    public static func parse(_ text: String) throws(ParseError) -> Int64 {
        let original = text
        let invalid = ParseError(description: "time: invalid duration " + GoTimeQuote.quote(original))
        var s = Array(text.utf8)[...]
        var negative = false
        if let first = s.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            s = s.dropFirst()
        }
        if s.elementsEqual("0".utf8) { return 0 }
        if s.isEmpty { throw invalid }
        let limit: UInt64 = 1 << 63
        var total: UInt64 = 0
        while let first = s.first {
            guard first == UInt8(ascii: ".") || isDigit(first) else { throw invalid }
            let before = s.count
            var whole: UInt64 = 0
            while let c = s.first, isDigit(c) {
                guard whole <= limit / 10 else { throw invalid }
                whole = whole * 10 + UInt64(c - 48)
                guard whole <= limit else { throw invalid }
                s = s.dropFirst()
            }
            let hadWhole = before != s.count
            var fraction: UInt64 = 0, scale: Double = 1, hadFraction = false
            if s.first == UInt8(ascii: ".") {
                s = s.dropFirst()
                var overflow = false
                while let c = s.first, isDigit(c) {
                    hadFraction = true
                    s = s.dropFirst()
                    if overflow { continue }
                    if fraction > (limit - 1) / 10 { overflow = true; continue }
                    let next = fraction * 10 + UInt64(c - 48)
                    if next > limit { overflow = true; continue }
                    fraction = next
                    scale *= 10
                }
            }
            guard hadWhole || hadFraction else { throw invalid }
            let unitBytes = s.prefix(while: { $0 != UInt8(ascii: ".") && !isDigit($0) })
            if unitBytes.isEmpty {
                throw ParseError(description: "time: missing unit in duration " + GoTimeQuote.quote(original))
            }
            s = s.dropFirst(unitBytes.count)
            let unitName = String(decoding: unitBytes, as: UTF8.self)
            guard let unit = units[unitName] else {
                throw ParseError(
                    description: "time: unknown unit " + GoTimeQuote.quote(unitName) + " in duration "
                        + GoTimeQuote.quote(original))
            }
            guard whole <= limit / unit else { throw invalid }
            var value = whole * unit
            if fraction > 0 {
                value &+= UInt64(Double(fraction) * (Double(unit) / scale))
                guard value <= limit else { throw invalid }
            }
            total &+= value
            guard total <= limit else { throw invalid }
        }
        if negative { return Int64(bitPattern: 0 &- total) }
        guard total <= limit - 1 else { throw invalid }
        return Int64(total)
    }

    /// Go's `Duration.String()`: `1h2m3.5s`, `1.5ms`, `0s`, `-1m1s`.
    public static func format(_ duration: Int64) -> String {
        var magnitude = duration.magnitude
        var out = ""
        if magnitude < UInt64(second) {
            let (precision, unit): (Int, String)
            switch magnitude {
            case 0: return "0s"
            case ..<UInt64(microsecond): (precision, unit) = (0, "ns")
            case ..<UInt64(millisecond): (precision, unit) = (3, "µs")
            default: (precision, unit) = (6, "ms")
            }
            let (whole, fraction) = split(magnitude, precision: precision)
            out = String(whole) + fraction + unit
        } else {
            let (wholeSeconds, fraction) = split(magnitude, precision: 9)
            magnitude = wholeSeconds
            out = String(magnitude % 60) + fraction + "s"
            magnitude /= 60
            if magnitude > 0 {
                out = String(magnitude % 60) + "m" + out
                magnitude /= 60
                if magnitude > 0 { out = String(magnitude) + "h" + out }
            }
        }
        return duration < 0 ? "-" + out : out
    }

    /// Splits off `precision` fractional digits: `.5`-style text without trailing zeros.
    private static func split(_ value: UInt64, precision: Int) -> (UInt64, String) {
        var value = value
        var digits = [Character]()
        var printing = false
        for _ in 0..<precision {
            let digit = value % 10
            printing = printing || digit != 0
            if printing { digits.append(Character(String(digit))) }
            value /= 10
        }
        return (value, digits.isEmpty ? "" : "." + String(digits.reversed()))
    }

    @inline(__always)
    private static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}

/// The quoting Go's time package uses in error messages: double quotes, `\"` and `\\`
/// escaped, and every byte of a non-ASCII or control character as `\xNN`.
enum GoTimeQuote {
    static func quote(_ text: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 {
                out += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(byte >> 4)], hex[Int(byte & 0xf)]]
            } else {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
