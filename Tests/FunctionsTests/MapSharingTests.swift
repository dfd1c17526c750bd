import Functions
import KrelCore
import Template
import XCTest

/// Go maps and slices are references: a map put into a container by a function (`dict`,
/// `list`, `set`'s value, `merge`, `append`, ...) or returned by one (`get`, `first`,
/// `default`, ...) is the same map, so a `set` through either path is seen through the
/// other; `deepCopy` and `toJson | fromJson` copy, scalars are copied. Every expected
/// output was produced by helm v4.1.4 (`helm template` of a chart whose values are
/// `MapSharingTests.root`'s `.Values`, the row's text rendered as an included partial).
final class MapSharingTests: XCTestCase {
    /// The values: `x: {a: 1, nested: {deep: 1}}`, `l: [{id: 1}, {id: 2}]`, `cfg: {name: c}`.
    static var root: Value {
        .map([
            "Values": .map([
                "x": .map(["a": .float(1), "nested": .map(["deep": .float(1)])]),
                "l": .list([.map(["id": .float(1)]), .map(["id": .float(2)])]),
                "cfg": .map(["name": .string("c")]),
            ], .helmValues),
            "Template": .map(["Name": .string("testchart/templates/t.yaml"), "BasePath": .string("testchart/templates")]),
        ], .helmValues)
    }

    func render(_ text: String) throws -> String {
        let set = TemplateSet(functions: FunctionLibrary.helm)
        try set.addFile(named: "t.yaml", text: text)
        var data = Self.root
        return try set.execute(named: "t.yaml", data: &data)
    }

