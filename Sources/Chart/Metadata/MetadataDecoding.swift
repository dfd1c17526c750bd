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

    /// The entries of a JSON object keyed by lowercased field name (Go matches case-insensitively).
    static func fields(_ value: Value, structName: String, path: String, goType: String) throws -> [(String, Value)] {
        guard case .map(let entries, _) = value else {
            throw MetadataTypeError(jsonKind: jsonKind(value), structName: structName, fieldPath: path, goType: goType)
        }
        return entries.keys.sorted().map { ($0.lowercased(), entries[$0] ?? .null) }
    }
}
