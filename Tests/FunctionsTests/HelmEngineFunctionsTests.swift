import Foundation
import KrelCore
import Template
import TestSupport
import XCTest

@testable import Functions

/// include/tpl/required/fail against the helm-funcs conformance cases that need no Sprig
/// function and no Helm built-in object beyond `.Values`/`.Release`/`.Template`.
final class HelmEngineFunctionsTests: XCTestCase {
    static func rootData(values: Value) -> Value {
        .map([
            "Values": values,
            "Release": .map(["Name": .string("rel"), "Namespace": .string("default")]),
            "Chart": .map(["Name": .string("testchart")]),
            "Template": .map(["Name": .string("testchart/templates/out.yaml"), "BasePath": .string("testchart/templates")], .helmValues),
        ], .helmValues)
    }

    /// Renders like the corpus harness: out.yaml includes the case file.
    static func render(_ template: String, values: Value) throws -> String {
        var table = FunctionTable()
        HelmEngineFunctions.register(into: &table)
        let set = TemplateSet(functions: table)
        try set.addFile(named: "testchart/templates/_case.tpl", text: template)
        try set.addFile(named: "testchart/templates/out.yaml", text: "{{ include \"testchart/templates/_case.tpl\" . }}")
        return try set.execute(named: "testchart/templates/out.yaml", data: rootData(values: values))
    }

    func testRequiredErrorIsReportedAtTheOutermostAction() throws {
        XCTAssertThrowsError(try Self.render("{{ required \"a is required\" .Values.a }}", values: .map([:]))) { error in
            XCTAssertEqual(HelmErrorText.executionError(error), "execution error at (testchart/templates/out.yaml:1:3): a is required")
        }
    }

    func testStructuredErrorForMissingInclude() throws {
        XCTAssertThrowsError(try Self.render("{{ include \"nope\" . }}", values: .map([:]))) { error in
            XCTAssertEqual(HelmErrorText.executionError(error), """
                testchart/templates/out.yaml:1:3
                  executing "testchart/templates/out.yaml" at <include "testchart/templates/_case.tpl" .>:
                    error calling include:
                testchart/templates/_case.tpl:1:3
                  executing "testchart/templates/_case.tpl" at <include "nope" .>:
                    error calling include:
                template: no template "nope" associated with template "gotpl"
                """)
        }
    }
}
