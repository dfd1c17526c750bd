import KrelCore

/// Go's `%#v` of the values go-yaml decodes into `interface{}`, for the few error
/// messages that print a value (`invalid map key: []interface {}{1, 2}`).
enum GoSyntaxFormat {
    /// `nested` is true inside a container, where Go prints nil as `interface {}(nil)`.
    static func format(_ value: Value, nested: Bool = false) -> String {
        var out = ""
        // Containers are formatted with an explicit stack of pending pieces, so deep
        // values cannot overflow the call stack.
        enum Piece { case value(Value, nested: Bool), text(String) }
        var pending: [Piece] = [.value(value, nested: nested)]
        while let piece = pending.popLast() {
            switch piece {
            case .text(let t):
                out += t
            case .value(let v, let inContainer):
                switch v {
                case .null: out += inContainer ? "interface {}(nil)" : "<nil>"
                case .bool(let b): out += b ? "true" : "false"
                case .int(let i, let type):
                    out += type == .uint64 ? "0x" + String(UInt64(bitPattern: i), radix: 16) : String(i)
                case .float(let d): out += GoFloatFormat.formatG(d)
                case .string(let s): out += quote(s)
                case .list(let items, _):
                    var pieces: [Piece] = [.text("[]interface {}{")]
                    for (n, item) in items.enumerated() {
                        if n > 0 { pieces.append(.text(", ")) }
                        pieces.append(.value(item, nested: true))
                    }
                    pieces.append(.text("}"))
                    pending.append(contentsOf: pieces.reversed())
                case .map(let entries, _):
                    var pieces: [Piece] = [.text("map[interface {}]interface {}{")]
                    for (n, key) in entries.keys.sorted().enumerated() {
                        if n > 0 { pieces.append(.text(", ")) }
                        pieces.append(.text(quote(key) + ":"))
                        pieces.append(.value(entries[key] ?? .null, nested: true))
                    }
                    pieces.append(.text("}"))
                    pending.append(contentsOf: pieces.reversed())
                case .object(let o): out += o.formatted
                }
            }
        }
        return out
    }

    /// Go's `strconv.Quote` for the common cases.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
