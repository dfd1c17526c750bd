import KrelCore
import Template
import XCTest

/// Go's raw error texts, with positions and node text; expected strings come from the
/// `helm_error` fields of the conformance corpus (the inner link of each chain).
final class ExecutorErrorTests: XCTestCase {
    static let file = "testchart/templates/_case.tpl"

    func run(_ template: String, values: Value = .map([:])) -> String {
        let set = TemplateSet(functions: [:])
        do {
            try set.addFile(named: Self.file, text: template)
            return try set.execute(named: Self.file, data: .map(["Values": values], .helmValues))
        } catch {
            return goErrorText(error)
        }
    }

    func testExecutionErrorTexts() {
        let cases: [(String, Value, String)] = [
            ("{{ if .Values.missing.deeper }}set{{ else }}unset{{ end }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:13: executing \"testchart/templates/_case.tpl\" at <.Values.missing.deeper>: nil pointer evaluating interface {}.deeper"),
            ("{{ range $i, $j := 3 }}{{ $i }}{{ end }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:19: executing \"testchart/templates/_case.tpl\" at <3>: can't use 3 to iterate over more than one variable"),
            ("{{ range 2.5 }}{{ . }}{{ end }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:9: executing \"testchart/templates/_case.tpl\" at <2.5>: range can't iterate over 2.5"),
            ("{{ range .Values.num }}{{ . }}{{ end }}", .map(["num": .float(3)]),
             "template: testchart/templates/_case.tpl:1:16: executing \"testchart/templates/_case.tpl\" at <.Values.num>: range can't iterate over 3"),
            ("{{ template \"act.nope\" . }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:12: executing \"testchart/templates/_case.tpl\" at <{{template \"act.nope\" .}}>: template \"act.nope\" not defined"),
            ("{{ $a = 2 }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:8: executing \"testchart/templates/_case.tpl\" at <2>: undefined variable: $a"),
            ("{{ \"x\" | .Values.a }}", .map(["a": .float(1)]),
             "template: testchart/templates/_case.tpl:1:16: executing \"testchart/templates/_case.tpl\" at <.Values.a>: a is not a method but has arguments"),
            ("{{ .Values.s.length }}", .map(["s": .string("hello")]),
             "template: testchart/templates/_case.tpl:1:10: executing \"testchart/templates/_case.tpl\" at <.Values.s.length>: can't evaluate field length in type interface {}"),
            ("{{ nil }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <nil>: nil is not a command"),
            ("{{ 9223372036854775808 }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <9223372036854775808>: 9223372036854775808 overflows int"),
            ("{{ index (list 1 2) 5 }}", .map([:]), "function \"list\" not defined"),
            ("{{ len 5 }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <len 5>: error calling len: len of type int"),
            ("{{ eq .Values.replicas 1 }}", .map(["replicas": .float(1)]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <eq .Values.replicas 1>: error calling eq: incompatible types for comparison: float64 and int"),
            ("{{ and }}", .map([:]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <and>: wrong number of args for and: want at least 1 got 0"),
            ("{{ call .Values.a }}", .map(["a": .float(1)]),
             "template: testchart/templates/_case.tpl:1:3: executing \"testchart/templates/_case.tpl\" at <call .Values.a>: error calling call: non-function .Values.a of type float64"),
        ]
        for (template, values, expected) in cases {
            XCTAssertTrue(run(template, values: values).contains(expected), "\(template): \(run(template, values: values))")
        }
    }

    func testParseErrorTexts() {
        let cases: [(String, String)] = [
            ("{{ 3-}}", "template: testchart/templates/_case.tpl:1: bad number syntax: \"3-\""),
            ("{{ define \"a\" }}1{{ end }}{{ define \"a\" }}2{{ end }}",
             "template: testchart/templates/_case.tpl:1: template: multiple definition of template \"a\""),
            ("\n{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}", "template: testchart/templates/_case.tpl:2: undefined variable \"$x\""),
            ("{{ nosuchfunc 1 }}", "template: testchart/templates/_case.tpl:1: function \"nosuchfunc\" not defined"),
            ("{{ .Values.a-b }}", "template: testchart/templates/_case.tpl:1: bad character U+002D '-'"),
            ("{{ 'ab' }}", "template: testchart/templates/_case.tpl:1: malformed character constant: 'ab'"),
        ]
        for (template, expected) in cases {
            XCTAssertEqual(run(template), expected)
        }
    }

    func testHelmParseErrorShape() throws {
        let set = TemplateSet(functions: [:])
        XCTAssertThrowsError(try set.addFile(named: "app/templates/t.yaml", text: "{{3-}}")) { error in
            guard let parse = error as? TemplateParseError else { return XCTFail("not a parse error") }
            XCTAssertEqual(HelmErrorText.parseError(parse), "parse error at (app/templates/t.yaml:1): \"3-\"")
        }
    }

    /// Unbounded `{{template}}` recursion stops with Go's message instead of crashing.
    func testTemplateRecursionIsBounded() {
        let text = run("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}")
        XCTAssertTrue(text.contains("exceeded maximum template depth (100000)"), text)
    }
}
