import KrelCore
import Template

/// Sprig's string functions: trimming, case, substrings, searching, replacing,
/// repeating, splitting and joining. Layout helpers (quote, indent, wrap, abbrev, ...)
/// are in `StringLayoutFunctions.swift`, case-style converters in `CaseStyleFunctions.swift`.
enum StringFunctions {
    static func register(into table: inout FunctionTable) {
        table["hello"] = .fixed([]) { _ in .string("Hello!") }
        table["trim"] = .fixed([.string]) { .string(GoUnicode.trimSpace(try $0.string(0))) }
        let trimAll = TemplateFunction.fixed([.string, .string]) {
            .string(trimCutset(try $0.string(1), cutset: try $0.string(0)))
        }
        table["trimAll"] = trimAll
        table["trimall"] = trimAll
        table["trimPrefix"] = .fixed([.string, .string]) {
            let (prefix, s) = (try $0.string(0), try $0.string(1))
            return .string(s.utf8.starts(with: prefix.utf8) ? String(decoding: s.utf8.dropFirst(prefix.utf8.count), as: UTF8.self) : s)
        }
        table["trimSuffix"] = .fixed([.string, .string]) {
            let (suffix, s) = (try $0.string(0), try $0.string(1))
            return .string(hasSuffix(s, suffix) ? String(decoding: s.utf8.dropLast(suffix.utf8.count), as: UTF8.self) : s)
        }
        table["upper"] = .fixed([.string]) { .string(GoUnicode.upper(try $0.string(0))) }
        table["lower"] = .fixed([.string]) { .string(GoUnicode.lower(try $0.string(0))) }
        table["title"] = .fixed([.string]) { .string(title(try $0.string(0))) }
        table["untitle"] = .fixed([.string]) { .string(untitle(try $0.string(0))) }
        table["repeat"] = .fixed([.int, .string]) { .string(try repeated(try $0.string(1), count: try $0.int(0))) }
        table["substr"] = .fixed([.int, .int, .string]) {
            .string(try substring(try $0.string(2), start: try $0.int(0), end: try $0.int(1)))
        }
        table["trunc"] = .fixed([.int, .string]) { .string(truncate(try $0.string(1), to: try $0.int(0))) }
        table["nospace"] = .fixed([.string]) { .string(deleteWhitespaceBytes(try $0.string(0))) }
        table["contains"] = .fixed([.string, .string]) { .bool(contains(try $0.string(1), try $0.string(0))) }
        table["hasPrefix"] = .fixed([.string, .string]) { .bool(try $0.string(1).utf8.starts(with: try $0.string(0).utf8)) }
        table["hasSuffix"] = .fixed([.string, .string]) { .bool(hasSuffix(try $0.string(1), try $0.string(0))) }
        table["replace"] = .fixed([.string, .string, .string]) {
            .string(replaceAll(try $0.string(2), old: try $0.string(0), new: try $0.string(1)))
        }
        table["plural"] = .fixed([.string, .string, .int]) { try $0.int(2) == 1 ? $0.argument(0) : $0.argument(1) }
        table["toString"] = .fixed([.any]) { .string(GoText.string(of: $0.argument(0))) }
        table["toStrings"] = .fixed([.any]) { GoText.stringList(GoText.strings(of: $0.argument(0))) }
        table["split"] = .fixed([.string, .string]) {
            numberedParts(splitting(try $0.string(1), separator: try $0.string(0), limit: -1))
        }
        table["splitn"] = .fixed([.string, .int, .string]) {
            numberedParts(splitting(try $0.string(2), separator: try $0.string(0), limit: try $0.int(1)))
        }
        table["splitList"] = .fixed([.string, .string]) {
            GoText.stringList(splitting(try $0.string(1), separator: try $0.string(0), limit: -1))
        }
        table["join"] = .fixed([.string, .any]) {
            .string(GoText.strings(of: $0.argument(1)).joined(separator: try $0.string(0)))
        }
        table["sortAlpha"] = .fixed([.any]) { call in
            let value = call.argument(0)
            guard case .list = value else { return GoText.stringList([GoText.string(of: value)]) }
            return GoText.stringList(GoText.strings(of: value).sorted(by: Value.goStringLess))
        }
        StringLayoutFunctions.register(into: &table)
        CaseStyleFunctions.register(into: &table)
        RandomStringFunctions.register(into: &table)
    }

    // MARK: - Go strings semantics (byte-based where Go is)

    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        s.utf8.count >= suffix.utf8.count && s.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    static func contains(_ s: String, _ sub: String) -> Bool {
        sub.isEmpty || byteIndex(of: Array(sub.utf8), in: Array(s.utf8), from: 0) != nil
    }

    /// Byte offset of the first occurrence of `needle` at or after `start`.
    static func byteIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard haystack.count >= needle.count else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Go's `strings.Trim(s, cutset)`: drops leading and trailing runes found in cutset.
    static func trimCutset(_ s: String, cutset: String) -> String {
        let cut = Set(cutset.unicodeScalars)
        let scalars = s.unicodeScalars
        guard let start = scalars.firstIndex(where: { !cut.contains($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !cut.contains($0) }) ?? start
        return String(scalars[start...end])
    }

    /// Go's `strings.Title`: uppercases (title case) the first letter of each word, where
    /// anything but letters, digits, `_` and non-space other runes separates words.
    static func title(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var previousSeparates = true
        for scalar in s.unicodeScalars {
            out.append(previousSeparates ? GoUnicode.toTitle(scalar) : scalar)
            previousSeparates = isTitleSeparator(scalar)
        }
        return String(out)
    }

    private static func isTitleSeparator(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            let alnum = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            return !(alnum || v == 0x5F)
        }
        if GoUnicode.isLetter(s) || GoUnicode.isDigit(s) { return false }
        return GoStrings.isSpace(s)
    }

