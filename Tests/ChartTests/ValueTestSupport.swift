import Chart
import Foundation
import KrelCore

/// Test-only helpers: a JSON encoder shaped like Go's `encoding/json` output (sorted keys,
/// HTML escaping) to compare values with helm's `toJson`, and a minimal JSON decoder standing
/// in for the real one while `--set-json` is tested.
enum TestJSON {
    static func encode(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let t): return t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let d): return GoFloatFormat.formatJSON(d)
        case .string(let s): return quote(s)
        case .list(let items, _): return "[" + items.map(encode).joined(separator: ",") + "]"
        case .map(let entries, _):
            let keys = entries.keys.sorted(by: Value.goStringLess)
            return "{" + keys.map { quote($0) + ":" + encode(entries[$0]!) }.joined(separator: ",") + "}"
        case .object(let o): return quote(o.formatted)
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&": out += String(format: "\\u%04x", u.value)
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// `key:GoType` for each top-level key in Go's sorted order.
    static func types(_ map: [String: Value]) -> String {
        map.keys.sorted(by: Value.goStringLess).map { "\($0):\(map[$0]!.goTypeName)" }.joined(separator: " ")
    }

    struct DecodeError: Error {}

    /// Decodes the first JSON value; numbers become float64 like Go's `interface{}` decoding.
    static func decodePrefix(_ bytes: ArraySlice<UInt8>) throws -> (value: Value, consumed: Int) {
        var p = bytes.startIndex
        let v = try value(bytes, &p)
        return (v, p - bytes.startIndex)
    }

    private static func skip(_ b: ArraySlice<UInt8>, _ p: inout Int) {
        while p < b.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(b[p]) { p += 1 }
    }

    private static func value(_ b: ArraySlice<UInt8>, _ p: inout Int) throws -> Value {
        skip(b, &p)
        guard p < b.endIndex else { throw DecodeError() }
        switch b[p] {
        case UInt8(ascii: "{"):
            p += 1
            var m: [String: Value] = [:]
            skip(b, &p)
            if p < b.endIndex, b[p] == UInt8(ascii: "}") { p += 1; return .map(m) }
            while true {
                skip(b, &p)
                guard case .string(let k) = try value(b, &p) else { throw DecodeError() }
                skip(b, &p)
                guard p < b.endIndex, b[p] == UInt8(ascii: ":") else { throw DecodeError() }
                p += 1
                m[k] = try value(b, &p)
                skip(b, &p)
                guard p < b.endIndex else { throw DecodeError() }
                if b[p] == UInt8(ascii: ",") { p += 1; continue }
                if b[p] == UInt8(ascii: "}") { p += 1; return .map(m) }
                throw DecodeError()
            }
        case UInt8(ascii: "["):
            p += 1
            var items: [Value] = []
            skip(b, &p)
            if p < b.endIndex, b[p] == UInt8(ascii: "]") { p += 1; return .list(items) }
            while true {
                items.append(try value(b, &p))
                skip(b, &p)
                guard p < b.endIndex else { throw DecodeError() }
                if b[p] == UInt8(ascii: ",") { p += 1; continue }
                if b[p] == UInt8(ascii: "]") { p += 1; return .list(items) }
                throw DecodeError()
            }
        case UInt8(ascii: "\""):
            p += 1
            var out: [UInt8] = []
            while p < b.endIndex, b[p] != UInt8(ascii: "\"") {
                if b[p] == UInt8(ascii: "\\"), p + 5 < b.endIndex, b[p + 1] == UInt8(ascii: "u"),
                   let code = UInt32(String(decoding: b[(p + 2)..<(p + 6)], as: UTF8.self), radix: 16),
                   let scalar = Unicode.Scalar(code) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    p += 6
                    continue
                }
                if b[p] == UInt8(ascii: "\\"), p + 1 < b.endIndex { p += 1 }
                out.append(b[p])
                p += 1
            }
            guard p < b.endIndex else { throw DecodeError() }
            p += 1
            return .string(String(decoding: out, as: UTF8.self))
        default:
            let start = p
            while p < b.endIndex, !",]} \t\n\r".utf8.contains(b[p]) { p += 1 }
            let word = String(decoding: b[start..<p], as: UTF8.self)
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                guard let d = Double(word) else { throw DecodeError() }
                return .float(d)
            }
        }
    }
}

extension UserValueFlags {
    /// Builds the flag lists from a helm-style argument list.
    init(arguments: [String]) {
        self.init()
        var i = 0
        while i + 1 < arguments.count {
            let (flag, value) = (arguments[i], arguments[i + 1])
            switch flag {
            case "-f", "--values": valueFiles += value.split(separator: ",").map(String.init)
            case "--set": values.append(value)
            case "--set-string": stringValues.append(value)
            case "--set-json": jsonValues.append(value)
            case "--set-file": fileValues.append(value)
            case "--set-literal": literalValues.append(value)
            default: break
            }
            i += 2
        }
    }
}
