import KrelCore
import Template

/// Sprig's regular expression functions on our Go-compatible engine (`GoRegex`).
///
/// The plain forms panic on a bad pattern (`regexp: Compile(...)`), except `regexMatch`
/// which just answers false; the `must` forms return Go's parse error.
enum RegexFunctions {
    static func register(into table: inout FunctionTable) {
        table["regexMatch"] = TemplateFunction([.string, .string]) { call in
            .bool((try? GoRegex(try string(call, 0)))?.matches(try string(call, 1)) ?? false)
        }
        table["mustRegexMatch"] = TemplateFunction([.string, .string]) { call in
            .bool(try compile(call, must: true).matches(try string(call, 1)))
        }
        for (name, must) in [("regexFindAll", false), ("mustRegexFindAll", true)] {
            table[name] = TemplateFunction([.string, .string, .int]) { call in
                let regex = try compile(call, must: must)
                return strings(regex.findAll(in: try string(call, 1), limit: try int(call, 2)))
            }
        }
        for (name, must) in [("regexFind", false), ("mustRegexFind", true)] {
            table[name] = TemplateFunction([.string, .string]) { call in
                .string(try compile(call, must: must).findFirst(in: try string(call, 1)))
            }
        }
        for (name, must) in [("regexReplaceAll", false), ("mustRegexReplaceAll", true)] {
            table[name] = TemplateFunction([.string, .string, .string]) { call in
                .string(try compile(call, must: must).replaceAll(in: try string(call, 1), template: try string(call, 2)))
            }
        }
        for (name, must) in [("regexReplaceAllLiteral", false), ("mustRegexReplaceAllLiteral", true)] {
            table[name] = TemplateFunction([.string, .string, .string]) { call in
                .string(try compile(call, must: must).replaceAllLiteral(in: try string(call, 1), with: try string(call, 2)))
            }
        }
        for (name, must) in [("regexSplit", false), ("mustRegexSplit", true)] {
            table[name] = TemplateFunction([.string, .string, .int]) { call in
                strings(try compile(call, must: must).split(try string(call, 1), limit: try int(call, 2)))
            }
        }
        table["regexQuoteMeta"] = TemplateFunction([.string]) { call in
            .string(GoRegex.quoteMeta(try string(call, 0)))
        }
    }

    /// Compiles argument 0. A `must` form reports Go's parse error; a plain form reports
    /// the panic of `regexp.MustCompile`.
    static func compile(_ call: FunctionCall, must: Bool) throws -> GoRegex {
        let pattern = try string(call, 0)
        do {
            return try GoRegex(pattern)
        } catch {
            if must { throw FunctionError(error.description) }
            throw FunctionError("regexp: Compile(\(GoQuoting.backquoteOrQuote(pattern))): \(error.description)")
        }
    }

    /// A Go `[]string` result.
    static func strings(_ items: [String]) -> Value {
        .list(items.map { .string($0) }, .strings)
    }

    static func string(_ call: FunctionCall, _ index: Int) throws -> String {
        guard index < call.arguments.count, case .string(let text) = call.arguments[index] else {
            throw FunctionError("wrong type for value; expected string")
        }
        return text
    }

    static func int(_ call: FunctionCall, _ index: Int) throws -> Int {
        guard index < call.arguments.count, case .int(let value, _) = call.arguments[index] else {
            throw FunctionError("wrong type for value; expected int")
        }
        return Int(value)
    }
}

/// Go's quoting helpers that error messages use.
enum GoQuoting {
    /// `regexp`'s `quote`: a raw backquoted string when possible, else `strconv.Quote`.
    static func backquoteOrQuote(_ text: String) -> String {
        let canBackquote = text.unicodeScalars.allSatisfy { scalar in
            scalar != "`" && scalar != "\u{FEFF}" && scalar != "\u{7F}" && (scalar.value >= 0x20 || scalar == "\t")
        }
        return canBackquote ? "`" + text + "`" : GoQuote.quote(text)
    }
}
