import KrelCore
import XCTest

@testable import Template

/// Executor semantics, table-driven. Every expected output and error text was produced by
/// helm v4.1.4 (the template run through the corpus harness; error texts are Go's raw
/// `err.Error()` of the same template run through `tpl`, which names it "gotpl").
/// `.Values` is `TemplateRunner.values`.
final class ExecutorTests: XCTestCase {
    /// if/with/else if/else with over every kind of value.
    func testTruthiness() {
        let rows: [(String, Expected)] = [
            ("{{ if 0 }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if 1 }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if -1 }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if 0.0 }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if 0.1 }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if \"\" }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if \"0\" }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if false }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if true }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if .Values.nul }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.missing }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.el }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.l }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if .Values.em }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.m }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if .Values.z }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.e }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if .Values.fl }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if 'a' }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if 0i }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ if 1i }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if . }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ if not 0 }}T{{ else }}F{{ end }}", .output("T")),
            ("{{ with 0 }}T{{ else }}F{{ end }}", .output("F")),
            ("{{ with .Values.s }}{{ . }}{{ else }}F{{ end }}", .output("hello")),
            ("{{ with .Values.missing }}T{{ else with .Values.one }}{{ . }}{{ end }}", .output("1")),
            ("{{ if .Values.missing }}a{{ else if .Values.z }}b{{ else if .Values.s }}c{{ else }}d{{ end }}", .output("c")),
        ]
        TemplateRunner.check(rows)
    }

    /// and/or short-circuit and return an operand; argument-count errors.
    func testAndOrNot() {
        let rows: [(String, Expected)] = [
            ("{{ and 1 0 2 }}", .output("0")),
            ("{{ and 1 2 3 }}", .output("3")),
            ("{{ or 0 \"\" 3 4 }}", .output("3")),
            ("{{ or 0 \"\" }}", .output("")),
            ("{{ and 0 (len 5) }}", .output("0")),
            ("{{ or 1 (len 5) }}", .output("1")),
            ("{{ and .Values.s .Values.l }}", .output("[1 a true]")),
            ("{{ or .Values.missing \"dflt\" }}", .output("dflt")),
            ("{{ not .Values.el }}", .output("true")),
            ("{{ not 1 }}", .output("false")),
            ("{{ and }}", .error("template: gotpl:1:3: executing \"gotpl\" at <and>: wrong number of args for and: want at least 1 got 0")),
            ("{{ not }}", .error("template: gotpl:1:3: executing \"gotpl\" at <not>: wrong number of args for not: want 1 got 0")),
            ("{{ not 1 2 }}", .error("template: gotpl:1:3: executing \"gotpl\" at <not>: wrong number of args for not: want 1 got 2")),
            ("{{ and 1 (len 5) }}", .error("template: gotpl:1:10: executing \"gotpl\" at <len 5>: error calling len: len of type int")),
            ("{{ or .Values.nul .Values.z }}", .output("0")),
            ("{{ printf \"%T\" (and 1 \"x\") }}", .output("string")),
        ]
        TemplateRunner.check(rows)
    }

