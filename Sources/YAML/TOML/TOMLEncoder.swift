import KrelCore

/// Helm's `toToml`: BurntSushi/toml v1.6.0's encoder on a Go value.
///
/// A map is written as plain `key = value` lines first (sorted bytewise), then its
/// tables and arrays of tables (sorted too): `[a]`/`[[a]]` headers, a blank line before
/// each top-level table and each array-of-tables entry, and two spaces of indentation per
/// nesting level. Nil values are left out. Maps inside mixed arrays become inline tables.
public enum TOMLEncoder {
    public struct EncodeError: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The TOML text, or BurntSushi's error (Helm's `toToml` prints the error's text).
    public static func encode(_ value: Value) throws -> String {
        var writer = TOMLWriter()
        try writer.encodeTopLevel(value)
        return String(decoding: writer.out, as: UTF8.self)
    }
}

struct TOMLWriter {
    var out: [UInt8] = []
    static let maxDepth = 1_000

    mutating func encodeTopLevel(_ value: Value) throws {
        let value = try Self.plain(value)
        switch value {
        case .null:
            return
        case .map(let entries, _):
            try writeTableBody(entries, key: [], depth: 0)
        case .list(let items, _) where Self.isArrayOfTables(items):
            throw TOMLEncoder.EncodeError(message: "toml: top-level values must be Go maps or structs")
        default:
            try writeElement(value, depth: 0)
        }
    }

    /// Objects as their JSON-visible data (BurntSushi would walk struct fields).
    private static func plain(_ value: Value) throws -> Value {
        guard case .object(let object) = value else { return value }
        switch try object.jsonForm() {
        case .value(let v): return try plain(v)
        case .fields(let fields):
            var map: [String: Value] = [:]
            for (name, v) in fields { map[name] = v }
            return .map(map)
        }
    }

    private static func isTable(_ value: Value) -> Bool {
        if case .map = value { return true }
        if case .list(let items, _) = value { return isArrayOfTables(items) }
        return false
    }

    private static func isArrayOfTables(_ items: [Value]) -> Bool {
        !items.isEmpty && items.allSatisfy { if case .map = $0 { return true } else { return false } }
    }

    /// A newline, unless nothing has been written yet.
    private mutating func newline() {
        if !out.isEmpty { out.append(0x0A) }
    }

    private mutating func indent(_ key: [String]) {
        for _ in 0..<max(key.count - 1, 0) { out.append(contentsOf: [0x20, 0x20]) }
    }

    private mutating func writeTableBody(_ entries: [String: Value], key: [String], depth: Int) throws {
        guard depth < Self.maxDepth else { throw TOMLEncoder.EncodeError(message: "toml: nesting too deep") }
        var direct: [(String, Value)] = [], tables: [(String, Value)] = []
        for k in entries.keys.sorted(by: Value.goStringLess) {
            let v = try Self.plain(entries[k] ?? .null)
            if case .null = v { continue }
            if Self.isTable(v) { tables.append((k, v)) } else { direct.append((k, v)) }
        }
        for (k, v) in direct {
            let path = key + [k]
            indent(path)
            out.append(contentsOf: Self.keyPart(k).utf8)
            out.append(contentsOf: " = ".utf8)
            try writeElement(v, depth: depth + 1)
            newline()
        }
        for (k, v) in tables {
            let path = key + [k]
            switch v {
            case .map(let sub, _):
                if path.count == 1 { newline() }
                writeHeader(path, open: "[", close: "]")
                try writeTableBody(sub, key: path, depth: depth + 1)
            case .list(let items, _):
                for item in items {
                    guard case .map(let sub, _) = try Self.plain(item) else { continue }
                    newline()
                    writeHeader(path, open: "[[", close: "]]")
                    try writeTableBody(sub, key: path, depth: depth + 1)
                }
            default:
                break
            }
        }
    }

    private mutating func writeHeader(_ path: [String], open: String, close: String) {
        indent(path)
        out.append(contentsOf: open.utf8)
        out.append(contentsOf: path.map(Self.keyPart).joined(separator: ".").utf8)
        out.append(contentsOf: close.utf8)
        newline()
    }

    private mutating func writeElement(_ value: Value, depth: Int) throws {
        guard depth < Self.maxDepth else { throw TOMLEncoder.EncodeError(message: "toml: nesting too deep") }
        switch try Self.plain(value) {
        case .null:
            break
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i, let type):
            out.append(contentsOf: (type.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)).utf8)
        case .float(let d):
            out.append(contentsOf: Self.floatText(d).utf8)
        case .string(let s):
            Self.appendQuoted(s, to: &out)
        case .list(let items, _):
            if items.contains(where: { $0.isNull }) {
                throw TOMLEncoder.EncodeError(message: "toml: cannot encode array with nil element")
            }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(contentsOf: ", ".utf8) }
                try writeElement(item, depth: depth + 1)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let entries, _):
            try writeInlineTable(entries, depth: depth)
        case .object:
            break
        }
    }

    /// `{a = 1, b = {c = 2}}`: plain keys first, then table-valued ones.
    private mutating func writeInlineTable(_ entries: [String: Value], depth: Int) throws {
        var direct: [(String, Value)] = [], tables: [(String, Value)] = []
        for k in entries.keys.sorted(by: Value.goStringLess) {
            let v = try Self.plain(entries[k] ?? .null)
            if case .null = v { continue }
            if Self.isTable(v) { tables.append((k, v)) } else { direct.append((k, v)) }
        }
        out.append(UInt8(ascii: "{"))
        let all = direct + tables
        for (i, (k, v)) in all.enumerated() {
            out.append(contentsOf: Self.keyPart(k).utf8)
            out.append(contentsOf: " = ".utf8)
            try writeElement(v, depth: depth + 1)
            if i != all.count - 1 { out.append(contentsOf: ", ".utf8) }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Go's `%g`-style shortest text with `.0` added to integral values; nan/inf spelled TOML's way.
    static func floatText(_ d: Double) -> String {
        if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let text = GoFloatFormat.formatG(d)
        return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
    }

    /// A bare key (`A-Za-z0-9_-`) or a quoted one.
    static func keyPart(_ k: String) -> String {
        let bare = !k.isEmpty && k.utf8.allSatisfy { c in
            (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
        }
        if bare { return k }
        var out: [UInt8] = []
        appendQuoted(k, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A basic string: `\"`, `\\`, `\b \t \n \f \r`, other controls and DEL as `\u00XX`.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), b])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), b])
            case 0x08: out.append(contentsOf: Array("\\b".utf8))
            case 0x09: out.append(contentsOf: Array("\\t".utf8))
            case 0x0A: out.append(contentsOf: Array("\\n".utf8))
            case 0x0C: out.append(contentsOf: Array("\\f".utf8))
            case 0x0D: out.append(contentsOf: Array("\\r".utf8))
            case 0..<0x20, 0x7F:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
