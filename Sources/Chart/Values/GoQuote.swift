/// Go's `%q` text for strings and runes (`strconv.Quote` / `strconv.QuoteRune`).
///
/// Helm's error messages embed user keys with `%q`, so the escaping must match Go's:
/// named escapes for the C escapes, `\xNN` for other ASCII controls, `\uXXXX`/`\UXXXXXXXX`
/// for non-printable code points, and printable Unicode kept as is.
enum GoQuote {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars { append(scalar, quote: "\"", to: &out) }
        out += "\""
        return out
    }

    static func rune(_ scalar: Unicode.Scalar) -> String {
        var out = "'"
        append(scalar, quote: "'", to: &out)
        out += "'"
        return out
    }

    /// `%q` of a Go `[]rune`: each element quoted as a rune, `['a' 'b']`.
    static func runeSlice(_ text: String) -> String {
        "[" + text.unicodeScalars.map { rune($0) }.joined(separator: " ") + "]"
    }

    private static func append(_ s: Unicode.Scalar, quote: Character, to out: inout String) {
        switch s.value {
        case 0x07: out += "\\a"
        case 0x08: out += "\\b"
        case 0x0C: out += "\\f"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0x0B: out += "\\v"
        case 0x5C: out += "\\\\"
        default:
            if Character(s) == quote {
                out += "\\"
                out.unicodeScalars.append(s)
            } else if s.value < 0x20 || s.value == 0x7F {
                out += "\\x" + hex(s.value, width: 2)
            } else if s.value < 0x7F || isPrintable(s) {
                out.unicodeScalars.append(s)
            } else if s.value <= 0xFFFF {
                out += "\\u" + hex(s.value, width: 4)
            } else {
                out += "\\U" + hex(s.value, width: 8)
            }
        }
    }

    /// An approximation of Go's `unicode.IsPrint` for non-ASCII code points: letters, marks,
    /// numbers, punctuation, symbols and U+0020 are printable; controls, format characters,
    /// separators other than space, surrogates, private use and unassigned are not.
    private static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
