import KrelCore
import XCTest

@testable import Template

/// A set of files parsed in Helm's order (deeper paths first, then reverse lexicographic):
/// a later non-empty `define` replaces an earlier one, an empty one (whitespace and
/// comments only) never does. Expected winners come from helm v4.1.4 charts with these
/// files; and `tpl`-style texts: parsed once, their defines local to the call.
final class TemplateSetTests: XCTestCase {
    func testDefineOverridesInHelmParseOrder() throws {
        // Files in Helm's parse order; the case file `{{ template "x" . }}` is parsed with them.
        let rows: [([(String, String)], String)] = [
            ([("templates/_b.tpl", "{{ define \"x\" }}from-b{{ end }}"), ("templates/_a.tpl", "{{ define \"x\" }}from-a{{ end }}")], "from-a"),
            ([("templates/_b.tpl", "{{ define \"x\" }}  {{ end }}"), ("templates/_a.tpl", "{{ define \"x\" }}from-a{{ end }}")], "from-a"),
            ([("templates/_b.tpl", "{{ define \"x\" }}from-b{{ end }}"), ("templates/_a.tpl", "{{ define \"x\" }} {{ end }}")], "from-b"),
            ([("templates/sub/_z.tpl", "{{ define \"x\" }}from-sub{{ end }}"), ("templates/_a.tpl", "{{ define \"x\" }}from-a{{ end }}")], "from-a"),
            ([("templates/_b.tpl", "{{ define \"x\" }}from-b{{ end }}"), ("templates/_a.tpl", "{{ define \"x\" }}{{/* only a comment */}}{{ end }}")], "from-b"),
        ]
        for (files, expected) in rows {
            let set = TemplateSet(functions: [:])
            try set.addFile(named: "testchart/templates/_case.tpl", text: "{{ template \"x\" . }}")
            for (name, text) in files { try set.addFile(named: "testchart/" + name, text: text) }
            XCTAssertEqual(try set.execute(named: "testchart/templates/_case.tpl", data: .null), expected, "\(files)")
            XCTAssertTrue(set.contains("x"))
        }
    }

    func testUnknownTemplateName() {
        let set = TemplateSet(functions: [:], rootName: "gotpl")
        XCTAssertThrowsError(try set.execute(named: "nope", data: .null)) { error in
            XCTAssertEqual(goErrorText(error), "template: no template \"nope\" associated with template \"gotpl\"")
        }
    }

    /// Texts run with `execute(text:)` see the set's defines; their own defines do not leak
    /// into the set or into the next text; the same text gives the same result (or error)
    /// every time (it is parsed once and cached).
    func testTextExecutionIsolationAndCaching() throws {
        let set = TemplateSet(functions: [:])
        try set.addFile(named: "f", text: "{{ define \"shared\" }}S{{ end }}")
        let text = "{{ define \"local\" }}L{{ end }}{{ template \"shared\" }}{{ template \"local\" }}{{ . }}"
        XCTAssertEqual(try set.execute(text: text, name: "gotpl", data: .int(1)), "SL1")
        XCTAssertEqual(try set.execute(text: text, name: "gotpl", data: .int(2)), "SL2")
        XCTAssertFalse(set.contains("local"))
        XCTAssertThrowsError(try set.execute(text: "{{ template \"local\" }}", name: "gotpl", data: .null)) { error in
            XCTAssertEqual(goErrorText(error), "template: gotpl:1:12: executing \"gotpl\" at <{{template \"local\"}}>: template \"local\" not defined")
        }
        // A text's non-empty define shadows the set's for that call only; an empty one does not.
        XCTAssertEqual(try set.execute(text: "{{ define \"shared\" }}T{{ end }}{{ template \"shared\" }}", name: "gotpl", data: .null), "T")
        XCTAssertEqual(try set.execute(text: "{{ define \"shared\" }} {{ end }}{{ template \"shared\" }}", name: "gotpl", data: .null), "S")
        XCTAssertEqual(try set.execute(named: "shared", data: .null), "S")
        for _ in 0..<2 {
            XCTAssertThrowsError(try set.execute(text: "{{ 3-}}", name: "gotpl", data: .null)) { error in
                XCTAssertEqual(goErrorText(error), "template: gotpl:1: bad number syntax: \"3-\"")
            }
        }
    }

    /// Changes made with a mutating function to maps reachable from the root data are
    /// handed back to the caller (Helm's next file sees them).
    func testRootDataChangesAreReturned() throws {
        let set = TemplateSet(functions: TestFunctions.table)
        try set.addFile(named: "f", text: "{{ $_ := set .Values \"k\" \"v\" }}{{ $_ := set .Values.sub \"n\" 1 }}")
        var data = TemplateRunner.root(.map(["sub": .map([:])], .helmValues))
        _ = try set.execute(named: "f", data: &data)
        XCTAssertEqual(TemplateRunner.run("{{ .Values.k }} {{ .Values.sub.n }}", values: data["Values"] ?? .null), .output("v 1"))
    }
}