    func testSharedMapsSeeEachOthersChanges() throws {
        let table: [(String, String)] = [
            (#"{{- define "mut.enrich" }}{{ $_ := set .ctx "enriched" true }}{{ $_ := set .ctx "count" (add1 (.ctx.count | default 0)) }}{{ end }}{{ $ctx := dict "name" "a" }}{{ include "mut.enrich" (dict "ctx" $ctx) }}{{ include "mut.enrich" (dict "ctx" $ctx) }}{{ toJson $ctx }}"#,
             #"{"count":2,"enriched":true,"name":"a"}"#),
            (#"{{ $a := dict "x" 1 }}{{ $d := dict "a" $a }}{{ $_ := set $d.a "y" 2 }}{{ $_ := set $a "z" 3 }}{{ toJson $a }} {{ toJson $d }}"#,
             #"{"x":1,"y":2,"z":3} {"a":{"x":1,"y":2,"z":3}}"#),
            (#"{{ $a := dict "n" "a" }}{{ $b := dict "n" "b" }}{{ $l := list $a $b }}{{ $_ := set (index $l 0) "k" 1 }}{{ $_ := set (last $l) "k" 2 }}{{ $_ := set (first $l) "f" 1 }}{{ toJson $a }} {{ toJson $b }} {{ toJson $l }}"#,
             #"{"f":1,"k":1,"n":"a"} {"k":2,"n":"b"} [{"f":1,"k":1,"n":"a"},{"k":2,"n":"b"}]"#),
            (#"{{ $p := dict }}{{ $c := dict }}{{ $_ := set $p "child" $c }}{{ $_ := set $c "k" "v" }}{{ $_ := set $p.child "k2" "v2" }}{{ toJson $p }} {{ toJson $c }}"#,
             #"{"child":{"k":"v","k2":"v2"}} {"k":"v","k2":"v2"}"#),
            (#"{{ $a := dict }}{{ $d := dict "x" $a }}{{ $_ := set $d "x" (dict) }}{{ $_ := set $a "q" 1 }}{{ toJson $a }} {{ toJson $d }}"#,
             #"{"q":1} {"x":{}}"#),
            (#"{{ $a := dict "x" (dict "v" 1) }}{{ $v := $a.x }}{{ $_ := set $a "x" (dict "v" 2) }}{{ $_ := set $v "w" 3 }}{{ toJson $a }} {{ toJson $v }}"#,
             #"{"x":{"v":2}} {"v":1,"w":3}"#),
            (#"{{ $dst := dict }}{{ $src := dict "n" (dict "v" 1) }}{{ $_ := merge $dst $src }}{{ $_ := set $dst.n "w" 2 }}{{ toJson $dst }} {{ toJson $src }}"#,
             #"{"n":{"v":1,"w":2}} {"n":{"v":1,"w":2}}"#),
            (#"{{ $dst := dict "n" (dict "a" 1) }}{{ $n := $dst.n }}{{ $src := dict "n" (dict "b" 2 "m" (dict "z" 1)) }}{{ $_ := merge $dst $src }}{{ $_ := set $dst.n.m "y" 2 }}{{ toJson $dst }} {{ toJson $src }} {{ toJson $n }}"#,
             #"{"n":{"a":1,"b":2,"m":{"y":2,"z":1}}} {"n":{"b":2,"m":{"y":2,"z":1}}} {"a":1,"b":2,"m":{"y":2,"z":1}}"#),
            (#"{{ $dst := dict "n" (dict "a" 1) }}{{ $n := $dst.n }}{{ $src := dict "n" (dict "a" 2 "m" (dict "z" 1)) }}{{ $_ := mergeOverwrite $dst $src }}{{ $_ := set $dst.n.m "y" 2 }}{{ toJson $dst }} {{ toJson $src }} {{ toJson $n }}"#,
             #"{"n":{"a":2,"m":{"y":2,"z":1}}} {"n":{"a":2,"m":{"y":2,"z":1}}} {"a":2,"m":{"y":2,"z":1}}"#),
            (#"{{ $dst := dict "n" (dict "a" 1) }}{{ $src := dict "n" (dict "a" 2) }}{{ $_ := mergeOverwrite $dst $src }}{{ $_ := set $src.n "q" 1 }}{{ toJson $dst }} {{ toJson $src }}"#,
             #"{"n":{"a":2}} {"n":{"a":2,"q":1}}"#),
            (#"{{ $e := dict }}{{ $dst := dict "n" $e }}{{ $src := dict "n" (dict "a" 1) }}{{ $_ := merge $dst $src }}{{ $_ := set $src.n "q" 1 }}{{ toJson $dst }} {{ toJson $src }} {{ toJson $e }}"#,
             #"{"n":{"a":1}} {"n":{"a":1,"q":1}} {"a":1}"#),
            (#"{{ $x := dict }}{{ $dst := dict "n" "s" }}{{ $src := dict "n" $x }}{{ $_ := mergeOverwrite $dst $src }}{{ $_ := set $x "q" 1 }}{{ toJson $dst }}"#,
             #"{"n":{"q":1}}"#),
            (#"{{ $a := dict }}{{ $b := dict }}{{ $d := dict "a" $a "b" $b }}{{ $m := merge (dict) $d }}{{ $_ := set $m.a "k" 1 }}{{ $_ := set $d.b "k" 2 }}{{ toJson $m }} {{ toJson $a }} {{ toJson $b }}"#,
             #"{"a":{"k":1},"b":{"k":2}} {"k":1} {"k":2}"#),
            (#"{{ $a := dict }}{{ $m := merge $a (dict "x" 1) }}{{ $_ := set $m "y" 2 }}{{ $u := unset $a "x" }}{{ $_ := set $u "z" 3 }}{{ toJson $a }}"#,
             #"{"y":2,"z":3}"#),
            (#"{{ $a := dict }}{{ $b := dict }}{{ $l := list $a }}{{ $l2 := append $l $b }}{{ $_ := set (index $l2 0) "k" 1 }}{{ $_ := set (index $l2 1) "k" 2 }}{{ toJson $a }} {{ toJson $b }} {{ toJson $l }}"#,
             #"{"k":1} {"k":2} [{"k":1}]"#),
            (#"{{ $a := dict }}{{ $b := dict }}{{ $l := list $a }}{{ $l2 := prepend $l $b }}{{ $_ := set (index $l2 0) "k" 1 }}{{ $_ := set (index $l2 1) "k" 2 }}{{ toJson $a }} {{ toJson $b }}"#,
             #"{"k":2} {"k":1}"#),
            (#"{{ $a := dict }}{{ $d := dict "a" $a }}{{ $g := get $d "a" }}{{ $_ := set $g "k" 1 }}{{ $p := pluck "a" $d $d }}{{ $_ := set (index $p 1) "p" 1 }}{{ toJson $a }} {{ toJson $d }}"#,
             #"{"k":1,"p":1} {"a":{"k":1,"p":1}}"#),
            (#"{{ $a := dict "i" 0 }}{{ $x := default (dict) $a }}{{ $_ := set $x "k" 1 }}{{ $y := coalesce $a }}{{ $_ := set $y "c" 1 }}{{ $z := ternary $a (dict) true }}{{ $_ := set $z "t" 1 }}{{ $o := or $a (dict) }}{{ $_ := set $o "or" 1 }}{{ $r := required "m" $a }}{{ $_ := set $r "req" 1 }}{{ toJson $a }}"#,
             #"{"c":1,"i":0,"k":1,"or":1,"req":1,"t":1}"#),
            (#"{{ $a := dict "i" 1 }}{{ $b := dict "i" 2 }}{{ $l := list $a $b }}{{ range (rest $l) }}{{ $_ := set . "r" 1 }}{{ end }}{{ range (initial $l) }}{{ $_ := set . "n" 1 }}{{ end }}{{ range (reverse $l) }}{{ $_ := set . "v" 1 }}{{ end }}{{ toJson $l }}"#,
             #"[{"i":1,"n":1,"v":1},{"i":2,"r":1,"v":1}]"#),
            (#"{{ $a := dict "i" 1 }}{{ $b := dict "i" 2 }}{{ $l := list $a $b }}{{ range (concat $l (list $a)) }}{{ $_ := set . "c" 1 }}{{ end }}{{ range (slice $l 1) }}{{ $_ := set . "s" 1 }}{{ end }}{{ range (uniq $l) }}{{ $_ := set . "u" 1 }}{{ end }}{{ range (compact $l) }}{{ $_ := set . "p" 1 }}{{ end }}{{ range (without $l 5) }}{{ $_ := set . "w" 1 }}{{ end }}{{ toJson $l }}"#,
             #"[{"c":1,"i":1,"p":1,"u":1,"w":1},{"c":1,"i":2,"p":1,"s":1,"u":1,"w":1}]"#),
            (#"{{ $a := dict "i" 1 }}{{ $d := dict "a" $a "b" 2 }}{{ range (values $d) }}{{ if kindIs "map" . }}{{ $_ := set . "v" 1 }}{{ end }}{{ end }}{{ $_ := set (pick $d "a").a "p" 1 }}{{ $_ := set (omit $d "b").a "o" 1 }}{{ $_ := set (dig "a" (dict) $d) "g" 1 }}{{ toJson $a }}"#,
             #"{"g":1,"i":1,"o":1,"p":1,"v":1}"#),
            (#"{{ $a := dict "i" 1 }}{{ $l := list $a (dict) $a }}{{ range (chunk 2 $l) }}{{ range . }}{{ $_ := set . "ch" 1 }}{{ end }}{{ end }}{{ toJson $l }}"#,
             #"[{"ch":1,"i":1},{"ch":1},{"ch":1,"i":1}]"#),
            (#"{{ $a := dict "n" (dict) }}{{ $c := deepCopy $a }}{{ $_ := set $c.n "k" 1 }}{{ $j := $a | toJson | fromJson }}{{ $_ := set $j.n "j" 1 }}{{ toJson $a }} {{ toJson $c }} {{ toJson $j }}"#,
             #"{"n":{}} {"n":{"k":1}} {"n":{"j":1}}"#),
            (#"{{ $s := "x" }}{{ $l := list $s 1 }}{{ $d := dict "s" $s }}{{ $_ := set $d "s" "y" }}{{ $s }} {{ toJson $l }} {{ toJson $d }}"#,
             #"x ["x",1] {"s":"y"}"#),
            (#"{{ $a := dict "i" 1 }}{{ $l := list $a }}{{ $d := dict "l" $l }}{{ $_ := set (index $d.l 0) "x" 1 }}{{ toJson $a }}"#,
             #"{"i":1,"x":1}"#),
            (#"{{ $inner := dict }}{{ $x := dict "a" (dict "b" $inner) }}{{ $_ := set $x.a.b "deep" 1 }}{{ $_ := set $inner "back" 1 }}{{ toJson $inner }} {{ toJson $x }}"#,
             #"{"back":1,"deep":1} {"a":{"b":{"back":1,"deep":1}}}"#),
            (#"{{ $src := dict "l" (list (dict "k" 0)) }}{{ $dst := dict }}{{ $_ := mergeOverwrite $dst $src }}{{ $_ := set (index $dst.l 0) "k" 1 }}{{ toJson $src }}"#,
             #"{"l":[{"k":1}]}"#),
            (#"{{- define "lvl2" }}{{ $_ := set .c "lvl2" .n }}{{ end }}{{- define "lvl1" }}{{ $_ := set .c "lvl1" 1 }}{{ include "lvl2" (dict "c" .c "n" 2) }}{{ end }}{{ $c := dict }}{{ include "lvl1" (dict "c" $c) }}{{ toJson $c }}"#,
             #"{"lvl1":1,"lvl2":2}"#),
            (#"{{ $t := dict }}{{ $_ := tpl "{{ $_ := set .t \"tpl\" 1 }}" (dict "t" $t "Template" $.Template) }}{{ toJson $t }}"#,
             #"{"tpl":1}"#),
            (#"{{ $a := dict }}{{ $b := dict "a" $a }}{{ $_ := set $b "a" "str" }}{{ $_ := set $a "k" 1 }}{{ toJson $b }} {{ toJson $a }}"#,
             #"{"a":"str"} {"k":1}"#),
            (#"{{ $a := dict }}{{ $b := dict "a" $a }}{{ $_ := unset $b "a" }}{{ $_ := set $a "k" 1 }}{{ $_ := set $b "a" $a }}{{ $_ := set $a "k2" 1 }}{{ toJson $b }}"#,
             #"{"a":{"k":1,"k2":1}}"#),
            (#"{{ $a := dict "k" 1 }}{{ $d := dict "a" $a }}{{ $e := dict "d" $d }}{{ $_ := set $e.d.a "deep" 1 }}{{ $_ := set $d "x" 1 }}{{ toJson $a }} {{ toJson $e }}"#,
             #"{"deep":1,"k":1} {"d":{"a":{"deep":1,"k":1},"x":1}}"#),
            (#"{{- define "enrich" }}{{ $_ := set .values "enriched" true }}{{ $_ := set .root.Values.cfg "touched" .values.name }}{{ end }}{{ $ctx := dict "root" $ "values" .Values.cfg }}{{ $_ := set $ctx.values "viaCtx" 1 }}{{ include "enrich" $ctx }}{{ toJson .Values.cfg }}"#,
             #"{"enriched":true,"name":"c","touched":"c","viaCtx":1}"#),
            (#"{{ $d := dict "x" .Values.x }}{{ $_ := set $d.x.nested "k" 2 }}{{ $_ := set .Values.x "b" 3 }}{{ toJson .Values.x }} {{ toJson $d }}"#,
             #"{"a":1,"b":3,"nested":{"deep":1,"k":2}} {"x":{"a":1,"b":3,"nested":{"deep":1,"k":2}}}"#),
            (#"{{ range $i, $e := .Values.l }}{{ $_ := set $e "i" $i }}{{ end }}{{ $first := first .Values.l }}{{ $_ := set $first "first" true }}{{ toJson .Values.l }}"#,
             #"[{"first":true,"i":0,"id":1},{"i":1,"id":2}]"#),
            (#"{{ $m := merge (dict) .Values.x }}{{ $_ := set $m.nested "viaMerge" 1 }}{{ $_ := set $m "top" 1 }}{{ toJson .Values.x }}"#,
             #"{"a":1,"nested":{"deep":1,"viaMerge":1}}"#),
            (#"{{ $cfg := .Values.cfg }}{{ $_ := set .Values "cfg" (dict "fresh" 1) }}{{ $_ := set $cfg "late" 1 }}{{ toJson .Values.cfg }} {{ toJson $cfg }}"#,
             #"{"fresh":1} {"late":1,"name":"c"}"#),
            (#"{{ $acc := list }}{{ range .Values.l }}{{ $acc = append $acc . }}{{ end }}{{ range $acc }}{{ $_ := set . "acc" 1 }}{{ end }}{{ toJson .Values.l }}"#,
             #"[{"acc":1,"id":1},{"acc":1,"id":2}]"#),
            (#"{{ $byId := dict }}{{ range .Values.l }}{{ $_ := set $byId (toString .id) . }}{{ end }}{{ $_ := set (get $byId "2") "found" true }}{{ toJson .Values.l }}"#,
             #"[{"id":1},{"found":true,"id":2}]"#),
            (#"{{ $y := get .Values "x" }}{{ $_ := set $y "fromGet" 1 }}{{ $lst := list .Values.cfg }}{{ $_ := set (index $lst 0) "fromList" 1 }}{{ toJson .Values }}"#,
             #"{"cfg":{"fromList":1,"name":"c"},"l":[{"id":1},{"id":2}],"x":{"a":1,"fromGet":1,"nested":{"deep":1}}}"#),
        ]
        for (text, want) in table {
            XCTAssertEqual(try render(text), want, text)
        }
    }
}
