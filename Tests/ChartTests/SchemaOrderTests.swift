import Chart
import XCTest

/// Several failures at once: jsonschema v6 reports them in its fixed keyword order (checked
/// stable over repeated helm runs), nests contains misses, and shifts the index of items after
/// prefixItems/items arrays (a v6 quirk). Failures that come from iterating object members
/// (properties, patternProperties, unevaluatedProperties) are in random Go map order in helm;
/// krel sorts those, so rows here keep one such failure. `stderr` is helm v4.1.4's output.
final class SchemaOrderTests: XCTestCase {
    static let rows: [(schema: String, values: String, stderr: String)] = [
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"s\":{\"minLength\":5,\"pattern\":\"^a\",\"format\":\"email\"}}}", "{\"s\":\"bb\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/s': 'bb' is not valid email: missing @\n\n"),
        ("{\"properties\":{\"s\":{\"minLength\":5,\"pattern\":\"^a\",\"enum\":[\"x\"]}}}", "{\"s\":\"bb\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/s': value must be 'x'\n\n"),
        ("{\"properties\":{\"s\":{\"minLength\":5,\"pattern\":\"^a\",\"const\":\"x\",\"type\":\"string\"}}}", "{\"s\":\"bb\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/s': value must be 'x'\n\n"),
        ("{\"properties\":{\"o\":{\"minProperties\":3,\"required\":[\"r\"],\"additionalProperties\":false,\"dependentRequired\":{\"a\":[\"q\"]},\"properties\":{\"a\":{\"type\":\"string\"}}}}}", "{\"o\":{\"a\":1}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': minProperties: got 1, want 3\n- at '/o': missing property 'r'\n- at '/o/a': got number, want string\n- at '/o': properties 'q' required, if 'a' exists\n\n"),
        ("{\"properties\":{\"o\":{\"maxProperties\":1,\"required\":[\"r\"],\"additionalProperties\":false,\"propertyNames\":{\"maxLength\":1},\"properties\":{\"a\":{\"type\":\"string\"}}}}}", "{\"o\":{\"a\":1,\"bb\":2}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': maxProperties: got 2, want 1\n- at '/o': missing property 'r'\n- at '/o/a': got number, want string\n- at '/o': additional properties 'bb' not allowed\n- at '': invalid propertyName 'bb'\n  - at '': maxLength: got 2, want 1\n\n"),
        ("{\"properties\":{\"l\":{\"minItems\":5,\"uniqueItems\":true,\"items\":{\"type\":\"string\"},\"contains\":{\"const\":\"z\"}}}}", "{\"l\":[1,1]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': minItems: got 2, want 5\n- at '/l': items at 0 and 1 are equal\n- at '/l/0': got number, want string\n- at '/l/1': got number, want string\n- at '/l': no items match contains schema\n  - at '/l/0': value must be 'z'\n  - at '/l/1': value must be 'z'\n\n"),
        ("{\"properties\":{\"n\":{\"minimum\":5,\"multipleOf\":2,\"exclusiveMinimum\":4,\"not\":{\"type\":\"integer\"},\"allOf\":[{\"maximum\":0}],\"anyOf\":[{\"maximum\":-1}],\"oneOf\":[{\"maximum\":-2}]}}}", "{\"n\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': minimum: got 3, want 5\n- at '/n': exclusiveMinimum: got 3, want 4\n- at '/n': multipleOf: got 3, want 2\n- at '/n': 'not' failed\n- at '/n': 'allOf' failed\n  - at '/n': maximum: got 3, want 0\n- at '/n': 'anyOf' failed\n  - at '/n': maximum: got 3, want -1\n- at '/n': 'oneOf' failed, none matched\n  - at '/n': maximum: got 3, want -2\n\n"),
        ("{\"properties\":{\"n\":{\"$ref\":\"#/$defs/a\",\"minimum\":5,\"if\":{\"type\":\"integer\"},\"then\":{\"maximum\":0}}},\"$defs\":{\"a\":{\"multipleOf\":2}}}", "{\"n\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': multipleOf: got 3, want 2\n- at '/n': minimum: got 3, want 5\n- at '/n': maximum: got 3, want 0\n\n"),
        ("{\"properties\":{\"n\":{\"maximum\":1,\"exclusiveMaximum\":1,\"minimum\":9,\"exclusiveMinimum\":9}}}", "{\"n\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': minimum: got 3, want 9\n- at '/n': maximum: got 3, want 1\n- at '/n': exclusiveMinimum: got 3, want 9\n- at '/n': exclusiveMaximum: got 3, want 1\n\n"),
        ("{\"properties\":{\"o\":{\"dependentSchemas\":{\"a\":{\"required\":[\"x\"]}},\"dependentRequired\":{\"a\":[\"y\"]},\"dependencies\":{\"a\":[\"z\"]}}}}", "{\"o\":{\"a\":1}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': properties 'z' required, if 'a' exists\n- at '/o': missing property 'x'\n- at '/o': properties 'y' required, if 'a' exists\n\n"),
        ("{\"properties\":{\"l\":{\"prefixItems\":[{\"type\":\"string\"}],\"items\":{\"type\":\"string\"},\"maxItems\":1}}}", "{\"l\":[1,2]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': maxItems: got 2, want 1\n- at '/l/0': got number, want string\n- at '/l/0': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"prefixItems\":[{},{}],\"items\":{\"type\":\"string\"}}}}", "{\"l\":[1,2,3,4,5]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/0': got number, want string\n- at '/l/1': got number, want string\n- at '/l/2': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"minContains\":2,\"contains\":{\"type\":\"string\"}}}}", "{\"l\":[1,\"a\",3]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': min 2 items required to match contains schema, but matched 1 items at 1\n  - at '/l/0': got number, want string\n  - at '/l/2': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"minContains\":2,\"contains\":{\"type\":\"string\"}}}}", "{\"l\":[1,3]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': min 2 items required to match contains schema, but none matched\n  - at '/l/0': got number, want string\n  - at '/l/1': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"maxContains\":1,\"contains\":{\"type\":\"string\"}}}}", "{\"l\":[1,\"a\",\"b\"]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': max 1 items required to match contains schema, but matched 2 items at 1 2\n\n"),
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"l\":{\"items\":[{}],\"additionalItems\":{\"type\":\"string\"}}}}", "{\"l\":[1,2,3]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/0': got number, want string\n- at '/l/1': got number, want string\n\n"),
        ("{\"properties\":{\"l\":{\"prefixItems\":[{}],\"items\":{\"properties\":{\"k\":{\"type\":\"string\"}}}}}}", "{\"l\":[1,{\"k\":1}]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/0/k': got number, want string\n\n"),
        ("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"properties\":{\"l\":{\"contains\":{\"type\":\"string\"}}}}", "{\"l\":[1]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': no items match contains schema\n  - at '/l/0': got number, want string\n\n"),
    ]

    /// Keywords a draft does not know are ignored (draft-04 has no `const`).
    static let draftRows: [(schema: String, values: String, stderr: String)] = [
        ("{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"properties\":{\"v\":{\"minLength\":1,\"const\":true}}}", "{\"v\":\"bb\"}", ""),
        ("{\"$schema\":\"http://json-schema.org/draft-06/schema#\",\"properties\":{\"v\":{\"const\":true}}}", "{\"v\":\"bb\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be true\n\n"),
    ]

    func testDraftKeywordsAgainstHelm() {
        SchemaOracleRows.check(Self.draftRows)
    }

    func testOrderAgainstHelm() {
        SchemaOracleRows.check(Self.rows)
    }
}
