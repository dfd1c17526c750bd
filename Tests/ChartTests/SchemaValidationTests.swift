import Chart
import KrelCore
import XCTest

/// values.schema.json validation. `stderr` is helm v4.1.4's output for a chart whose
/// values.yaml holds `values` and whose values.schema.json holds `schema`.
final class SchemaValidationTests: XCTestCase {
    static let rows: [(schema: String, values: String, stderr: String)] = [
        ("{\"type\": \"object\", \"properties\": {\"replicaCount\": {\"type\": \"integer\", \"minimum\": 1}}}", "{\"replicaCount\": 0}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/replicaCount': minimum: got 0, want 1\n\n"),
        ("{\"properties\": {\"mode\": {\"enum\": [\"fast\", \"safe\"]}}}", "{\"mode\": \"turbo\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/mode': value must be one of 'fast', 'safe'\n\n"),
        ("{\"properties\": {\"image\": {\"type\": \"object\", \"required\": [\"repository\", \"tag\"]}}}", "{\"image\": {}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/image': missing properties 'repository', 'tag'\n\n"),
        ("{\"properties\": {\"image\": {\"required\": [\"repository\"]}}}", "{\"image\": {\"tag\": \"x\"}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/image': missing property 'repository'\n\n"),
        ("{\"additionalProperties\": false, \"properties\": {\"a\": {}}}", "{\"a\": 1, \"extra\": 2, \"image\": 3}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': additional properties 'extra', 'image' not allowed\n\n"),
        ("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"properties\": {\"mail\": {\"format\": \"email\"}}}", "{\"mail\": \"notanemail\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/mail': 'notanemail' is not valid email: missing @\n\n"),
        ("{\"properties\": {\"mail\": {\"format\": \"email\"}}}", "{\"mail\": \"notanemail\"}", ""),
        ("{\"properties\": {\"p\": {\"exclusiveMaximum\": 10}}}", "{\"p\": 80}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/p': exclusiveMaximum: got 80, want 10\n\n"),
        ("{\"properties\": {\"p\": {\"type\": \"integer\"}}}", "{\"p\": 1.5}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/p': got number, want integer\n\n"),
        ("{\"properties\": {\"p\": {\"type\": [\"string\", \"null\"]}}}", "{\"p\": true}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/p': got boolean, want null or string\n\n"),
        ("{\"properties\": {\"s\": {\"pattern\": \"^a+$\"}}}", "{\"s\": \"bbb\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/s': 'bbb' does not match pattern '^a+$'\n\n"),
        ("{\"properties\": {\"s\": {\"minLength\": 5}}}", "{\"s\": \"h\\u00e9\\u00e9\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/s': minLength: got 3, want 5\n\n"),
        ("{\"properties\": {\"l\": {\"maxItems\": 1, \"items\": {\"type\": \"string\"}}}}", "{\"l\": [\"a\", \"b\"]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': maxItems: got 2, want 1\n\n"),
        ("{\"properties\": {\"l\": {\"items\": {\"type\": \"string\"}}}}", "{\"l\": [\"a\", 2]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l/1': got number, want string\n\n"),
        ("{\"properties\": {\"l\": {\"uniqueItems\": true}}}", "{\"l\": [1, 2, 1]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/l': items at 0 and 2 are equal\n\n"),
        ("{\"properties\": {\"c\": {\"const\": \"x\"}}}", "{\"c\": \"y\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/c': value must be 'x'\n\n"),
        ("{\"properties\": {\"o\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}}}", "{\"o\": [1]}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': 'anyOf' failed\n  - at '/o': got array, want string\n  - at '/o': got array, want integer\n\n"),
        ("{\"properties\": {\"o\": {\"oneOf\": [{\"type\": \"number\"}, {\"type\": \"integer\"}]}}}", "{\"o\": 1}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': 'oneOf' failed, subschemas 0, 1 matched\n\n"),
        ("{\"properties\": {\"o\": {\"allOf\": [{\"type\": \"string\"}, {\"minLength\": 3}]}}}", "{\"o\": \"ab\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': 'allOf' failed\n  - at '/o': minLength: got 2, want 3\n\n"),
        ("{\"properties\": {\"o\": {\"not\": {\"type\": \"string\"}}}}", "{\"o\": \"ab\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': 'not' failed\n\n"),
        ("{\"$defs\": {\"port\": {\"type\": \"integer\", \"maximum\": 65535}}, \"properties\": {\"port\": {\"$ref\": \"#/$defs/port\"}}}", "{\"port\": 70000}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/port': maximum: got 70,000, want 65,535\n\n"),
        ("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"definitions\": {\"port\": {\"type\": \"integer\"}}, \"properties\": {\"port\": {\"$ref\": \"#/definitions/port\"}}}", "{\"port\": \"x\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/port': got string, want integer\n\n"),
        ("{\"properties\": {\"a\": {\"if\": {\"properties\": {\"k\": {\"const\": \"x\"}}}, \"then\": {\"required\": [\"v\"]}}}}", "{\"a\": {\"k\": \"x\"}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': missing property 'v'\n\n"),
        ("{\"properties\": {\"a\": {\"dependentRequired\": {\"k\": [\"v\", \"w\"]}}}}", "{\"a\": {\"k\": 1}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': properties 'v', 'w' required, if 'k' exists\n\n"),
        ("{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"properties\": {\"n\": {\"minimum\": 5, \"exclusiveMinimum\": true}}}", "{\"n\": 5}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': exclusiveMinimum: got 5, want 5\n\n"),
        ("{\"properties\": {\"n\": {\"multipleOf\": 0.5}}}", "{\"n\": 1.25}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': multipleOf: got 1.25, want 0.5\n\n"),
        ("{\"properties\": {\"o\": {\"minProperties\": 2}}}", "{\"o\": {\"a\": 1}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o': minProperties: got 1, want 2\n\n"),
        ("{\"properties\": {\"o\": {\"propertyNames\": {\"pattern\": \"^[a-z]+$\"}}}}", "{\"o\": {\"A\": 1}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '': invalid propertyName 'A'\n  - at '': 'A' does not match pattern '^[a-z]+$'\n\n"),
        ("{\"properties\": {\"o\": {\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\"}}}}}", "{\"o\": {\"a\": 1, \"b\": 2}}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/o/a': got number, want string\n- at '/o/b': got number, want string\n\n"),
        ("{\"properties\": {\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\"}}}", "{\"a\": 1, \"b\": 2}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/a': got number, want string\n- at '/b': got number, want string\n\n"),
        ("{\"properties\": {\"q\": {\"enum\": [\"it's\"]}}}", "{\"q\": \"no\"}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/q': value must be 'it\\'s'\n\n"),
        ("{\"properties\": {\"n\": {\"maximum\": 999999.5}}}", "{\"n\": 1234567.25}", "Error: values don't meet the specifications of the schema(s) in the following chart(s):\ntestchart:\n- at '/n': maximum: got 1.23456725×10⁰⁶, want 999,999.5\n\n"),
    ]

