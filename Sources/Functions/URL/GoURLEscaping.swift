import KrelCore
/// Percent-encoding as Go's `net/url` does it, per URL component.
enum GoURLEscaping {
    enum Mode { case path, host, userPassword, fragment }

    struct Failure: Error { var text: String }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    static func shouldEscape(_ c: UInt8, _ mode: Mode) -> Bool {
        if isAlphanumeric(c) { return false }
        if mode == .host, "!$&'()*+,;=:[]<>\"".utf8.contains(c) { return false }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            case .path: return c == UInt8(ascii: "?")
            case .userPassword: return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .fragment: return false
            case .host: return true
            }
        default:
            break
        }
        if mode == .fragment, "!()*".utf8.contains(c) { return false }
        return true
    }

    static func escape(_ text: String, mode: Mode) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in text.utf8 {
            if mode == .host, b >= 0x80 {
                out.append(b)  // Go leaves non-ASCII host bytes alone.
            } else if shouldEscape(b, mode) {
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    /// Decodes `%XX`; a bad escape fails with `invalid URL escape "%zz"`.
    static func unescape(_ bytes: ArraySlice<UInt8>, mode: Mode) throws(Failure) -> String {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.endIndex,
                      let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2])
                else {
                    let bad = bytes[i..<min(i + 3, bytes.endIndex)]
                    throw Failure(text: "invalid URL escape \(GoQuote.quote(String(decoding: bad, as: UTF8.self)))")
                }
                if mode == .host, high < 8, !(high == 2 && low == 5) {
                    throw Failure(text: "invalid URL escape \(GoQuote.quote(String(decoding: bytes[i...(i + 2)], as: UTF8.self)))")
                }
                out.append(high << 4 | low)
                i += 3
                continue
            }
            if mode == .host, b < 0x80, shouldEscape(b, .host) {
                throw Failure(text: "invalid character \(GoQuote.quote(String(decoding: [b], as: UTF8.self))) in host name")
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
