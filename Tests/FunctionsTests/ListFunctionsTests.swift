import KrelCore
import Template
import XCTest
@testable import Functions

/// Expected outputs come from sprig-lists.yaml (helm v4.1.4).
final class ListFunctionsTests: XCTestCase {
    func testTable() throws {
        let one23 = l(i(1), i(2), i(3))
        let cases: [(String, [Value], String)] = [
            ("list", [i(1), s("two"), f(3.5), .bool(true)], "[1 two 3.5 true]"),
            ("list", [], "[]"),
            ("tuple", [s("a"), s("b")], "[a b]"),
            ("first", [one23], "1"), ("last", [one23], "3"),
            ("rest", [one23], "[2 3]"), ("initial", [one23], "[1 2]"),
            ("rest", [l(i(1))], "[]"), ("initial", [l(i(1))], "[]"),
            ("rest", [l()], "[]"), ("initial", [l()], "[]"),
            ("append", [l(i(1), i(2)), i(3)], "[1 2 3]"),
            ("push", [l(), s("a")], "[a]"),
            ("append", [l(i(1)), l(i(2), i(3))], "[1 [2 3]]"),
            ("prepend", [l(i(2), i(3)), i(1)], "[1 2 3]"),
            ("concat", [l(i(1), i(2)), l(i(3)), l(), l(i(4), i(5))], "[1 2 3 4 5]"),
            ("reverse", [one23], "[3 2 1]"), ("reverse", [l()], "[]"),
            ("uniq", [l(i(1), i(1), i(2), i(3), i(2), s("1"), s("a"), s("a"))], "[1 2 3 1 a]"),
            ("uniq", [l(i(1), f(1), .int(1, .int64))], "[1 1 1]"),
            ("without", [l(i(1), i(2), i(3), i(2), i(4)), i(2)], "[1 3 4]"),
            ("without", [one23, i(1), i(3)], "[2]"),
            ("without", [l(i(1), i(2))], "[1 2]"),
            ("has", [i(4), l(i(1), i(2), i(3), i(4))], "true"),
            ("has", [s("a"), l()], "false"),
            ("has", [i(1), l(f(1), f(2))], "false"),
            ("has", [f(1), l(f(1), f(2))], "true"),
            ("has", [s("a"), .null], "false"),
            ("compact", [l(i(1), s(""), .null, i(0), s("a"), .bool(false), .bool(true), l(), d([:]), f(0), s("0"))], "[1 a true 0]"),
            ("chunk", [i(2), l(i(1), i(2), i(3), i(4), i(5))], "[[1 2] [3 4] [5]]"),
            ("chunk", [i(3), one23], "[[1 2 3]]"),
            ("chunk", [i(5), l(i(1), i(2))], "[[1 2]]"),
            ("chunk", [i(2), l()], "[]"),
            ("chunk", [i(-1), l(i(1), i(2))], "[]"),
            ("slice", [l(i(0), i(1), i(2), i(3), i(4)), i(1), i(4)], "[1 2 3]"),
            ("slice", [l(i(0), i(1), i(2), i(3), i(4)), i(3)], "[3 4]"),
            ("slice", [l(i(0), i(1), i(2)), i(0), i(0)], "[]"),
            ("mustUniq", [l(i(1), i(1))], "[1]"), ("mustWithout", [l(i(1), i(2)), i(1)], "[2]"),
            ("mustHas", [i(1), l(i(1))], "true"), ("mustCompact", [l(s(""), s("x"))], "[x]"),
            ("mustReverse", [l(i(1), i(2))], "[2 1]"), ("mustInitial", [l(i(1), i(2))], "[1]"),
            ("mustLast", [l(i(1), i(2))], "2"), ("mustPrepend", [l(i(2)), i(1)], "[1 2]"),
            ("mustPush", [l(i(1)), i(2)], "[1 2]"), ("mustChunk", [i(1), l(i(1), i(2))], "[[1] [2]]"),
            ("sortAlpha", [l(s("b"), s("A"), s("a"), f(2), f(10))], "[10 2 A a b]"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(try invokeWith(name, args).goFormatted, expected, "\(name) \(args)")
        }
        XCTAssertEqual(try invoke("first", l()), .null)
        XCTAssertEqual(try invoke("slice", l()), .null)
        XCTAssertEqual(try invoke("slice", .list([s("a"), s("b")], .strings), i(1)).goTypeName, "[]string")
    }

    func testErrors() {
        let nilDeref = "runtime error: invalid memory address or nil pointer dereference"
        let cases: [(String, [Value], String)] = [
            ("first", [s("abc")], "Cannot find first on type string"),
            ("first", [.null], nilDeref),
            ("mustFirst", [s("abc")], "Cannot find first on type string"),
            ("append", [.null, s("x")], nilDeref),
            ("append", [s("abc"), s("d")], "Cannot push on type string"),
            ("mustAppend", [d([:]), s("x")], "Cannot push on type map"),
            ("concat", [l(i(1)), s("x")], "Cannot concat type string as list"),
            ("reverse", [s("abc")], "Cannot find reverse on type string"),
            ("has", [s("a"), s("abc")], "Cannot find has on type string"),
            ("chunk", [i(0), l(i(1), i(2))], "runtime error: makeslice: len out of range"),
            ("slice", [l(i(1), i(2), i(3)), i(2), i(1)], "reflect.Value.Slice: slice index out of bounds"),
            ("mustSlice", [s("abc"), i(1)], "list should be type of slice or array but string"),
            ("mustRest", [i(5)], "Cannot find rest on type int"),
            ("first", [d(["a": f(1)])], "Cannot find first on type map"),
        ]
        for (name, args, expected) in cases {
            XCTAssertEqual(failure(name, args), expected, "\(name) \(args)")
        }
    }
}
