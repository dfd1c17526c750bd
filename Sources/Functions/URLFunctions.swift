import KrelCore
import Template

/// Sprig's `urlParse` (a dict of the URL's parts) and `urlJoin` (the reverse).
enum URLFunctions {
    static func register(into table: inout FunctionTable) {
        table["urlParse"] = TemplateFunction([.string]) { call in
            let text = try RegexFunctions.string(call, 0)
            let url: GoURL
            do throws(GoURL.ParseError) {
                url = try GoURL(parsing: text)
            } catch {
                throw FunctionError("unable to parse url: \(error.description)")
            }
            return .map([
                "scheme": .string(url.scheme),
                "host": .string(url.host),
                "hostname": .string(url.hostname),
                "path": .string(url.path),
                "query": .string(url.rawQuery),
                "opaque": .string(url.opaque),
                "fragment": .string(url.fragment),
                "userinfo": .string(url.userinfoText),
            ])
        }
        table["urlJoin"] = TemplateFunction([.map]) { call in
            guard case .map(let dict, _) = call.arguments.first ?? .null else {
                throw FunctionError("wrong type for value; expected map[string]interface {}")
            }
            var url = GoURL()
            url.scheme = try field(dict, "scheme")
            url.host = try field(dict, "host")
            url.path = try field(dict, "path")
            url.rawQuery = try field(dict, "query")
            url.opaque = try field(dict, "opaque")
            url.fragment = try field(dict, "fragment")
            let userinfo = try field(dict, "userinfo")
            if !userinfo.isEmpty {
                do throws(GoURL.ParseError) {
                    url.user = try GoURL(parsing: "proto://\(userinfo)@host").user
                } catch {
                    throw FunctionError("unable to parse userinfo in dict: \(error.description)")
                }
            }
            return .string(url.string)
        }
    }

    /// A string entry of the dict ("" when missing); other types are Sprig's panic.
    private static func field(_ dict: [String: Value], _ key: String) throws -> String {
        guard let value = dict[key] else { return "" }
        switch value {
        case .string(let text):
            return text
        case .null:
            throw FunctionError("runtime error: invalid memory address or nil pointer dereference")
        default:
            throw FunctionError("unable to parse \(key) key, must be of type string, but \(value.goKindName) found")
        }
    }
}
