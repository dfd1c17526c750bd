import KrelCore
import XCTest

@testable import Template

/// What a table row expects: the exact output, or Go's exact error text (`err.Error()`).
enum Expected: Equatable, CustomStringConvertible {
    case output(String)
    case error(String)

    var description: String {
        switch self {
        case .output(let text): "output \(text.debugDescription)"
        case .error(let text): "error \(text.debugDescription)"
        }
    }
}

/// A small function table standing in for the Sprig/Helm functions the tables use, so the
/// Template tests do not depend on the Functions module. Each one behaves like the real
/// function for the arguments used here (the rows' expected values come from helm).
enum TestFunctions {
    static let table: FunctionTable = [
        "list": TemplateFunction([], variadic: .any) { call in .list(call.arguments) },
        "dict": TemplateFunction([], variadic: .any) { call in
            var map: [String: Value] = [:]
            var index = 0
            while index < call.arguments.count {
                let key = call.arguments[index].stringValue ?? call.arguments[index].goFormatted
                map[key] = index + 1 < call.arguments.count ? call.arguments[index + 1] : .string("")
                index += 2
            }
            return .map(map)
        },
        "set": TemplateFunction([.map, .string, .any]) { call in
            guard case .map(var entries, let type) = call.arguments[0], case .string(let key) = call.arguments[1] else {
                throw FunctionError("bad arguments")
            }
            entries[key] = call.arguments[2]
            call.arguments[0] = .map(entries, type)
            return .map(entries)
        }.mutatingFirstArgument(),
        "sub": TemplateFunction([.any, .any]) { call in
            guard case .int(let a, _) = call.arguments[0], case .int(let b, _) = call.arguments[1] else {
                throw FunctionError("sub wants integers in these tests")
            }
            return .int(a &- b, .int64)
        },
        "include": TemplateFunction([.string, .any]) { call in
            guard case .string(let name) = call.arguments[0], let engine = call.engine else { return .string("") }
            return .string(try engine.executeTemplate(named: name, argumentAt: 1, of: call))
        },
        // Helm's `tpl`: its own error prefixes, and `<no value>` removed from the result.
        "tpl": TemplateFunction([.string, .map]) { call in
            guard case .string(let text) = call.arguments[0], let engine = call.engine else { return .string("") }
            do {
                let out = try engine.executeText(text, name: "gotpl", argumentAt: 1, of: call)
                return .string(out.replacingOccurrences(of: "<no value>", with: ""))
            } catch let error as TemplateParseError {
                throw WrappedError("cannot parse template \(GoQuote.quote(text))", cause: error)
            } catch {
                throw WrappedError("error during tpl function execution for \(GoQuote.quote(text))", cause: error)
            }
        },
        // Helm's `required`/`fail`: the message between the markers HelmErrorText looks for.
        "required": TemplateFunction([.string, .any]) { call in
            switch call.arguments[1] {
            case .null, .string(""):
                throw FunctionError(HelmErrorText.userErrorStart + (call.arguments[0].stringValue ?? "") + HelmErrorText.userErrorEnd)
            default: return call.arguments[1]
            }
        },
        "fail": TemplateFunction([.string]) { call in
            throw FunctionError(HelmErrorText.userErrorStart + (call.arguments[0].stringValue ?? "") + HelmErrorText.userErrorEnd)
        },
    ]
}

/// Runs one template the way the rows were produced with helm.
enum TemplateRunner {
    /// The `.Values` every executor row sees (the same values were given to helm;
    /// numbers from a values file are float64 in Helm).
    static let values: Value = json(#"""
        {"s": "hello", "e": "", "z": 0, "one": 1, "f": 1.5, "t": true, "fl": false, "nul": null,
         "l": [1, "a", true], "el": [], "m": {"b": 2, "a": 1, "c": {"d": "deep"}}, "em": {},
         "sl": ["x", "y", "z"], "n": {"x": {"y": "z"}}}
        """#)

    static func root(_ values: Value) -> Value { .map(["Values": values], .helmValues) }

    /// Parses and executes `template` as the file `name`; the result or Go's error text.
    static func run(_ template: String, name: String = "gotpl", values: Value = values, extraRoot: [String: Value] = [:], functions: FunctionTable = TestFunctions.table) -> Expected {
        let set = TemplateSet(functions: functions)
        do {
            try set.addFile(named: name, text: template)
            var data = root(values)
            if case .map(var entries, let type) = data {
                entries.merge(extraRoot) { a, _ in a }
                data = .map(entries, type)
            }
            return .output(try set.execute(named: name, data: &data))
        } catch {
            return .error(goErrorText(error))
        }
    }

    /// Checks every row, naming the failing template.
    static func check(
        _ rows: [(String, Expected)], name: String = "gotpl", values: Value = values, extraRoot: [String: Value] = [:],
        functions: FunctionTable = TestFunctions.table, file: StaticString = #filePath, line: UInt = #line
    ) {
        for (template, expected) in rows {
            let actual = run(template, name: name, values: values, extraRoot: extraRoot, functions: functions)
            XCTAssertEqual(actual, expected, "template: \(template.debugDescription)", file: file, line: line)
        }
    }

    // MARK: - JSON for values

    /// A minimal JSON reader for test values: numbers become float64, as in Helm's values.
    static func json(_ text: String) -> Value {
        var reader = JSONReader(bytes: Array(text.utf8))
        return reader.value()
    }

    private struct JSONReader {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
        }

        mutating func value() -> Value {
            skipSpace()
            guard i < bytes.count else { return .null }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var map: [String: Value] = [:]
                while true {
                    skipSpace()
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .map(map) }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    let key = string()
                    skipSpace()
                    i += 1  // ':'
                    map[key] = value()
                }
            case UInt8(ascii: "["):
                i += 1
                var list: [Value] = []
                while true {
                    skipSpace()
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(list) }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    list.append(value())
                }
            case UInt8(ascii: "\""): return .string(string())
            case UInt8(ascii: "t"): i += 4; return .bool(true)
            case UInt8(ascii: "f"): i += 5; return .bool(false)
            case UInt8(ascii: "n"): i += 4; return .null
            default:
                let start = i
                while i < bytes.count, "+-.0123456789eE".utf8.contains(bytes[i]) { i += 1 }
                return .float(Double(String(decoding: bytes[start..<i], as: UTF8.self)) ?? 0)
            }
        }

        /// A string without escapes other than `\"`, `\\` and `\n` (enough for the tables).
        mutating func string() -> String {
            i += 1
            var out: [UInt8] = []
            while bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") {
                    i += 1
                    out.append(bytes[i] == UInt8(ascii: "n") ? 0x0A : bytes[i])
                } else {
                    out.append(bytes[i])
                }
                i += 1
            }
            i += 1
            return String(decoding: out, as: UTF8.self)
        }
    }
}
