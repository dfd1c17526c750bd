import KrelCore
import XCTest

@testable import Template

/// Maps shared between containers built by functions keep one identity: the executor
/// links them when functions report sharing (`FunctionCall.shareResult`) and applies the
/// assignments mutating functions report (`recordAssignment`). The stand-in functions
/// below report the way the Sprig ones do; expected outputs come from helm v4.1.4 with
/// `TemplateRunner.values` as the chart's values.
final class MapSharingExecutorTests: XCTestCase {
    static let functions: FunctionTable = {
        var table = TestFunctions.table
        table["dict"] = TemplateFunction([], variadic: .any) { call in
            var map: [String: Value] = [:]
            var index = 0
            while index + 1 < call.arguments.count {
                let key = call.arguments[index].stringValue ?? ""
                map[key] = call.arguments[index + 1]
                call.shareResult([.key(key)], withArgument: index + 1)
                index += 2
            }
            return .map(map)
        }
        table["list"] = TemplateFunction([], variadic: .any) { call in
            for index in call.arguments.indices { call.shareResult([.index(index)], withArgument: index) }
            return .list(call.arguments)
        }
        table["get"] = TemplateFunction([.map, .string]) { call in
            guard case .map(let entries, _) = call.arguments[0], case .string(let key) = call.arguments[1],
                let value = entries[key]
            else { return .string("") }
            call.shareResult(withArgument: 0, at: [.key(key)])
            return value
        }
        table["set"] = TemplateFunction([.map, .string, .any]) { call in
            guard case .map(var entries, let type) = call.arguments[0], case .string(let key) = call.arguments[1] else {
                throw FunctionError("bad arguments")
            }
            entries[key] = call.arguments[2]
            call.arguments[0] = .map(entries, type)
            call.recordAssignment(at: [.key(key)], fromArgument: 2)
            call.shareResult(withArgument: 0)
            return .map(entries)
        }.mutatingFirstArgument()
        table["unset"] = TemplateFunction([.map, .string]) { call in
            guard case .map(var entries, let type) = call.arguments[0], case .string(let key) = call.arguments[1] else {
                throw FunctionError("bad arguments")
            }
            entries.removeValue(forKey: key)
            call.arguments[0] = .map(entries, type)
            call.recordAssignment(at: [.key(key)])
            return .map(entries)
        }.mutatingFirstArgument()
        return table
    }()

    func testSharedMapsKeepOneIdentity() {
        let rows: [(String, Expected)] = [
            (#"{{ define "e" }}{{ $_ := set .ctx "k" 1 }}{{ end }}{{ $c := dict }}{{ include "e" (dict "ctx" $c) }}{{ include "e" (dict "ctx" (dict "inner" $c).inner) }}{{ $c }}"#,
             .output(#"map[k:1]"#)),
            (#"{{ $a := dict }}{{ $d := dict "a" $a }}{{ $_ := set $d.a "y" 2 }}{{ $_ := set $a "z" 3 }}{{ $a }} {{ $d }}"#,
             .output(#"map[y:2 z:3] map[a:map[y:2 z:3]]"#)),
            (#"{{ $p := dict }}{{ $c := dict }}{{ $_ := set $p "child" $c }}{{ $_ := set $c "k" "v" }}{{ $_ := set $p.child "k2" "v2" }}{{ $p }} {{ $c }}"#,
             .output(#"map[child:map[k:v k2:v2]] map[k:v k2:v2]"#)),
            (#"{{ $a := dict }}{{ $d := dict "x" $a }}{{ $_ := set $d "x" 1 }}{{ $_ := set $a "q" 1 }}{{ $a }} {{ $d }}"#,
             .output(#"map[q:1] map[x:1]"#)),
            (#"{{ $v := .Values.n.x }}{{ $_ := set .Values.n "x" (dict) }}{{ $_ := set $v "w" 3 }}{{ .Values.n }} {{ $v }}"#,
             .output(#"map[x:map[]] map[w:3 y:z]"#)),
            (#"{{ $l := list .Values.m (dict) }}{{ $_ := set (index $l 0) "k" 1 }}{{ .Values.m.k }} {{ $l }}"#,
             .output(#"1 [map[a:1 b:2 c:map[d:deep] k:1] map[]]"#)),
            (#"{{ $g := get .Values "n" }}{{ $_ := set $g.x "g" 1 }}{{ .Values.n }}"#,
             .output(#"map[x:map[g:1 y:z]]"#)),
            (#"{{ $a := dict }}{{ $b := dict "a" $a }}{{ $_ := unset $b "a" }}{{ $_ := set $a "k" 1 }}{{ $b }} {{ $a }}"#,
             .output(#"map[] map[k:1]"#)),
            (#"{{ $a := dict }}{{ $_ := set $a "self" $a }}{{ len $a }}"#,
             .output(#"1"#)),
            (#"{{ $d := dict "m" .Values.m }}{{ $_ := set $d.m.c "e" 1 }}{{ .Values.m.c }} {{ $d.m.c }}"#,
             .output(#"map[d:deep e:1] map[d:deep e:1]"#)),
            (#"{{ $d := dict "s" .Values.s "l" (list .Values.s) }}{{ $_ := set $d "s" "x" }}{{ .Values.s }} {{ $d }}"#,
             .output(#"hello map[l:[hello] s:x]"#)),
            (#"{{ $outer := dict "mid" (dict "leaf" (dict)) }}{{ $leaf := $outer.mid.leaf }}{{ $_ := set $leaf "k" 1 }}{{ $copy := dict "leaf" $leaf }}{{ $_ := set $copy.leaf "j" 2 }}{{ $outer }}"#,
             .output(#"map[mid:map[leaf:map[j:2 k:1]]]"#)),
        ]
        TemplateRunner.check(rows, functions: Self.functions)
    }

    func testNothingIsTrackedWithoutMutatingFunctions() throws {
        let set = TemplateSet(functions: Self.functions.filter { !$0.value.mutatesFirstArgument })
        try set.addFile(named: "t", text: #"{{ $d := dict "m" .Values.m }}{{ $d.m.a }}"#)
        XCTAssertFalse(set.core.tracksIdentity)
        var data = TemplateRunner.root(TemplateRunner.values)
        XCTAssertEqual(try set.execute(named: "t", data: &data), "1")
        let mutating = TemplateSet(functions: Self.functions)
        try mutating.addFile(named: "u", text: #"{{ $_ := set (dict) "k" 1 }}"#)
        XCTAssertTrue(mutating.core.tracksIdentity)
    }
}
