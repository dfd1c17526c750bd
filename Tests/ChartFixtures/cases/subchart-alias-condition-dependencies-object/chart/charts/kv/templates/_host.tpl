{{- define "kv.host" -}}
{{ .Release.Name }}-{{ .Chart.Name }}.{{ .Values.global.env | default "none" }}
{{- end -}}
