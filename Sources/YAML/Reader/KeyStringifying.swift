import KrelCore

/// How sigs.k8s.io/yaml turns go-yaml's `map[interface{}]interface{}` keys into JSON
/// object keys.
enum MapKey: Sendable {
    case string(String)
    /// The merge key `<<` (plain, or tagged `!!merge`).
    case merge
    /// A key JSON conversion rejects: null or above int64 (`%+#v` text of the key).
    case unsupported(typeName: String, goSyntax: String)

    static func from(_ scalar: DecodedScalar) -> MapKey {
        switch scalar {
        case .null: return .unsupported(typeName: "%!s(<nil>)", goSyntax: "<nil>")
        case .bool(let b): return .string(b ? "true" : "false")
        case .int(let i): return .string(String(i))
        case .uint(let u): return .unsupported(typeName: "uint64", goSyntax: "0x" + String(u, radix: 16))
        case .float(let d):
            // 32-bit precision, with YAML's spellings for the special values.
            if d.isNaN { return .string(".nan") }
            if d.isInfinite { return .string(d < 0 ? "-.inf" : ".inf") }
            return .string(GoFloatFormat.formatG32(d))
        case .string(let s): return .string(s)
        }
    }

    /// sigs' error for an unsupported key once its value is known.
    static func unsupportedMessage(typeName: String, key: String, value: Value) -> String {
        "unsupported map key of type: \(typeName), key: \(key), value: \(GoSyntaxFormat.format(value))"
    }
}

/// Whether a scalar event is the merge key `<<`.
func isMergeKey(_ event: YAMLEvent) -> Bool {
    event.value == "<<" && (event.plainImplicit || event.tag == ScalarDecoding.yamlTagPrefix + "merge")
}
