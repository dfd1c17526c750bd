ERRS = [
 "{{ .Values.m.c.d.e }}", "a\nbc\n  {{ .Values.nul.x }}", "é{{ .Values.missing.x }}", "\n\n{{ if true }}\n  {{ len 3 }}\n{{ end }}",
 "{{ index .Values.l 9 }}", "{{ eq .Values.one 1 }}", "{{ template \"nope\" }}", "{{ define \"in\" }}\n {{ .Values.m.a.b }}{{ end }}{{ template \"in\" . }}",
 "{{ define \"in\" }}{{ len 1 }}{{ end }}{{ include \"in\" . }}", "{{ define \"in\" }}{{ .x.y }}{{ end }}{{ include \"in\" (dict \"x\" 1) }}",
 "{{ define \"a\" }}{{ include \"b\" . }}{{ end }}{{ define \"b\" }}{{ .Values.s.q }}{{ end }}{{ include \"a\" . }}",
 "{{ define \"a\" }}{{ template \"b\" . }}{{ end }}{{ define \"b\" }}{{ .Values.s.q }}{{ end }}{{ template \"a\" . }}",
 "{{ required \"need a\" .Values.nope }}", "x\n{{ fail \"boom\" }}", "{{ define \"in\" }}{{ required \"inner\" .nope }}{{ end }}{{ include \"in\" . }}",
 "{{ tpl \"{{ .x.y }}\" (dict \"x\" 1) }}", "{{ tpl \"{{ 3-}}\" . }}", "{{ tpl \"{{ fail \\\"in tpl\\\" }}\" . }}",
 "{{ include \"nope\" . }}", "{{ $x := 1 }}{{ $x.y }}", "{{ (.Values.s).y }}", "{{ range .Values.s }}{{ end }}", "{{ 1 2 }}",
 "{{ nil }}", "{{ .Values.s 1 }}", "{{ and }}", "{{ printf }}", "{{ call .Values.s }}",
 "{{ 3-}}", "{{ if }}", "\n\n{{ end }}", "{{ define \"a\" }}1{{ end }}{{ define \"a\" }}2{{ end }}", "{{ $y }}", "{{ nofn }}", "{{ \"abc }}",
 "{{ 08 }}", "{{ .a-b }}", "{{ 1\n\n", "{{ range $a, $b, $c := . }}{{ end }}",
]
