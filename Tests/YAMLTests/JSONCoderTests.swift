import XCTest
import KrelCore
@testable import YAML

/// Go encoding/json behaviour; expectations from sprig-defaults.yaml, helm-funcs.yaml,
/// lexer-and-whitespace.yaml cases and the helm oracle (`fromJson`/`fromJsonArray` probes).
final class JSONCoderTests: XCTestCase {
    func testMarshalScalarsAndCollections() throws {
        let cases: [(Value, String)] = [
            (.string("s"), "\"s\""), (.int(1), "1"), (.float(1.5), "1.5"), (.bool(true), "true"), (.null, "null"),
            (.map(["zeta": .list([.float(1), .float(2)]), "alpha": .map(["inner": .bool(true)]), "mid": .null]),
             "{\"alpha\":{\"inner\":true},\"mid\":null,\"zeta\":[1,2]}"),
            (.list([.int(1), .string("a"), .null, .map(["k": .list([])]), .float(2.5)]), "[1,\"a\",null,{\"k\":[]},2.5]"),
            (.list([]), "[]"), (.map([:]), "{}"),
            (.map(["big": .float(1_000_000), "huge": .float(1e21), "small": .float(0.000001), "neg": .float(-3), "f": .float(1.5)]),
             "{\"big\":1000000,\"f\":1.5,\"huge\":1e+21,\"neg\":-3,\"small\":0.000001}"),
            (.list([.float(0.1), .float(1e21), .float(1e20), .float(1e-7), .float(123456789.123), .float(-0.0)]),
             "[0.1,1e+21,100000000000000000000,1e-7,123456789.123,-0]"),
            (.int(-1, .uint64), "18446744073709551615"),
            (.list([.int(104), .int(105)], .bytes), "\"aGk=\""),
        ]
        for (value, want) in cases { XCTAssertEqual(try GoJSON.marshal(value), want) }
    }

    func testMarshalStringEscapes() throws {
        XCTAssertEqual(try GoJSON.marshal(.string("<a href='x'>&</a>")),
                       "\"\\u003ca href='x'\\u003e\\u0026\\u003c/a\\u003e\"")
        XCTAssertEqual(try GoJSON.marshal(.string("é\u{2028}\t\u{1}")), "\"é\\u2028\\t\\u0001\"")
        XCTAssertEqual(try GoJSON.marshal(.string("line1\nline2")), "\"line1\\nline2\"")
        XCTAssertEqual(try GoJSON.marshal(.string("a\u{7}\u{8}\u{c}\u{b}")), "\"a\\u0007\\b\\f\\u000b\"")
        XCTAssertEqual(try GoJSON.marshal(.string("a\u{0}b")), "\"a\\u0000b\"")
        XCTAssertEqual(try GoJSON.marshal(.string("\u{FFFD}")), "\"\u{FFFD}\"")
        XCTAssertEqual(try GoJSON.marshal(.string("a\u{7F}\u{2029}\\\"")), "\"a\u{7F}\\u2029\\\\\\\"\"")
        // toRawJson: no HTML escaping, U+2028 still escaped (oracle).
        XCTAssertEqual(try GoJSON.marshal(.map(["h": .string("<a>&b")]), escapeHTML: false), "{\"h\":\"<a>&b\"}")
        XCTAssertEqual(try GoJSON.marshal(.map(["a": .string("<\u{2028}")]), escapeHTML: false), "{\"a\":\"<\\u2028\"}")
    }

    func testMarshalIndent() throws {
        let m: Value = .map(["b": .list([.float(1), .map(["c": .string("d")])]), "a": .map([:]), "e": .list([])])
        XCTAssertEqual(try GoJSON.marshalIndent(m),
                       "{\n  \"a\": {},\n  \"b\": [\n    1,\n    {\n      \"c\": \"d\"\n    }\n  ],\n  \"e\": []\n}")
        XCTAssertEqual(try GoJSON.marshalIndent(.string("s")), "\"s\"")
        XCTAssertEqual(try GoJSON.marshalIndent(.map(["h": .string("<&>")])), "{\n  \"h\": \"\\u003c\\u0026\\u003e\"\n}")
        XCTAssertEqual(try GoJSON.marshalIndent(.list([.int(1)])), "[\n  1\n]")
    }

    func testMarshalErrors() {
        for (d, text) in [(Double.nan, "NaN"), (.infinity, "+Inf"), (-.infinity, "-Inf")] {
            XCTAssertThrowsError(try GoJSON.marshal(.list([.float(d)]))) { error in
                XCTAssertEqual((error as? GoJSONError)?.message, "json: unsupported value: \(text)")
            }
        }
    }