    /// Stand-in for the RE2 engine: enough for the patterns above.
    static func regex(_ pattern: String, _ text: String) throws -> Bool {
        switch pattern {
        case "^a+$": return !text.isEmpty && text.allSatisfy { $0 == "a" }
        case "^[a-z]+$": return !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        default: return true
        }
    }

    func testOracleTable() {
        for row in Self.rows {
            let schema = JSONSchema(document: CoalesceScenarioTests.json(row.schema), regex: Self.regex)
            let chart = ValuesChartNode(name: "testchart", payload: ())
            let values = CoalesceScenarioTests.json(row.values).mapValue ?? [:]
            let message = ChartSchemaValidation.validate(chart: chart, values: values, schema: { _ in schema })
            XCTAssertEqual(message.map { "Error: \($0)\n" } ?? "", row.stderr, row.schema)
        }
    }

    /// Conformance case schema-subchart-additional-properties-global: the injected
    /// `global: {}` trips `additionalProperties: false` in a subchart schema.
    func testSubchartGlobalInjection() throws {
        guard let corpus = CorpusCase("schema-subchart-additional-properties-global") else {
            throw XCTSkip("../shared not found: the expected text comes from the chart corpus")
        }
        let child = ValuesChartNode(name: "strict", defaults: ["port": .float(80)], payload: ())
        let root = ValuesChartNode(name: "parent", dependencies: [DependencyEntry(name: "strict")], children: [child], payload: ())
        var processor = DependencyProcessor(versionMatches: { _, _ in true })
        let chart = try processor.process(root, user: [:])
        let values = try processor.coalescer.coalesce(chart, user: [:])
        let strictSchema = JSONSchema(
            document: CoalesceScenarioTests.json(#"{"additionalProperties":false,"properties":{"port":{"type":"integer"}}}"#),
            regex: Self.regex)
        let message = ChartSchemaValidation.validate(chart: chart, values: values, schema: { $0.name == "strict" ? strictSchema : nil })
        XCTAssertEqual(message.map { "Error: \($0)\n" }, corpus.expectedStderr)
    }

    /// helm: a compile error's text has no trailing newline, so the next chart's block runs on.
    func testCompileErrorThenSubchartFailure() {
        let child = ValuesChartNode(name: "sub", payload: ())
        let root = ValuesChartNode(name: "parent", children: [child], payload: ())
        let parentSchema = JSONSchema(document: CoalesceScenarioTests.json(##"{"properties":{"x":{"$ref":"#/nope"}}}"##), regex: Self.regex)
        let subSchema = JSONSchema(document: CoalesceScenarioTests.json(#"{"properties":{"p":{"type":"string"}}}"#), regex: Self.regex)
        let message = ChartSchemaValidation.validate(
            chart: root, values: ["sub": .map(["p": .int(1)])], schema: { $0.name == "sub" ? subSchema : parentSchema })
        XCTAssertEqual(message.map { "Error: \($0)\n" }, "Error: values don't meet the specifications of the schema(s) in the following chart(s):\nparent:\njson-pointer in \"file:///values.schema.json#/nope\" not foundsub:\n- at '/p': got number, want string\n\n")
    }

    func testNonMapSubchartSection() {
        let child = ValuesChartNode(name: "sub", payload: ())
        let root = ValuesChartNode(name: "parent", children: [child], payload: ())
        let message = ChartSchemaValidation.validate(chart: root, values: ["sub": .int(3, .int64)], schema: { _ in nil })
        XCTAssertEqual(message, "values don't meet the specifications of the schema(s) in the following chart(s):\nsub:\ninvalid type for values: expected object (map), got int64\n")
    }

    func testNumberWording() {
        // From helm runs: minimum 10000.5 vs 5000, 1e21 vs 5000000.
        XCTAssertEqual(SchemaTextProbe.number(5000), "5,000")
        XCTAssertEqual(SchemaTextProbe.number(10000.5), "10,000.5")
        XCTAssertEqual(SchemaTextProbe.number(5_000_000), "5×10⁰⁶")
        XCTAssertEqual(SchemaTextProbe.number(1e21), "1×10²¹")
        XCTAssertEqual(SchemaTextProbe.number(-1000), "-1,000")
        // helm: `v: -0.0` against maximum -5 ⇒ `maximum: got 0, want -5`.
        XCTAssertEqual(SchemaTextProbe.number(-0.0), "0")
    }
}

/// Reaches the number wording through a one-keyword schema.
enum SchemaTextProbe {
    static func number(_ x: Double) -> String {
        let schema = JSONSchema(document: .map(["maximum": .float(-1e300)]), regex: { _, _ in true })
        let failure = schema.validate(.float(x)).first?.message ?? ""
        let got = failure.dropFirst("maximum: got ".count)
        return String(got).components(separatedBy: ", want ").first ?? ""
    }
}
