import KrelCore
import Template

/// Sprig's path functions: `base dir ext clean isAbs` (Go's slash-separated `path`) and
/// `osBase osDir osExt osClean osIsAbs` (Go's `path/filepath`, identical on Linux).
enum PathFunctions {
    static func register(into table: inout FunctionTable) {
        let functions: [(String, @Sendable (String) -> Value)] = [
            ("base", { .string(GoPath.base($0)) }),
            ("dir", { .string(GoPath.dir($0)) }),
            ("ext", { .string(GoPath.ext($0)) }),
            ("clean", { .string(GoPath.clean($0)) }),
            ("isAbs", { .bool(GoPath.isAbs($0)) }),
        ]
        for (name, body) in functions {
            let function = TemplateFunction([.string]) { call in body(try RegexFunctions.string(call, 0)) }
            table[name] = function
            table["os" + name.prefix(1).uppercased() + name.dropFirst()] = function
        }
    }
}

/// Go's `path` package on byte strings (also `path/filepath` on Linux).
public enum GoPath {
    /// Lexical cleanup: collapse `//`, drop `.`, resolve `..`; "" becomes ".".
    public static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let bytes = Array(path.utf8)
        let rooted = bytes.first == UInt8(ascii: "/")
        let dot: ArraySlice<UInt8> = [UInt8(ascii: ".")]
        let dotDot: ArraySlice<UInt8> = [UInt8(ascii: "."), UInt8(ascii: ".")]
        var parts: [ArraySlice<UInt8>] = []
        // Bytes, not Characters: a combining mark after "/" must not hide the separator.
        for part in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            if part == dot { continue }
            if part == dotDot {
                if let last = parts.last, last != dotDot {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(part)
                }
                continue
            }
            parts.append(part)
        }
        let joined = String(decoding: Array(parts.joined(separator: [UInt8(ascii: "/")])), as: UTF8.self)
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The last element, trailing slashes ignored; "" gives ".", all slashes give "/".
    public static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var bytes = Array(path.utf8)
        while bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        if bytes.isEmpty { return "/" }
        if let slash = bytes.lastIndex(of: UInt8(ascii: "/")) { bytes.removeSubrange(0...slash) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Everything but the last element, cleaned.
    public static func dir(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return clean(String(decoding: bytes[...slash], as: UTF8.self))
    }

    /// The extension of the last element, from its last dot; "" when there is none.
    public static func ext(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var i = bytes.count - 1
        while i >= 0, bytes[i] != UInt8(ascii: "/") {
            if bytes[i] == UInt8(ascii: ".") { return String(decoding: bytes[i...], as: UTF8.self) }
            i -= 1
        }
        return ""
    }

    public static func isAbs(_ path: String) -> Bool { path.utf8.first == UInt8(ascii: "/") }
}
