import Chart
import XCTest

/// `$ref` / `$dynamicRef` resolution: anchors, embedded `$id` resources, the recursive-extension
/// `$dynamicAnchor` pattern, compile errors for unresolvable local references, the warning for
/// unresolvable `urn:` references, and content* keywords (never asserted). `stderr` is helm
/// v4.1.4's output.
final class SchemaReferenceTests: XCTestCase {
    static let rows: [(schema: String, values: String, stderr: String)] = [
        ("{\"$id\":\"https://example.com/root\",\"$dynamicAnchor\":\"node\",\"properties\":{\"name\":{\"type\":\"string\"},\"kids\":{\"type\":\"array\",\"items\":{\"$dynamicRef\":\"#node\"}}}}", "{\"name\":\"a\",\"kids\":[{\"name\":1}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/kids/0/name': got number, want string\n\n"),
        ("{\"$id\":\"https://example.com/strict\",\"$ref\":\"tree\",\"$dynamicAnchor\":\"node\",\"unevaluatedProperties\":false,\"$defs\":{\"tree\":{\"$id\":\"tree\",\"$dynamicAnchor\":\"node\",\"type\":\"object\",\"properties\":{\"data\":true,\"children\":{\"type\":\"array\",\"items\":{\"$dynamicRef\":\"#node\"}}}}}}", "{\"children\":[{\"data\":2,\"extra\":3}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/children/0/extra': false schema\n- at '/children': false schema\n\n"),
        ("{\"$id\":\"https://example.com/strict\",\"$ref\":\"tree\",\"$dynamicAnchor\":\"node\",\"unevaluatedProperties\":false,\"$defs\":{\"tree\":{\"$id\":\"tree\",\"$dynamicAnchor\":\"node\",\"type\":\"object\",\"properties\":{\"data\":true,\"children\":{\"type\":\"array\",\"items\":{\"$dynamicRef\":\"#node\"}}}}}}", "{\"data\":1,\"children\":[{\"data\":2}]}", ""),
        ("{\"$ref\":\"#/$defs/tree\",\"$defs\":{\"tree\":{\"$dynamicAnchor\":\"node\",\"properties\":{\"v\":{\"type\":\"integer\"},\"kids\":{\"items\":{\"$dynamicRef\":\"#node\"}}}}}}", "{\"kids\":[{\"v\":\"x\"}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/kids/0/v': got string, want integer\n\n"),
        ("{\"properties\":{\"x\":{\"$ref\":\"#/$defs/nope\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\njson-pointer in \"file:///values.schema.json#/$defs/nope\" not found\n"),
        ("{\"properties\":{\"x\":{\"$ref\":\"#nope\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\nanchor in \"file:///values.schema.json#nope\" not found in schema \"file:///values.schema.json\"\n"),
        ("{\"properties\":{\"x\":{\"$dynamicRef\":\"#nope\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\nanchor in \"file:///values.schema.json#nope\" not found in schema \"file:///values.schema.json\"\n"),
        ("{\"$defs\":{\"a\":{\"$anchor\":\"foo\",\"type\":\"string\"}},\"properties\":{\"x\":{\"$ref\":\"#foo\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/x': got number, want string\n\n"),
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"definitions\":{\"a\":{\"$id\":\"#foo\",\"type\":\"string\"}},\"properties\":{\"x\":{\"$ref\":\"#foo\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/x': got number, want string\n\n"),
        ("{\"$id\":\"http://example.com/s.json\",\"$defs\":{\"a\":{\"$id\":\"item.json\",\"type\":\"string\"}},\"properties\":{\"x\":{\"$ref\":\"item.json\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/x': got number, want string\n\n"),
        ("{\"$id\":\"http://example.com/s.json\",\"properties\":{\"x\":{\"$ref\":\"#/$defs/missing\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\njson-pointer in \"file:///values.schema.json#/$defs/missing\" not found\n"),
        ("{\"properties\":{\"x\":{\"$ref\":\"#/properties/y\"},\"y\":{\"type\":\"string\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/x': got number, want string\n\n"),
        ("{\"properties\":{\"x\":{\"contentMediaType\":\"application/json\",\"contentEncoding\":\"base64\"}}}", "{\"x\":\"!!\"}", ""),
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"x\":{\"contentMediaType\":\"application/json\",\"contentEncoding\":\"base64\"}}}", "{\"x\":\"!!\"}", ""),
        ("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"properties\":{\"x\":{\"contentSchema\":{\"type\":\"integer\"},\"contentMediaType\":\"application/json\"}}}", "{\"x\":\"{\"}", ""),
        ("{\"$id\":\"http://example.com/s.json\",\"properties\":{\"x\":{\"$ref\":\"#nope\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\nanchor in \"http://example.com/s.json#nope\" not found in schema \"file:///values.schema.json\"\n"),
        ("{\"$id\":\"http://example.com/s.json\",\"$defs\":{\"a\":{\"$id\":\"item.json\",\"properties\":{\"y\":{\"$ref\":\"#/nope\"}}}}}", "{\"x\":1}", ""),
        ("{\"$defs\":{\"a\":{\"$ref\":\"#/nope\"}},\"properties\":{\"x\":{\"$ref\":\"#/$defs/a\"}}}", "{\"x\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\njson-pointer in \"file:///values.schema.json#/nope\" not found\n"),
        ("{\"properties\":{\"x\":{\"$ref\":\"urn:example:missing\"}}}", "{\"x\":1}", "level=WARN msg=\"unresolved URN reference ignored; using permissive schema\" urn=urn:example:missing\n"),
        ("{\"properties\":{\"x\":{\"$ref\":\"urn:a:b\"},\"y\":{\"type\":\"string\"}}}", "{\"x\":1,\"y\":1}", "level=WARN msg=\"unresolved URN reference ignored; using permissive schema\" urn=urn:a:b\nError: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/y': got number, want string\n\n"),
        ("{\"$dynamicAnchor\":\"node\",\"$defs\":{\"n\":{\"$dynamicAnchor\":\"node\"}}}", "{}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\nduplicate anchor \"node\" in \"file:///values.schema.json\" at \"\" and \"/$defs/n\"\n"),
        ("{\"$anchor\":\"a\",\"$defs\":{\"n\":{\"$anchor\":\"a\"},\"m\":{\"$id\":\"m.json\",\"$anchor\":\"a\"}}}", "{}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\nduplicate anchor \"a\" in \"file:///values.schema.json\" at \"\" and \"/$defs/n\"\n"),
        ("{\"$dynamicAnchor\":\"node\",\"properties\":{\"a\":{\"type\":\"integer\"}},\"$ref\":\"#/$defs/node\",\"$defs\":{\"node\":{\"$id\":\"node.json\",\"$dynamicAnchor\":\"node\",\"properties\":{\"kids\":{\"items\":{\"$dynamicRef\":\"#node\"}}}}}}", "{\"kids\":[{\"a\":\"x\"}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/kids/0/a': got string, want integer\n\n"),
        ("{\"$ref\":\"#/$defs/node\",\"$defs\":{\"node\":{\"$id\":\"node.json\",\"$dynamicAnchor\":\"node\",\"properties\":{\"a\":{\"type\":\"integer\"},\"kids\":{\"items\":{\"$dynamicRef\":\"#node\"}}}}}}", "{\"kids\":[{\"a\":\"x\"}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/kids/0/a': got string, want integer\n\n"),
    ]

    func testReferencesAgainstHelm() {
        SchemaOracleRows.check(Self.rows)
    }
}
