import sys; sys.path.insert(0,'/tmp/oracle')
from gen import *
# Multi-file charts: which define wins (parse order: deeper paths first, then reverse lexicographic), empty defines.
SETS = [
 {"templates/_a.tpl": '{{ define "x" }}from-a{{ end }}', "templates/_b.tpl": '{{ define "x" }}from-b{{ end }}'},
 {"templates/_a.tpl": '{{ define "x" }}from-a{{ end }}', "templates/_b.tpl": '{{ define "x" }}  {{ end }}'},
 {"templates/_a.tpl": '{{ define "x" }} {{ end }}', "templates/_b.tpl": '{{ define "x" }}from-b{{ end }}'},
 {"templates/_a.tpl": '{{ define "x" }}from-a{{ end }}', "templates/sub/_z.tpl": '{{ define "x" }}from-sub{{ end }}'},
 {"templates/_a.tpl": '{{ define "x" }}{{/* only a comment */}}{{ end }}', "templates/_b.tpl": '{{ define "x" }}from-b{{ end }}'},
]
cases = [{"t": '{{ template "x" . }}', "v": "", "files": f} for f in SETS]
for f, r in zip(SETS, run_oracle(cases)): print(f, r.get('out'), r.get('err'))
