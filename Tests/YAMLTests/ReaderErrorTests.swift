import XCTest
import KrelCore
@testable import YAML

/// go-yaml's error wording and its line rule: scanner errors 1-based, parser errors
/// 0-based, no line when the problem is on the first line.
final class ReaderErrorTests: XCTestCase {
    func message(_ text: String) -> String {
        do {
            _ = try HelmYAML.unmarshal(text)
            return "ok"
        } catch {
            return error.message
        }
    }

    func testLineNumbers() {
        let cases: [(String, String)] = [
            ("a: [1", "yaml: line 1: did not find expected ',' or ']'"),
            ("a: 1\n b: 2", "yaml: line 2: mapping values are not allowed in this context"),
            ("a: b: c", "yaml: mapping values are not allowed in this context"),
            ("a:\n  b: 1\n c: 2", "yaml: line 2: did not find expected key"),
            ("\ta: 1", "yaml: found character that cannot start any token"),
            ("a: \"\\/\"", "yaml: found unknown escape character"),
            ("a: |0\n  x", "yaml: found an indentation indicator equal to 0"),
            ("%YAML 1.2\n---\na: 1", "yaml: found incompatible YAML document"),
            ("a: !e!x 1", "yaml: found undefined tag handle"),
            ("a: &x.y 1", "yaml: did not find expected alphabetic or numeric character"),
        ]
        for (text, want) in cases {
            XCTAssertEqual(message(text), "error converting YAML to JSON: " + want, text)
        }
    }

    func testDecodingErrors() {
        let cases: [(String, String)] = [
            ("a: !!int 1.5", "yaml: cannot decode !!float `1.5` as a !!int"),
            ("a: !!bool maybe", "yaml: cannot decode !!str `maybe` as a !!bool"),
            ("a: !!binary '!!!'", "yaml: !!binary value contains invalid base64 data"),
            ("? [1, 2]\n: a", "yaml: invalid map key: []interface {}{1, 2}"),
            ("a: 1\n<<: 2", "yaml: map merge requires map or sequence of maps as the value"),
            ("~: a", "unsupported map key of type: %!s(<nil>), key: <nil>, value: \"a\""),
            ("12345678901234567890: a", "unsupported map key of type: uint64, key: 0xab54a98ceb1f0ad2, value: \"a\""),
            ("a: .inf", "json: unsupported value: +Inf"),
            ("a: [1, -.inf]", "json: unsupported value: -Inf"),
        ]
        for (text, want) in cases {
            XCTAssertEqual(message(text), "error converting YAML to JSON: " + want, text)
        }
    }

    func testValuesLoaderWording() {
        XCTAssertThrowsError(try HelmYAML.loadValues(Array("a: 1\n--- x\n".utf8))) { error in
            XCTAssertEqual((error as? YAMLError)?.description, "error reading yaml document: invalid Yaml document separator: x")
        }
        XCTAssertThrowsError(try HelmYAML.loadValues(Array("[1]".utf8))) { error in
            XCTAssertEqual((error as? YAMLError)?.description,
                           "cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}")
        }
    }

    func testErrorsCarryPositions() {
        XCTAssertThrowsError(try HelmYAML.unmarshal("a:\n  b: 1\n c: 2")) { error in
            XCTAssertEqual((error as? YAMLError)?.line, 3)
        }
    }
}
