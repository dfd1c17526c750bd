import XCTest
import KrelCore
@testable import YAML

/// Structure rules of go-yaml's decoder and sigs' JSON step.
final class ComposerTests: XCTestCase {
    func load(_ text: String) throws -> Value { try HelmYAML.unmarshal(text) }

    func testKeysAreStringified() throws {
        let v = try load("1: a\n1.5: b\n3.14159265358979: c\ntrue: d\nyes: e\n0x1F: f\n1e20: g\n.inf: h")
        XCTAssertEqual(v.mapValue?.keys.sorted(), ["1", "1.5", "1e+20", "3.1415927", "31", ".inf", "true"].sorted())
        XCTAssertEqual(v["true"], .string("e"))
    }

    func testMergeKeysApplyInPlace() throws {
        let v = try load("b: &b {w: 1, x: 1}\nc:\n  w: 3\n  <<: *b\n  x: 2\nd:\n  <<: [{k: 1}, {k: 2}]\n")
        XCTAssertEqual(v["c"], .map(["w": .float(1), "x": .float(2)]))
        XCTAssertEqual(v["d"], .map(["k": .float(1)]))
        let quoted = try load("\"<<\": {a: 1}")
        XCTAssertEqual(quoted.mapValue?.keys.sorted(), ["<<"])
    }

    func testAnchorsRedefinedAndDuplicateKeys() throws {
        let v = try load("a: &x 1\nb: &x 2\nc: *x\nc: 3\nd: *x")
        XCTAssertEqual(v["d"], .float(2))
        XCTAssertEqual(v["c"], .float(3))
    }

    func testNumbersByMode() throws {
        XCTAssertEqual(try HelmYAML.unmarshal("a: 42")["a"], .float(42))
        let native = try HelmYAML.parseDocuments("a: 42\nb: 18446744073709551615\nc: 1.5\n---\nx\n")
        XCTAssertEqual(native.count, 2)
        XCTAssertEqual(native[0]["a"], .int(42))
        XCTAssertEqual(native[0]["b"], .int(-1, .uint64))
        XCTAssertEqual(native[1], .string("x"))
    }

    func testBinaryAndTags() throws {
        let v = try load("a: !!binary /w==\nb: !!str 12\nc: !foo 12\nd: !!float 0x1F\ne: !!set {x, z}\nf: 2001-12-14")
        XCTAssertEqual(v["a"], .string("\u{FFFD}"))
        XCTAssertEqual(v["b"], .string("12"))
        XCTAssertEqual(v["c"], .string("12"))
        XCTAssertEqual(v["d"], .float(31))
        XCTAssertEqual(v["e"], .map(["x": .null, "z": .null]))
        XCTAssertEqual(v["f"], .string("2001-12-14"))
    }

    func testFromYamlHelpers() {
        XCTAssertEqual(HelmYAML.fromYaml(""), .map([:]))
        XCTAssertEqual(HelmYAML.fromYamlArray("~"), .list([]))
        XCTAssertEqual(HelmYAML.fromYaml("a: [1"), .map(["Error": .string("error converting YAML to JSON: yaml: line 1: did not find expected ',' or ']'")]))
        XCTAssertEqual(HelmYAML.fromYamlArray("a: 1"), .list([.string("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}")]))
    }

    func testEventStream() throws {
        let events = try YAMLEventStream.events("--- &a !!str x\n...\n")
        XCTAssertEqual(events.map(\.kind), [.streamStart, .documentStart, .scalar, .documentEnd, .streamEnd])
        XCTAssertEqual(events[2].anchor, "a")
        XCTAssertEqual(events[2].tag, "tag:yaml.org,2002:str")
        XCTAssertTrue(events[1].explicit && events[3].explicit)
    }
}
