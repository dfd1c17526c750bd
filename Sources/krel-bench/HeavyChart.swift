import Foundation

/// Writes deterministic template-heavy charts: big values (thousands of entries), templates
/// that range over large lists and maps, nested `include` chains with `dict` contexts,
/// `toYaml` of big maps, `tpl`, and the string functions real charts lean on.
struct HeavyChart {
    /// Entries in `.Values.services` (each a map with nested maps) and keys in `.Values.config`.
    var entries: Int
    /// Extra `templates/component-NNN.yaml` files (one component each), for the 300+ template chart.
    var components: Int = 0

    func write(to chart: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: chart)
        let templates = chart.appendingPathComponent("templates")
        try fm.createDirectory(at: templates, withIntermediateDirectories: true)
        try save("apiVersion: v2\nname: heavy\nversion: 1.2.3+build.7\nappVersion: \"4.5\"\n", chart, "Chart.yaml")
        try save(values(), chart, "values.yaml")
        try save(Self.helpers, templates, "_helpers.tpl")
        try save(Self.servicesTemplate, templates, "services.yaml")
        try save(Self.configTemplate, templates, "config.yaml")
        try save(Self.tplTemplate, templates, "messages.yaml")
        for index in 0..<components {
            try save(Self.componentTemplate(index), templates, "component-\(Self.pad(index)).yaml")
        }
    }

    private func save(_ text: String, _ folder: URL, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    static func pad(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// values.yaml: deterministic, so every run (and helm) sees the same input.
    func values() -> String {
        let words = ["alpha", "beta", "gamma", "delta", "api", "redis", "worker", "ingress", "cache", "queue"]
        var out = "global:\n  domain: example.com\n  labels:\n    team: core\n    tier: backend\n    cost-center: \"4711\"\n"
        out += "services:\n"
        for i in 0..<entries {
            let word = words[i % words.count]
            out += """
              - name: \(word)-\(Self.pad(i))
                port: \(8000 + i % 1000)
                replicas: \(1 + i % 5)
                enabled: \(i % 7 != 0)
                image:
                  repository: registry.example.com/\(word)/svc
                  tag: "1.\(i % 10).\(i % 3)"
                env:
                  log_level: \(i % 2 == 0 ? "debug" : "info")
                  max_conns: \(i * 3 % 1000)
                  region: eu-\(word)
                  feature_\(word): true
                annotations:
                  owner: team-\(word)
                  note: "service number \(i) of \(entries)"

            """
        }
        out += "config:\n"
        for i in 0..<entries {
            let word = words[(i * 7) % words.count]
            out += """
              \(word)-key-\(Self.pad(i)):
                value: \(word) setting \(i)
                weight: \(Double(i % 100) / 4)
                list: [\(i), \(word), "q\(i)"]
                nested:
                  enabled: \(i % 2 == 0)
                  limit: \(i * 11)

            """
        }
        out += "messages:\n"
        for i in 0..<max(1, entries / 10) {
            out += "  - \"Hello {{ .Release.Name }} #\(i) in {{ .Release.Namespace }} for {{ .Values.global.domain }}\"\n"
        }
        if components > 0 {
            out += "components:\n"
            for i in 0..<components {
                out += "  c\(Self.pad(i)):\n    replicas: \(1 + i % 4)\n    port: \(9000 + i)\n"
                out += "    settings:\n"
                for j in 0..<8 { out += "      s\(j): \(words[(i + j) % words.count])-\(j)\n" }
            }
        }
        return out
    }
}

extension HeavyChart {
    static let helpers = #"""
    {{- define "heavy.name" -}}
    {{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
    {{- end -}}

    {{- define "heavy.fullname" -}}
    {{- printf "%s-%s" .root.Release.Name .name | lower | trunc 63 | trimSuffix "-" -}}
    {{- end -}}

    {{- define "heavy.chart" -}}
    {{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 -}}
    {{- end -}}

    {{- define "heavy.selectorLabels" -}}
    app.kubernetes.io/name: {{ include "heavy.fullname" . }}
    app.kubernetes.io/instance: {{ .root.Release.Name }}
    {{- end -}}

    {{- define "heavy.labels" -}}
    {{ include "heavy.selectorLabels" . }}
    helm.sh/chart: {{ include "heavy.chart" .root }}
    app.kubernetes.io/managed-by: {{ .root.Release.Service }}
    {{- range $key, $value := .root.Values.global.labels }}
    {{ $key }}: {{ $value | quote }}
    {{- end }}
    {{- end -}}

    {{- define "heavy.env" -}}
    {{- range $key, $value := .env }}
    - name: {{ $key | upper | replace "-" "_" }}
      value: {{ $value | toString | quote }}
    {{- end }}
    {{- end -}}

    {{- define "heavy.image" -}}
    {{- printf "%s:%s" .repository (.tag | default "latest") -}}
    {{- end -}}
    """#

    static let servicesTemplate = #"""
    {{- range $index, $svc := .Values.services }}
    {{- $ctx := dict "root" $ "name" $svc.name }}
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: {{ include "heavy.fullname" $ctx }}
      labels:
        {{- include "heavy.labels" $ctx | nindent 4 }}
      annotations:
        {{- toYaml $svc.annotations | nindent 4 }}
    spec:
      ports:
        - port: {{ $svc.port }}
          name: {{ printf "http-%d" (int $svc.port) | quote }}
      selector:
        {{- include "heavy.selectorLabels" $ctx | nindent 4 }}
    {{- if $svc.enabled }}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "heavy.fullname" $ctx }}
      labels:
        {{- include "heavy.labels" $ctx | nindent 4 }}
    spec:
      replicas: {{ $svc.replicas }}
      template:
        spec:
          containers:
            - name: {{ $svc.name | title | lower }}
              image: {{ include "heavy.image" $svc.image | quote }}
              env:
                {{- include "heavy.env" $svc | indent 12 }}
              args: {{ list $svc.name ($index | toString) (ternary "on" "off" $svc.enabled) | toJson }}
              checksum: {{ toJson $svc | sha256sum | trunc 16 }}
    {{- end }}
    {{- end }}
    """#

    static let configTemplate = #"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{ include "heavy.name" . }}-config
    data:
      config.yaml: |
        {{- toYaml .Values.config | nindent 4 }}
      keys: {{ keys .Values.config | sortAlpha | join "," | b64enc | quote }}
    ---
    apiVersion: example.com/v1
    kind: Settings
    metadata:
      name: {{ include "heavy.name" . }}-settings
    spec:
      {{- toYaml .Values.config | nindent 2 }}
    ---
    apiVersion: example.com/v1
    kind: Settings
    metadata:
      name: {{ include "heavy.name" . }}-weights
    spec:
      {{- range $key, $entry := .Values.config }}
      {{ $key | replace "-" "_" }}: {{ mul $entry.nested.limit 2 }}
      {{- end }}
    """#

    static let tplTemplate = #"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{ include "heavy.name" . }}-messages
    data:
      {{- range $index, $message := .Values.messages }}
      m{{ $index }}: {{ tpl $message $ | quote }}
      {{- end }}
    """#

    static func componentTemplate(_ index: Int) -> String {
        let key = "c" + pad(index)
        return """
        {{- $c := index .Values.components "\(key)" }}
        {{- $ctx := dict "root" $ "name" "\(key)" }}
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "heavy.fullname" $ctx }}
          labels:
            {{- include "heavy.labels" $ctx | nindent 4 }}
        spec:
          replicas: {{ $c.replicas }}
          selector:
            matchLabels:
              {{- include "heavy.selectorLabels" $ctx | nindent 6 }}
          template:
            metadata:
              annotations:
                checksum/settings: {{ toYaml $c.settings | sha256sum }}
            spec:
              containers:
                - name: main
                  image: "registry.example.com/\(key):{{ $.Chart.AppVersion }}"
                  ports:
                    - containerPort: {{ $c.port }}
                  env:
                    {{- range $k, $v := $c.settings }}
                    - name: {{ $k | upper }}
                      value: {{ $v | quote }}
                    {{- end }}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ include "heavy.fullname" $ctx }}-settings
        data:
          {{- toYaml $c.settings | nindent 2 }}

        """
    }
}
