import KrelCore

/// The part of a rendered document Helm reads to classify it (`util.SimpleHead`).
public struct ManifestHead: Sendable, Equatable {
    public var apiVersion = ""
    public var kind = ""
    public var name = ""
    /// nil when the document has no (or a null) `metadata.annotations`.
    public var annotations: [String: String]?

    public init() {}

    /// Reads the head from a parsed document the way Go's `encoding/json` fills the struct:
    /// keys match case-insensitively, later keys (in sorted order) win, and the first
    /// type mismatch is reported with Go's message.
    public init(document: Value) throws(ManifestHeadError) {
        switch document {
        case .null: return
        case .map(let top, _):
            for key in top.keys.sorted(by: Value.goStringLess) {
                let value = top[key]!
                switch key.lowercased() {
                case "apiversion": if let s = try Self.string(value, field: "SimpleHead.apiVersion") { apiVersion = s }
                case "kind": if let s = try Self.string(value, field: "SimpleHead.kind") { kind = s }
                case "metadata": try readMetadata(value)
                default: continue
                }
            }
        default:
            throw ManifestHeadError("json: cannot unmarshal \(Self.jsonKind(document)) into Go value of type util.SimpleHead")
        }
    }

    private mutating func readMetadata(_ value: Value) throws(ManifestHeadError) {
        switch value {
        case .null: return
        case .map(let metadata, _):
            for key in metadata.keys.sorted(by: Value.goStringLess) {
                let field = metadata[key]!
                switch key.lowercased() {
                case "name": if let s = try Self.string(field, field: ".metadata.name") { name = s }
                case "annotations": try readAnnotations(field)
                default: continue
                }
            }
        default:
            throw ManifestHeadError(
                "json: cannot unmarshal \(Self.jsonKind(value)) into Go struct field SimpleHead.metadata of type "
                    + #"struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#)
        }
    }

    private mutating func readAnnotations(_ value: Value) throws(ManifestHeadError) {
        switch value {
        case .null:
            annotations = nil
        case .map(let entries, _):
            var result = annotations ?? [:]
            for key in entries.keys.sorted(by: Value.goStringLess) {
                result[key] = try Self.string(entries[key]!, field: ".metadata.annotations") ?? ""
            }
            annotations = result
        default:
            throw ManifestHeadError(
                "json: cannot unmarshal \(Self.jsonKind(value)) into Go struct field .metadata.annotations of type map[string]string")
        }
    }

    /// A string field: strings are taken, null leaves it alone, and scalars are turned into
    /// text first (sigs.k8s.io/yaml converts YAML scalars for string targets, so
    /// `apiVersion: 1` is fine [oracle]); lists and maps fail.
    private static func string(_ value: Value, field: String) throws(ManifestHeadError) -> String? {
        switch value {
        case .string(let s): return s
        case .null: return nil
        case .bool(let b): return b ? "true" : "false"
        case .int(let i, let t): return t.isUnsigned ? String(UInt64(bitPattern: i)) : String(i)
        case .float(let d): return GoFloatFormat.formatG(d)
        default:
            throw ManifestHeadError("json: cannot unmarshal \(jsonKind(value)) into Go struct field \(field) of type string")
        }
    }

    /// The JSON kind Go names in unmarshal errors.
    static func jsonKind(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .int, .float: "number"
        case .string, .object: "string"
        case .list: "array"
        case .map: "object"
        }
    }
}

public struct ManifestHeadError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
