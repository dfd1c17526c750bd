import KrelCore

/// Go's `encoding/json` type mismatch while reading Chart.yaml into the metadata struct,
/// e.g. `json: cannot unmarshal string into Go struct field Metadata.deprecated of type bool`.
public struct MetadataTypeError: Error, Sendable, CustomStringConvertible {
    public var jsonKind: String
    public var structName: String
    public var fieldPath: String
    public var goType: String

    public var description: String {
        let target = fieldPath.isEmpty ? "Go value" : "Go struct field \(structName).\(fieldPath)"
        return "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(jsonKind) into \(target) of type \(goType)"
    }
}

/// Reads Chart.yaml values into metadata the way sigs.k8s.io/yaml + encoding/json do:
/// keys match field names case-insensitively, scalars are turned into strings for string
/// fields (floats with 32-bit shortest formatting: `1.10` ⇒ `1.1`), `null` leaves a field as
/// it was (nil for lists), and other mismatches are `MetadataTypeError`s.
enum MetadataDecoding {
    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .int, .float: "number"
        case .string: "string"
        case .list: "array"
        case .map, .object: "object"
        }
    }

    /// A scalar converted for a Go `string` target; nil for `null`.
    static func string(_ value: Value, _ structName: String, _ path: String) throws -> String? {
        switch value {
        case .null: return nil
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let t): return t == .uint64 || t == .uint ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let d): return GoFloatFormat.formatG32(d)
        default: throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: "string")
        }
    }

    static func stringList(_ value: Value, _ structName: String, _ path: String) throws -> [String]? {
        switch value {
        case .null: return nil
        case .list(let items, _):
            return try items.map { try string($0, structName, path) ?? "" }
        default:
            throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: "[]string")
        }
    }

    static func bool(_ value: Value, _ structName: String, _ path: String) throws -> Bool? {
        switch value {
        case .null: return nil
        case .bool(let b): return b
        default: throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: "bool")
        }
    }

    static func stringMap(_ value: Value, _ structName: String, _ path: String) throws -> [String: String]?? {
        switch value {
        case .null: return .some(nil)
        case .map(let entries, _):
            var out: [String: String] = [:]
            for (key, item) in entries { out[key] = try string(item, structName, path) ?? "" }
            return out
        default:
            throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: "map[string]string")
        }
    }

    /// The entries of a JSON object keyed by case-folded field name (Go matches field names
    /// case-insensitively), in the order Go decodes them: sigs.k8s.io/yaml re-marshals the
    /// YAML as JSON with byte-sorted keys, and Go reports the first type error it meets.
    static func fields(_ value: Value, structName: String, path: String, goType: String) throws -> [(String, Value)] {
        guard case .map(let entries, _) = value else {
            throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: goType)
        }
        return entries.keys.sorted(by: Value.goStringLess).map { (foldedFieldName($0), entries[$0] ?? .null) }
    }

    /// Lowercased, plus the one non-ASCII letter whose Unicode simple fold is an ASCII
    /// letter and which `lowercased()` keeps: long s (U+017F) matches `s`. (Kelvin sign
    /// U+212A already lowercases to `k`.)
    static func foldedFieldName(_ key: String) -> String {
        let lower = key.lowercased()
        guard lower.utf8.contains(0xC5) else { return lower }
        var scalars = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars { scalars.append(scalar.value == 0x17F ? "s" : scalar) }
        return String(scalars)
    }
}
