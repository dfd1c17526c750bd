/// Go's `%v` formatting of values (`{{ . }}`, `print`, `toString`, `quote`, `join`, ...).
extension Value {
    /// The text Go's `fmt.Sprint` gives for this value. nil prints `<nil>`; the
    /// template executor prints `<no value>` for a nil action value itself.
    public var goFormatted: String {
        var out = ""
        appendGoFormatted(to: &out)
        return out
    }

    /// Appends Go's `%v` text of this value to `out`.
    public func appendGoFormatted(to out: inout String) {
        switch self {
        case .null:
            out += "<nil>"
        case .bool(let b):
            out += b ? "true" : "false"
        case .int(let i, let t):
            if t == .uint64 || t == .uint {
                out += String(UInt64(bitPattern: i))
            } else {
                out += String(i)
            }
        case .float(let d):
            out += GoFloatFormat.formatG(d)
        case .string(let s):
            out += s
        case .list(let items, _):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += " " }
                item.appendGoFormatted(to: &out)
            }
            out += "]"
        case .map(let entries, _):
            out += "map["
            var first = true
            for key in entries.keys.sorted(by: Value.goStringLess) {
                if !first { out += " " }
                first = false
                out += key
                out += ":"
                entries[key]!.appendGoFormatted(to: &out)
            }
            out += "]"
        case .object(let o):
            out += o.formatted
        }
    }
}
