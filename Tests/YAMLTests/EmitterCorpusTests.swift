import XCTest
import KrelCore
@testable import YAML

/// Runs the toYaml / toYamlPretty conformance cases whose templates only apply the two
/// functions to `.Values` (or `dict`/`list` of one value). Values come from helm itself
/// (see Tests/YAMLFixtures/gen-emitter-fixtures.py), expected outputs from the corpus.
final class EmitterCorpusTests: XCTestCase {
    struct Case {
        let file: String, name: String, template: String, values: Value, expect: String
    }

    static func loadCases() throws -> [Case] {
        var cases: [Case] = []
        for line in EmitterCorpusFixtures.jsonLines.split(separator: "\n") {
            let decoded = GoJSON.unmarshal(String(line), into: .map)
            guard decoded.error == nil, let row = decoded.value.mapValue,
                  let file = row["file"]?.stringValue, let name = row["name"]?.stringValue,
                  let template = row["template"]?.stringValue, let valuesJSON = row["values"]?.stringValue,
                  let expect = row["expect"]?.stringValue else {
                throw YAMLEmitError("bad fixture line: \(line.prefix(80))")
            }
            let values = GoJSON.unmarshal(valuesJSON, into: .map)
            if let error = values.error { throw error }
            cases.append(Case(file: file, name: name, template: template, values: values.value, expect: expect))
        }
        return cases
    }

    func testCorpusCases() throws {
        let cases = try Self.loadCases()
        var passed = 0, skipped: [String] = []
        for c in cases {
            guard let output = MiniTemplate.render(c.template, values: c.values) else {
                skipped.append(c.name)
                continue
            }
            if output == c.expect {
                passed += 1
            } else {
                XCTFail("\(c.file) \(c.name):\n  want \(c.expect.debugDescription)\n  got  \(output.debugDescription)")
            }
        }
        print("emitter corpus: \(passed) passed of \(cases.count); skipped \(skipped.count): \(skipped.joined(separator: ", "))")
        XCTAssertGreaterThan(passed, 240)
    }
}

/// Just enough of a template engine for the corpus probes: text with
/// `{{ toYaml X }}` / `{{ toYamlPretty X }}` / `{{ mustToYaml X }}` actions where X is
/// `.Values`, `.Values.key`, `(dict .Values.v 1)` or `(list .Values.v)`. nil for anything else.
enum MiniTemplate {
    static func render(_ template: String, values: Value) -> String? {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            var body = rest[open.upperBound...]
            if body.hasPrefix("- ") {
                // `{{-` trims the whitespace before the action.
                while let last = out.last, last == " " || last == "\n" { out.removeLast() }
                body = body.dropFirst(2)
            } else if body.hasPrefix(" ") {
                body = body.dropFirst()
            } else {
                return nil
            }
            guard let close = body.range(of: " }}") else { return nil }
            let action = body[..<close.lowerBound]
            rest = body[close.upperBound...]
            guard let text = evaluate(String(action), values: values) else { return nil }
            out += text
        }
        return out + rest
    }

    /// `FUNC ARG` optionally followed by `| nindent N`, `| indent N` or `| len`.
    private static func evaluate(_ action: String, values: Value) -> String? {
        let stages = action.components(separatedBy: " | ")
        let parts = stages[0].split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let argument = argument(parts[1], values: values) else { return nil }
        var text: String
        switch parts[0] {
        case "toYaml", "mustToYaml": text = (try? YAMLEmitter.toYaml(argument)) ?? ""
        case "toYamlPretty": text = (try? YAMLEmitter.toYamlPretty(argument)) ?? ""
        default: return nil
        }
        for stage in stages.dropFirst() {
            let words = stage.split(separator: " ")
            if words.count == 2, let n = Int(words[1]), words[0] == "indent" || words[0] == "nindent" {
                let pad = String(repeating: " ", count: n)
                text = pad + text.replacingOccurrences(of: "\n", with: "\n" + pad)
                if words[0] == "nindent" { text = "\n" + text }
            } else if words == ["len"] {
                text = String(text.utf8.count)
            } else {
                return nil
            }
        }
        return text
    }

    private static func argument(_ text: String, values: Value) -> Value? {
        if text == ".Values" { return values }
        if text.hasPrefix(".Values."), !text.dropFirst(8).contains(where: { $0 == " " || $0 == "." }) {
            return values[String(text.dropFirst(8))] ?? .null
        }
        if text == "(list .Values.v)" { return .list([values["v"] ?? .null]) }
        if text == "(dict .Values.v 1)", let key = values["v"]?.stringValue {
            return .map([key: .int(1)])
        }
        return nil
    }
}
