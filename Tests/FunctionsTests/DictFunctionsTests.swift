import KrelCore
import Template
import XCTest
@testable import Functions

/// Expected outputs come from sprig-dicts.yaml (helm v4.1.4).
final class DictFunctionsTests: XCTestCase {
    func testTable() throws {
        let abc = d(["a": i(1), "b": i(2), "c": i(3)])
        let cases: [(String, [Value], String)] = [
            ("dict", [s("b"), i(2), s("a"), i(1), s("c"), l(i(1))], "map[a:1 b:2 c:[1]]"),
            ("dict", [], "map[]"),
            ("dict", [s("a"), i(1), s("b")], "map[a:1 b:]"),
            ("dict", [i(1), s("one"), .bool(true), s("t"), f(2.5), s("f")], "map[1:one 2.5:f true:t]"),
            ("dict", [.null, s("v")], "map[<nil>:v]"),
            ("dict", [s("a"), i(1), s("a"), i(2)], "map[a:2]"),
            ("get", [d(["a": i(1)]), s("a")], "1"),
            ("get", [d(["a": i(1)]), s("b")], ""),
            ("unset", [d(["x": i(1)]), s("nope")], "map[x:1]"),
            ("hasKey", [d(["a": i(1)]), s("a")], "true"),
            ("hasKey", [d(["a": i(1)]), s("b")], "false"),
            ("hasKey", [d(["a": .null]), s("a")], "true"),
            ("pluck", [s("a"), d(["a": i(1)]), d(["b": i(2)]), d(["a": i(3)])], "[1 3]"),
            ("pluck", [s("z"), d(["a": i(1)])], "[]"),
            ("merge", [d(["a": i(1), "b": i(2)]), d(["b": i(20), "c": i(30)])], "map[a:1 b:2 c:30]"),
            ("merge", [d(["m": d(["x": i(1)])]), d(["m": d(["x": i(9), "y": i(2)])])], "map[m:map[x:1 y:2]]"),
            ("merge", [d(["a": s(""), "b": i(0), "c": .bool(false)]), d(["a": s("x"), "b": i(5), "c": .bool(true)])],
             "map[a:x b:5 c:true]"),
            ("merge", [d(["l": l(i(1))]), d(["l": l(i(2), i(3))])], "map[l:[1]]"),
            ("merge", [d([:]), d(["a": i(1)]), d(["a": i(2), "b": i(2)])], "map[a:1 b:2]"),
            ("mergeOverwrite", [d(["a": i(1), "b": i(2)]), d(["b": i(20), "c": i(30)])], "map[a:1 b:20 c:30]"),
            ("mergeOverwrite", [d(["m": d(["x": i(1), "z": i(0)])]), d(["m": d(["x": i(9), "y": i(2)])])],
             "map[m:map[x:9 y:2 z:0]]"),
            ("mergeOverwrite", [d(["a": s("keep"), "b": i(1), "c": .bool(true)]), d(["a": s(""), "b": i(0), "c": .bool(false)])],
             "map[a: b:0 c:false]"),
            ("mergeOverwrite", [d(["a": s("keep")]), d(["a": .null])], "map[a:<nil>]"),
            ("deepCopy", [l(i(1), l(i(2)))], "[1 [2]]"),
            ("deepCopy", [s("s")], "s"),
            ("keys", [abc], "[a b c]"),
            ("keys", [d(["b": i(1)]), d(["a": i(2), "b": i(3)])], "[b a b]"),
            ("values", [d(["a": s("z"), "b": s("x"), "c": s("y")])], "[z x y]"),
            ("pick", [abc, s("a"), s("c"), s("zz")], "map[a:1 c:3]"),
            ("omit", [abc, s("a"), s("zz")], "map[b:2 c:3]"),
            ("pick", [d(["a": i(1)])], "map[]"),
            ("omit", [d(["a": i(1)])], "map[a:1]"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
        XCTAssertEqual(try invoke("dict", s("k")), d(["k": s("")]))
    }

    func testDig() throws {
        let cfg = d(["a": d(["b": d(["c": s("found")])])])
        XCTAssertEqual(try invoke("dig", s("a"), s("b"), s("c"), s("default"), cfg), s("found"))
        let shallow = d(["a": d(["b": d([:])])])
        XCTAssertEqual(try invoke("dig", s("a"), s("x"), s("c"), s("default"), shallow), s("default"))
        XCTAssertEqual(try invoke("dig", s("zzz"), i(0), shallow), i(0))
        XCTAssertEqual(try invoke("dig", s("a"), s("fallback"), d(["a": .null])), .null)
        XCTAssertEqual(try invoke("dig", s("x"), s("y"), s("none"), d(["x": d(["y": i(0)])])), i(0))
        XCTAssertEqual(failure("dig", [s("a"), s("b"), s("default"), d(["a": s("scalar")])]),
                       "interface conversion: interface {} is string, not map[string]interface {}")
        XCTAssertEqual(failure("dig", [s("a"), s("default"), .map(["a": f(1)], .helmValues)]),
                       "interface conversion: interface {} is common.Values, not map[string]interface {}")
    }

    /// Mutating functions leave the changed map in argument 0 for the executor.
    func testMutationIsStoredInFirstArgument() throws {
        var call = FunctionCall(name: "set", arguments: [.map(["a": i(1)], .helmValues), s("b"), i(2)], engine: nil)
        let result = try FunctionLibrary.helm["set"]!.body(&call)
        XCTAssertEqual(call.arguments[0], .map(["a": i(1), "b": i(2)], .helmValues))
        XCTAssertEqual(result, d(["a": i(1), "b": i(2)]))
        XCTAssertEqual(result.goTypeName, "map[string]interface {}")

        var merge = FunctionCall(name: "merge", arguments: [d(["x": i(1)]), d(["z": i(2)])], engine: nil)
        _ = try FunctionLibrary.helm["merge"]!.body(&merge)
        XCTAssertEqual(merge.arguments[0], d(["x": i(1), "z": i(2)]))

        var unset = FunctionCall(name: "unset", arguments: [d(["a": i(1), "b": i(2)]), s("a")], engine: nil)
        _ = try FunctionLibrary.helm["unset"]!.body(&unset)
        XCTAssertEqual(unset.arguments[0], d(["b": i(2)]))
        for name in FunctionLibrary.mutatingFunctions { XCTAssertNotNil(FunctionLibrary.helm[name], name) }
    }

    func testDeepCopyOfNilFails() {
        XCTAssertEqual(failure("deepCopy", [.null]), "reflect: call of reflect.Value.Type on zero Value")
    }
}
