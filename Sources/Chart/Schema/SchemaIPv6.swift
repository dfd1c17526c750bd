import KrelCore

/// The `ipv6` format: jsonschema v6 needs a colon, then Go's `netip.ParseAddr`, whose error
/// text it passes through (`ParseAddr("1:2"): address string too short`), and rejects zones.
enum SchemaIPv6 {
    static func check(_ text: String) -> String? {
        guard text.contains(":") else { return "missing colon" }
        if let problem = netipProblem(text) { return problem }
        return text.contains("%") ? "zone id is not a part of ipv6 address" : nil
    }

    /// Go's `netip.ParseAddr` error for an IPv6 text, nil when it parses.
    static func netipProblem(_ text: String) -> String? {
        parse(text).map { "ParseAddr(\(GoQuote.string(text))): " + $0 }
    }

    /// netip's IPv6 parse, reduced to its error wording; nil when valid.
    private static func parse(_ text: String) -> String? {
        var b = Array(text.utf8)[...]
        // ParseAddr picks the family by the first '.', ':' or '%'.
        switch b.first(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "%") }) {
        case UInt8(ascii: ".")?: return ipv4Problem(b)
        case UInt8(ascii: "%")?: return "missing IPv6 address"
        default: break
        }
        if let percent = b.firstIndex(of: UInt8(ascii: "%")) {
            if percent == b.index(before: b.endIndex) { return "zone must be a non-empty string" }
            b = b[..<percent]
        }
        var groups = 0
        var ellipsis = false
        if b.starts(with: "::".utf8) {
            ellipsis = true
            b = b.dropFirst(2)
            if b.isEmpty { return nil }
        }
        while groups < 8 {
            var digits = 0
            while let c = b.dropFirst(digits).first, hexValue(c) != nil {
                digits += 1
                if digits > 4 { return "each group must have 4 or less digits" + at(b) }
            }
            if digits == 0 { return "each colon-separated field must have at least one digit" + at(b) }
            let rest = b.dropFirst(digits)
            if rest.first == UInt8(ascii: ".") {
                if !ellipsis && groups != 6 { return "embedded IPv4 address must replace the final 2 fields of the address" + at(b) }
                if groups > 6 { return "too many hex fields to fit an embedded IPv4 at the end of the address" + at(b) }
                if let e = ipv4Problem(b) { return e }
                groups += 2
                b = b[b.endIndex...]
                break
            }
            groups += 1
            b = rest
            if b.isEmpty { break }
            guard b.first == UInt8(ascii: ":") else { return "unexpected character, want colon" + at(b) }
            if b.count == 1 { return "colon must be followed by more characters" + at(b) }
            b = b.dropFirst()
            if b.first == UInt8(ascii: ":") {
                if ellipsis { return "multiple :: in address" + at(b) }
                ellipsis = true
                b = b.dropFirst()
                if b.isEmpty { break }
            }
        }
        if !b.isEmpty { return "trailing garbage after address" + at(b) }
        if groups < 8 && !ellipsis { return "address string too short" }
        if groups == 8 && ellipsis { return "the :: must expand to at least one field of zeros" }
        return nil
    }

    static func at(_ rest: ArraySlice<UInt8>) -> String { " (at \(GoQuote.string(String(decoding: rest, as: UTF8.self))))" }

    /// netip's IPv4 field parse (also for an embedded IPv4 tail), in its wording.
    private static func ipv4Problem(_ b: ArraySlice<UInt8>) -> String? {
        var fields = 0
        var value = 0
        var digits = 0
        for i in b.indices {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                if digits == 1 && value == 0 { return "IPv4 field has octet with leading zero" }
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if value > 255 { return "IPv4 field has value >255" }
            } else if c == UInt8(ascii: ".") {
                if i == b.startIndex || i == b.index(before: b.endIndex) || b[i - 1] == UInt8(ascii: ".") {
                    return "IPv4 field must have at least one digit" + at(b[i...])
                }
                if fields == 3 { return "IPv4 address too long" }
                fields += 1
                value = 0
                digits = 0
            } else {
                return "unexpected character" + at(b[i...])
            }
        }
        return fields < 3 ? "IPv4 address too short" : nil
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 0x30...0x39: Int(c - 0x30)
        case 0x61...0x66: Int(c - 0x61 + 10)
        case 0x41...0x46: Int(c - 0x41 + 10)
        default: nil
        }
    }
}
