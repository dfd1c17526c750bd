/// `format` checks asserted for draft-07 and older (jsonschema v6 only annotates them for
/// 2019-09/2020-12). Returns the reason text after `is not valid <format>: `, nil when valid
/// or when the format is unknown. Only the messages marked [oracle] are confirmed.
enum SchemaFormats {
    static func check(_ format: String, _ text: String) -> String? {
        switch format {
        case "email": return email(text)
        case "ipv4": return ipv4(text) ? nil : "invalid ipv4 address"
        case "date": return date(text) ? nil : "invalid date"
        case "uuid": return uuid(text) ? nil : "invalid uuid"
        default: return nil
        }
    }

    /// [oracle] `'notanemail' is not valid email: missing @`.
    private static func email(_ text: String) -> String? {
        guard let at = text.lastIndex(of: "@") else { return "missing @" }
        if text[..<at].isEmpty { return "empty local part" }
        if text[text.index(after: at)...].isEmpty { return "empty domain" }
        return nil
    }

    private static func ipv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { p in
            !p.isEmpty && p.count <= 3 && p.allSatisfy(\.isASCIIDigit) && Int(p)! <= 255 && !(p.count > 1 && p.hasPrefix("0"))
        }
    }

    private static func date(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        guard let month = Int(String(decoding: b[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: b[8..<10], as: UTF8.self)),
              Int(String(decoding: b[0..<4], as: UTF8.self)) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func uuid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 36 else { return false }
        for (i, c) in b.enumerated() {
            if [8, 13, 18, 23].contains(i) { if c != UInt8(ascii: "-") { return false } } else if !Character(Unicode.Scalar(c)).isHexDigit { return false }
        }
        return true
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
