{{- define "data.resources" -}}
limits:
  cpu: "1"
  memory: 1Gi
requests:
  cpu: 250m
{{- end -}}
{{- define "data.ports" -}}
{{- range .Values.ports }}
- containerPort: {{ . }}
  name: p{{ . }}
{{- end }}
{{- end -}}
{{- define "data.json" -}}
{"enabled": true, "count": 3, "names": ["a", "b"]}
{{- end -}}
