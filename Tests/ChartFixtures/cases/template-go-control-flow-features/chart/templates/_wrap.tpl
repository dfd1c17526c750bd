{{- define "flow.wrap" -}}[{{ . }}]{{- end -}}
