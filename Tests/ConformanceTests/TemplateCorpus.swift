import Foundation
import KrelCore
import TestSupport
import YAML

/// One case of `../shared/conformance/templates/*.yaml`, read with krel's own YAML parser.
struct TemplateCase {
    var group: String
    var name: String
    var template: String
    var values: String?
    var set: [String]
    var releaseName: String
    var namespace: String
    var kubeVersion: String?
    var apiVersions: [String]
    var expect: String?
    var error: String?

    /// Loads every case of one group file.
    static func load(group: String, from folder: URL) throws -> [TemplateCase] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(group).yaml"), encoding: .utf8)
        guard let document = try HelmYAML.parseDocuments(text).first, let cases = document["cases"]?.listValue else {
            return []
        }
        return cases.map { item in
            let release = item["release"]
            return TemplateCase(
                group: group, name: item["name"]?.stringValue ?? "?", template: item["template"]?.stringValue ?? "",
                values: item["values"]?.stringValue, set: (item["set"]?.listValue ?? []).map(Self.text),
                releaseName: release?["name"].map(Self.text) ?? "rel",
                namespace: release?["namespace"].map(Self.text) ?? "default",
                kubeVersion: item["kube_version"].map(Self.text),
                apiVersions: (item["api_versions"]?.listValue ?? []).map(Self.text),
                expect: item["expect"]?.stringValue, error: item["error"]?.stringValue)
        }
    }

    /// Scalars in the corpus are strings, but a YAML reader may type `1.28` as a number.
    private static func text(_ value: Value) -> String {
        if case .string(let s) = value { return s }
        return value.goFormatted
    }

    /// The corpus harness chart (see the corpus README), minus the case-specific files.
    static let chartYAML = """
        apiVersion: v2
        name: testchart
        description: Chart used by the krel template conformance corpus
        type: application
        version: 1.2.3
        appVersion: "4.5.6"
        keywords:
          - alpha
          - beta
        home: https://example.com/testchart
        sources:
          - https://example.com/testchart/src
        maintainers:
          - name: Jane Doe
            email: jane@example.com
        annotations:
          category: testing

        """

    static let files: [String: String] = [
        "files/hello.txt": "Hello, krel!\n", "files/lines.txt": "one\ntwo\nthree\n",
        "files/conf/a.properties": "key=a\n", "files/conf/b.properties": "key=b\n",
    ]

    static let outYAML = "k0: {{ include \"testchart/templates/_case.tpl\" . | b64enc | quote }}\n"

    /// Writes the harness chart for this case below `root`; returns the chart folder.
    func writeChart(under root: URL) throws -> URL {
        let fm = FileManager.default
        let chart = root.appendingPathComponent("testchart")
        try fm.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data(Self.chartYAML.utf8).write(to: chart.appendingPathComponent("Chart.yaml"))
        try Data((values ?? "").utf8).write(to: chart.appendingPathComponent("values.yaml"))
        for (path, text) in Self.files {
            let url = chart.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data(template.utf8).write(to: chart.appendingPathComponent("templates/_case.tpl"))
        try Data(Self.outYAML.utf8).write(to: chart.appendingPathComponent("templates/out.yaml"))
        return chart
    }

    /// `krel template` arguments for this case, as the corpus generator ran helm.
    func arguments(chart: URL) -> [String] {
        var argv = ["template", releaseName, chart.path, "--namespace", namespace]
        for s in set { argv += ["--set", s] }
        if let kubeVersion { argv += ["--kube-version", kubeVersion] }
        for a in apiVersions { argv += ["--api-versions", a] }
        return argv
    }
}
