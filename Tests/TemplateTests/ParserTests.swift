import KrelCore
import XCTest

@testable import Template

/// The parser: Go's parse errors with their lines, the node text Go prints for pipelines
/// (`ParserTables`, from helm), and the shape of the tree for control structures.
final class ParserTests: XCTestCase {
    func parse(_ text: String, name: String = "t") throws -> ParsedFile {
        let set = TemplateSet(functions: TestFunctions.table)
        return try Parser.parse(name: name, text: Array(text.utf8), functions: set.core.functions)
    }

    /// Parse errors (and templates Go accepts but rejects at once when run).
    func testParseErrorsWithLines() {
        TemplateRunner.check(ParserTables.parseErrors)
    }

    /// Go's `String()` of a pipeline, as shown in `at <{{template "nope" ...}}>`.
    func testPipelineNodeText() {
        for (source, text) in ParserTables.nodeText {
            let template = "{{ $x := 1 }}{{ template \"nope\" \(source) }}"
            let set = TemplateSet(functions: TestFunctions.table)
            XCTAssertThrowsError(try {
                try set.addFile(named: "gotpl", text: template)
                _ = try set.execute(named: "gotpl", data: .null)
            }(), source) { error in
                XCTAssertEqual((error as? TemplateExecutionError)?.nodeText, "{{template \"nope\" \(text)}}", source)
            }
        }
    }

    /// The parse error is a typed value with the template name and line.
    func testParseErrorIsTyped() {
        XCTAssertThrowsError(try parse("a\n\n{{ if }}", name: "app/t.yaml")) { error in
            XCTAssertEqual(error as? TemplateParseError, TemplateParseError(templateName: "app/t.yaml", line: 3, message: "missing value for if"))
        }
    }

    /// `{{else if}}` / `{{else with}}` become a nested if/with in the else list (Go's
    /// parser does the same), so one `{{end}}` closes the chain.
    func testElseChainsNest() throws {
        let file = try parse("{{ if .a }}1{{ else if .b }}2{{ else }}3{{ end }}{{ with .c }}4{{ else with .d }}5{{ end }}")
        guard case .ifNode(let outer) = file.main.root.first, let outerElse = outer.elseList,
            case .ifNode(let inner) = outerElse.first,
            case .withNode(let with) = file.main.root.last, let withElse = with.elseList,
            case .withNode(let innerWith) = withElse.first
        else { return XCTFail("unexpected tree") }
        XCTAssertEqual(file.main.root.count, 2)
        XCTAssertEqual(outerElse.count, 1)
        XCTAssertEqual(inner.pipeline.goText, ".b")
        XCTAssertEqual(inner.elseList?.count, 1)
        XCTAssertEqual(withElse.count, 1)
        XCTAssertEqual(innerWith.pipeline.goText, ".d")
        XCTAssertNil(innerWith.elseList)
    }

    func testRangeDeclarationsAndLoopControl() throws {
        let file = try parse("{{ range $i, $v := .l }}{{ if $v }}{{ break }}{{ end }}{{ continue }}{{ end }}")
        guard case .rangeNode(let range) = file.main.root.first else { return XCTFail("no range") }
        XCTAssertEqual(range.pipeline.declarations.map(\.name), ["$i", "$v"])
        XCTAssertFalse(range.pipeline.isAssign)
        XCTAssertEqual(range.pipeline.goText, "$i, $v := .l")
        guard case .ifNode(let inner) = range.list.first, case .breakLoop = inner.list.first, case .continueLoop = range.list.last
        else { return XCTFail("no break/continue") }
    }

    func testDefinesAndBlocks() throws {
        let file = try parse("a{{ define \"x\" }}X{{ end }}{{ block \"b\" .y }}B{{ end }}{{ define \"x\" }} {{ end }}")
        XCTAssertEqual(file.defines.map(\.name), ["x", "b"])
        XCTAssertFalse(file.defines[0].isEmpty, "an empty later define does not replace a non-empty one")
        guard case .templateCall(let call) = file.main.root.last else { return XCTFail("block leaves a template call") }
        XCTAssertEqual(call.goText, "{{template \"b\" .y}}")
    }

    /// Comments and whitespace-only text leave an empty tree (Go's IsEmptyTree).
    func testEmptyTrees() throws {
        XCTAssertTrue(try parse("  \n{{/* c */}}\t").main.isEmpty)
        XCTAssertTrue(try parse("{{ define \"e\" }} {{/* c */}} {{ end }}").defines[0].isEmpty)
        XCTAssertFalse(try parse("{{ define \"e\" }} x {{ end }}").defines[0].isEmpty)
        XCTAssertFalse(try parse("{{ 1 }}").main.isEmpty)
    }

    /// Each node remembers the byte offset Go reports for it (`line:col` in errors); a
    /// parenthesised pipeline starts at its first token (Go's `newPipeline`).
    func testOperandPositions() throws {
        let file = try parse("ab\n{{ print .x (len $) }}")
        guard case .action(let pipe) = file.main.root.last, let command = pipe.commands.first else { return XCTFail("no action") }
        XCTAssertEqual(command.arguments.map(\.position), [6, 12, 16])
        XCTAssertEqual(file.main.source.location(of: command.arguments[1].position), "t:2:9")
    }
}
