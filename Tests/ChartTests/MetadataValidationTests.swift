import KrelCore
import XCTest
@testable import Chart

final class MetadataValidationTests: XCTestCase {
    private func map(_ entries: [String: Value]) -> Value { .map(entries) }

    func testValidationMessages() throws {
        // Expected texts: corpus error-chart-* cases and the helm oracle.
        let base: [String: Value] = ["apiVersion": "v2", "name": "x", "version": "1.0.0"]
        let cases: [([String: Value], String?)] = [
            (["version": .null], "chart.metadata.version is required"),
            (["name": .null], "chart.metadata.name is required"),
            (["name": "../escape"], "chart.metadata.name \"../escape\" is invalid"),
            (["name": "a/b"], "chart.metadata.name \"a/b\" is invalid"),
            (["name": "."], "chart.metadata.name \".\" is not allowed"),
            (["name": ".."], "chart.metadata.name \"..\" is not allowed"),
            (["version": "one.two"], "chart.metadata.version \"one.two\" is invalid"),
            (["type": "operator"], "chart.metadata.type must be application or library"),
            (["maintainers": .list([.null])], "maintainers must not contain empty or null nodes"),
            (["dependencies": .list([.null])], "dependencies must not contain empty or null nodes"),
            (["dependencies": .list([.map(["name": "db", "alias": "bad alias"])])],
             "dependency \"db\" has disallowed characters in the alias"),
            (["dependencies": .list([.map(["name": "db"]), .map(["name": "x", "alias": "db"])])],
             "more than one dependency with name or alias \"db\""),
            (["name": "Weird_Name.v2"], nil),
            (["type": "library"], nil),
        ]
        for (overrides, expected) in cases {
            var entries = base
            entries.merge(overrides) { $1 }
            var metadata = try ChartMetadata(from: map(entries))
            if let expected {
                XCTAssertThrowsError(try metadata.validate(), expected) { XCTAssertEqual("\($0)", expected) }
            } else {
                XCTAssertNoThrow(try metadata.validate())
            }
        }
    }

    func testLooseSemver() {
        // Oracle: which chart versions helm 4.1.4 accepts.
        let valid = ["1", "v1.2", "01.2.3", "1.02.3", "1.2.3-0a", "1.2.3-rc.1+b.2", "1.2", "0", "1.2.3-0", "1.2.3+01"]
        let invalid = ["1.2.3-01", "1.2.3.4", "1.2.3-", "1.2.3+", " 1.2.3", "1.2.3 ", "1.2.3-a..b", "1.2.3+a_b",
                       "V1.2.3", "1.2.3-00", "99999999999999999999.0.0", "1.2.x", "=1.2.3", "", "1."]
        for v in valid { XCTAssertTrue(LooseSemver.isValid(v), v) }
        for v in invalid { XCTAssertFalse(LooseSemver.isValid(v), v) }
    }

    func testScalarConversionAndTypeErrors() throws {
        // Oracle: numbers/bools in string fields become strings (floats with 32-bit formatting).
        let metadata = try ChartMetadata(from: map([
            "name": "x", "version": .float(1.0), "appVersion": .float(3.14159265358979), "home": .float(1e6),
            "description": .int(1000000), "icon": .bool(true),
            "keywords": .list([.int(1), .float(2.5), .bool(true), .null, "x"]),
            "annotations": .map(["a": .float(1.5), "c": .bool(true)]),
        ]))
        XCTAssertEqual(metadata.version, "1")
        XCTAssertEqual(metadata.appVersion, "3.1415927")
        XCTAssertEqual(metadata.home, "1e+06")
        XCTAssertEqual(metadata.description, "1000000")
        XCTAssertEqual(metadata.icon, "true")
        XCTAssertEqual(metadata.keywords, ["1", "2.5", "true", "", "x"])
        XCTAssertEqual(metadata.annotations, ["a": "1.5", "c": "true"])
        let prefix = "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
        let errors: [(Value, String)] = [
            (map(["sources": .float(1)]), "number into Go struct field Metadata.sources of type []string"),
            (map(["keywords": .list(["a", .map(["b": 1])])]), "object into Go struct field Metadata.keywords of type string"),
            (map(["annotations": .map(["a": .list([1])])]), "array into Go struct field Metadata.annotations of type string"),
            (map(["deprecated": "true"]), "string into Go struct field Metadata.deprecated of type bool"),
            // helm v4.1.4: several errors -> the first in byte-sorted key order; v2 package names.
            (map(["version": .list([1]), "type": .map([:]), "dependencies": .list([5])]),
             "number into Go struct field Metadata.dependencies of type v2.Dependency"),
            (map(["Version": .list([3]), "maintainers": 5]), "array into Go struct field Metadata.version of type string"),
            (map(["maintainers": .list([5])]), "number into Go struct field Metadata.maintainers of type v2.Maintainer"),
            (map(["dependencies": 5]), "number into Go struct field Metadata.dependencies of type []*v2.Dependency"),
            (map(["\u{17F}ources": 5]), "number into Go struct field Metadata.sources of type []string"),
        ]
        for (value, message) in errors {
            XCTAssertThrowsError(try ChartMetadata(from: value)) { XCTAssertEqual("\($0)", prefix + message) }
        }
    }

