import Chart
import XCTest

/// How numbers are worded. enum/const print the schema's literal text (json.Number: `1.0`,
/// `2.50`, `1e3`); minimum/maximum/multipleOf/min*/max* print float64 `%v` through the English
/// message printer (`5,000`, `1.23456789×10⁰⁸`). `stderr` is helm v4.1.4's output.
final class SchemaNumberTests: XCTestCase {
    static let rows: [(schema: String, values: String, stderr: String)] = [
        ("{\"properties\":{\"v\":{\"enum\":[1.0, 2.50, 5000, 1e3, 12345678901234567890]}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be one of 1.0, 2.50, 5000, 1e3, 12345678901234567890\n\n"),
        ("{\"properties\":{\"v\":{\"const\":1.0}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be 1.0\n\n"),
        ("{\"properties\":{\"v\":{\"const\":5000}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be 5000\n\n"),
        ("{\"properties\":{\"v\":{\"const\":1e21}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be 1e21\n\n"),
        ("{\"properties\":{\"v\":{\"const\":-1234.5}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be -1234.5\n\n"),
        ("{\"properties\":{\"v\":{\"const\":100000000000000000000000}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be 100000000000000000000000\n\n"),
        ("{\"properties\":{\"v\":{\"enum\":[\"a\", 1, null, true, 0.1]}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be one of 'a', 1, <nil>, true, 0.1\n\n"),
        ("{\"properties\":{\"v\":{\"const\":null}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be <nil>\n\n"),
        ("{\"properties\":{\"v\":{\"const\":[1.0]}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': 'const' failed\n\n"),
        ("{\"properties\":{\"v\":{\"enum\":[{\"a\":1}, 2]}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': 'enum' failed\n\n"),
        ("{\"properties\":{\"v\":{\"minimum\":1.0}}}", "{\"v\":0.5}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': minimum: got 0.5, want 1\n\n"),
        ("{\"properties\":{\"v\":{\"minimum\":5000}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': minimum: got 3, want 5,000\n\n"),
        ("{\"properties\":{\"v\":{\"maximum\":1}}}", "{\"v\":12345678901234567890}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': maximum: got 1.2345678901234567×10¹⁹, want 1\n\n"),
        ("{\"properties\":{\"v\":{\"maximum\":1}}}", "{\"v\":123456789}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': maximum: got 1.23456789×10⁰⁸, want 1\n\n"),
        ("{\"properties\":{\"v\":{\"maximum\":0.000001}}}", "{\"v\":0.00001}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': maximum: got 1×10⁻⁰⁵, want 1×10⁻⁰⁶\n\n"),
        ("{\"properties\":{\"v\":{\"maximum\":1}}}", "{\"v\":9223372036854775807}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': maximum: got 9.223372036854776×10¹⁸, want 1\n\n"),
        ("{\"properties\":{\"v\":{\"maximum\":100000000000000000000001}}}", "{\"v\":1e30}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': maximum: got 1×10³⁰, want 1.0000000000000001×10²³\n\n"),
        ("{\"properties\":{\"v\":{\"multipleOf\":1000}}}", "{\"v\":1500}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': multipleOf: got 1,500, want 1,000\n\n"),
        ("{\"properties\":{\"v\":{\"minItems\":1000}}}", "{\"v\":[]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': minItems: got 0, want 1,000\n\n"),
        ("{\"properties\":{\"v\":{\"exclusiveMinimum\":-2000.25}}}", "{\"v\":-3000}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': exclusiveMinimum: got -3,000, want -2,000.25\n\n"),
        ("{\"properties\":{\"v\":{\"const\":1, \"enum\":[1.0]}}}", "{\"v\":3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/v': value must be 1\n\n"),
    ]

    func testNumbersAgainstHelm() {
        SchemaOracleRows.check(Self.rows)
    }
}
