import KrelCore

/// `format` checks asserted for draft-07 and older (jsonschema v6 only annotates them for
/// 2019-09/2020-12). Returns the reason text after `is not valid <format>: `, nil when valid
/// or when the format is unknown (idn-email and idn-hostname are unknown to jsonschema v6).
/// Reason texts were taken from helm runs; some embed Go library errors (strconv, time,
/// net/url, netip, regexp), which are reproduced for the common cases.
enum SchemaFormats {
    static func check(_ format: String, _ text: String, regex: JSONSchema.RegexMatcher) -> String? {
        switch format {
        case "email": return email(text)
        case "hostname": return hostname(text)
        case "ipv4": return ipv4(text)
        case "ipv6": return SchemaIPv6.check(text)
        case "uri", "iri": return SchemaURIFormats.uri(text)
        case "uri-reference", "iri-reference": return SchemaURIFormats.uriReference(text)
        case "uri-template": return SchemaURIFormats.uriTemplate(text)
        case "date": return SchemaTimeFormats.date(text)
        case "time": return SchemaTimeFormats.time(text)
        case "date-time": return SchemaTimeFormats.dateTime(text)
        case "duration": return SchemaTimeFormats.duration(text)
        case "period": return SchemaTimeFormats.period(text)
        case "uuid": return uuid(text)
        case "json-pointer": return jsonPointer(text)
        case "relative-json-pointer": return relativeJSONPointer(text)
        case "semver": return SchemaSemver.check(text)
        case "regex":
            do { _ = try regex(text, ""); return nil } catch { return "\(error)" }
        default: return nil
        }
    }

    /// Go's `%q` of one rune, for "invalid character 'x'" texts.
    static func runeQuote(_ c: Unicode.Scalar) -> String {
        switch c {
        case "'": return "'\\''"
        case "\\": return "'\\\\'"
        case "\n": return "'\\n'"
        case "\t": return "'\\t'"
        case "\r": return "'\\r'"
        default:
            if c.value < 0x20 || c.value == 0x7f { return "'\\x" + hex2(c.value) + "'" }
            return "'" + String(Character(c)) + "'"
        }
    }

    private static func hex2(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return s.count < 2 ? "0" + s : s
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    /// [oracle] messages; a domain failure is wrapped as `invalid domain: ...`.
    static func email(_ text: String) -> String? {
        if text.utf8.count > 254 { return "more than 255 characters long" }
        guard let at = text.utf8.lastIndex(of: UInt8(ascii: "@")) else { return "missing @" }
        let local = String(text[..<at])
        let domain = String(text[text.utf8.index(after: at)...])
        if local.utf8.count > 64 { return "local part more than 64 characters long" }
        if local.utf8.count > 1 && local.hasPrefix("\"") {
            let inner = local.unicodeScalars.dropFirst().dropLast()
            if inner.contains("\\") || inner.contains("\"") {
                return "backslash and quote are not allowed within quoted local part"
            }
        } else {
            if local.hasPrefix(".") { return "starts with dot" }
            if local.hasSuffix(".") { return "ends with dot" }
            if local.contains("..") { return "consecutive dots" }
            let allowed = Set(".!#$%&'*+-/=?^_`{|}~".unicodeScalars)
            for c in local.unicodeScalars where !(isLetter(c) || isDigit(c) || allowed.contains(c)) {
                return "invalid character \(runeQuote(c))"
            }
        }
        if domain.hasPrefix("[") && domain.hasSuffix("]") && domain.utf8.count >= 2 {
            let inner = String(domain.dropFirst().dropLast())
            if inner.hasPrefix("IPv6:") {
                return SchemaIPv6.check(String(inner.dropFirst(5))).map { "invalid ipv6 address: " + $0 }
            }
            return ipv4(inner).map { "invalid ipv4 address: " + $0 }
        }
        return hostname(domain).map { "invalid domain: " + $0 }
    }

    static func hostname(_ text: String) -> String? {
        var name = Substring(text)
        if name.hasSuffix(".") { name = name.dropLast() }
        if name.utf8.count > 253 { return "more than 253 characters long" }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            if label.utf8.isEmpty || label.utf8.count > 63 { return "label must be 1 to 63 characters long" }
            if label.hasPrefix("-") { return "label starts with hyphen" }
            if label.hasSuffix("-") { return "label ends with hyphen" }
            for c in label.unicodeScalars where !(isLetter(c) || isDigit(c) || c == "-") {
                return "invalid character \(runeQuote(c))"
            }
        }
        return nil
    }

    static func ipv4(_ text: String) -> String? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count == 4 else { return "expected four decimals" }
        for group in groups {
            if group.utf8.count > 1 && group.hasPrefix("0") { return "leading zeros" }
            // strconv.Atoi: optional sign, then decimal digits.
            var digits = group
            if digits.hasPrefix("+") || digits.hasPrefix("-") { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.unicodeScalars.allSatisfy(isDigit) else {
                return "strconv.Atoi: parsing \(GoQuote.string(String(group))): invalid syntax"
            }
            guard let n = Int(group) else {
                return "strconv.Atoi: parsing \(GoQuote.string(String(group))): value out of range"
            }
            if n < 0 || n > 255 { return "decimal must be between 0 and 255" }
        }
        return nil
    }

    static func uuid(_ text: String) -> String? {
        let lengths = [8, 4, 4, 4, 12]
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == lengths.count else { return "must have 5 elements" }
        for (i, group) in groups.enumerated() {
            if group.utf8.count != lengths[i] { return "element \(i + 1) must be \(lengths[i]) characters long" }
            for c in group.unicodeScalars where !c.properties.isASCIIHexDigit {
                return "non-hex character \(runeQuote(c))"
            }
        }
        return nil
    }

    static func jsonPointer(_ text: String) -> String? {
        if text.isEmpty { return nil }
        guard text.hasPrefix("/") else { return "not starting with /" }
        var escaping = false
        for c in text.unicodeScalars {
            if escaping {
                if c != "0" && c != "1" { return "~ must be followed by 0 or 1" }
                escaping = false
            } else if c == "~" {
                escaping = true
            } else if c == "/" {
                continue
            }
        }
        return escaping ? "~ must be followed by 0 or 1" : nil
    }

    static func relativeJSONPointer(_ text: String) -> String? {
        let digits = text.unicodeScalars.prefix(while: isDigit).count
        if digits == 0 { return "must start with non-negative integer" }
        if digits > 1 && text.hasPrefix("0") { return "starts with zero" }
        let rest = String(text.unicodeScalars.dropFirst(digits))
        return rest == "#" ? nil : jsonPointer(rest)
    }
}
