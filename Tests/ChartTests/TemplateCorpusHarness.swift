import Chart
import Foundation
import Functions
import KrelCore
import Template
import TestSupport

/// Builds what the corpus harness (conformance/templates/README.md) gives each case: the
/// testchart's metadata, files, release and capabilities, and renders the case body as the
/// partial `testchart/templates/_case.tpl` included from `testchart/templates/out.yaml`.
enum TemplateCorpusHarness {
    static let casePath = "testchart/templates/_case.tpl"
    static let outPath = "testchart/templates/out.yaml"

    /// `.Files` methods whose output is toYaml text: this harness builds `.Files` without
    /// the YAML emitter (ConformanceTests runs them through the real renderer).
    static let pendingNames = ["AsConfig", "AsSecrets"]

    /// Cases of ConformanceTests/known-divergences.txt (krel cannot match them yet).
    static let knownDivergences: Set<String> = ["to-json-non-utf8-replaced"]

    static func pendingFunction(in template: String) -> String? {
        pendingNames.first { template.contains($0) }
    }

    static var metadata: ChartMetadata {
        var m = ChartMetadata()
        m.apiVersion = "v2"
        m.name = "testchart"
        m.description = "Chart used by the krel template conformance corpus"
        m.type = "application"
        m.version = "1.2.3"
        m.appVersion = "4.5.6"
        m.keywords = ["alpha", "beta"]
        m.home = "https://example.com/testchart"
        m.sources = ["https://example.com/testchart/src"]
        m.maintainers = [Maintainer(name: "Jane Doe", email: "jane@example.com")]
        m.annotations = ["category": "testing"]
        return m
    }

    static let files: [ChartFile] = [
        ChartFile(path: "files/hello.txt", data: Array("Hello, krel!\n".utf8)),
        ChartFile(path: "files/lines.txt", data: Array("one\ntwo\nthree\n".utf8)),
        ChartFile(path: "files/conf/a.properties", data: Array("key=a\n".utf8)),
        ChartFile(path: "files/conf/b.properties", data: Array("key=b\n".utf8)),
    ]

    /// The root context of the case, or nil when the stand-in readers can't build it.
    static func rootData(for c: ConformanceCase) throws -> Value? {
        var values: Value = .map([:], .helmValues)
        if let text = c.values {
            guard let v = MiniValuesReader.read(text) else { return nil }
            values = v
        }
        if !c.set.isEmpty {
            guard let v = MiniSetParser.apply(c.set, to: values) else { return nil }
            values = v
        }
        if case .map(let m, _) = values { values = .map(m, .helmValues) }
        let capabilities = try Capabilities(kubeVersionFlag: c.kubeVersion, apiVersionFlags: c.apiVersions)
        let release = ReleaseInfo(name: c.releaseName, namespace: c.releaseNamespace)
        return .map([
            "Values": values,
            "Release": release.templateValue,
            "Chart": metadata.templateValue(isRoot: true),
            "Capabilities": .object(capabilities),
            "Files": .object(FilesObject(files: files, toYAML: { _ in "" })),
            "Subcharts": .map([:]),
            "Template": .map(["Name": .string(outPath), "BasePath": .string("testchart/templates")], .helmValues),
        ], .helmValues)
    }

    enum Outcome { case pass, fail(String), skip(String) }

    static func run(_ c: ConformanceCase) -> Outcome {
        if c.unsupported { return .skip("case format") }
        if let name = pendingFunction(in: c.template) { return .skip(name) }
        if knownDivergences.contains(c.name) { return .skip("known divergence") }
        let data: Value
        do {
            guard let d = try rootData(for: c) else { return .skip("values reader") }
            data = d
        } catch {
            return .fail("harness: \(error)")
        }
        let set = TemplateSet(functions: FunctionLibrary.helm)
        do {
            try set.addFile(named: casePath, text: c.template)
            try set.addFile(named: outPath, text: "{{ include \"\(casePath)\" . }}")
            let output = try set.execute(named: outPath, data: data)
            if let expect = c.expect {
                return output == expect ? .pass : .fail("got \(GoQuote.quote(output)), want \(GoQuote.quote(expect))")
            }
            return .fail("expected error \(c.error ?? ""), got output \(GoQuote.quote(output))")
        } catch {
            let text = HelmErrorText.executionError(error)
            if let expected = c.error, text.contains(expected) || goErrorText(error).contains(expected) { return .pass }
            if let expect = c.expect { return .fail("error: \(text) (want \(GoQuote.quote(expect)))") }
            return .fail("error: \(text) (want error containing \(c.error ?? ""))")
        }
    }
}
