/// A command-line flag parser with the conventions of Helm's CLI (cobra/pflag):
/// `--name value`, `--name=value`, `-n value`, `-nvalue`, `-n=value`, bool flags with an
/// optional `=true|false`, grouped bool shorthands, `--` ending flags, and positionals
/// interspersed with flags.
struct FlagParser {
    enum Kind: Equatable {
        case bool
        /// One value per occurrence, kept whole (pflag's StringArray).
        case stringArray
        /// Values split on commas (pflag's StringSlice / Helm's ValueFiles).
        case stringSlice
        /// A single value; the last occurrence wins.
        case string
        /// A value given only as `--name=value`; bare `--name` means the default (pflag's NoOptDefVal).
        case optional(String)
    }

    struct Spec {
        var name: String
        var shorthand: Character?
        var kind: Kind
    }

    /// The parsed command line.
    struct Result {
        var positionals: [String] = []
        /// Values by long flag name, in command-line order.
        var values: [String: [String]] = [:]

        func bool(_ name: String) -> Bool { values[name]?.last == "true" }
        func string(_ name: String) -> String? { values[name]?.last }
        func strings(_ name: String) -> [String] { values[name] ?? [] }
        func isSet(_ name: String) -> Bool { values[name] != nil }
    }

    struct ParseError: Error, Equatable {
        var message: String
    }

    var specs: [Spec]

    func parse(_ arguments: [String]) throws(ParseError) -> Result {
        var result = Result()
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            if arg == "--" {
                result.positionals.append(contentsOf: rest)
                break
            } else if arg.hasPrefix("--") {
                try parseLong(String(arg.dropFirst(2)), rest: &rest, into: &result)
            } else if arg.hasPrefix("-") && arg.count > 1 {
                try parseShorts(String(arg.dropFirst()), rest: &rest, into: &result)
            } else {
                result.positionals.append(arg)
            }
        }
        return result
    }

    private func parseLong(_ body: String, rest: inout ArraySlice<String>, into result: inout Result) throws(ParseError) {
        let name: String
        var inlineValue: String?
        if let eq = body.firstIndex(of: "=") {
            name = String(body[..<eq])
            inlineValue = String(body[body.index(after: eq)...])
        } else {
            name = body
        }
        guard let spec = specs.first(where: { $0.name == name }) else {
            throw ParseError(message: "unknown flag: --\(name)")
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else if spec.kind == .bool {
            value = "true"
        } else if case .optional(let implied) = spec.kind {
            value = implied
        } else if let next = rest.popFirst() {
            value = next
        } else {
            throw ParseError(message: "flag needs an argument: --\(name)")
        }
        try record(spec, value, into: &result)
    }

    private func parseShorts(_ body: String, rest: inout ArraySlice<String>, into result: inout Result) throws(ParseError) {
        var shorts = Substring(body)
        while let c = shorts.first {
            guard let spec = specs.first(where: { $0.shorthand == c }) else {
                throw ParseError(message: "unknown shorthand flag: '\(c)' in -\(body)")
            }
            let after = shorts.dropFirst()
            if after.first == "=" {
                try record(spec, String(after.dropFirst()), into: &result)
                return
            }
            if case .optional(let implied) = spec.kind {
                try record(spec, implied, into: &result)
                shorts = after
                continue
            }
            if spec.kind == .bool {
                try record(spec, "true", into: &result)
                shorts = after
                continue
            }
            if !after.isEmpty {
                try record(spec, String(after), into: &result)
            } else if let next = rest.popFirst() {
                try record(spec, next, into: &result)
            } else {
                throw ParseError(message: "flag needs an argument: '\(c)' in -\(body)")
            }
            return
        }
    }

    private func record(_ spec: Spec, _ value: String, into result: inout Result) throws(ParseError) {
        switch spec.kind {
        case .bool:
            switch value {
            case "true", "1", "t", "T", "TRUE", "True": result.values[spec.name, default: []].append("true")
            case "false", "0", "f", "F", "FALSE", "False": result.values[spec.name, default: []].append("false")
            default:
                throw ParseError(
                    message: "invalid argument \"\(value)\" for \"--\(spec.name)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax")
            }
        case .string, .optional:
            result.values[spec.name] = [value]
        case .stringArray:
            result.values[spec.name, default: []].append(value)
        case .stringSlice:
            // An empty value adds nothing, as pflag's CSV reader gives no fields.
            let parts = value.isEmpty ? [] : value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            result.values[spec.name, default: []].append(contentsOf: parts)
        }
    }
}
