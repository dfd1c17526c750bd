import TestSupport
import XCTest

/// How templates see Helm's objects (`GoCollectionObject`, `GoPointerStringer`, pointer
/// printing), rendered in the corpus harness. Expected texts come from helm v4.1.4.
final class ChartObjectTemplateTests: XCTestCase {
    static let cases: [(String, String)] = [
        // A pointer-receiver String() is used only when the action prints the field itself.
        (#"{{ .Capabilities.KubeVersion }}|{{ print .Capabilities.KubeVersion }}|{{ quote .Capabilities.KubeVersion }}|{{ toString .Capabilities.KubeVersion }}"#,
         #"v1.35.0|{v1.35.0 v1.35.0 1 35}|"{v1.35.0 v1.35.0 1 35}"|{v1.35.0 v1.35.0 1 35}"#),
        (#"{{ $k := .Capabilities.KubeVersion }}{{ $k }}|{{ (.Capabilities.KubeVersion) }}|{{ with .Capabilities.KubeVersion }}{{ . }}{{ end }}|{{ .Capabilities.KubeVersion | print }}"#,
         "v1.35.0|v1.35.0|v1.35.0|{v1.35.0 v1.35.0 1 35}"),
        (#"{{ printf "%v %s" .Capabilities.KubeVersion .Capabilities.KubeVersion }}"#, "{v1.35.0 v1.35.0 1 35} {v1.35.0 v1.35.0 1 35}"),
        (#"{{ .Capabilities.HelmVersion }}|{{ print .Capabilities.HelmVersion }}"#,
         "{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}|{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}"),
        // Named slice and map types behave as their contents.
        (#"{{ .Capabilities.APIVersions | len }}|{{ empty .Capabilities.APIVersions }}|{{ kindOf .Capabilities.APIVersions }}|{{ index .Capabilities.APIVersions 1 }}"#,
         "57|false|slice|admissionregistration.k8s.io/v1"),
        (#"{{ range .Capabilities.APIVersions }}{{ . }}{{ break }}{{ end }}|{{ .Capabilities.APIVersions | first }}|{{ slice .Capabilities.APIVersions 1 2 }}"#,
         "v1|v1|[admissionregistration.k8s.io/v1]"),
        (#"{{ empty .Files }}|{{ len .Files }}|{{ if .Files }}T{{ end }}|{{ kindOf .Files }}|{{ typeOf .Files }}|{{ deepEqual .Files .Files }}"#,
         "false|4|T|map|engine.files|true"),
        (#"{{ empty (.Files.Glob "nothing/*") }}|{{ if (.Files.Glob "nothing/*") }}T{{ else }}F{{ end }}|{{ default "d" (.Files.Glob "nothing/*") }}|{{ coalesce (.Files.Glob "x/*") "c" }}|{{ not (.Files.Glob "x/*") }}"#,
         "true|F|d|c|true"),
        (#"{{ range $k, $v := .Files.Glob "files/conf/*" }}{{ $k }}={{ len $v }};{{ end }}|{{ index .Files "files/hello.txt" }}|{{ index .Files "nope" }}|{{ .Files.nope }}"#,
         "files/conf/a.properties=6;files/conf/b.properties=6;|[72 101 108 108 111 44 32 107 114 101 108 33 10]|[]|[]"),
        (#"{{ index .Chart.Annotations "zz" }}|{{ default "d" .Chart.Annotations }}|{{ typeOf .Capabilities.KubeVersion }}|{{ typeOf .Capabilities }}"#,
         "|map[category:testing]|common.KubeVersion|*common.Capabilities"),
        (#"{{ .Capabilities.KubeVersion.GitVersion }}|{{ .Capabilities.KubeVersion.String }}"#, "v1.35.0|v1.35.0"),
    ]

    func testObjectsInTemplates() {
        for (template, want) in Self.cases {
            var c = ConformanceCase()
            c.template = template
            c.expect = want
            if case .fail(let why) = TemplateCorpusHarness.run(c) { XCTFail("\(template): \(why)") }
        }
    }

    func testPointerStructPrintsWithoutAmpersandInAction() {
        var c = ConformanceCase()
        c.template = "{{ .Capabilities }}"
        c.expect = ""
        guard case .fail(let why) = TemplateCorpusHarness.run(c) else { return XCTFail("no output") }
        XCTAssertTrue(why.hasPrefix("got \"{{v1.35.0 v1.35.0 1 35} [v1 "), why)
        c.template = "{{ print .Capabilities }}"
        guard case .fail(let why2) = TemplateCorpusHarness.run(c) else { return XCTFail("no output") }
        XCTAssertTrue(why2.hasPrefix("got \"&{{v1.35.0 v1.35.0 1 35} [v1 "), why2)
    }
}