    /// range over lists, maps (sorted keys), ints, nil and missing values; break/continue; errors.
    func testRange() {
        let rows: [(String, Expected)] = [
            ("{{ range .Values.sl }}[{{ . }}]{{ end }}", .output("[x][y][z]")),
            ("{{ range $i, $v := .Values.sl }}{{ $i }}={{ $v }};{{ end }}", .output("0=x;1=y;2=z;")),
            ("{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}", .output("a=1;b=2;c=map[d:deep];")),
            ("{{ range .Values.m }}{{ . }};{{ end }}", .output("1;2;map[d:deep];")),
            ("{{ range 3 }}{{ . }}{{ end }}", .output("012")),
            ("{{ range $i := 3 }}{{ $i }}{{ end }}", .output("012")),
            ("{{ range 0 }}x{{ else }}none{{ end }}", .output("none")),
            ("{{ range -2 }}x{{ else }}neg{{ end }}", .output("neg")),
            ("{{ range .Values.el }}x{{ else }}empty{{ end }}", .output("empty")),
            ("{{ range .Values.em }}x{{ else }}empty{{ end }}", .output("empty")),
            ("{{ range .Values.nul }}x{{ else }}nil{{ end }}", .output("nil")),
            ("{{ range .Values.missing }}x{{ else }}missing{{ end }}", .output("missing")),
            ("{{ range $v := .Values.sl }}{{ $v }}{{ end }}", .output("xyz")),
            ("{{ range .Values.sl }}{{ if eq . \"y\" }}{{ break }}{{ end }}{{ . }}{{ end }}", .output("x")),
            ("{{ range .Values.sl }}{{ if eq . \"y\" }}{{ continue }}{{ end }}{{ . }}{{ end }}", .output("xz")),
            ("{{ range $i, $_ := .Values.sl }}{{ range $.Values.sl }}{{ if eq . \"y\" }}{{ break }}{{ end }}{{ $i }}{{ . }}{{ end }}|{{ end }}", .output("0x|1x|2x|")),
            ("{{ range .Values.sl }}{{ $.Values.s }}{{ end }}", .output("hellohellohello")),
            ("{{ range $i, $e := .Values.l }}{{ $i }}:{{ printf \"%T\" $e }} {{ end }}", .output("0:float64 1:string 2:bool ")),
            ("{{ range $k, $v := .Values.n }}{{ $k }}{{ $v.y }}{{ end }}", .output("xz")),
            ("{{ range .Values.s }}x{{ end }}", .error("template: gotpl:1:16: executing \"gotpl\" at <.Values.s>: range can't iterate over hello")),
            ("{{ range .Values.t }}x{{ end }}", .error("template: gotpl:1:16: executing \"gotpl\" at <.Values.t>: range can't iterate over true")),
            ("{{ range $a, $b := .Values.sl }}{{ end }}{{ $a }}", .error("template: gotpl:1: undefined variable \"$a\"")),
            ("{{ range true }}{{ end }}", .error("template: gotpl:1:9: executing \"gotpl\" at <true>: range can't iterate over true")),
            ("{{ range $i, $e := 2 }}{{ end }}", .error("template: gotpl:1:19: executing \"gotpl\" at <2>: can't use 2 to iterate over more than one variable")),
            ("{{ range $k, $v := .Values.em }}{{ else }}e{{ end }}", .output("e")),
        ]
        TemplateRunner.check(rows)
    }

