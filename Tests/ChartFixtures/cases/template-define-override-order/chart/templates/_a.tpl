{{- define "shared.name" -}}from templates/_a.tpl{{- end -}}
