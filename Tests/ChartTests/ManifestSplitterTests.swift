import Chart
import KrelCore
import XCTest

/// Splitter quirks and head decoding errors. Expected values are the oracle-verified
/// examples of spec 9.2/9.3 and helm v4.1.4 runs on one-file charts.
final class ManifestSplitterTests: XCTestCase {
    func testSplitQuirks() {
        let table: [(String, [String])] = [
            ("---\n\n---\nkind: A", ["---\nkind: A"]),
            ("---\n---\n", ["---"]),
            ("---\n", []),
            ("a: 1\n---apiVersion: v1", ["a: 1", "apiVersion: v1"]),
            ("a: 1\n----", ["a: 1", "-"]),
            ("a: ---", ["a: ---"]),
            ("# note", ["# note"]),
            ("a: 1\n  ---\nb: 2", ["a: 1\n  ---\nb: 2"]),
            ("a: 1 \t\n\n---  \n\n b: 2\n", ["a: 1", "b: 2"]),
            ("", []),
        ]
        for (input, expected) in table {
            XCTAssertEqual(ManifestSplitter.split(input), expected, input.debugDescription)
        }
    }

    func testHeadErrors() {
        let table: [(Value, String)] = [
            (.map(["metadata": .string("abc")]),
             #"json: cannot unmarshal string into Go struct field SimpleHead.metadata of type struct { Name string "json:\"name\""; Annotations map[string]string "json:\"annotations\"" }"#),
            (.map(["metadata": .map(["annotations": .list([.string("a")])])]),
             "json: cannot unmarshal array into Go struct field .metadata.annotations of type map[string]string"),
            (.map(["metadata": .map(["name": .list([.string("x")])])]),
             "json: cannot unmarshal array into Go struct field .metadata.name of type string"),
            (.map(["metadata": .map(["annotations": .map(["a": .map(["b": .string("c")])])])]),
             "json: cannot unmarshal object into Go struct field .metadata.annotations of type string"),
            (.string("prose"), "json: cannot unmarshal string into Go value of type util.SimpleHead"),
            (.list([.string("a")]), "json: cannot unmarshal array into Go value of type util.SimpleHead"),
        ]
        for (document, message) in table {
            XCTAssertThrowsError(try ManifestHead(document: document)) { error in
                XCTAssertEqual((error as? ManifestHeadError)?.message, message)
            }
        }
    }

    func testScalarsBecomeStringsAndNullHookIsUnknown() throws {
        let head = try ManifestHead(document: .map(["apiVersion": .float(1), "Kind": .int(5)]))
        XCTAssertEqual(head.apiVersion, "1")
        XCTAssertEqual(head.kind, "5")
        var log: [String] = []
        let doc = Value.map(["metadata": .map(["annotations": .map(["helm.sh/hook": .null])])])
        let sorted = try ManifestSorter.sort(files: ["c/templates/t.yaml": "x: 1"], parse: { _ in doc }, log: &log)
        XCTAssertTrue(sorted.hooks.isEmpty && sorted.manifests.isEmpty)
        XCTAssertEqual(log, [#"level=INFO msg="skipping unknown hooks" hookTypes="""#])
    }

    func testParseErrorIsWrapped() {
        struct Failure: Error, CustomStringConvertible {
            var description: String { "error converting YAML to JSON: yaml: line 1: did not find expected node content" }
        }
        var log: [String] = []
        XCTAssertThrowsError(try ManifestSorter.sort(files: ["fourdash/templates/four.yaml": "-\nx"], parse: { _ in throw Failure() }, log: &log)) { error in
            // text from the conformance case error-manifest-four-dashes
            XCTAssertEqual("\(error)", "YAML parse error on fourdash/templates/four.yaml: error converting YAML to JSON: yaml: line 1: did not find expected node content")
        }
    }

    func testPathMatch() {
        let table: [(String, String, Bool)] = [
            ("templates/*.yaml", "templates/a.yaml", true),
            ("templates/*.yaml", "templates/extra/a.yaml", false),
            ("templates/d*.yaml", "templates/deployment.yaml", true),
            ("templates/?.yaml", "templates/a.yaml", true),
            ("templates/[a-c].yaml", "templates/b.yaml", true),
            ("templates/[^a-c].yaml", "templates/b.yaml", false),
            ("templates/[", "templates/[", false),
            ("*", "a/b", false),
            ("templates\\/a.yaml", "templates/a.yaml", true),
        ]
        for (pattern, name, expected) in table {
            XCTAssertEqual(GoPathMatch.matches(pattern, name), expected, "\(pattern) vs \(name)")
        }
    }
}