    /// Declarations, assignment across blocks, `$`, missing keys, nil chains vs the variable/parenthesised exception.
    func testVariablesAndMissingKeys() {
        let rows: [(String, Expected)] = [
            ("{{ $x := 1 }}{{ $x }}", .output("1")),
            ("{{ $x := 1 }}{{ $x = 2 }}{{ $x }}", .output("2")),
            ("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", .output("2")),
            ("{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ $x }}{{ end }}{{ $x }}", .output("21")),
            ("{{ $x := 1 }}{{ range .Values.sl }}{{ $x = . }}{{ end }}{{ $x }}", .output("z")),
            ("{{ $x := 1 }}{{ with .Values.s }}{{ $x = . }}{{ end }}{{ $x }}", .output("hello")),
            ("{{ $ = 5 }}{{ $ }}", .output("5")),
            ("{{ $x := .Values.m }}{{ $x.c.d }}", .output("deep")),
            ("{{ $x := 1 }}{{ $x := \"re\" }}{{ $x }}", .output("re")),
            ("{{ $x, $y := 1 }}", .error("template: gotpl:1: too many declarations in command")),
            ("{{ with $x := .Values.s }}{{ $x }}{{ . }}{{ end }}", .output("hellohello")),
            ("{{ if $x := .Values.z }}T{{ else }}F{{ $x }}{{ end }}", .output("F0")),
            ("{{ $x := 1 }}{{ $x = $x | print \"v\" }}{{ $x }}", .output("v1")),
            ("{{ $.Values.s }}", .output("hello")),
            ("{{ with .Values.m }}{{ $.Values.s }}{{ .a }}{{ end }}", .output("hello1")),
            ("{{ $x := 3 }}{{ $x.foo }}", .error("template: gotpl:1:18: executing \"gotpl\" at <$x.foo>: can't evaluate field foo in type int")),
            ("{{ $y := .Values.nul }}{{ $y }}", .output("<no value>")),
            ("{{ $y := .Values.missing }}{{ $y }}", .output("<no value>")),
            ("{{ $y := .Values.missing }}{{ $y.foo }}", .output("<no value>")),
            ("{{ $v := .Values.nul }}{{ $v.a.b }}", .output("<no value>")),
            ("{{ (.Values.nul).a }}", .output("<no value>")),
            ("{{ (.Values.missing).a }}", .output("<no value>")),
            ("{{ .Values.missing.a }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.missing.a>: nil pointer evaluating interface {}.a")),
            ("{{ .Values.nul.a }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.nul.a>: nil pointer evaluating interface {}.a")),
            ("{{ .Values.m.missing }}", .output("<no value>")),
            ("{{ .Values.m.missing.x }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.m.missing.x>: nil pointer evaluating interface {}.x")),
            ("{{ .Values.missing }}", .output("<no value>")),
            ("{{ .Values.nul }}", .output("<no value>")),
            ("{{ print .Values.missing }}", .output("<nil>")),
            ("{{ printf \"%v|%s\" .Values.missing .Values.missing }}", .output("<nil>|%!s(<nil>)")),
            ("{{ .Values.s.x }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.s.x>: can't evaluate field x in type interface {}")),
            ("{{ .Values.l.x }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.l.x>: can't evaluate field x in type interface {}")),
            ("{{ .Values.m.c.d.e }}", .error("template: gotpl:1:10: executing \"gotpl\" at <.Values.m.c.d.e>: can't evaluate field e in type interface {}")),
            ("{{ .Values.em.k }}", .output("<no value>")),
            ("{{ index .Values.m \"zz\" }}", .output("<no value>")),
            ("{{ $x := dict }}{{ $x.nope }}", .output("<no value>")),
            ("{{ (dict \"a\" 1).a }}", .output("1")),
            ("{{ (dict \"a\" (dict \"b\" 2)).a.b }}", .output("2")),
        ]
        TemplateRunner.check(rows)
    }

    /// define/template/block/include/tpl, recursion, and map changes seen through every path.
    func testTemplatesTplAndMapMutation() {
        let rows: [(String, Expected)] = [
            ("{{ 1 }}{{ 1.0 }}{{ 1e3 }}{{ 0x10 }}{{ 'a' }}{{ \"s\" }}{{ `r` }}{{ true }}", .output("1110001697srtrue")),
            ("{{ 1.5e300 }}", .output("1.5e+300")),
            ("{{ 1e-7 }}", .output("1e-07")),
            ("{{ -0.0 }}", .output("-0")),
            ("{{ .Values.f }}", .output("1.5")),
            ("{{ .Values.one }}", .output("1")),
            ("{{ .Values.l }}", .output("[1 a true]")),
            ("{{ .Values.m }}", .output("map[a:1 b:2 c:map[d:deep]]")),
            ("{{ .Values.em }}", .output("map[]")),
            ("{{ .Values.el }}", .output("[]")),
            ("{{ printf \"%T %T %T\" 1 1.0 'a' }}", .output("int float64 int")),
            ("{{ printf \"%T\" 1i }}", .output("complex128")),
            ("{{ printf \"%v\" 2i }}", .output("(0+2i)")),
            ("{{ printf \"%T %T\" .Values.one .Values.l }}", .output("float64 []interface {}")),
            ("{{ define \"t\" }}[{{ . }}|{{ $ }}]{{ end }}{{ template \"t\" 1 }}{{ template \"t\" }}", .output("[1|1][<no value>|<no value>]")),
            ("{{ define \"t\" }}{{ $.Values.s }}{{ end }}{{ template \"t\" . }}", .output("hello")),
            ("{{ define \"t\" }}{{ $x }}{{ end }}", .error("template: gotpl:1: undefined variable \"$x\"")),
            ("{{ define \"t\" }}{{ .a }}{{ end }}{{ include \"t\" (dict \"a\" 7) }}", .output("7")),
            ("{{ block \"b\" .Values.s }}<{{ . }}>{{ end }}", .output("<hello>")),
            ("{{ define \"b\" }}over{{ end }}{{ block \"b\" . }}dflt{{ end }}", .error("template: gotpl:1: template: multiple definition of template \"b\"")),
            ("{{ define \"r\" }}{{ if gt . 0 }}{{ . }}{{ template \"r\" (sub . 1) }}{{ end }}{{ end }}{{ template \"r\" 3 }}", .output("321")),
            ("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}", .error("template: gotpl:1:28: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)")),
            ("{{ template \"nope\" }}", .error("template: gotpl:1:12: executing \"gotpl\" at <{{template \"nope\"}}>: template \"nope\" not defined")),
            ("{{ include \"nope\" . }}", .error("template: gotpl:1:3: executing \"gotpl\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"")),
            ("{{ tpl \"{{ .a }}\" (dict \"a\" 3) }}", .output("3")),
            ("{{ tpl \"{{ define \\\"in\\\" }}x{{ end }}{{ template \\\"in\\\" }}\" . }}{{ template \"in\" }}", .error("template: gotpl:1:76: executing \"gotpl\" at <{{template \"in\"}}>: template \"in\" not defined")),
            ("{{ define \"d\" }}outer{{ end }}{{ tpl \"{{ define \\\"d\\\" }}inner{{ end }}{{ template \\\"d\\\" }}\" . }}{{ template \"d\" }}", .output("innerouter")),
            ("{{ define \"d\" }}outer{{ end }}{{ tpl \"{{ define \\\"d\\\" }} {{ end }}{{ template \\\"d\\\" }}\" . }}", .output("outer")),
            ("{{ tpl \"{{ .Values.missing }}|{{ .nope }}\" . }}", .output("|")),
            ("{{ $d := dict \"a\" 1 }}{{ $_ := set $d \"b\" 2 }}{{ $d }}", .output("map[a:1 b:2]")),
            ("{{ $d := .Values.m }}{{ $_ := set $d \"z\" 9 }}{{ .Values.m.z }}", .output("9")),
            ("{{ $_ := set .Values \"added\" 1 }}{{ .Values.added }}", .output("1")),
            ("{{ $_ := set .Values.n.x \"k\" \"v\" }}{{ .Values.n.x }}", .output("map[k:v y:z]")),
            ("{{ define \"m\" }}{{ $_ := set . \"inc\" 1 }}{{ end }}{{ include \"m\" .Values }}{{ .Values.inc }}", .output("1")),
            ("{{ define \"m\" }}{{ $_ := set .Values \"inc\" 2 }}{{ end }}{{ include \"m\" . }}{{ .Values.inc }}", .output("2")),
            ("{{ $l := list (dict) }}{{ $_ := set (index $l 0) \"k\" 1 }}{{ $l }}", .output("[map[k:1]]")),
            ("{{ $_ := set (dict) \"k\" 1 }}ok", .output("ok")),
            ("{{ $a := .Values.m }}{{ $b := $a }}{{ $_ := set $b \"q\" 1 }}{{ $a.q }}", .output("1")),
            ("{{ with .Values.m }}{{ $_ := set . \"w\" 1 }}{{ end }}{{ .Values.m.w }}", .output("1")),
            ("{{ tpl \"{{ $_ := set .Values \\\"tp\\\" 1 }}\" . }}{{ .Values.tp }}", .output("1")),
            ("{{ range .Values.sl }}{{ $_ := set $.Values \"last\" . }}{{ end }}{{ .Values.last }}", .output("z")),
        ]
        TemplateRunner.check(rows)
    }
}
