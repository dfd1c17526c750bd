CALLS = [
 "{{ repeat 3 \"ab\" }}", "{{ repeat 3.0 \"ab\" }}", "{{ repeat 3.5 \"ab\" }}", "{{ repeat \"3\" \"ab\" }}", "{{ repeat .Values.one \"ab\" }}",
 "{{ repeat 'a' \"\" | len }}", "{{ repeat nil \"a\" }}", "{{ repeat 1 2 }}", "{{ repeat 1 }}", "{{ repeat 1 \"a\" \"b\" }}", "{{ repeat 1 true }}",
 "{{ repeat 1e2 \"\" | len }}", "{{ repeat 1i \"a\" }}", "{{ repeat 0x2 \"a\" }}", "{{ \"ab\" | repeat 2 }}", "{{ 2 | repeat \"ab\" }}",
 "{{ repeat (len \"abc\") \"x\" }}", "{{ repeat .Values.missing \"a\" }}", "{{ repeat 99999999999999999999 \"a\" }}", "{{ repeat 1 .Values.s }}",
 "{{ repeat 1 .Values.nul }}", "{{ repeat 1 nil }}", "{{ repeat 1 .Values.l }}", "{{ repeat 1 'a' }}", "{{ repeat true \"a\" }}",
 "{{ until 3 }}", "{{ printf \"%T\" (until 2) }}", "{{ until 2.0 }}", "{{ until .Values.f }}", "{{ until -1 }}",
 "{{ substr 1 3 \"hello\" }}", "{{ substr 1.0 3 \"hello\" }}", "{{ substr 1 3 5 }}", "{{ \"hello\" | substr 0 2 }}",
 "{{ .Files.Get \"files/hello.txt\" }}", "{{ .Files.Get }}", "{{ .Files.Get 1 }}", "{{ .Files.Get \"a\" \"b\" }}", "{{ .Files.Get nil }}",
 "{{ .Files.Get .Values.one }}", "{{ \"files/hello.txt\" | .Files.Get }}", "{{ .Files.Get (print \"files/\" \"hello.txt\") }}",
 "{{ (.Files.Get \"files/hello.txt\").x }}", "{{ .Files.Get \"files/hello.txt\" | len }}", "{{ $f := .Files }}{{ $f.Get \"files/hello.txt\" }}",
 "{{ .Files.Get.x }}", "{{ .Files.Get 'a' }}", "{{ .Files.Get .Values.s }}",
]