    func testUnmarshalValues() throws {
        let o = GoJSON.unmarshal("{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"e\"}}", into: .map)
        XCTAssertNil(o.error)
        XCTAssertEqual(o.value.goFormatted, "map[a:1 b:[true <nil>] c:map[d:e]]")
        XCTAssertEqual(GoJSON.unmarshal("{\"n\": 12345678901234567890}", into: .map).value.goFormatted,
                       "map[n:1.2345678901234567e+19]")
        XCTAssertEqual(GoJSON.unmarshal("{\"a\":1,\"a\":2}", into: .map).value.goFormatted, "map[a:2]")
        XCTAssertEqual(GoJSON.unmarshal("[1, \"a\", {\"b\": null}]", into: .list).value.goFormatted, "[1 a map[b:<nil>]]")
        XCTAssertEqual(GoJSON.unmarshal("\"\\ud83d\\ude00\\ud83d!\\u00e9\\/\"").value, .string("😀\u{FFFD}!é/"))
        XCTAssertEqual(GoJSON.unmarshal("null", into: .map).value.goFormatted, "map[]")
        XCTAssertEqual(GoJSON.unmarshal("null", into: .list).value.goFormatted, "[]")
        XCTAssertEqual(GoJSON.unmarshal(" -0.5e2 ").value, .float(-50))
        // A number out of range: the error, and the rest still decoded.
        let big = GoJSON.unmarshal("{\"a\":1e400,\"b\":2}", into: .map)
        XCTAssertEqual(big.error?.message, "json: cannot unmarshal number 1e400 into Go value of type float64")
        XCTAssertEqual(big.value.goFormatted, "map[a:<nil> b:2]")
    }

    func testUnmarshalErrors() {
        let cases: [(String, GoJSON.Target, String)] = [
            ("", .map, "unexpected end of JSON input"),
            ("  ", .map, "unexpected end of JSON input"),
            ("{", .map, "unexpected end of JSON input"),
            ("{\"a\":1", .map, "unexpected end of JSON input"),
            ("[1,", .list, "unexpected end of JSON input"),
            ("{bad json", .map, "invalid character 'b' looking for beginning of object key string"),
            ("{\"a\" 1}", .map, "invalid character '1' after object key"),
            ("{\"a\":1 \"b\":2}", .map, "invalid character '\"' after object key:value pair"),
            ("[1 2]", .list, "invalid character '2' after array element"),
            ("tru", .any, "invalid character ' ' in literal true (expecting 'e')"),
            ("trux", .any, "invalid character 'x' in literal true (expecting 'e')"),
            ("nul", .any, "invalid character ' ' in literal null (expecting 'l')"),
            ("-", .any, "invalid character ' ' in numeric literal"),
            ("-a", .any, "invalid character 'a' in numeric literal"),
            ("01", .any, "invalid character '1' after top-level value"),
            ("1.", .any, "invalid character ' ' after decimal point in numeric literal"),
            ("1.e5", .any, "invalid character 'e' after decimal point in numeric literal"),
            ("1e", .any, "invalid character ' ' in exponent of numeric literal"),
            ("1e+", .any, "invalid character ' ' in exponent of numeric literal"),
            ("{\"a\":1}x", .map, "invalid character 'x' after top-level value"),
            ("\"a\tb\"", .any, "invalid character '\\t' in string literal"),
            ("\"\\x\"", .any, "invalid character 'x' in string escape code"),
            ("\"\\u12g4\"", .any, "invalid character 'g' in \\u hexadecimal character escape"),
            ("{1:2}", .map, "invalid character '1' looking for beginning of object key string"),
            ("é", .any, "invalid character 'Ã' looking for beginning of value"),
            ("\u{80}", .any, "invalid character 'Â' looking for beginning of value"),
            ("\u{7F}", .any, "invalid character '\\x7f' looking for beginning of value"),
            ("\\", .any, "invalid character '\\\\' looking for beginning of value"),
            ("'", .any, "invalid character '\\'' looking for beginning of value"),
            ("{,}", .map, "invalid character ',' looking for beginning of object key string"),
            ("[,]", .list, "invalid character ',' looking for beginning of value"),
            ("[]]", .list, "invalid character ']' after top-level value"),
            ("[1, 2]", .map, "json: cannot unmarshal array into Go value of type map[string]interface {}"),
            ("{\"a\": 1}", .list, "json: cannot unmarshal object into Go value of type []interface {}"),
            ("5", .map, "json: cannot unmarshal number into Go value of type map[string]interface {}"),
            ("\"s\"", .list, "json: cannot unmarshal string into Go value of type []interface {}"),
            ("true", .map, "json: cannot unmarshal bool into Go value of type map[string]interface {}"),
            ("[1e400,2]", .list, "json: cannot unmarshal number 1e400 into Go value of type float64"),
        ]
        for (text, target, want) in cases {
            XCTAssertEqual(GoJSON.unmarshal(text, into: target).error?.message, want, text.debugDescription)
        }
    }

    func testDepthLimit() {
        let ok = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertNil(GoJSON.unmarshal(ok).error)
        let deep = String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001)
        XCTAssertEqual(GoJSON.unmarshal(deep).error?.message, "invalid character '[' exceeded max depth")
    }
}
