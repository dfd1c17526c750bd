import Chart
import KrelCore
import XCTest

/// `--set`-family grammar, typing and errors. Expected JSON, Go types and error texts were
/// produced by helm v4.1.4 (`toJson .Values` and `%T` of each top-level value).
final class SetParserTests: XCTestCase {
    struct Row {
        let args: [String]
        let json: String
        let types: String
        let error: String
    }

    static let rows: [Row] = [
        Row(args: ["--set", "a\\.b=1", "--set", "v=a\\,b"], json: "{\"a.b\":1,\"v\":\"a,b\"}", types: "a.b:int64 v:string", error: ""),
        Row(args: ["--set", "a=1,b=true,c=NULL,d=01,e=1.5,f=+3,g=-0,h=,i=0x10,j=9999999999999999999,k=False"], json: "{\"a\":1,\"b\":true,\"c\":null,\"d\":\"01\",\"e\":\"1.5\",\"f\":3,\"g\":0,\"h\":\"\",\"i\":\"0x10\",\"j\":\"9999999999999999999\",\"k\":false}", types: "a:int64 b:bool c:<nil> d:string e:string f:int64 g:int64 h:string i:string j:string k:bool", error: ""),
        Row(args: ["--set", "a.b=1", "--set", "v=a,b"], json: "", types: "", error: "Error: failed parsing --set data: key \"b\" has no value"),
        Row(args: ["--set", "eq=a=b", "--set", "sp= lead"], json: "{\"eq\":\"a=b\",\"sp\":\" lead\"}", types: "eq:string sp:string", error: ""),
        Row(args: ["--set", "k={a,b,c}", "--set", "e={}", "--set", "t={1,true}"], json: "{\"e\":[\"\"],\"k\":[\"a\",\"b\",\"c\"],\"t\":[1,true]}", types: "e:[]interface {} k:[]interface {} t:[]interface {}", error: ""),
        Row(args: ["--set", "l[0]=a,l[2]=c", "--set", "m[1][0]=x", "--set", "n[0].k=v"], json: "{\"l\":[\"a\",null,\"c\"],\"m\":[null,[\"x\"]],\"n\":[{\"k\":\"v\"}]}", types: "l:[]interface {} m:[]interface {} n:[]interface {}", error: ""),
        Row(args: ["--set", "a=1,"], json: "{\"a\":1}", types: "a:int64", error: ""),
        Row(args: ["--set", "a"], json: "", types: "", error: "Error: failed parsing --set data: key \"a\" has no value"),
        Row(args: ["--set", "a,b=1"], json: "", types: "", error: "Error: failed parsing --set data: key \"a\" has no value (cannot end with ,)"),
        Row(args: ["--set", "a=2", "--set", "a.b=1"], json: "", types: "", error: "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not map[string]interface {}"),
        Row(args: ["--set", "a.b=1", "--set", "a=2"], json: "{\"a\":2}", types: "a:int64", error: ""),
        Row(args: ["--set", "l[-1]=x"], json: "", types: "", error: "Error: failed parsing --set data: negative -1 index not allowed"),
        Row(args: ["--set", "l[65537]=x"], json: "", types: "", error: "Error: failed parsing --set data: index of 65537 is greater than maximum supported index of 65536"),
        Row(args: ["--set", "k={a,b"], json: "", types: "", error: "Error: failed parsing --set data: list must terminate with '}'"),
        Row(args: ["--set", "l[x]=1"], json: "", types: "", error: "Error: failed parsing --set data: error parsing index: strconv.Atoi: parsing \"x\": invalid syntax"),
        Row(args: ["--set", "l[0]x=1"], json: "", types: "", error: "Error: failed parsing --set data: unexpected data at end of array index: ['x']"),
        Row(args: ["--set", "k0.k1.k2.k3.k4.k5.k6.k7.k8.k9.k10.k11.k12.k13.k14.k15.k16.k17.k18.k19.k20.k21.k22.k23.k24.k25.k26.k27.k28.k29.k30.k31=1"], json: "", types: "", error: "Error: failed parsing --set data: value name nested level is greater than maximum supported nested level of 30"),
        Row(args: ["--set-string", "a=42,b=true,c=null"], json: "{\"a\":\"42\",\"b\":\"true\",\"c\":\"null\"}", types: "a:string b:string c:string", error: ""),
        Row(args: ["--set-json", "a={\"x\":[1,2.5]},b=", "--set-json", "c=3"], json: "{\"a\":{\"x\":[1,2.5]},\"b\":null,\"c\":3}", types: "a:map[string]interface {} b:<nil> c:float64", error: ""),
        Row(args: ["--set-literal", "a.b=x,y\\z[0]"], json: "{\"a\":{\"b\":\"x,y\\\\z[0]\"}}", types: "a:map[string]interface {}", error: ""),
        Row(args: ["--set", "a.=1"], json: "", types: "", error: "Error: failed parsing --set data: key map \"a\" has no value"),
        Row(args: ["--set", "a[1"], json: "{}", types: "", error: ""),
        Row(args: ["--set", "a={x}y"], json: "", types: "", error: "Error: failed parsing --set data: key \"y\" has no value"),
        Row(args: ["--set", "a={x},b=2"], json: "{\"a\":[\"x\"],\"b\":2}", types: "a:[]interface {} b:int64", error: ""),
        Row(args: ["--set", "a=1", "--set", "a[0]=2"], json: "", types: "", error: "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not []interface {}"),
        Row(args: ["--set", "l[0]=1", "--set", "l[0][1]=2"], json: "", types: "", error: "Error: failed parsing --set data: unable to parse key: interface conversion: interface {} is int64, not []interface {}"),
        Row(args: ["--set", "l[1].b=2", "--set", "l[1].c=3"], json: "{\"l\":[null,{\"b\":2,\"c\":3}]}", types: "l:[]interface {}", error: ""),
        Row(args: ["--set-json", "a=1 , b=[1]"], json: "{\" b\":[1],\"a\":1}", types: " b:[]interface {} a:float64", error: ""),
        Row(args: ["--set-json", "{\"x\":{\"y\":1}}", "--set-json", "x.z=2"], json: "{\"x\":{\"y\":1,\"z\":2}}", types: "x:map[string]interface {}", error: ""),
        Row(args: ["--set", "x=1", "--set-json", "x=2", "--set-string", "x=3"], json: "{\"x\":\"3\"}", types: "x:string", error: ""),
        Row(args: ["--set", "a\\"], json: "", types: "", error: "Error: failed parsing --set data: key \"a\" has no value"),
        Row(args: ["--set", "=1"], json: "{}", types: "", error: ""),
        Row(args: ["--set", "a=é,ü.x=1"], json: "{\"a\":\"é\",\"ü\":{\"x\":1}}", types: "a:string ü:map[string]interface {}", error: ""),
        Row(args: ["--set", "a[0]"], json: "{\"a\":[]}", types: "a:[]interface {}", error: ""),
        Row(args: ["--set", "a.b"], json: "", types: "", error: "Error: failed parsing --set data: key \"b\" has no value"),
    ]

