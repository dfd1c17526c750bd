{{- define "pay.svcHost" -}}
{{ .name }}.{{ .root.Release.Namespace }}.svc.cluster.local
{{- end -}}