    /// Lock files are decoded while loading (helm v4.1.4 texts): first type error in sorted
    /// key order, but time.Time's own error wins wherever it is.
    func testLockFileErrors() throws {
        let prefix = "cannot load Chart.lock: error unmarshaling JSON: while decoding JSON: "
        let cases: [(Value, String?)] = [
            (.map(["digest": .list([1]), "dependencies": 4]), "json: cannot unmarshal number into Go struct field Lock.dependencies of type []*v2.Dependency"),
            (.map(["digest": .list([1]), "generated": .list([1])]), "Time.UnmarshalJSON: input is not a JSON string"),
            (.list([1]), "json: cannot unmarshal array into Go value of type v2.Lock"),
            (.map(["dependencies": .list([.map(["name": "a"])]), "generated": "2020-01-01T00:00:00Z"]), nil),
        ]
        for (document, message) in cases {
            let check = { try LockFileCheck.check([], file: "Chart.lock", parseYAML: { _ in document }) }
            if let message {
                XCTAssertThrowsError(try check()) { XCTAssertEqual("\($0)", prefix + message) }
            } else {
                XCTAssertNoThrow(try check())
            }
        }
    }

    func testSanitizeAndChartMap() throws {
        var metadata = try ChartMetadata(from: map([
            "apiVersion": "v2", "name": "x\u{01}y", "version": "0.3.0", "description": "a\tb\u{200B}c",
            "maintainers": .list([.map(["name": "Carol", "email": "carol@example.invalid"])]),
        ]))
        try metadata.validate()
        XCTAssertEqual(metadata.name, "xy")
        XCTAssertEqual(metadata.description, "a bc")
        let chart = metadata.templateValue(isRoot: true)
        // Printed form from the corpus (chart-printed in helm-funcs.yaml shows the layout).
        XCTAssertEqual(chart.sortedKeys, ["APIVersion", "Annotations", "AppVersion", "Condition", "Dependencies", "Deprecated",
                                          "Description", "Home", "Icon", "IsRoot", "Keywords", "KubeVersion", "Maintainers",
                                          "Name", "Sources", "Tags", "Type", "Version"])
        XCTAssertEqual(chart["Maintainers"]?.goFormatted, "[map[Email:carol@example.invalid Name:Carol URL:]]")
        XCTAssertEqual(chart["Annotations"]?.goFormatted, "map[]")
        XCTAssertEqual(chart["Sources"]?.goFormatted, "[]")
        XCTAssertEqual(chart["Annotations"]?.goTypeName, "map[string]string")
    }

    func testKubeVersionCheck() throws {
        var metadata = ChartMetadata()
        metadata.kubeVersion = ">=1.30.0-0"
        let kube = try KubeVersion(parsing: "1.25.3")
        XCTAssertThrowsError(try metadata.checkKubeVersion(kube) { _, _ in false }) {
            // Corpus error-chart-kubeversion-incompatible.
            XCTAssertEqual("\($0)", "chart requires kubeVersion: >=1.30.0-0 which is incompatible with Kubernetes v1.25.3")
        }
        XCTAssertNoThrow(try metadata.checkKubeVersion(kube) { _, _ in true })
    }
}
