{{- define "child.name" -}}
{{ .Chart.Name }}
{{- end -}}

{{- define "child.broken" -}}
{{ printf "%s "unterminated }}
{{- end -}}
