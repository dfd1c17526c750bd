{{- define "shared.name" -}}from templates/_z.tpl{{- end -}}
