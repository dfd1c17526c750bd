import KrelCore

/// Go's `encoding/json` marshalling of a `Value`: compact or indented, with or without
/// HTML escaping. Output is built into one byte buffer.
public enum GoJSON {
    /// `json.Marshal(v)`: keys sorted bytewise, `<>&` escaped unless `escapeHTML` is false
    /// (an `Encoder` with `SetEscapeHTML(false)`, Sprig's `toRawJson`).
    public static func marshal(_ value: Value, escapeHTML: Bool = true) throws -> String {
        var writer = GoJSONWriter(escapeHTML: escapeHTML, indent: nil)
        try writer.write(value, depth: 0)
        return String(decoding: writer.out, as: UTF8.self)
    }

    /// `json.MarshalIndent(v, prefix, indent)` (Sprig's `toPrettyJson` uses "" and two spaces).
    public static func marshalIndent(
        _ value: Value, prefix: String = "", indent: String = "  ", escapeHTML: Bool = true
    ) throws -> String {
        var writer = GoJSONWriter(escapeHTML: escapeHTML, indent: (Array(prefix.utf8), Array(indent.utf8)))
        try writer.write(value, depth: 0)
        return String(decoding: writer.out, as: UTF8.self)
    }

    /// The JSON text of a double, or Go's error for NaN and infinities.
    static func floatText(_ d: Double) throws -> String {
        if d.isNaN { throw GoJSONError("json: unsupported value: NaN") }
        if d.isInfinite { throw GoJSONError("json: unsupported value: \(d < 0 ? "-Inf" : "+Inf")") }
        return GoFloatFormat.formatJSON(d)
    }
}

struct GoJSONWriter {
    var out: [UInt8] = []
    let escapeHTML: Bool
    /// (prefix, indent unit) for MarshalIndent; nil for compact output.
    let indent: ([UInt8], [UInt8])?

    init(escapeHTML: Bool, indent: ([UInt8], [UInt8])?) {
        self.escapeHTML = escapeHTML
        self.indent = indent
        out.reserveCapacity(256)
    }

    mutating func write(_ value: Value, depth: Int) throws {
        // Go has no depth limit; krel goes as deep as the thread's stack allows.
        guard StackGuard.allows(depth: depth) else {
            throw GoJSONError("json: unsupported value: nesting too deep (\(depth) levels)")
        }
        switch value {
        case .null:
            out.append(contentsOf: "null".utf8)
        case .bool(let b):
            out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i, let type):
            let text = type == .uint64 || type == .uint ? String(UInt64(bitPattern: i)) : String(i)
            out.append(contentsOf: text.utf8)
        case .float(let d):
            out.append(contentsOf: try GoJSON.floatText(d).utf8)
        case .string(let s):
            GoJSONStrings.appendQuoted(s, escapeHTML: escapeHTML, to: &out)
        case .list(let items, let type):
            if type == .bytes {
                // Go marshals []byte as a base64 string.
                let bytes = items.map { item -> UInt8 in
                    if case .int(let i, _) = item { return UInt8(truncatingIfNeeded: i) }
                    return 0
                }
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: Base64Text.encode(bytes))
                out.append(UInt8(ascii: "\""))
                return
            }
            try writeArray(items, depth: depth)
        case .map(let entries, _):
            let keys = entries.keys.sorted(by: Value.goStringLess)
            try writeObject(keys.map { ($0, entries[$0] ?? .null) }, depth: depth)
        case .object(let object):
            switch try object.jsonForm() {
            case .value(let v): try write(v, depth: depth + 1)
            case .fields(let fields): try writeObject(fields, depth: depth)
            }
        }
    }

    private mutating func writeArray(_ items: [Value], depth: Int) throws {
        out.append(UInt8(ascii: "["))
        if items.isEmpty {
            out.append(UInt8(ascii: "]"))
            return
        }
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            try write(item, depth: depth + 1)
        }
        newline(depth: depth)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ fields: [(String, Value)], depth: Int) throws {
        out.append(UInt8(ascii: "{"))
        if fields.isEmpty {
            out.append(UInt8(ascii: "}"))
            return
        }
        for (i, (key, value)) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            GoJSONStrings.appendQuoted(key, escapeHTML: escapeHTML, to: &out)
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            try write(value, depth: depth + 1)
        }
        newline(depth: depth)
        out.append(UInt8(ascii: "}"))
    }

    /// MarshalIndent's line break: newline, prefix, then the indent unit `depth` times.
    private mutating func newline(depth: Int) {
        guard let (prefix, unit) = indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: prefix)
        for _ in 0..<depth { out.append(contentsOf: unit) }
    }
}

/// Standard base64 with padding, as Go's `encoding/base64.StdEncoding`.
enum Base64Text {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return out
    }
}
