import KrelCore
/// The parts of Go's `net/url` that Sprig's `urlParse`/`urlJoin` use: parsing into
/// scheme/opaque/userinfo/host/path/query/fragment (with unescaping) and `URL.String()`.
public struct GoURL: Sendable, Equatable {
    public var scheme = ""
    public var opaque = ""
    /// Username and optional password, unescaped; nil when the URL has no `@`.
    public var user: (name: String, password: String?)?
    public var host = ""
    public var path = ""
    public var rawQuery = ""
    public var forceQuery = false
    public var fragment = ""
    /// `scheme:/path` (a scheme, a rooted path, no `//`).
    public var omitHost = false

    public init() {}

    public static func == (a: GoURL, b: GoURL) -> Bool { a.string == b.string }

    /// A parse failure; prints like Go's `*url.Error`: parse "URL": REASON.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "parse \(GoQuote.quote(url)): \(reason)" }
    }

    /// Go's `url.Parse`.
    public init(parsing raw: String) throws(ParseError) {
        func fail(_ reason: String) -> ParseError { ParseError(url: raw, reason: reason) }
        let bytes = Array(raw.utf8)
        var end = bytes.count
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            end = hash
            do { fragment = try GoURLEscaping.unescape(bytes[(hash + 1)...], mode: .fragment) } catch { throw fail(error.text) }
        }
        var rest = Array(bytes[..<end])
        if rest.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw fail("net/url: invalid control character in URL") }
        if rest == [UInt8(ascii: "*")] {
            path = "*"
            return
        }
        // Scheme: a letter, then letters, digits, + - . up to the first ':'.
        for (i, b) in rest.enumerated() {
            let isLetter = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
            if isLetter { continue }
            if i > 0, (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") {
                continue
            }
            if b == UInt8(ascii: ":") {
                if i == 0 { throw fail("missing protocol scheme") }
                scheme = String(decoding: rest[..<i], as: UTF8.self).lowercased()
                rest.removeSubrange(...i)
            }
            break
        }
        let questionMarks = rest.filter { $0 == UInt8(ascii: "?") }.count
        if rest.last == UInt8(ascii: "?"), questionMarks == 1 {
            forceQuery = true
            rest.removeLast()
        } else if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            rawQuery = String(decoding: rest[(question + 1)...], as: UTF8.self)
            rest.removeSubrange(question...)
        }
        let slash = UInt8(ascii: "/")
        if rest.first != slash {
            if !scheme.isEmpty {
                opaque = String(decoding: rest, as: UTF8.self)
                return
            }
            let segment = rest.prefix { $0 != slash }
            if segment.contains(UInt8(ascii: ":")) { throw fail("first path segment in URL cannot contain colon") }
        }
        let startsWithTwoSlashes = rest.count >= 2 && rest[0] == slash && rest[1] == slash
        let startsWithThree = startsWithTwoSlashes && rest.count >= 3 && rest[2] == slash
        if (!scheme.isEmpty || !startsWithThree) && startsWithTwoSlashes {
            let afterSlashes = rest[2...]
            let authorityEnd = afterSlashes.firstIndex(of: slash) ?? rest.count
            do {
                try parseAuthority(Array(rest[2..<authorityEnd]))
            } catch {
                throw fail(error.text)
            }
            rest = Array(rest[authorityEnd...])
        } else if !scheme.isEmpty, rest.first == slash {
            omitHost = true
        }
        do { path = try GoURLEscaping.unescape(rest[...], mode: .path) } catch { throw fail(error.text) }
    }

    private mutating func parseAuthority(_ authority: [UInt8]) throws(GoURLEscaping.Failure) {
        guard let at = authority.lastIndex(of: UInt8(ascii: "@")) else {
            host = try GoURL.parseHost(authority[...])
            return
        }
        host = try GoURL.parseHost(authority[(at + 1)...])
        let info = authority[..<at]
        let allowed = Set("-._:~!$&'()*+,;=%@".utf8)
        for b in info where !(GoURLEscaping.isAlphanumeric(b) || allowed.contains(b)) {
            throw GoURLEscaping.Failure(text: "net/url: invalid userinfo")
        }
        if let colon = info.firstIndex(of: UInt8(ascii: ":")) {
            user = (try GoURLEscaping.unescape(info[..<colon], mode: .userPassword),
                    try GoURLEscaping.unescape(info[(colon + 1)...], mode: .userPassword))
        } else {
            user = (try GoURLEscaping.unescape(info, mode: .userPassword), nil)
        }
    }

    private static func parseHost(_ host: ArraySlice<UInt8>) throws(GoURLEscaping.Failure) -> String {
        if host.first == UInt8(ascii: "[") {
            guard let close = host.lastIndex(of: UInt8(ascii: "]")) else {
                throw GoURLEscaping.Failure(text: "missing ']' in host")
            }
            let port = host[(close + 1)...]
            if !isValidOptionalPort(port) {
                throw GoURLEscaping.Failure(text: "invalid port \(GoQuote.quote(String(decoding: port, as: UTF8.self))) after host")
            }
        } else if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            let port = host[colon...]
            if !isValidOptionalPort(port) {
                throw GoURLEscaping.Failure(text: "invalid port \(GoQuote.quote(String(decoding: port, as: UTF8.self))) after host")
            }
        }
        return try GoURLEscaping.unescape(host, mode: .host)
    }

    static func isValidOptionalPort(_ port: ArraySlice<UInt8>) -> Bool {
        guard let first = port.first else { return true }
        return first == UInt8(ascii: ":") && port.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `Hostname()`: the host without a valid port and without IPv6 brackets.
    public var hostname: String {
        var bytes = Array(host.utf8)
        if let colon = bytes.lastIndex(of: UInt8(ascii: ":")), GoURL.isValidOptionalPort(bytes[colon...]) {
            bytes.removeSubrange(colon...)
        }
        if bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") {
            bytes = Array(bytes.dropFirst().dropLast())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `Userinfo.String()`: escaped user, then `:password` when a password is set.
    public var userinfoText: String {
        guard let user else { return "" }
        var text = GoURLEscaping.escape(user.name, mode: .userPassword)
        if let password = user.password { text += ":" + GoURLEscaping.escape(password, mode: .userPassword) }
        return text
    }

    /// Go's `URL.String()`.
    public var string: String {
        var out = ""
        if !scheme.isEmpty { out += scheme + ":" }
        if !opaque.isEmpty {
            out += opaque
        } else {
            if !scheme.isEmpty || !host.isEmpty || user != nil {
                if !(omitHost && host.isEmpty && user == nil) {
                    if !host.isEmpty || !path.isEmpty || user != nil { out += "//" }
                    if user != nil { out += userinfoText + "@" }
                    if !host.isEmpty { out += GoURLEscaping.escape(host, mode: .host) }
                }
            }
            let escapedPath = path == "*" ? "*" : GoURLEscaping.escape(path, mode: .path)
            if !escapedPath.isEmpty, !escapedPath.hasPrefix("/"), !host.isEmpty { out += "/" }
            if out.isEmpty, escapedPath.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
                .first?.contains(":") == true
            {
                out += "./"
            }
            out += escapedPath
        }
        if forceQuery || !rawQuery.isEmpty { out += "?" + rawQuery }
        if !fragment.isEmpty { out += "#" + GoURLEscaping.escape(fragment, mode: .fragment) }
        return out
    }
}
