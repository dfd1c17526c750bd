import KrelCore
import XCTest

@testable import Template

/// Helm's rewriting of template errors (`HelmErrorText`): the multi-line trace when every
/// link is a template error, Go's one-line chain when a function's error is in it,
/// `execution error at (...)` for `required`/`fail`, shortened parse errors; and the
/// `line:col` (0-based byte column of the blamed node) inside them. Rows: `ErrorTextTables`.
final class ErrorTextTests: XCTestCase {
    static let caseFile = "testchart/templates/_case.tpl"
    static let outFile = "testchart/templates/out.yaml"

    /// The corpus harness: `out.yaml` includes the case file; `b64enc`/`quote` only have to
    /// exist, as every row fails inside the include.
    static let functions: FunctionTable = TestFunctions.table.merging([
        "b64enc": TemplateFunction([.string]) { call in call.arguments[0] },
        "quote": TemplateFunction([], variadic: .any) { call in call.arguments.first ?? .null },
    ]) { a, _ in a }

    func helmError(_ template: String) -> String? {
        let set = TemplateSet(functions: Self.functions)
        do {
            try set.addFile(named: Self.caseFile, text: template)
            try set.addFile(named: Self.outFile, text: "k0: {{ include \"\(Self.caseFile)\" . | b64enc | quote }}\n")
            var data = TemplateRunner.root(TemplateRunner.values)
            _ = try set.execute(named: Self.outFile, data: &data)
            return nil
        } catch let error as TemplateParseError {
            return HelmErrorText.parseError(error)
        } catch {
            return HelmErrorText.executionError(error)
        }
    }

    func testHelmErrorTexts() {
        for (template, expected) in ErrorTextTables.helmErrors {
            XCTAssertEqual(helmError(template), expected, template.debugDescription)
        }
    }

    /// Locations count lines from 1 and bytes (not characters) from 0 within the line.
    func testLocations() {
        let source = SourceText(parseName: "f", bytes: Array("ab\né{{ x }}\n\n".utf8))
        let rows: [(Int, String)] = [(0, "f:1:0"), (2, "f:1:2"), (3, "f:2:0"), (5, "f:2:2"), (12, "f:2:9"), (13, "f:3:0"), (14, "f:4:0"), (99, "f:4:0")]
        for (offset, expected) in rows {
            XCTAssertEqual(source.location(of: offset), expected, "offset \(offset)")
        }
    }

    /// The typed error carries the parts Helm's trace is built from.
    func testExecutionErrorParts() {
        let set = TemplateSet(functions: [:])
        XCTAssertThrowsError(try {
            try set.addFile(named: "f", text: "x\n  {{ .a.b.c }}")
            _ = try set.execute(named: "f", data: .map(["a": .map([:])]))
        }()) { error in
            guard let exec = error as? TemplateExecutionError else { return XCTFail("\(error)") }
            XCTAssertEqual(exec.location, "f:2:7")
            XCTAssertEqual(exec.nodeText, ".a.b.c")
            XCTAssertEqual(exec.message, "nil pointer evaluating interface {}.c")
            XCTAssertEqual(HelmErrorText.executionError(exec), "f:2:7\n  executing \"f\" at <.a.b.c>:\n    nil pointer evaluating interface {}.c")
        }
    }

    /// A parse error message without `": "` inside keeps Go's whole text after the location.
    func testParseErrorShortening() {
        let rows: [(TemplateParseError, String)] = [
            (TemplateParseError(templateName: "c/t.yaml", line: 4, message: "bad number syntax: \"3-\""), "parse error at (c/t.yaml:4): \"3-\""),
            (TemplateParseError(templateName: "c/t.yaml", line: 1, message: "unexpected EOF"), "parse error at (c/t.yaml:1): unexpected EOF"),
            (TemplateParseError(templateName: "c/t.yaml", line: 2, message: "template: multiple definition of template \"a\""),
             "parse error at (c/t.yaml:2): multiple definition of template \"a\""),
        ]
        for (error, expected) in rows {
            XCTAssertEqual(HelmErrorText.parseError(error), expected)
        }
    }
}
