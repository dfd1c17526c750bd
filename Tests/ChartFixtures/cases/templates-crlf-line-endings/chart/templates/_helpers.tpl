{{- define "crlf.labels" -}}
app: {{ .Values.name }}
{{- range $k, $v := .Values.labels }}
{{ $k }}: {{ $v | quote }}
{{- end }}
{{- end -}}
