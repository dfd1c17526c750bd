#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import KrelCore
import Template

/// Helm's functions that need the template engine: `include`, `tpl`, and `required`/`fail`
/// (whose messages Helm marks so the renderer can print `execution error at (…): msg`).
enum HelmEngineFunctions {
    /// Helm's limit on nested includes of one name.
    static let includeRecursionLimit = 1000

    static func register(into table: inout FunctionTable) {
        table["include"] = TemplateFunction([.string, .any]) { call in
            guard case .string(let name) = call.arguments[0], let engine = call.engine else { return .string("") }
            // Count this include at once (one lookup fewer); the defer undoes it either way.
            let depth = engine.adjustCounter(name, by: 1)
            defer { _ = engine.adjustCounter(name, by: -1) }
            if depth > includeRecursionLimit {
                throw WrappedError(
                    "rendering template has a nested reference name: \(name)",
                    cause: FunctionError("unable to execute template"))
            }
            return .string(try engine.executeTemplate(named: name, argumentAt: 1, of: call))
        }

        table["tpl"] = TemplateFunction([.string, .map]) { call in
            guard case .string(let text) = call.arguments[0], let engine = call.engine else { return .string("") }
            let quoted = GoQuote.quote(text)
            let result: String
            do {
                result = try engine.executeText(text, name: "gotpl", argumentAt: 1, of: call)
            } catch let error as TemplateParseError {
                throw WrappedError("cannot parse template \(quoted)", cause: error)
            } catch {
                throw WrappedError("error during tpl function execution for \(quoted)", cause: error)
            }
            return .string(NoValue.removed(from: result))
        }.runningTemplateText()

        table["required"] = TemplateFunction([.string, .any]) { call in
            let value = call.arguments[1]
            switch value {
            case .null, .string(""):
                throw userError(call.arguments[0].stringValue ?? "")
            default:
                call.shareResult(withArgument: 1)  // the same map, in Go
                return value
            }
        }

        // Without a cluster (`helm template`), Helm's lookup finds nothing: an empty map.
        table["lookup"] = TemplateFunction([.string, .string, .string, .string]) { _ in .map([:]) }

        table["fail"] = TemplateFunction([.string]) { call in
            throw userError(call.arguments[0].stringValue ?? "")
        }
    }

    /// Helm builds these messages with `Errorf(wrapped)`, so `%` verbs in them are expanded.
    private static func userError(_ message: String) -> FunctionError {
        FunctionError(GoFormat.sprintf(HelmErrorText.userErrorStart + message + HelmErrorText.userErrorEnd, []))
    }
}