    /// goutils `Uncapitalize`: lowercases the first rune of each whitespace-separated word.
    static func untitle(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var atWordStart = true
        for scalar in s.unicodeScalars {
            if GoStrings.isSpace(scalar) {
                atWordStart = true
                out.append(scalar)
            } else if atWordStart {
                out.append(GoUnicode.toLower(scalar))
                atWordStart = false
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Go's `strings.Repeat`, with its panics.
    static func repeated(_ s: String, count: Int64) throws -> String {
        if count < 0 { throw FunctionError(GoPanic.negativeRepeat) }
        let (total, overflow) = Int64(s.utf8.count).multipliedReportingOverflow(by: count)
        if overflow { throw FunctionError(GoPanic.repeatOverflow) }
        if total > Int64(maximumGeneratedElements) * 4 {
            throw FunctionError("repeat: result of \(total) bytes is too large")
        }
        return String(repeating: s, count: Int(count))
    }

    /// Sprig's `substr`: byte offsets; start < 0 means from the beginning, end < 0 or past
    /// the end means to the end. Go's slice panics otherwise.
    static func substring(_ s: String, start: Int64, end: Int64) throws -> String {
        let bytes = Array(s.utf8)
        let length = Int64(bytes.count)
        if start < 0 {
            if end < 0 { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
            if end > length { throw FunctionError("runtime error: slice bounds out of range [:\(end)] with length \(length)") }
            return String(decoding: bytes[..<Int(end)], as: UTF8.self)
        }
        if end < 0 || end > length {
            if start > length { throw FunctionError("runtime error: slice bounds out of range [\(start):\(length)]") }
            return String(decoding: bytes[Int(start)...], as: UTF8.self)
        }
        if start > end { throw FunctionError("runtime error: slice bounds out of range [\(start):\(end)]") }
        return String(decoding: bytes[Int(start)..<Int(end)], as: UTF8.self)
    }

    /// Sprig's `trunc`: keep the first n bytes, or the last |n| bytes when n < 0.
    static func truncate(_ s: String, to n: Int64) -> String {
        let bytes = s.utf8
        let length = Int64(bytes.count)
        if n < 0 && length + n > 0 { return String(decoding: bytes.suffix(Int(-n)), as: UTF8.self) }
        if n >= 0 && length > n { return String(decoding: bytes.prefix(Int(n)), as: UTF8.self) }
        return s
    }

    /// goutils `DeleteWhiteSpace` works on bytes, reading each byte as a Latin-1 rune: it
    /// drops bytes that are white space as runes (including 0x85 and 0xA0, which are
    /// UTF-8 continuation bytes) and re-encodes the rest, so non-ASCII text is mangled.
    /// When nothing is removed the original text comes back untouched.
    static func deleteWhitespaceBytes(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var removed = false
        for byte in s.utf8 {
            let scalar = Unicode.Scalar(byte)
            if GoStrings.isSpace(scalar) { removed = true } else { out.append(scalar) }
        }
        return removed ? String(out) : s
    }

    /// Go's `strings.Replace(s, old, new, -1)`; an empty `old` matches before every rune
    /// and at the end.
    static func replaceAll(_ s: String, old: String, new: String) -> String {
        if old.isEmpty {
            var out = new
            for scalar in s.unicodeScalars {
                out.unicodeScalars.append(scalar)
                out += new
            }
            return out
        }
        let haystack = Array(s.utf8), needle = Array(old.utf8)
        var out = [UInt8]()
        out.reserveCapacity(haystack.count)
        var position = 0
        while let found = byteIndex(of: needle, in: haystack, from: position) {
            out += haystack[position..<found]
            out += new.utf8
            position = found + needle.count
        }
        out += haystack[position...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Go's `strings.SplitN` (`limit` < 0: no limit; 0: nil). An empty separator splits
    /// into runes.
    static func splitting(_ s: String, separator: String, limit: Int64) -> [String] {
        if limit == 0 { return [] }
        var parts: [String] = []
        if separator.isEmpty {
            let scalars = Array(s.unicodeScalars)
            for (i, scalar) in scalars.enumerated() {
                if limit > 0 && Int64(parts.count) == limit - 1 {
                    parts.append(String(String.UnicodeScalarView(scalars[i...])))
                    return parts
                }
                parts.append(String(scalar))
            }
            return parts
        }
        let haystack = Array(s.utf8), needle = Array(separator.utf8)
        var position = 0
        while limit < 0 || Int64(parts.count) < limit - 1,
            let found = byteIndex(of: needle, in: haystack, from: position) {
            parts.append(String(decoding: haystack[position..<found], as: UTF8.self))
            position = found + needle.count
        }
        parts.append(String(decoding: haystack[position...], as: UTF8.self))
        return parts
    }

    /// Sprig's `split`/`splitn` result: a `map[string]string` keyed `_0`, `_1`, ...
    static func numberedParts(_ parts: [String]) -> Value {
        var map: [String: Value] = [:]
        map.reserveCapacity(parts.count)
        for (i, part) in parts.enumerated() { map["_\(i)"] = .string(part) }
        return .map(map, .strings)
    }
}
