{{- define "deep.dsn" -}}
postgres://{{ include "deep.credentials" .db }}@{{ .db.host }}
{{- end -}}
{{- define "deep.credentials" -}}
{{ required "database.user is required for the DSN" .user }}:{{ include "deep.password" . }}
{{- end -}}
{{- define "deep.password" -}}
{{ .password | default "none" }}
{{- end -}}
