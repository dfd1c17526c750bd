{{- define "mut.enrich" -}}
{{- $_ := set .ctx "enriched" true -}}
{{- $_ := set .ctx "count" (add1 (.ctx.count | default 0)) -}}
{{- end -}}
