import Chart
import Foundation
import KrelCore
import YAML

/// A template case rendered the way the shared corpus harness renders it: the case body is
/// the partial `testchart/templates/_case.tpl` of the harness chart, included (base64) from
/// `templates/out.yaml`, and the whole chart goes through `ChartTemplating.run`.
struct ConformanceCase {
    var template = ""
    var values: String?
    var expect: String?
    /// A substring of the expected error, instead of `expect`.
    var error: String?
}

enum HarnessResult {
    case pass
    case fail(String)
}

enum TemplateCorpusHarness {
    static let chartYAML = """
        apiVersion: v2
        name: testchart
        description: Chart used by the krel template conformance corpus
        type: application
        version: 1.2.3
        appVersion: "4.5.6"
        keywords: [alpha, beta]
        home: https://example.com/testchart
        sources: [https://example.com/testchart/src]
        maintainers:
          - name: Jane Doe
            email: jane@example.com
        annotations:
          category: testing

        """

    static let files = [
        "files/hello.txt": "Hello, krel!\n", "files/lines.txt": "one\ntwo\nthree\n",
        "files/conf/a.properties": "key=a\n", "files/conf/b.properties": "key=b\n",
    ]

    static func run(_ c: ConformanceCase) -> HarnessResult {
        let fm = FileManager.default
        let chart = fm.temporaryDirectory.appendingPathComponent("krel-harness-\(UUID().uuidString)/testchart")
        defer { try? fm.removeItem(at: chart.deletingLastPathComponent()) }
        do {
            try fm.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
            var contents = files
            contents["Chart.yaml"] = chartYAML
            contents["values.yaml"] = c.values ?? ""
            contents["templates/_case.tpl"] = c.template
            contents["templates/out.yaml"] = "k0: {{ include \"testchart/templates/_case.tpl\" . | b64enc | quote }}\n"
            for (path, text) in contents {
                let url = chart.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        } catch {
            return .fail("cannot write the harness chart: \(error)")
        }
        do {
            let response = try ChartTemplating.run(TemplateRequest(chartPath: chart.path, releaseName: "rel"))
            if let error = c.error { return .fail("want an error containing \(error.debugDescription), got success") }
            guard let doc = try? HelmYAML.unmarshal(response.stdout), case .string(let b64) = doc["k0"] ?? .null,
                let data = Data(base64Encoded: b64)
            else { return .fail("unparsable output \(response.stdout.debugDescription)") }
            let got = String(decoding: data, as: UTF8.self)
            return got == c.expect ? .pass : .fail("got \(got.debugDescription), want \((c.expect ?? "").debugDescription)")
        } catch {
            guard let want = c.error else { return .fail("error: \(error.message)") }
            return error.message.contains(want) ? .pass : .fail("error \(error.message.debugDescription) lacks \(want.debugDescription)")
        }
    }
}
