import KrelCore
import Template

/// Methods of Helm's `common.Values` map type (spec 7.6): at the top level of `.Values`
/// and `.Template`, `YAML`, `Table`, `AsMap` and `PathValue` are methods, not keys.
enum ValuesMethods {
    static func table(toYAML: @escaping FilesObject.YAMLEncoder) -> FunctionTable {
        [
            "YAML": TemplateFunction([.any]) { call in
                .string(toYAML(asPlainMap(call.arguments[0])) + "\n")
            },
            "AsMap": TemplateFunction([.any]) { call in asPlainMap(call.arguments[0]) },
            "Table": TemplateFunction([.any, .string]) { call in
                guard case .string(let path) = call.arguments[1] else { return .null }
                guard case .map(let table, _) = try lookup(call.arguments[0], path: path, wantTable: true) else {
                    throw FunctionError("no table named \"\(path)\"")
                }
                return .map(table, .helmValues)
            },
            "PathValue": TemplateFunction([.any, .string]) { call in
                guard case .string(let path) = call.arguments[1] else { return .null }
                return try lookup(call.arguments[0], path: path, wantTable: false)
            },
        ]
    }

    private static func asPlainMap(_ value: Value) -> Value {
        if case .map(let entries, _) = value { return .map(entries) }
        return value
    }

    /// Walks a dotted path through nested maps.
    private static func lookup(_ root: Value, path: String, wantTable: Bool) throws -> Value {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var current = root
        for (i, part) in parts.enumerated() {
            guard case .map(let entries, _) = current, let next = entries[part] else {
                throw FunctionError(wantTable ? "no table named \"\(path)\"" : "no value for key \"\(path)\"")
            }
            if i == parts.count - 1 { return next }
            current = next
        }
        return current
    }
}
