import KrelCore

/// Helm's YAML writers.
public enum YAMLEmitter {
    /// Helm's `toYaml`/`mustToYaml`: sigs.k8s.io/yaml.Marshal (JSON round trip, then
    /// go-yaml v2) with one trailing newline removed. A thrown error is Helm's marshal
    /// error: `toYaml` turns it into "", `mustToYaml` fails with it.
    public static func toYaml(_ value: Value) throws -> String {
        let root = try JSONRoundTrip.convert(value)
        return trimmedDocument(try BlockEmitter.document(root, options: .goYAMLv2))
    }

    /// Helm's `toYamlPretty`: a go-yaml v3 encoder with indent 2 on the value itself,
    /// one trailing newline removed.
    public static func toYamlPretty(_ value: Value) throws -> String {
        let root = try DirectConversion.convert(value)
        return trimmedDocument(try BlockEmitter.document(root, options: .goYAMLv3))
    }

    private static func trimmedDocument(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
