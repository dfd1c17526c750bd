import Functions
import KrelCore
import Template
import XCTest

/// Go maps are references: Sprig's set/unset/merge/mergeOverwrite change the map they are
/// given, and every path to that map sees it. Expected outputs come from helm v4.1.4 (the
/// case body rendered as an included partial with the values shown).
final class MapMutationTests: XCTestCase {
    /// `x: {a: 1}` and `l: [{a: 1}, {b: 2}]` as Helm's values.
    static var root: Value {
        .map([
            "Values": .map([
                "x": .map(["a": .float(1)]),
                "l": .list([.map(["a": .float(1)]), .map(["b": .float(2)])]),
            ], .helmValues),
        ], .helmValues)
    }

    func render(_ text: String, data: inout Value) throws -> String {
        let set = TemplateSet(functions: FunctionLibrary.helm)
        try set.addFile(named: "t.yaml", text: text)
        return try set.execute(named: "t.yaml", data: &data)
    }

    func testMutationsReachTheirSource() throws {
        let table: [(String, String)] = [
            (#"{{ $v := .Values.x }}{{ $_ := set $v "k" 1 }}{{ .Values.x.k }}"#, "1"),
            (#"{{ range $k, $m := .Values.l }}{{ $_ := set $m "q" $k }}{{ end }}{{ .Values.l }}"#, "[map[a:1 q:0] map[b:2 q:1]]"),
            (#"{{ tpl "{{ $_ := set .Values \"t\" 1 }}" . }}{{ .Values.t }}"#, "1"),
            (#"{{ with .Values.x }}{{ $_ := set . "w" 1 }}{{ end }}{{ .Values.x.w }}"#, "1"),
            (#"{{ define "t2" }}{{ $_ := set $ "tt" 7 }}{{ end }}{{ template "t2" .Values.x }}{{ .Values.x.tt }}"#, "7"),
            (#"{{ $_ := set (index .Values "x") "i" 1 }}{{ .Values.x.i }}"#, "1"),
            (#"{{ $_ := dict "p" 1 | merge .Values.x }}{{ .Values.x.p }}"#, "1"),
            (#"{{ $d := dict }}{{ $e := $d }}{{ $_ := set $e "k" 1 }}{{ $d.k }}"#, "1"),
            (#"{{ $d := dict }}{{ $d = dict "n" 1 }}{{ $_ := set $d "m" 2 }}{{ $d }}"#, "map[m:2 n:1]"),
            (#"{{ $_ := unset .Values.x "a" }}{{ .Values.x }}"#, "map[]"),
            (#"{{ $_ := set (index .Values.l 1) "z" 9 }}{{ .Values.l }}"#, "[map[a:1] map[b:2 z:9]]"),
            (#"{{ $_ := mergeOverwrite .Values.x (dict "a" 5) }}{{ .Values.x.a }}"#, "5"),
            (#"{{ range $v := list (dict) }}{{ $_ := set $v "k" 1 }}{{ $v.k }}{{ end }}|{{ range list (dict) }}{{ $_ := set . "k" 2 }}{{ .k }}{{ end }}"#, "1|2"),
            (#"{{ with dict "a" 1 }}{{ $_ := set . "b" 2 }}{{ .b }}{{ end }}|{{ template "t" (dict) }}{{ define "t" }}{{ $_ := set . "z" 3 }}{{ .z }}{{ end }}"#, "2|3"),
            (#"{{ $l := list (dict) (dict) }}{{ range $l }}{{ $_ := set . "q" 1 }}{{ end }}{{ $l }}"#, "[map[q:1] map[q:1]]"),
            (#"{{ define "m" }}{{ $_ := set .Values "c" (add1 (default 0 .Values.c)) }}{{ end }}{{ include "m" . }}{{ include "m" $ }}{{ .Values.c }}"#, "2"),
        ]
        for (text, want) in table {
            var data = Self.root
            XCTAssertEqual(try render(text, data: &data), want, text)
        }
    }

    func testMutatingFunctionsAreMarked() {
        for name in FunctionLibrary.mutatingFunctions {
            XCTAssertEqual(FunctionLibrary.helm[name]?.mutatesFirstArgument, true, name)
        }
        XCTAssertEqual(FunctionLibrary.helm["dict"]?.mutatesFirstArgument, false)
    }

    func testRootChangesAreHandedBack() throws {
        var data = Self.root
        _ = try render(#"{{ $_ := set .Values "added" "yes" }}{{ $_ := set .Values.x "b" 2 }}"#, data: &data)
        XCTAssertEqual(data["Values"]?["added"]?.stringValue, "yes")
        XCTAssertEqual(data["Values"]?["x"]?.goFormatted, "map[a:1 b:2]")
        // The Go type of `.Values` survives the write-back.
        XCTAssertEqual(data["Values"]?.goTypeName, "common.Values")
        // A second file sees the first one's changes when given the same data.
        XCTAssertEqual(try render("{{ .Values.added }}", data: &data), "yes")
    }

    func testScalarsAreCopies() throws {
        var data = Self.root
        // A variable holding a scalar keeps its value when the map entry changes.
        XCTAssertEqual(try render(#"{{ $a := .Values.x.a }}{{ $_ := set .Values.x "a" 2 }}{{ $a }} {{ .Values.x.a }}"#, data: &data), "1 2")
    }
}
