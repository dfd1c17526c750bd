import KrelCore
import Template
import YAML

/// Helm's and Sprig's serialisation functions: YAML, JSON and TOML in both directions.
/// Helm's versions of `toJson`/`fromJson` replace Sprig's; errors follow each function's
/// Go contract (most return "" or an `Error` entry instead of failing the render).
enum SerializationFunctions {
    static func register(into table: inout FunctionTable) {
        table["toYaml"] = TemplateFunction([.any]) { call in
            .string((try? YAMLEmitter.toYaml(call.arguments[0])) ?? "")
        }
        table["mustToYaml"] = TemplateFunction([.any]) { call in
            do { return .string(try YAMLEmitter.toYaml(call.arguments[0])) } catch { throw FunctionError("\(error)") }
        }
        table["toYamlPretty"] = TemplateFunction([.any]) { call in
            .string((try? YAMLEmitter.toYamlPretty(call.arguments[0])) ?? "")
        }
        table["fromYaml"] = TemplateFunction([.string]) { call in
            HelmYAML.fromYaml(call.arguments[0].stringValue ?? "")
        }
        table["fromYamlArray"] = TemplateFunction([.string]) { call in
            HelmYAML.fromYamlArray(call.arguments[0].stringValue ?? "")
        }
        registerJSON(into: &table)
        table["toToml"] = TemplateFunction([.any]) { call in
            do { return .string(try TOMLEncoder.encode(call.arguments[0])) } catch { return .string("\(error)") }
        }
        table["fromToml"] = TemplateFunction([.string]) { call in
            do { return try TOMLDecoder.decode(call.arguments[0].stringValue ?? "") } catch {
                return .map(["Error": .string("\(error)")])
            }
        }
        // No cluster: `lookup` always finds nothing (an empty map).
        table["lookup"] = TemplateFunction([.string, .string, .string, .string]) { _ in .map([:]) }
    }

    private static func registerJSON(into table: inout FunctionTable) {
        table["toJson"] = TemplateFunction([.any]) { call in
            .string((try? GoJSON.marshal(call.arguments[0])) ?? "")
        }
        table["mustToJson"] = TemplateFunction([.any]) { call in
            do { return .string(try GoJSON.marshal(call.arguments[0])) } catch { throw FunctionError("\(error)") }
        }
        table["toPrettyJson"] = TemplateFunction([.any]) { call in
            .string((try? GoJSON.marshalIndent(call.arguments[0])) ?? "")
        }
        table["mustToPrettyJson"] = TemplateFunction([.any]) { call in
            do { return .string(try GoJSON.marshalIndent(call.arguments[0])) } catch { throw FunctionError("\(error)") }
        }
        table["toRawJson"] = TemplateFunction([.any]) { call in
            .string((try? GoJSON.marshal(call.arguments[0], escapeHTML: false)) ?? "")
        }
        table["mustToRawJson"] = TemplateFunction([.any]) { call in
            do { return .string(try GoJSON.marshal(call.arguments[0], escapeHTML: false)) } catch {
                throw FunctionError("\(error)")
            }
        }
        table["fromJson"] = TemplateFunction([.string]) { call in
            let decoded = GoJSON.unmarshal(call.arguments[0].stringValue ?? "", into: .map)
            guard let error = decoded.error else { return decoded.value }
            // Go keeps what was decoded before the error, next to the message.
            var entries = decoded.value.mapValue ?? [:]
            entries["Error"] = .string(error.message)
            return .map(entries)
        }
        table["fromJsonArray"] = TemplateFunction([.string]) { call in
            let decoded = GoJSON.unmarshal(call.arguments[0].stringValue ?? "", into: .list)
            if let error = decoded.error { return .list([.string(error.message)]) }
            return decoded.value
        }
        table["mustFromJson"] = TemplateFunction([.string]) { call in
            let decoded = GoJSON.unmarshal(call.arguments[0].stringValue ?? "", into: .any)
            if let error = decoded.error { throw FunctionError(error.message) }
            return decoded.value
        }
    }
}
