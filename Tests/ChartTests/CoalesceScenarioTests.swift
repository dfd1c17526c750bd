import Chart
import KrelCore
import XCTest

/// Coalescing, globals, dependency enablement and import-values on chart trees. Each
/// scenario's charts were also written as real charts (values.yaml holding the same JSON)
/// and rendered by helm v4.1.4 with `toJson .Values` in every chart; `expected` and
/// `stderr` are helm's output.
final class CoalesceScenarioTests: XCTestCase {
    struct Scenario: Sendable {
        let name: String
        let chart: ValuesChartNode<Void>
        let args: [String]
        let expected: [String: String]
        let stderr: String
    }

    static func json(_ text: String) -> Value {
        (try? TestJSON.decodePrefix(Array(text.utf8)[...]).value) ?? .null
    }

    static func node(
        _ name: String, _ values: String, _ deps: [DependencyEntry]?, _ children: [ValuesChartNode<Void>]
    ) -> ValuesChartNode<Void> {
        ValuesChartNode(
            name: name, version: "0.1.0", defaults: json(values).mapValue ?? [:],
            dependencies: deps, children: children, payload: ())
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "typeClash", chart:
            node("clash", "{\"tableDefault\": {\"a\": 1}, \"scalarDefault\": \"plain\", \"tableVsList\": {\"k\": \"v\"}}", nil, [
]),
            args: ["--set-json", "{\"tableDefault\":\"x\",\"scalarDefault\":{\"now\":\"t\"},\"tableVsList\":[\"x\"]}"],
            expected: ["clash": "{\"scalarDefault\":{\"now\":\"t\"},\"tableDefault\":\"x\",\"tableVsList\":[\"x\"]}"],
            stderr: "level=INFO msg=\"warning: skipped value for clash.scalarDefault: Not a table.\"\n"),
        Scenario(name: "nestedClash", chart:
            node("nc", "{\"obj\": {\"keep\": \"d\", \"replaced\": \"default\", \"tbl\": {\"x\": 1}}}", nil, [
]),
            args: ["--set-json", "obj={\"replaced\":{\"deep\":1},\"tbl\":5}"],
            expected: ["nc": "{\"obj\":{\"keep\":\"d\",\"replaced\":{\"deep\":1},\"tbl\":5}}"],
            stderr: "level=INFO msg=\"warning: destination for nc.obj.replaced is a table. Ignoring non-table value (default)\"\nlevel=INFO msg=\"warning: cannot overwrite table with non table for nc.obj.tbl (map[x:1])\"\n"),
        Scenario(name: "nulls", chart:
            node("nulls", "{\"a\": 1, \"b\": {\"c\": 1, \"d\": 2}, \"e\": null, \"n\": {\"x\": null, \"y\": 1}}", nil, [
]),
            args: ["--set", "a=null", "--set", "b.c=null", "--set", "extra=null", "--set", "n.x=null,n.z=null"],
            expected: ["nulls": "{\"b\":{\"d\":2},\"e\":null,\"extra\":null,\"n\":{\"x\":null,\"y\":1,\"z\":null}}"],
            stderr: ""),
        Scenario(name: "globals", chart:
            node("parent", "{\"global\": {\"g1\": \"P\", \"gmap\": {\"a\": 1}}, \"child\": {\"k\": \"parent\"}}", [DependencyEntry(name: "child", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("child", "{\"global\": {\"g1\": \"C\", \"g2\": \"C2\", \"gmap\": {\"b\": 2}}, \"k\": \"child\", \"d\": \"default\"}", nil, [
])]),
            args: ["--set", "global.x=1", "--set", "child.global.x=2"],
            expected: ["child": "{\"d\":\"default\",\"global\":{\"g1\":\"P\",\"g2\":\"C2\",\"gmap\":{\"a\":1,\"b\":2},\"x\":1},\"k\":\"parent\"}", "parent": "{\"child\":{\"d\":\"default\",\"global\":{\"g1\":\"P\",\"g2\":\"C2\",\"gmap\":{\"a\":1,\"b\":2},\"x\":1},\"k\":\"parent\"},\"global\":{\"g1\":\"P\",\"gmap\":{\"a\":1},\"x\":1}}"],
            stderr: ""),
        Scenario(name: "nullRemovesChildDefault", chart:
            node("p", "{\"child\": {\"key\": null}}", [DependencyEntry(name: "child", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("child", "{\"key\": \"v\", \"keep\": 1, \"other\": \"o\"}", nil, [
])]),
            args: ["--set", "child.other=null"],
            expected: ["child": "{\"global\":{},\"keep\":1}", "p": "{\"child\":{\"global\":{},\"keep\":1}}"],
            stderr: ""),
        Scenario(name: "conditionsAndTags", chart:
            node("conds", "{\"redis\": {\"enabled\": true}, \"mysql\": {\"enabled\": false}, \"search\": {\"enabled\": \"false\"}, \"tags\": {\"backend\": false, \"front\": true}}", [DependencyEntry(name: "redis", version: "0.1.0", alias: "", condition: "redis.enabled", tags: [], importValues: []), DependencyEntry(name: "mysql", version: "0.1.0", alias: "", condition: "mysql.enabled", tags: [], importValues: []), DependencyEntry(name: "search", version: "0.1.0", alias: "", condition: "search.enabled", tags: [], importValues: []), DependencyEntry(name: "queue", version: "0.1.0", alias: "", condition: "", tags: ["backend"], importValues: []), DependencyEntry(name: "web", version: "0.1.0", alias: "", condition: "", tags: ["backend", "front"], importValues: []), DependencyEntry(name: "multi", version: "0.1.0", alias: "", condition: "nope.enabled,redis.enabled,mysql.enabled", tags: [], importValues: [])], [
                node("redis", "{\"message\": \"hello redis\"}", nil, [
]),
                node("mysql", "{\"message\": \"hello mysql\"}", nil, [
]),
                node("search", "{\"message\": \"hello search\"}", nil, [
]),
                node("queue", "{\"message\": \"hello queue\"}", nil, [
]),
                node("web", "{\"message\": \"hello web\"}", nil, [
]),
                node("multi", "{\"message\": \"hello multi\"}", nil, [
])]),
            args: [],
            expected: ["conds": "{\"multi\":{\"global\":{},\"message\":\"hello multi\"},\"mysql\":{\"enabled\":false},\"redis\":{\"enabled\":true,\"global\":{},\"message\":\"hello redis\"},\"search\":{\"enabled\":\"false\",\"global\":{},\"message\":\"hello search\"},\"tags\":{\"backend\":false,\"front\":true},\"web\":{\"global\":{},\"message\":\"hello web\"}}", "multi": "{\"global\":{},\"message\":\"hello multi\"}", "redis": "{\"enabled\":true,\"global\":{},\"message\":\"hello redis\"}", "search": "{\"enabled\":\"false\",\"global\":{},\"message\":\"hello search\"}", "web": "{\"global\":{},\"message\":\"hello web\"}"],
            stderr: "level=WARN msg=\"returned non-bool value\" path=search.enabled chart=search\n"),
        Scenario(name: "childDefaultBeatsTag", chart:
            node("root", "{}", [DependencyEntry(name: "child", version: "0.1.0", alias: "", condition: "child.enabled", tags: ["backend"], importValues: [])], [
                node("child", "{\"enabled\": true, \"m\": 1}", nil, [
])]),
            args: ["--set", "tags.backend=false"],
            expected: ["child": "{\"enabled\":true,\"global\":{},\"m\":1}", "root": "{\"child\":{\"enabled\":true,\"global\":{},\"m\":1},\"tags\":{\"backend\":false}}"],
            stderr: ""),
        Scenario(name: "importValues", chart:
            node("importer", "{\"dbService\": {\"name\": \"parent-wins\"}}", [DependencyEntry(name: "database", version: "0.1.0", alias: "", condition: "", tags: [], importValues: json("[{\"child\": \"service\", \"parent\": \"dbService\"}, {\"child\": \"auth.users\", \"parent\": \"imported.users\"}, {\"child\": \"defaults.deep\", \"parent\": \"dbDeep\"}, \"data\", \"missing\"]").listValue!)], [
                node("database", "{\"service\": {\"name\": \"db\", \"port\": 5432}, \"auth\": {\"users\": [\"app\"]}, \"defaults\": {\"deep\": {\"a\": {\"b\": \"c\"}}}, \"exports\": {\"data\": {\"x\": 1, \"dbService\": {\"z\": 1}}}}", nil, [
])]),
            args: ["--set", "database.service.port=6543"],
            expected: ["database": "{\"auth\":{\"users\":[\"app\"]},\"defaults\":{\"deep\":{\"a\":{\"b\":\"c\"}}},\"exports\":{\"data\":{\"dbService\":{\"z\":1},\"x\":1}},\"global\":{},\"service\":{\"name\":\"db\",\"port\":6543,\"z\":1}}", "importer": "{\"database\":{\"auth\":{\"users\":[\"app\"]},\"defaults\":{\"deep\":{\"a\":{\"b\":\"c\"}}},\"exports\":{\"data\":{\"dbService\":{\"z\":1},\"x\":1}},\"global\":{},\"service\":{\"name\":\"db\",\"port\":6543,\"z\":1}},\"dbDeep\":{\"a\":{\"b\":\"c\"}},\"dbService\":{\"name\":\"parent-wins\",\"port\":5432,\"z\":1},\"x\":1}"],
            stderr: "level=WARN msg=\"ImportValues missing table from chart\" chart=database error=\"\\\"users\\\" is not a table\"\nlevel=WARN msg=\"ImportValues missing table\" error=\"\\\"missing\\\" is not a table\"\n"),
        Scenario(name: "aliasTwice", chart:
            node("al", "{\"first\": {\"v\": 1}, \"second\": {\"v\": 2}, \"third\": {\"enabled\": false}}", [DependencyEntry(name: "lib", version: "0.1.0", alias: "first", condition: "", tags: [], importValues: []), DependencyEntry(name: "lib", version: "0.1.0", alias: "second", condition: "", tags: [], importValues: []), DependencyEntry(name: "lib", version: "0.1.0", alias: "third", condition: "third.enabled", tags: [], importValues: [])], [
                node("lib", "{\"v\": 0, \"w\": \"lib\"}", nil, [
])]),
            args: [],
            expected: ["al": "{\"first\":{\"global\":{},\"v\":1,\"w\":\"lib\"},\"second\":{\"global\":{},\"v\":2,\"w\":\"lib\"},\"third\":{\"enabled\":false}}", "first": "{\"global\":{},\"v\":1,\"w\":\"lib\"}", "second": "{\"global\":{},\"v\":2,\"w\":\"lib\"}"],
            stderr: ""),
        Scenario(name: "deepNesting", chart:
            node("root", "{\"global\": {\"g\": \"root\"}, \"middle\": {\"leaf\": {\"x\": \"root\"}, \"y\": \"root\"}}", [DependencyEntry(name: "middle", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("middle", "{\"leaf\": {\"x\": \"middle\", \"z\": \"middle\"}, \"y\": \"middle\", \"w\": \"middle\"}", [DependencyEntry(name: "leaf", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                    node("leaf", "{\"x\": \"leaf\", \"z\": \"leaf\", \"q\": \"leaf\", \"global\": {\"l\": \"leaf\"}}", nil, [
])])]),
            args: ["--set", "middle.leaf.q=user"],
            expected: ["leaf": "{\"global\":{\"g\":\"root\",\"l\":\"leaf\"},\"q\":\"user\",\"x\":\"root\",\"z\":\"middle\"}", "middle": "{\"global\":{\"g\":\"root\"},\"leaf\":{\"global\":{\"g\":\"root\",\"l\":\"leaf\"},\"q\":\"user\",\"x\":\"root\",\"z\":\"middle\"},\"w\":\"middle\",\"y\":\"root\"}", "root": "{\"global\":{\"g\":\"root\"},\"middle\":{\"global\":{\"g\":\"root\"},\"leaf\":{\"global\":{\"g\":\"root\",\"l\":\"leaf\"},\"q\":\"user\",\"x\":\"root\",\"z\":\"middle\"},\"w\":\"middle\",\"y\":\"root\"}}"],
            stderr: ""),
        Scenario(name: "scalarForTable", chart:
            node("p", "{\"child\": {\"cfg\": \"scalar\"}}", [DependencyEntry(name: "child", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("child", "{\"cfg\": {\"a\": 1}}", nil, [
])]),
            args: [],
            expected: ["child": "{\"cfg\":\"scalar\",\"global\":{}}", "p": "{\"child\":{\"cfg\":\"scalar\",\"global\":{}}}"],
            stderr: ""),
        Scenario(name: "emptyEverything", chart:
            node("p", "{}", [DependencyEntry(name: "c", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("c", "{}", nil, [
])]),
            args: [],
            expected: ["c": "{\"global\":{}}", "p": "{\"c\":{\"global\":{}}}"],
            stderr: ""),
        Scenario(name: "typeMismatch", chart:
            node("p", "{\"child\": \"str\"}", [DependencyEntry(name: "child", version: "0.1.0", alias: "", condition: "", tags: [], importValues: [])], [
                node("child", "{\"a\": 1}", nil, [
])]),
            args: [],
            expected: [:],
            stderr: "level=ERROR msg=\"chart dependencies processing failed\" error=\"type mismatch on child: %!t(string=str)\"\nError: chart dependencies processing failed: type mismatch on child: %!t(string=str)\n"),
        Scenario(name: "undeclaredChild", chart:
            node("p", "{\"extra\": {\"k\": \"p\"}}", nil, [
                node("extra", "{\"k\": \"c\", \"j\": 1}", nil, [
])]),
            args: [],
            expected: ["extra": "{\"global\":{},\"j\":1,\"k\":\"p\"}", "p": "{\"extra\":{\"global\":{},\"j\":1,\"k\":\"p\"}}"],
            stderr: ""),
    ]

    func testScenarios() throws {
        for scenario in Self.scenarios {
            let user = try UserValues(
                readFile: { _ in "" }, parseValuesFile: { _ in [:] }, decodeJSONPrefix: TestJSON.decodePrefix
            ).merge(UserValueFlags(arguments: scenario.args))
            var processor = DependencyProcessor(versionMatches: { $0 == $1 })
            var rendered: [String: String] = [:]
            var stderr = ""
            do {
                let chart = try processor.process(scenario.chart, user: user)
                let values = try processor.coalescer.coalesce(chart, user: user)
                collect(chart, values, into: &rendered)
                stderr = processor.coalescer.log.lines.map { $0 + "\n" }.joined()
            } catch {
                stderr = processor.coalescer.log.lines.map { $0 + "\n" }.joined()
                    + error.processingFailureLog + "\nError: " + error.processingFailureMessage + "\n"
            }
            XCTAssertEqual(rendered, scenario.expected, scenario.name)
            XCTAssertEqual(stderr, scenario.stderr, scenario.name)
        }
    }

    /// Every chart's `.Values`: the root's values, a subchart's section of its parent's.
    private func collect(_ chart: ValuesChartNode<Void>, _ values: [String: Value], into out: inout [String: String]) {
        out[chart.name] = TestJSON.encode(.map(values))
        for child in chart.children {
            collect(child, values[child.name]?.mapValue ?? [:], into: &out)
        }
    }

    func testImportValuesNormalizedInDependencies() throws {
        let root = Self.scenarios.first { $0.name == "importValues" }!.chart
        var processor = DependencyProcessor(versionMatches: { $0 == $1 })
        let chart = try processor.process(root, user: [:])
        let imports = chart.dependencies?.first?.importValues.map { TestJSON.encode($0) }
        XCTAssertEqual(imports, [
            #"{"child":"service","parent":"dbService"}"#, #"{"child":"auth.users","parent":"imported.users"}"#,
            #"{"child":"defaults.deep","parent":"dbDeep"}"#, #"{"child":"exports.data","parent":"."}"#,
            #"{"child":"exports.missing","parent":"."}"#,
        ])
    }
}
