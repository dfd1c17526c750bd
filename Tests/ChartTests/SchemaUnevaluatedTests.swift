import Chart
import XCTest

/// unevaluatedProperties / unevaluatedItems (2019-09 and 2020-12; ignored by draft-07).
/// Each row's `stderr` is helm v4.1.4's output. Rows with several leftover members are
/// avoided: jsonschema reports those in random (Go map) order; krel sorts them.
final class SchemaUnevaluatedTests: XCTestCase {
    static let rows: [(schema: String, values: String, stderr: String)] = [
        ("{\"properties\":{\"a\":{}},\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/b': false schema\n\n"),
        ("{\"allOf\":[{\"properties\":{\"a\":{}}}],\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/b': false schema\n\n"),
        ("{\"properties\":{\"a\":{}},\"unevaluatedProperties\":{\"type\":\"string\"}}", "{\"a\":1,\"b\":2,\"c\":\"x\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/b': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"prefixItems\":[{}],\"unevaluatedItems\":false}}}", "{\"l\":[1,2]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': false schema\n\n"),
        ("{\"properties\":{\"l\":{\"prefixItems\":[{}],\"unevaluatedItems\":{\"type\":\"string\"}}}}", "{\"l\":[1,2,\"x\"]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"contains\":{\"type\":\"string\"},\"unevaluatedItems\":false}}}", "{\"l\":[\"x\",1]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': false schema\n\n"),
        ("{\"$schema\":\"https://json-schema.org/draft/2019-09/schema\",\"properties\":{\"l\":{\"items\":[{}],\"unevaluatedItems\":false}}}", "{\"l\":[1,2]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': false schema\n\n"),
        ("{\"$schema\":\"https://json-schema.org/draft/2019-09/schema\",\"properties\":{\"l\":{\"contains\":{\"type\":\"string\"},\"unevaluatedItems\":false}}}", "{\"l\":[\"x\"]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/0': false schema\n\n"),
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"a\":{}},\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", ""),
        ("{\"if\":{\"properties\":{\"k\":{\"const\":1}}},\"then\":{\"properties\":{\"t\":{}}},\"else\":{\"properties\":{\"e\":{}}},\"unevaluatedProperties\":false}", "{\"k\":1,\"t\":1,\"e\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/e': false schema\n\n"),
        ("{\"anyOf\":[{\"properties\":{\"a\":{}}},{\"properties\":{\"b\":{\"type\":\"string\"}}}],\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/b': false schema\n\n"),
        ("{\"anyOf\":[{\"properties\":{\"a\":{}}},{\"properties\":{\"b\":{}}}],\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", ""),
        ("{\"properties\":{\"a\":{\"type\":\"string\"}},\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': got number, want string\n- at '/b': false schema\n\n"),
        ("{\"$ref\":\"#/$defs/base\",\"unevaluatedProperties\":false,\"$defs\":{\"base\":{\"properties\":{\"a\":{}}}}}", "{\"a\":1,\"z\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/z': false schema\n\n"),
        ("{\"additionalProperties\":true,\"unevaluatedProperties\":false}", "{\"a\":1}", ""),
        ("{\"patternProperties\":{\"^x\":{}},\"unevaluatedProperties\":false}", "{\"xa\":1}", ""),
        ("{\"dependentSchemas\":{\"a\":{\"properties\":{\"b\":{}}}},\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': false schema\n\n"),
        ("{\"allOf\":[{\"properties\":{\"a\":{\"type\":\"string\"}}}],\"unevaluatedProperties\":false}", "{\"a\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': 'allOf' failed\n  - at '/a': got number, want string\n- at '/a': false schema\n\n"),
        ("{\"oneOf\":[{\"properties\":{\"a\":{\"type\":\"string\"}}},{\"properties\":{\"b\":{}}}],\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': false schema\n\n"),
        ("{\"not\":{\"properties\":{\"a\":{\"type\":\"string\"}}},\"unevaluatedProperties\":false}", "{\"a\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': false schema\n\n"),
        ("{\"properties\":{\"o\":{\"properties\":{\"x\":{}}}},\"unevaluatedProperties\":false}", "{\"o\":{\"x\":1,\"y\":2}}", ""),
        ("{\"type\":\"object\",\"required\":[\"zz\"],\"properties\":{\"a\":{}},\"unevaluatedProperties\":false}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': missing property 'zz'\n- at '/b': false schema\n\n"),
        ("{\"allOf\":[{\"unevaluatedProperties\":false}],\"properties\":{\"a\":{}}}", "{\"a\":1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': 'allOf' failed\n  - at '/a': false schema\n\n"),
        ("{\"properties\":{\"a\":{}},\"allOf\":[{\"properties\":{\"b\":{}},\"unevaluatedProperties\":false}]}", "{\"a\":1,\"b\":2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': 'allOf' failed\n  - at '/a': false schema\n\n"),
        ("{\"properties\":{\"l\":{\"items\":{\"type\":\"integer\"},\"unevaluatedItems\":false}}}", "{\"l\":[1,2]}", ""),
        ("{\"properties\":{\"l\":{\"allOf\":[{\"prefixItems\":[{}]}],\"unevaluatedItems\":false}}}", "{\"l\":[1,2]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': false schema\n\n"),
    ]

    func testUnevaluatedAgainstHelm() {
        SchemaOracleRows.check(Self.rows)
    }
}
