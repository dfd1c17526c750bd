{{- define "shared.name" -}}from kid{{- end -}}
{{- define "kid.only" -}}kid-only{{- end -}}
