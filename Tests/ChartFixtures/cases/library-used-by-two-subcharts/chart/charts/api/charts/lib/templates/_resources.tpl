{{- define "lib.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "lib.fullname" . }}
  labels:
    {{- include "lib.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels:
      {{- include "lib.labels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "lib.labels" . | nindent 8 }}
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: {{ .Values.image }}
{{- end -}}
{{- define "lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "lib.fullname" .ctx }}
  labels:
    {{- include "lib.labels" .ctx | nindent 4 }}
spec:
  ports:
    - port: {{ .port }}
      targetPort: {{ .port }}
  selector:
    {{- include "lib.labels" .ctx | nindent 4 }}
{{- end -}}
