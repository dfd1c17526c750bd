import KrelCore

/// A test-only rendition of Go's `json.Marshal` of decoded YAML (sorted keys, HTML-safe
/// escapes, Go float text), to compare krel's reading with helm's `toJson` output.
enum ReaderGoJSON {
    static func encode(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i, let type): out += type == .uint64 ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let d): out += GoFloatFormat.formatJSON(d)
        case .string(let s): writeString(s, into: &out)
        case .list(let items, _):
            out += "["
            for (n, item) in items.enumerated() {
                if n > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .map(let entries, _):
            out += "{"
            let keys = entries.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (n, key) in keys.enumerated() {
                if n > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(entries[key] ?? .null, into: &out)
            }
            out += "}"
        case .object(let o): out += o.formatted
        }
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }
}
