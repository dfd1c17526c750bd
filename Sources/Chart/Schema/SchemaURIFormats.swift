import KrelCore

/// uri, uri-reference and uri-template formats. jsonschema v6 parses with Go's `net/url`
/// and passes its errors through (`parse "%zz": invalid URL escape "%zz"`), so this mirrors
/// the parts of url.Parse that can fail: control bytes, the scheme, the authority (userinfo,
/// bracketed hosts, ports, host characters) and percent escapes in path and fragment.
enum SchemaURIFormats {
    static func uri(_ text: String) -> String? {
        switch parse(text) {
        case .failure(let e): return e.text
        case .success(let parts): return ipv6Host(parts) ?? (parts.scheme.isEmpty ? "relative url" : nil)
        }
    }

    static func uriReference(_ text: String) -> String? {
        if text.contains("\\") { return "contains \\" }
        switch parse(text) {
        case .failure(let e): return e.text
        case .success(let parts): return ipv6Host(parts)
        }
    }

    /// jsonschema's own check after url.Parse: a host name with a colon must be a bracketed,
    /// zone-free IPv6.
    private static func ipv6Host(_ parts: Parts) -> String? {
        if parts.plainHost.contains(":") { return "ipv6 address not enclosed in brackets" }
        guard let host = parts.bracketHost, host.contains(":") else { return nil }
        return SchemaIPv6.check(host).map { "invalid ipv6 address: " + $0 }
    }

    /// Braces must pair up within each `/` segment of the (non-opaque) path.
    static func uriTemplate(_ text: String) -> String? {
        let parts: Parts
        switch parse(text) {
        case .failure(let e): return e.text
        case .success(let p): parts = p
        }
        if let e = ipv6Host(parts) { return e }
        for segment in parts.path.split(separator: "/", omittingEmptySubsequences: false) {
            var open = false
            for c in segment.utf8 where c == UInt8(ascii: "{") || c == UInt8(ascii: "}") {
                if (c == UInt8(ascii: "{")) == open { return "nested curly braces" }
                open.toggle()
            }
            if open { return "no matching closing brace" }
        }
        return nil
    }

    struct Parts {
        var scheme = "", path = ""
        /// The unescaped `[...]` host, if any.
        var bracketHost: String?
        /// An unbracketed host without its port.
        var plainHost = ""
    }
    struct ParseError: Error { let text: String }

    private static func parse(_ text: String) -> Result<Parts, ParseError> {
        // Errors before the fragment name only the part before '#'; fragment errors the whole.
        var rest = Substring(text)
        var fragment: Substring = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        let head = String(rest)
        func fail(_ why: String, _ subject: String) -> Result<Parts, ParseError> {
            .failure(ParseError(text: "parse \(GoQuote.string(subject)): \(why)"))
        }
        if rest.utf8.contains(where: { $0 < 0x20 || $0 == 0x7f }) { return fail("net/url: invalid control character in URL", head) }
        var parts = Parts()
        for (i, c) in rest.unicodeScalars.enumerated() {
            if SchemaFormats.isLetter(c) { continue }
            if SchemaFormats.isDigit(c) || c == "+" || c == "-" || c == "." { if i == 0 { break } else { continue } }
            if c == ":" {
                if i == 0 { return fail("missing protocol scheme", head) }
                parts.scheme = String(rest.unicodeScalars.prefix(i))
                rest = Substring(rest.unicodeScalars.dropFirst(i + 1))
            }
            break
        }
        if let q = rest.firstIndex(of: "?") { rest = rest[..<q] }
        if !rest.hasPrefix("/") {
            if !parts.scheme.isEmpty { return checkFragment(fragment, parts, text) }  // opaque
            if let colon = rest.firstIndex(of: ":"), rest.firstIndex(of: "/").map({ colon < $0 }) ?? true {
                return fail("first path segment in URL cannot contain colon", head)
            }
        }
        if rest.hasPrefix("//") && (!parts.scheme.isEmpty || !rest.hasPrefix("///")) {
            let authority = rest.dropFirst(2).prefix { $0 != "/" }
            rest = rest.dropFirst(2 + authority.count)
            if let why = authorityProblem(authority) { return fail(why, head) }
            let host = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
            if !host.hasPrefix("[") { parts.plainHost = String(host.lastIndex(of: ":").map { host[..<$0] } ?? host) }
            if authority.hasPrefix("[") || authority.contains("@["), let open = authority.firstIndex(of: "["),
               let close = authority.lastIndex(of: "]"), open < close {
                parts.bracketHost = String(authority[authority.index(after: open)..<close]).replacingAll("%25", with: "%")
            }
        }
        if let why = escapeProblem(rest) { return fail(why, head) }
        parts.path = String(rest)
        return checkFragment(fragment, parts, text)
    }

