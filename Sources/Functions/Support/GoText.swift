import KrelCore

/// Go text conversions Sprig builds on: `strval` (toString), `strslice` (toStrings) and
/// `strconv.Quote` (the `%q` verb used by `quote`).
public enum GoText {
    /// Sprig's `strval`: strings as-is, `[]byte` as text, objects through their String
    /// method, everything else with `%v` (nil ⇒ `<nil>`).
    public static func string(of value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .list(let items, .bytes):
            return String(decoding: items.map { UInt8(truncatingIfNeeded: GoCast.toInt64($0)) }, as: UTF8.self)
        default: return value.goFormatted
        }
    }

    /// Sprig's `strslice`: a list becomes its elements' strings with nil elements
    /// dropped; nil becomes an empty list; any other value a one-element list.
    public static func strings(of value: Value) -> [String] {
        switch value {
        case .list(let items, let type):
            if type == .strings { return items.map { string(of: $0) } }
            return items.compactMap { $0.isNull ? nil : string(of: $0) }
        case .null:
            return []
        default:
            return [string(of: value)]
        }
    }

    /// A `[]string` value.
    static func stringList(_ strings: [String]) -> Value {
        .list(strings.map { .string($0) }, .strings)
    }


    private static func hex(_ v: UInt32, width: Int) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
