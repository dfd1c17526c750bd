{{- define "loop.self" -}}
x{{ include "loop.self" . }}
{{- end -}}
