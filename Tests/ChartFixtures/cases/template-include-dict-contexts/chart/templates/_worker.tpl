{{- define "workers.name" -}}
{{ .root.Release.Name }}-{{ .name }}
{{- end -}}
{{- define "workers.labels" -}}
app: {{ .root.Chart.Name }}
worker: {{ .name }}
queue: {{ .cfg.queue | default "default" }}
{{- end -}}
{{- define "workers.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "workers.name" . }}
  labels:
    {{- include "workers.labels" . | nindent 4 }}
spec:
  replicas: {{ .cfg.replicas | default 1 }}
  template:
    spec:
      containers:
        - name: {{ .name }}
          image: {{ .root.Values.image }}
          {{- with .cfg.args }}
          args: {{ toJson . }}
          {{- end }}
          {{- with .cfg.resources }}
          resources:
            requests:
              {{- toYaml . | nindent 14 }}
          {{- end }}
          env:
            {{- include "workers.env" (dict "vars" (list (dict "k" "QUEUE" "v" .cfg.queue) (dict "k" "WORKER" "v" .name))) | nindent 12 }}
{{- end -}}
{{- define "workers.env" -}}
{{- range .vars }}
- name: {{ .k }}
  value: {{ .v | quote }}
{{- end }}
{{- end -}}