    private static func checkFragment(_ fragment: Substring, _ parts: Parts, _ text: String) -> Result<Parts, ParseError> {
        guard let why = escapeProblem(fragment) else { return .success(parts) }
        return .failure(ParseError(text: "parse \(GoQuote.string(text)): \(why)"))
    }

    /// url's parseAuthority: the host first, then the userinfo.
    private static func authorityProblem(_ authority: Substring) -> String? {
        guard let at = authority.lastIndex(of: "@") else { return hostProblem(authority) }
        if let why = hostProblem(authority[authority.index(after: at)...]) { return why }
        let userinfo = authority[..<at]
        let allowed = Set("-._:~!$&'()*+,;=%@".unicodeScalars)
        if !userinfo.unicodeScalars.allSatisfy({ SchemaFormats.isLetter($0) || SchemaFormats.isDigit($0) || allowed.contains($0) }) {
            return "net/url: invalid userinfo"
        }
        return escapeProblem(userinfo)
    }

    private static func hostProblem(_ host: Substring) -> String? {
        if let open = host.lastIndex(of: "["), open != host.startIndex { return "invalid IP-literal" }
        if host.hasPrefix("[") {
            guard let close = host.lastIndex(of: "]") else { return "missing ']' in host" }
            let port = host[host.index(after: close)...]
            if !validPort(port) { return "invalid port \(GoQuote.string(String(port))) after host" }
            let inner = host.dropFirst().prefix { $0 != "]" }
            let address = String(inner.firstRange(of: "%25").map { inner[..<$0.lowerBound] } ?? inner)
            if let why = SchemaIPv6.netipProblem(address) { return "invalid host: " + why }
            return hostEscapeProblem(host)
        }
        if let colon = host.lastIndex(of: ":") {
            let port = host[colon...]
            if !validPort(port) { return "invalid port \(GoQuote.string(String(port))) after host" }
        }
        return hostEscapeProblem(host)
    }

    /// url's unescape in host mode: one left-to-right pass over escapes and characters.
    private static func hostEscapeProblem(_ host: Substring) -> String? {
        let b = Array(host.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%") {
                guard i + 2 < b.count, isHex(b[i + 1]), isHex(b[i + 2]) else {
                    return "invalid URL escape \(GoQuote.string(String(decoding: b[i..<min(b.count, i + 3)], as: UTF8.self)))"
                }
                let escape = String(decoding: b[i..<i + 3], as: UTF8.self)
                if b[i + 1] < UInt8(ascii: "8"), escape != "%25" { return "invalid URL escape \(GoQuote.string(escape))" }
                i += 3
            } else {
                if b[i] < 0x80 && !hostByte(Unicode.Scalar(b[i])) {
                    return "invalid character \(GoQuote.string(String(Unicode.Scalar(b[i])))) in host name"
                }
                i += 1
            }
        }
        return nil
    }

    private static func validPort(_ port: Substring) -> Bool {
        port.isEmpty || (port.hasPrefix(":") && port.dropFirst().unicodeScalars.allSatisfy(SchemaFormats.isDigit))
    }

    private static func hostByte(_ c: Unicode.Scalar) -> Bool {
        SchemaFormats.isLetter(c) || SchemaFormats.isDigit(c) || "-_.~!$&'()*+,;=:[]<>\"".unicodeScalars.contains(c)
    }

    /// Go's `invalid URL escape "%zz"` (the bad escape, at most 3 bytes).
    private static func escapeProblem(_ s: Substring) -> String? {
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%") {
                guard i + 2 < b.count, isHex(b[i + 1]), isHex(b[i + 2]) else {
                    let bad = String(decoding: b[i..<min(b.count, i + 3)], as: UTF8.self)
                    return "invalid URL escape \(GoQuote.string(bad))"
                }
                i += 3
            } else {
                i += 1
            }
        }
        return nil
    }

    private static func isHex(_ c: UInt8) -> Bool { Unicode.Scalar(c).properties.isASCIIHexDigit }
}
