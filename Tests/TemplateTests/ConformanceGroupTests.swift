import Foundation
import KrelCore
import Template
import TestSupport
import XCTest

/// Runs the lexer/actions/builtins conformance groups for cases that need only Go's
/// builtins (plus a test `include`/`fail`) and simple `.Values`. Cases needing Sprig or
/// Helm objects are skipped and counted. The full corpus (Sprig, Helm objects, --set) runs
/// in ChartTests/TemplateCorpusRunnerTests.
final class ConformanceGroupTests: XCTestCase {
    static let testFunctions: FunctionTable = [
        "include": TemplateFunction([.string, .any]) { call in
            guard case .string(let name) = call.arguments[0], let engine = call.engine else { return .string("") }
            return .string(try engine.executeTemplate(named: name, data: call.arguments[1]))
        },
        "fail": TemplateFunction([.string]) { call in
            throw FunctionError(call.arguments[0].stringValue ?? "")
        },
    ]

    static func rootData(values: Value) -> Value {
        .map([
            "Values": values,
            "Release": .map([
                "Name": .string("rel"), "Namespace": .string("default"), "IsInstall": .bool(true),
                "IsUpgrade": .bool(false), "Revision": .int(1), "Service": .string("Helm"),
            ]),
            "Chart": .map(["Name": .string("testchart"), "Version": .string("1.2.3")]),
            "Capabilities": .map([:]),
            "Files": .map([:]),
            "Subcharts": .map([:]),
            "Template": .map(["Name": .string("testchart/templates/out.yaml"), "BasePath": .string("testchart/templates")], .helmValues),
        ], .helmValues)
    }

    enum Outcome { case pass, fail(String), skip }

    static func run(_ c: ConformanceCase) -> Outcome {
        if c.unsupported || !c.set.isEmpty || c.kubeVersion != nil || !c.apiVersions.isEmpty { return .skip }
        for marker in [".Capabilities", ".Files", ".Subcharts", ".Chart.", "slice "] where c.template.contains(marker) { return .skip }
        var values: Value = .map([:], .helmValues)
        if let text = c.values {
            guard let v = MiniValuesReader.read(text) else { return .skip }
            values = v
        }
        let set = TemplateSet(functions: testFunctions)
        let name = "testchart/templates/_case.tpl"
        do {
            try set.addFile(named: name, text: c.template)
            let output = try set.execute(named: name, data: rootData(values: values))
            if let expect = c.expect { return output == expect ? .pass : .fail("got \(GoQuote.quote(output)), want \(GoQuote.quote(expect))") }
            return .fail("expected error \(c.error ?? ""), got output \(GoQuote.quote(output))")
        } catch {
            let text = goErrorText(error)
            if text.contains("function \""), text.contains("not defined"), !(c.error ?? "").contains("not defined") {
                return .skip  // needs Sprig or Helm functions
            }
            if let expected = c.error, text.contains(expected) { return .pass }
            return .fail("error: \(text)")
        }
    }

    func testConformanceGroups() throws {
        guard let folder = SharedMaterial.folder("conformance/templates") else { throw XCTSkip("no shared material") }
        var report: [String] = []
        for group in ["lexer-and-whitespace", "actions", "builtins"] {
            let text = try String(contentsOf: folder.appendingPathComponent(group + ".yaml"), encoding: .utf8)
            let cases = CaseFileReader.read(text)
            var pass = 0, skip = 0
            var failures: [String] = []
            for c in cases {
                switch Self.run(c) {
                case .pass: pass += 1
                case .skip: skip += 1
                case .fail(let why): failures.append("\(group)/\(c.name): \(why)")
                }
            }
            report.append("\(group): \(pass) pass, \(failures.count) fail, \(skip) skipped of \(cases.count)")
            for f in failures { XCTFail(f) }
        }
        print("CONFORMANCE " + report.joined(separator: "; "))
    }
}