    func testOracleTable() {
        let merger = UserValues(
            readFile: { path in throw ValuesInputError("open \(path): no such file or directory") },
            parseValuesFile: { _ in [:] },
            decodeJSONPrefix: TestJSON.decodePrefix)
        for row in Self.rows {
            do {
                let values = try merger.merge(UserValueFlags(arguments: row.args))
                XCTAssertEqual(row.error, "", "\(row.args) should fail")
                XCTAssertEqual(TestJSON.encode(.map(values)), row.json, "\(row.args)")
                XCTAssertEqual(TestJSON.types(values), row.types, "\(row.args)")
            } catch {
                XCTAssertEqual("Error: \(error.message)", row.error, "\(row.args)")
            }
        }
    }

    func testSetFileReadsThroughInjectedReader() throws {
        let merger = UserValues(
            readFile: { path in
                if path == "inputs/a.txt" { return "line one\n" }
                throw ValuesInputError("open \(path): no such file or directory")
            },
            parseValuesFile: { _ in [:] },
            decodeJSONPrefix: TestJSON.decodePrefix)
        let values = try merger.merge(UserValueFlags(fileValues: ["a=inputs/a.txt"]))
        XCTAssertEqual(values["a"], .string("line one\n"))
        XCTAssertThrowsError(try merger.merge(UserValueFlags(fileValues: ["a=inputs/nope.txt"]))) { error in
            // expected text from the conformance case error-set-file-missing
            XCTAssertEqual("\(error)", "failed parsing --set-file data: open inputs/nope.txt: no such file or directory")
        }
    }

    func testSetJSONInvalid() {
        let merger = UserValues(
            readFile: { _ in "" }, parseValuesFile: { _ in [:] }, decodeJSONPrefix: TestJSON.decodePrefix)
        // expected text from the conformance case error-set-json-invalid
        XCTAssertThrowsError(try merger.merge(UserValueFlags(jsonValues: ["a={bad json}"]))) { error in
            XCTAssertEqual("\(error)", "failed parsing --set-json data a={bad json}")
        }
    }

    func testSetPatchesListFromValuesFile() throws {
        let merger = UserValues(
            readFile: { _ in "file" },
            parseValuesFile: { _ in ["l": .list([.string("a"), .string("b"), .string("c")])] },
            decodeJSONPrefix: TestJSON.decodePrefix)
        let values = try merger.merge(UserValueFlags(valueFiles: ["v.yaml"], values: ["l[1]=X"]))
        XCTAssertEqual(TestJSON.encode(.map(values)), #"{"l":["a","X","c"]}"#)
    }

    func testDeepListChainsAreBounded() {
        var values: [String: Value] = [:]
        let text = "a" + String(repeating: "[0]", count: 5000) + "=1"
        XCTAssertThrowsError(try SetParser.parse(text, into: &values, mode: .typed))
    }
}
