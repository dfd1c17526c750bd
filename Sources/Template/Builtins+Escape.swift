import KrelCore
/// html, js and urlquery escaping as Go's text/template does it.
enum Escaping {
    static func html(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: Array("&#34;".utf8))
            case UInt8(ascii: "'"): out.append(contentsOf: Array("&#39;".utf8))
            case UInt8(ascii: "&"): out.append(contentsOf: Array("&amp;".utf8))
            case UInt8(ascii: "<"): out.append(contentsOf: Array("&lt;".utf8))
            case UInt8(ascii: ">"): out.append(contentsOf: Array("&gt;".utf8))
            case 0: out.append(contentsOf: Array("\u{FFFD}".utf8))
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func appendUnicodeEscape(_ v: UInt32, _ out: inout [UInt8]) {
        out.append(contentsOf: Array("\\u".utf8))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(upperHex[Int((v >> UInt32(shift)) & 0xF)]) }
    }

    static func js(_ s: String) -> String {
        var out: [UInt8] = []
        for r in s.unicodeScalars {
            switch r {
            case "\\": out.append(contentsOf: Array("\\\\".utf8))
            case "'": out.append(contentsOf: Array("\\'".utf8))
            case "\"": out.append(contentsOf: Array("\\\"".utf8))
            case "<": out.append(contentsOf: Array("\\u003C".utf8))
            case ">": out.append(contentsOf: Array("\\u003E".utf8))
            case "&": out.append(contentsOf: Array("\\u0026".utf8))
            case "=": out.append(contentsOf: Array("\\u003D".utf8))
            default:
                if r.value < 0x20 {
                    appendUnicodeEscape(r.value, &out)
                } else if r.value < 0x80 || GoQuote.isPrint(r) {
                    out.append(contentsOf: Array(String(Character(r)).utf8))
                } else if r.value <= 0xFFFF {
                    appendUnicodeEscape(r.value, &out)
                } else {
                    out.append(contentsOf: Array(String(Character(r)).utf8))
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `url.QueryEscape`.
    static func queryEscape(_ s: String) -> String {
        var out: [UInt8] = []
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(b)
            case UInt8(ascii: " "):
                out.append(UInt8(ascii: "+"))
            default:
                out.append(UInt8(ascii: "%"))
                out.append(upperHex[Int(b >> 4)])
                out.append(upperHex[Int(b & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
