{{- define "shared.name" -}}from templates/nested/_m.tpl{{- end -}}
