/// Go encoding/json string quoting.
enum GoJSONStrings {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string literal the way Go writes it: `\"`, `\\`, `\b \f \n \r \t`,
    /// other controls as `\u00XX`; `<`, `>`, `&` as `\u003c`... when `escapeHTML`; U+2028 and
    /// U+2029 always escaped. DEL and other non-ASCII characters are written raw.
    static func appendQuoted(_ s: String, escapeHTML: Bool, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            var runStart = 0
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    let needsEscape = b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
                        || (escapeHTML && (b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&")))
                    if !needsEscape {
                        i += 1
                        continue
                    }
                    out.append(contentsOf: bytes[runStart..<i])
                    switch b {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                        out.append(UInt8(ascii: "\\"))
                        out.append(b)
                    case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                    case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                    case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                    case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                    case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                    default:
                        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                        out.append(hex[Int(b >> 4)])
                        out.append(hex[Int(b & 15)])
                    }
                    i += 1
                    runStart = i
                } else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                    // U+2028 / U+2029: valid JSON but not valid JavaScript.
                    out.append(contentsOf: bytes[runStart..<i])
                    out.append(contentsOf: Array("\\u202".utf8))
                    out.append(bytes[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                    i += 3
                    runStart = i
                } else if b == 0xF4 && i + 3 < n && bytes[i + 1] == 0x8F && bytes[i + 2] >= 0xBC {
                    // A raw invalid byte (see `RawBytes`): Go writes `\ufffd` for it.
                    out.append(contentsOf: bytes[runStart..<i])
                    out.append(contentsOf: Array("\\ufffd".utf8))
                    i += 4
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: bytes[runStart..<n])
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The number of characters (code points) of the quoted JSON text of `s`, which is what
    /// go-yaml's 1024-character simple-key limit counts when it re-reads toYaml's JSON.
    static func quotedCharacterCount(_ s: String) -> Int {
        var count = 2
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22, 0x5C, 0x08, 0x0C, 0x0A, 0x0D, 0x09: count += 2
            case 0..<0x20, 0x3C, 0x3E, 0x26, 0x2028, 0x2029: count += 6
            default: count += 1
            }
        }
        return count
    }
}
