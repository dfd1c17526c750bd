import KrelCore
import Template

/// Sprig's layout helpers: quoting, concatenation, indentation, wrapping and
/// abbreviation (goutils v1.1.1 semantics, which work on bytes, not runes).
enum StringLayoutFunctions {
    static func register(into table: inout FunctionTable) {
        table["quote"] = .variadic([], .any) { call in
            .string(call.arguments.compactMap { $0.isNull ? nil : GoQuote.quote(GoText.string(of: $0)) }
                .joined(separator: " "))
        }
        table["squote"] = .variadic([], .any) { call in
            .string(call.arguments.compactMap { $0.isNull ? nil : "'" + $0.goFormatted + "'" }
                .joined(separator: " "))
        }
        table["cat"] = .variadic([], .any) { call in
            .string(call.arguments.compactMap { $0.isNull ? nil : $0.goFormatted }.joined(separator: " "))
        }
        table["indent"] = .fixed([.int, .string]) { .string(try indent(try $0.string(1), by: try $0.int(0))) }
        table["nindent"] = .fixed([.int, .string]) { .string("\n" + (try indent(try $0.string(1), by: try $0.int(0)))) }
        table["wrap"] = .fixed([.int, .string]) {
            .string(wrap(try $0.string(1), width: try $0.int(0), newline: "\n", splitLongWords: false))
        }
        table["wrapWith"] = .fixed([.int, .string, .string]) { call in
            let separator = try call.string(1)
            return .string(wrap(try call.string(2), width: try call.int(0),
                                newline: separator.isEmpty ? "\n" : separator, splitLongWords: true))
        }
        table["abbrev"] = .fixed([.int, .string]) { call in
            let width = try call.int(0), s = try call.string(1)
            return .string(width < 4 ? s : abbreviate(Array(s.utf8), offset: 0, width: width))
        }
        table["abbrevboth"] = .fixed([.int, .int, .string]) { call in
            let left = try call.int(0), right = try call.int(1), s = try call.string(2)
            if right < 4 || (left > 0 && right < 7) { return .string(s) }
            return .string(abbreviate(Array(s.utf8), offset: left, width: right))
        }
        table["initials"] = .fixed([.string]) { .string(initials(try $0.string(0))) }
        table["swapcase"] = .fixed([.string]) { .string(swapCase(try $0.string(0))) }
    }

    /// Sprig's `indent`: the pad before the text and after every newline.
    static func indent(_ s: String, by spaces: Int64) throws -> String {
        let pad = try StringFunctions.repeated(" ", count: spaces)
        return pad + StringFunctions.replaceAll(s, old: "\n", new: "\n" + pad)
    }

    /// goutils `WrapCustom` on bytes: breaks at the last space within `width` columns,
    /// drops spaces at the start of a line, and either keeps a long word whole (up to the
    /// next space) or cuts it at `width`.
    static func wrap(_ s: String, width requested: Int64, newline: String, splitLongWords: Bool) -> String {
        if s.isEmpty { return "" }
        let width = Int(max(1, min(requested, Int64(Int32.max))))
        let bytes = Array(s.utf8)
        let space = UInt8(ascii: " ")
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var offset = 0
        while bytes.count - offset > width {
            if bytes[offset] == space {
                offset += 1
                continue
            }
            // The last space in the next width+1 bytes.
            var breakAt = -1
            var i = offset + width
            while i >= offset {
                if bytes[i] == space { breakAt = i; break }
                i -= 1
            }
            if breakAt >= offset {
                out += bytes[offset..<breakAt]
                out += newline.utf8
                offset = breakAt + 1
            } else if splitLongWords {
                out += bytes[offset..<(offset + width)]
                out += newline.utf8
                offset += width
            } else if let next = bytes[(offset + width)...].firstIndex(of: space) {
                out += bytes[offset..<next]
                out += newline.utf8
                offset = next + 1
            } else {
                out += bytes[offset...]
                offset = bytes.count
            }
        }
        out += bytes[offset...]
        return String(decoding: out, as: UTF8.self)
    }

    /// goutils `AbbreviateFull` (commons-lang): byte offsets, `...` markers.
    static func abbreviate(_ bytes: [UInt8], offset requested: Int64, width: Int64) -> String {
        let marker: [UInt8] = Array("...".utf8)
        let length = Int64(bytes.count)
        if bytes.isEmpty || width < 4 { return "" }
        if length <= width { return String(decoding: bytes, as: UTF8.self) }
        var offset = min(requested, length)
        if length - offset < width - 3 { offset = length - (width - 3) }
        if offset <= 4 { return String(decoding: bytes[..<Int(width - 3)] + marker, as: UTF8.self) }
        if width < 7 { return "" }
        if offset + width - 3 < length {
            let rest = Array(bytes[Int(offset)...])
            return "..." + abbreviate(rest, offset: 0, width: width - 3)
        }
        return String(decoding: marker + bytes[Int(length - (width - 3))...], as: UTF8.self)
    }

    /// goutils `Initials`: the first byte of each whitespace-separated word, read as a
    /// Latin-1 rune (so a non-ASCII initial comes out mangled, as in Go).
    static func initials(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var afterGap = true
        for byte in s.utf8 {
            let scalar = Unicode.Scalar(byte)
            if GoStrings.isSpace(scalar) {
                afterGap = true
            } else if afterGap {
                out.append(scalar)
                afterGap = false
            }
        }
        return String(out)
    }

    /// goutils `SwapCase`: upper and title case letters become lower case; a lower case
    /// letter at the start or after white space becomes title case, other lower case
    /// letters upper case.
    static func swapCase(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var afterSpace = true
        for scalar in s.unicodeScalars {
            if GoUnicode.isUpper(scalar) || GoUnicode.isTitle(scalar) {
                out.append(GoUnicode.toLower(scalar))
                afterSpace = false
            } else if GoUnicode.isLower(scalar) {
                out.append(afterSpace ? GoUnicode.toTitle(scalar) : GoUnicode.toUpper(scalar))
                afterSpace = false
            } else {
                out.append(scalar)
                afterSpace = GoStrings.isSpace(scalar)
            }
        }
        return String(out)
    }
}
