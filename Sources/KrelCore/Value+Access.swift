extension Value {
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var listValue: [Value]? {
        if case .list(let items, _) = self { return items }
        return nil
    }

    public var mapValue: [String: Value]? {
        if case .map(let entries, _) = self { return entries }
        return nil
    }

    /// The keys of a map in Go's iteration order for templates and printing (bytewise).
    public var sortedKeys: [String]? {
        guard case .map(let entries, _) = self else { return nil }
        return entries.keys.sorted(by: Value.goStringLess)
    }

    /// Looks up `key` in a map value; nil for anything else or a missing key.
    public subscript(key: String) -> Value? {
        if case .map(let entries, _) = self { return entries[key] }
        return nil
    }

    /// Go orders strings by bytes (UTF-8), not by Unicode scalars or graphemes.
    @inlinable
    public static func goStringLess(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { ua in
            b.withUTF8 { ub in
                let n = Swift.min(ua.count, ub.count)
                for i in 0..<n where ua[i] != ub[i] { return ua[i] < ub[i] }
                return ua.count < ub.count
            }
        }
    }

    /// Go's `%T` name for this value.
    public var goTypeName: String {
        switch self {
        case .null: "<nil>"
        case .bool: "bool"
        case .int(_, let t): t.goName
        case .float: "float64"
        case .string: "string"
        case .list(_, let t): t.goName
        case .map(_, let t): t.goName
        case .object(let o): o.goTypeName
        }
    }

    /// Go's reflect kind name (Sprig's `kindOf`).
    public var goKindName: String {
        switch self {
        case .null: "invalid"
        case .bool: "bool"
        case .int(_, let t): t.goName
        case .float: "float64"
        case .string: "string"
        case .list: "slice"
        case .map: "map"
        case .object(let o): o.goKindName
        }
    }

    /// Go template truthiness: false, 0, nil, "", empty list and empty map are false.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .int(let i, _): i != 0
        case .float(let d): d != 0
        case .string(let s): !s.isEmpty
        case .list(let l, _): !l.isEmpty
        case .map(let m, _): !m.isEmpty
        case .object(let o):
            // A named slice or map type is empty like its contents; structs are true.
            (o as? any GoCollectionObject)?.collection.isTruthy ?? true
        }
    }
}
